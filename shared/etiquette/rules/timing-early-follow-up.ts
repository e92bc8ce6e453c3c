import { CHECK_IN_SILENCE_MS, DAY_MS } from '../policy'
import { defineRule } from './define'
import { instant } from './time'

export default defineRule({
  id: 'timing.early-follow-up',
  severity: 'warning',
  title: 'Early check-in',
  description: `a check-in is checked less than ${CHECK_IN_SILENCE_MS / DAY_MS} days after the last contact`,
  fixes: [],
  check({ doc, whole }) {
    if (doc.draft.kind !== 'check-in') return
    const now = instant(doc.ctx.now)
    const last = instant(doc.ctx.lastContactAt)
    if (now === undefined || last === undefined || now - last >= CHECK_IN_SILENCE_MS) return
    const days = Math.floor((now - last) / DAY_MS)
    const when = days === 0 ? 'today' : days === 1 ? 'yesterday' : `${days} days ago`
    const wait = Math.round(CHECK_IN_SILENCE_MS / DAY_MS)
    whole(
      `Your last contact was ${when}; wait at least ${wait === 7 ? 'a week' : `${wait} days`} before checking in, so the note reads as patient rather than pushy.`
    )
  }
})
