import { HOUR_MS, THANK_YOU_WINDOW_MS } from '../policy'
import { defineRule } from './define'
import { instant } from './time'

export default defineRule({
  id: 'timing.late-thank-you',
  severity: 'warning',
  title: 'Late thank-you',
  description: `a thank-you is checked more than ${THANK_YOU_WINDOW_MS / HOUR_MS} hours after the interview ended`,
  fixes: [],
  check({ doc, whole }) {
    if (doc.draft.kind !== 'thank-you') return
    const now = instant(doc.ctx.now)
    const ended = instant(doc.ctx.interview?.endedAt)
    if (now === undefined || ended === undefined || now - ended <= THANK_YOU_WINDOW_MS) return
    const hours = Math.floor((now - ended) / HOUR_MS)
    const ago = hours < 48 ? `${hours} hours` : `${Math.floor(hours / 24)} days`
    const window = Math.round(THANK_YOU_WINDOW_MS / HOUR_MS)
    whole(
      `The interview ended ${ago} ago; a thank-you is best sent within ${window} hours. Send it soon, it still helps.`
    )
  }
})
