import { checkPlaceholders } from '../checks/proofing'
import { defineRule } from './define'

export default defineRule({
  id: 'placeholder',
  severity: 'error',
  title: 'Unfilled placeholder',
  description: 'an unfilled template slot: [Name], {{company}}, <topic>, XXX, TODO',
  fixes: ['replace'],
  check({ doc, report }) {
    checkPlaceholders(doc, report)
  }
})
