import { checkGenericGreeting } from '../checks/personal'
import { defineRule } from './define'

export default defineRule({
  id: 'personal.generic',
  severity: 'warning',
  title: 'Impersonal greeting',
  description:
    'an impersonal salutation (“To whom it may concern”, “Dear Sir or Madam”, “Dear Hiring Manager”) although the interviewer’s name is known',
  fixes: ['replace'],
  check({ doc, report }) {
    checkGenericGreeting(doc, report)
  }
})
