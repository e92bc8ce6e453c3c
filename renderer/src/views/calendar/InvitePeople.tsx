import type { Preview } from './InviteImport'

export type PersonChoice = Preview['proposal']['people'][number]

/** Who to add: ticked people, names editable; someone already in the journal is matched by e-mail, not copied. */
export function InvitePeople(props: { people: PersonChoice[]; onChange(people: PersonChoice[]): void }) {
  const update = (i: number, patch: Partial<PersonChoice>) =>
    props.onChange(props.people.map((p, j) => (j === i ? { ...p, ...patch } : p)))
  if (props.people.length === 0) return <p className="muted">The invite names no one else.</p>
  return (
    <fieldset className="invite-people">
      <legend>People to add</legend>
      {props.people.map((p, i) => (
        <div key={p.email} className="invite-person">
          <input
            type="checkbox"
            aria-label={`Add ${p.email}`}
            checked={p.include || p.inInterview}
            disabled={p.inInterview}
            onChange={(e) => update(i, { include: e.target.checked })}
          />
          <input
            aria-label={`Name of ${p.email}`}
            value={p.name}
            disabled={p.inInterview || p.personId !== null}
            onChange={(e) => update(i, { name: e.target.value })}
          />
          <span className="muted">{p.email}</span>
          {p.inInterview ? (
            <span className="tag">already listed</span>
          ) : (
            p.personId && <span className="tag">in your journal</span>
          )}
        </div>
      ))}
    </fieldset>
  )
}
