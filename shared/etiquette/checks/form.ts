/**
 * Rules about the message as a whole: timing (from context.now, never the wall clock), the number of follow-ups,
 * length, the parts of an e-mail (subject, greeting, sign-off) and the channel it goes through.
 */
import { finding, whole } from '../rules'
import { countWords } from '../text/fold'
import type { Check } from './types'

const HOUR = 3_600_000
const DAY = 24 * HOUR

function time(iso: string | undefined): number | undefined {
  if (!iso) return undefined
  const t = Date.parse(iso)
  return Number.isNaN(t) ? undefined : t
}

export const lateThankYou: Check = {
  id: 'timing.late-thank-you',
  run(doc, out) {
    if (doc.draft.kind !== 'thank-you') return
    const now = time(doc.ctx.now)
    const ended = time(doc.ctx.interview?.endedAt)
    if (now === undefined || ended === undefined || now - ended <= DAY) return
    const hours = Math.floor((now - ended) / HOUR)
    const ago = hours < 48 ? `${hours} hours` : `${Math.floor(hours / 24)} days`
    out.push(
      whole(
        'timing.late-thank-you',
        `The interview ended ${ago} ago; a thank-you is best sent within 24 hours. Send it soon, it still helps.`
      )
    )
  }
}

export const earlyFollowUp: Check = {
  id: 'timing.early-follow-up',
  run(doc, out) {
    if (doc.draft.kind !== 'follow-up') return
    const now = time(doc.ctx.now)
    const last = time(doc.ctx.lastContactAt)
    if (now === undefined || last === undefined || now - last >= 7 * DAY) return
    const days = Math.floor((now - last) / DAY)
    const when = days === 0 ? 'today' : days === 1 ? 'yesterday' : `${days} days ago`
    out.push(
      whole(
        'timing.early-follow-up',
        `Your last contact was ${when}; wait at least a week before checking in, so the note reads as patient rather than pushy.`
      )
    )
  }
}

export const overfollow: Check = {
  id: 'overfollow',
  run(doc, out) {
    const sent = doc.ctx.followUpsSent
    if (doc.draft.kind !== 'follow-up' || sent === undefined || sent < 2 || doc.ctx.replyReceived !== false)
      return
    out.push(
      whole(
        'overfollow',
        `You have already sent ${sent} follow-ups without a reply; another one can come across as pushy and harm your candidacy.`
      )
    )
  }
}

const LIMITS = { 'thank-you': 200, 'follow-up': 150 } as const

export const tooLong: Check = {
  id: 'length.too-long',
  run(doc, out) {
    const limit = LIMITS[doc.draft.kind]
    const count = countWords(doc.body)
    if (count <= limit) return
    out.push(
      whole(
        'length.too-long',
        `The note is ${count} words; keep a ${doc.draft.kind} under ${limit} so it is read to the end.`
      )
    )
  }
}

export const subjectMissing: Check = {
  id: 'subject.missing',
  run(doc, out) {
    if (channelOf(doc.draft.channel) !== 'email' || doc.subject.trim() !== '') return
    out.push(
      whole(
        'subject.missing',
        'The e-mail has no subject; a short one such as “Thank you for today” gets it opened.'
      )
    )
  }
}

export const greetingMissing: Check = {
  id: 'greeting.missing',
  run(doc, out) {
    if (doc.body.trim() === '' || doc.hasGreeting) return
    const first = doc.model.interviewer.parts[0]
    const example = first ? `“Hi ${first},”` : 'a greeting'
    out.push(whole('greeting.missing', `The note starts without a salutation; open with ${example}.`))
  }
}

export const signoffMissing: Check = {
  id: 'signoff.missing',
  run(doc, out) {
    if (doc.body.trim() === '' || doc.hasSignoff) return
    out.push(
      whole('signoff.missing', 'The note ends without a sign-off; close with “Best regards,” and your name.')
    )
  }
}

const PROFESSIONAL_CHANNELS = new Set(['email', 'linkedin', 'handwritten'])
/** "E-mail", "LinkedIn", "hand-written" are the same channels as "email", "linkedin", "handwritten". */
function channelOf(draftChannel: string): string {
  return draftChannel.toLowerCase().replace(/[^a-z]/g, '')
}
const WEBMAIL =
  /@(?:gmail|googlemail|yahoo|ymail|rocketmail|hotmail|outlook|live|msn|icloud|me|mac|aol|proton|protonmail|pm|gmx|mail|yandex|zoho|fastmail|hey|tutanota|qq|163|126|sina|web|btinternet|comcast|sbcglobal|att|verizon|rediffmail|libero|laposte|orange|wanadoo|naver|hanmail)\.[a-z.]+$/i

/** Compares addresses and profile links loosely: case, a display name, "mailto:", the scheme and "www." aside. */
function normalizeAddress(value: string): string {
  const bracketed = /<([^>]+)>/.exec(value)
  return (bracketed?.[1] ?? value)
    .trim()
    .toLowerCase()
    .replace(/^mailto:/, '')
    .replace(/^https?:\/\//, '')
    .replace(/^www\./, '')
    .replace(/\/+$/, '')
}

export const privacyChannel: Check = {
  id: 'privacy.channel',
  run(doc, out) {
    const channel = channelOf(doc.draft.channel)
    if (!PROFESSIONAL_CHANNELS.has(channel)) {
      out.push(
        whole(
          'privacy.channel',
          `“${doc.draft.channel}” is not a professional channel; reach interviewers only by e-mail, LinkedIn or a handwritten card.`
        )
      )
      return
    }
    const to = doc.draft.to.trim()
    if (channel === 'handwritten' || to === '') return
    const contacts = doc.ctx.interviewer.contacts ?? []
    const target = normalizeAddress(to)
    const name = doc.model.interviewer.full
    if (contacts.length > 0) {
      if (contacts.some((c) => normalizeAddress(c) === target)) return
      const suitable = contacts.filter((c) => (channel === 'email' ? c.includes('@') : /linkedin/i.test(c)))
      const list = contacts.join(', ')
      out.push(
        finding(
          'privacy.channel',
          'to',
          0,
          doc.draft.to.length,
          `${to} is not among the contacts ${name} gave you (${list}); use only contact details shared for professional purposes.`,
          suitable.length === 1 ? suitable[0] : undefined
        )
      )
      return
    }
    if (channel === 'email' && WEBMAIL.test(target)) {
      out.push(
        finding(
          'privacy.channel',
          'to',
          0,
          doc.draft.to.length,
          `${to} looks like a personal mailbox; unless ${name} gave it to you, write to their work address instead.`,
          undefined,
          'warning'
        )
      )
    }
  }
}
