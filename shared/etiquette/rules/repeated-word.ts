import { checkRepeatedWords } from '../checks/proofing'
import { defineRule } from './define'

export default defineRule({
  id: 'repeated-word',
  severity: 'warning',
  title: 'Repeated word',
  description: 'the same word twice in a row (“the the”)',
  fixes: ['replace'],
  check({ doc, report }) {
    checkRepeatedWords(doc, report)
  }
})
