import { defineRule } from './define'

export default defineRule({
  id: 'signoff.missing',
  severity: 'info',
  title: 'No sign-off',
  description: 'the body does not close with a sign-off',
  fixes: [],
  check({ doc, whole }) {
    if (doc.body.trim() === '' || doc.hasSignoff) return
    whole('The note ends without a sign-off; close with “Best regards,” and your name.')
  }
})
