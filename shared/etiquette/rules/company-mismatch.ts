import { checkCompanies } from '../checks/names'
import { defineRule } from './define'

export default defineRule({
  id: 'company.mismatch',
  severity: 'error',
  title: 'Wrong company',
  description: 'the subject or body names another company of your journal (a copy-paste slip)',
  fixes: ['replace'],
  check({ doc, report }) {
    checkCompanies(doc, report)
  }
})
