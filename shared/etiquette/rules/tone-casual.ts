import { bothFields, scanCasual } from '../checks/tone'
import { defineRule } from './define'

export default defineRule({
  id: 'tone.casual',
  severity: 'warning',
  title: 'Casual tone',
  description:
    'slang or text-speak (hey, gonna, wanna, lol, btw, thx, u, …), emoji, or repeated exclamation marks (“!!”)',
  fixes: ['replace'],
  check({ doc, report }) {
    bothFields(doc, report, scanCasual)
  }
})
