import { checkInsSentOf } from '../contract'
import { MAX_UNANSWERED_CHECK_INS } from '../policy'
import { defineRule } from './define'

export default defineRule({
  id: 'overfollow',
  severity: 'error',
  title: 'Too many check-ins',
  description: `a check-in when ${MAX_UNANSWERED_CHECK_INS} or more check-ins were already sent and no reply came`,
  fixes: [],
  check({ doc, whole }) {
    const sent = checkInsSentOf(doc.ctx)
    if (doc.draft.kind !== 'check-in' || sent === undefined || doc.ctx.replyReceived !== false) return
    if (sent < MAX_UNANSWERED_CHECK_INS) return
    whole(
      `You have already sent ${sent} check-ins without a reply; another one can come across as pushy and harm your candidacy.`
    )
  }
})
