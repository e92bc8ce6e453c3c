import { defineRule } from './define'

export default defineRule({
  id: 'greeting.missing',
  severity: 'info',
  title: 'No greeting',
  description: 'the body does not open with a salutation',
  fixes: [],
  check({ doc, whole }) {
    if (doc.body.trim() === '' || doc.hasGreeting) return
    const first = doc.model.interviewer.parts[0]
    const example = first ? `“Hi ${first},”` : 'a greeting'
    whole(`The note starts without a salutation; open with ${example}.`)
  }
})
