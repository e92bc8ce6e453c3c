import { channelOf, normalizeAddress, PROFESSIONAL_CHANNELS, WEBMAIL } from '../checks/channel'
import { defineRule } from './define'

export default defineRule({
  id: 'privacy.channel',
  severity: 'error',
  title: 'Unprofessional channel',
  description:
    'the channel is not e-mail, LinkedIn or a handwritten card; or the address it goes to is not among the interviewer’s contacts (when there are any); a warning when there are none and it is a personal webmail address',
  fixes: ['replace'],
  check({ doc, report, whole }) {
    const channel = channelOf(doc.draft.channel)
    if (!PROFESSIONAL_CHANNELS.has(channel)) {
      whole(
        `“${doc.draft.channel}” is not a professional channel; reach interviewers only by e-mail, LinkedIn or a handwritten card.`
      )
      return
    }
    const to = doc.draft.to.trim()
    if (channel === 'handwritten' || to === '') return
    const contacts = doc.ctx.interviewer.contacts ?? []
    const target = normalizeAddress(to)
    const name = doc.model.interviewer.full
    const end = doc.draft.to.length
    if (contacts.length > 0) {
      if (contacts.some((c) => normalizeAddress(c) === target)) return
      const suitable = contacts.filter((c) => (channel === 'email' ? c.includes('@') : /linkedin/i.test(c)))
      report(
        'to',
        0,
        end,
        `${to} is not among the contacts ${name} gave you (${contacts.join(', ')}); use only contact details shared for professional purposes.`,
        suitable.length === 1 ? suitable[0] : undefined
      )
      return
    }
    if (channel === 'email' && WEBMAIL.test(target)) {
      report(
        'to',
        0,
        end,
        `${to} looks like a personal mailbox; unless ${name} gave it to you, write to their work address instead.`,
        undefined,
        'warning'
      )
    }
  }
})
