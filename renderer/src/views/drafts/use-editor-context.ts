/**
 * What the draft editor reads from the cache: the newest cached copy of its draft, the person's name, the LLM and
 * signature settings, and a key that changes when anything the check depends on changes (the person's notes,
 * the meeting, what was sent or heard, the settings), so the draft is checked again then and only then.
 */
import { useShallow } from 'zustand/react/shallow'
import { useJournal, type Editing } from '../../store/journal-store'

export function useEditorContext({ target, draft }: Editing) {
  const cached = useJournal((s) => s.detail?.drafts[draft.id])
  const { personName, llm, candidateName } = useJournal(
    useShallow((s) => ({
      personName: s.detail?.people[target.personId]?.name,
      llm: s.settings?.llm,
      candidateName: s.settings?.candidateName ?? ''
    }))
  )
  const contextKey = useJournal((s) => {
    const d = s.detail
    if (!d) return ''
    const mine = (r: { interviewId: string | null; personId: string }) =>
      r.interviewId === target.interviewId && r.personId === target.personId
    const notes = Object.values(d.notes)
      .filter(mine)
      .map((n) => `${n.id}:${n.updatedAt}`)
    const meeting = Object.values(d.meetings).find(mine)
    const contacts = Object.values(d.contactLog).filter((e) => e.personId === target.personId).length
    const peers = Object.values(d.drafts).filter(
      (o) => o.interviewId === target.interviewId && o.personId !== target.personId
    )
    return [
      notes.join(','),
      meeting?.updatedAt,
      contacts,
      peers.map((o) => o.updatedAt).join(','),
      s.settings?.disabledRules.join(','),
      s.settings?.dictionary.join(','),
      s.settings?.greetByFirstName,
      s.settings?.candidateName,
      s.settings?.availability,
      d.application.updatedAt,
      d.people[target.personId]?.updatedAt
    ].join('|')
  })
  return { cached, personName, llm, candidateName, contextKey }
}
