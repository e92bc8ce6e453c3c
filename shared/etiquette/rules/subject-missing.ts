import { channelOf } from '../checks/channel'
import { defineRule } from './define'

export default defineRule({
  id: 'subject.missing',
  severity: 'warning',
  title: 'No subject',
  description: 'an e-mail without a subject',
  fixes: [],
  check({ doc, whole }) {
    if (channelOf(doc.draft.channel) !== 'email' || doc.subject.trim() !== '') return
    whole('The e-mail has no subject; a short one such as “Thank you for today” gets it opened.')
  }
})
