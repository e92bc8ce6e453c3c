import { bothFields, scanPushy } from '../checks/tone'
import { defineRule } from './define'

export default defineRule({
  id: 'tone.pushy',
  severity: 'warning',
  title: 'Pushy tone',
  description:
    'demanding, presumptuous or desperate phrasing: ASAP, “I need an answer”, “still waiting”; a deadline put on the interviewer however politely (“please let me know by Friday”); presuming the outcome (“I look forward to your offer”, “when can I start?”)',
  fixes: [],
  check({ doc, report }) {
    bothFields(doc, report, scanPushy)
  }
})
