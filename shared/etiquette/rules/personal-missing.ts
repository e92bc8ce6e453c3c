import { mentionsAll, refersToNotes } from '../checks/personal'
import { words } from '../text/fold'
import { defineRule } from './define'

export default defineRule({
  id: 'personal.missing',
  severity: 'error',
  title: 'Not personal',
  description:
    'the body refers to none of the notes (a thank-you must; a check-in must refer to a note or name the role). A paraphrase or spelled-out shorthand (“accessibility” for “a11y”) is a reference; a word every interview shares (team, company, role, interview, work, …) is not, and neither is text in the sign-off or signature',
  fixes: [],
  check({ doc, whole }) {
    const { notes, roleStems, roleFolded } = doc.model
    const followUp = doc.draft.kind === 'check-in'
    if (!followUp && notes.length === 0) return // nothing to compare with: cannot know
    // The sign-off and the signature block (a title, a phone number) are not the conversation.
    const message = doc.bodyFolded.slice(0, doc.signoffStart)
    // The words before the sign-off: all words but the few of the (short) sign-off and signature.
    const tail = words(doc.bodyFolded.slice(doc.signoffStart)).length
    const messageWords =
      tail === 0 ? doc.foldedWords : doc.foldedWords.slice(0, doc.foldedWords.length - tail)
    if (refersToNotes(messageWords, notes)) return
    if (followUp) {
      const namesRole =
        (roleFolded !== '' && message.includes(roleFolded)) ||
        (roleStems.length > 0 && mentionsAll(messageWords, roleStems))
      if (namesRole) return
    }
    const first = doc.model.interviewer.parts[0] ?? 'the interviewer'
    const example = notes[0] ? ` such as “${notes[0].note}”` : ''
    const what = followUp
      ? `the ${doc.ctx.role} role or something you discussed${example}`
      : `something specific you discussed${example}`
    whole(
      `Nothing in the note refers to your conversation with ${first}, so it reads like a template; mention ${what}.`
    )
  }
})
