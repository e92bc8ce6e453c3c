import { checkSpelling } from '../checks/proofing'
import { defineRule } from './define'

export default defineRule({
  id: 'spelling',
  severity: 'warning',
  title: 'Spelling',
  description:
    'a misspelled word. Not misspellings: the names in the context’s fields (candidate, company, role, interviewer name and title, other interviewers and companies), words in your dictionary, e-mail addresses, URLs, acronyms. Note text is not a dictionary: a typo copied from a note is still a typo (a note word the dictionary lacks passes only when no dictionary word is one letter away, as with jargon and product names)',
  fixes: ['replace', 'add-to-dictionary'],
  check(context) {
    checkSpelling(context)
  }
})
