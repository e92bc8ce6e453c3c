import { INTEREST, NEGATED_BEFORE } from '../checks/interest'
import type { Doc } from '../doc'
import { defineRule } from './define'

/** A phrase of interest that is not negated ("I am no longer interested" is not interest). */
function reaffirmsInterest(doc: Doc): boolean {
  const text = doc.bodyFolded
  INTEREST.lastIndex = 0
  for (let m = INTEREST.exec(text); m; m = INTEREST.exec(text)) {
    if (!NEGATED_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index))) return true
  }
  const company = doc.model.companyFolded
  return !!company && (text.includes(`join ${company}`) || text.includes(`joining ${company}`))
}

export default defineRule({
  id: 'interest.missing',
  severity: 'warning',
  title: 'No reaffirmed interest',
  description:
    'the body does not reaffirm interest in the role or the company, in any ordinary phrasing (“keen to join”, “keener than ever on the role”, “I’d love to be part of…”, “excited about the chance to…”)',
  fixes: [],
  check({ doc, whole }) {
    if (reaffirmsInterest(doc)) return
    whole(
      `The note does not say you are still interested; add a line on why the ${doc.ctx.role} role at ${doc.ctx.company} appeals to you.`
    )
  }
})
