import { checkGreetedName } from '../checks/names'
import { defineRule } from './define'

export default defineRule({
  id: 'name.mismatch',
  severity: 'error',
  title: 'Wrong name',
  description: 'the greeting names someone other than the interviewer, or misspells the interviewer’s name',
  fixes: ['replace'],
  check({ doc, report }) {
    checkGreetedName(doc, report)
  }
})
