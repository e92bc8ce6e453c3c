import { useState } from 'react'
import type { PersonChoice } from './InvitePeople'

/**
 * Asked once: which addresses are the user's own, so they are never added as someone they met. Offered as
 * the invite's addresses to tick, or typed.
 */
export function MyEmails(props: { people: PersonChoice[]; onSaved(): void }) {
  const [typed, setTyped] = useState('')
  const [ticked, setTicked] = useState<string[]>([])
  const [problem, setProblem] = useState<string | null>(null)
  async function save() {
    const typedList = typed.split(/[\s,;]+/).filter(Boolean)
    const answer = await window.api.settings.update({
      patch: { myEmails: [...new Set([...ticked, ...typedList])] }
    })
    if (answer.ok) props.onSaved()
    else setProblem(answer.error.message)
  }
  return (
    <fieldset className="my-emails" aria-label="Your e-mail addresses">
      <legend>Which addresses are yours? (asked once)</legend>
      {props.people.map((p) => (
        <label key={p.email} className="inline">
          <input
            type="checkbox"
            checked={ticked.includes(p.email)}
            onChange={(e) =>
              setTicked(e.target.checked ? [...ticked, p.email] : ticked.filter((x) => x !== p.email))
            }
          />
          {p.email}
        </label>
      ))}
      <label>
        Other addresses of yours
        <input value={typed} onChange={(e) => setTyped(e.target.value)} placeholder="you@example.com" />
      </label>
      <button type="button" className="secondary" onClick={() => void save()}>
        Save my addresses
      </button>
      {problem && <p className="form-problem">{problem}</p>}
    </fieldset>
  )
}
