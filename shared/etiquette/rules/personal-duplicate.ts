import { checkDuplicate } from '../checks/personal'
import { defineRule } from './define'

export default defineRule({
  id: 'personal.duplicate',
  severity: 'warning',
  title: 'Same note to several people',
  description:
    'the body is nearly the same text as one of your drafts to the other people met, once names are set aside',
  fixes: [],
  check({ doc, whole }) {
    checkDuplicate(doc, whole)
  }
})
