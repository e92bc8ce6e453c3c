import { CHECKER_WORD_LIMITS, countWords } from '../policy'
import { defineRule } from './define'

export default defineRule({
  id: 'length.too-long',
  severity: 'warning',
  title: 'Too long',
  description: `the body is over ${CHECKER_WORD_LIMITS['thank-you']} words (thank-you) or ${CHECKER_WORD_LIMITS['check-in']} words (check-in)`,
  fixes: [],
  check({ doc, whole }) {
    const limit = CHECKER_WORD_LIMITS[doc.draft.kind]
    const count = countWords(doc.body)
    if (count <= limit) return
    const kind = doc.draft.kind === 'check-in' ? 'check-in' : 'thank-you'
    whole(`The note is ${count} words; keep a ${kind} under ${limit} so it is read to the end.`)
  }
})
