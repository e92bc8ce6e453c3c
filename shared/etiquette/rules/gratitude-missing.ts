import { defineRule } from './define'

/** Text-speak thanks ("tysm") is still thanks (tone.casual reports its register); "cheers for" is British thanks. */
const GRATITUDE =
  /\b(?:thank\w*|thx|thanx|thnx|thnks|tysm|tyvm|ty|grateful|gratefully|gratitude|appreciat\w*|much obliged|cheers for)\b/

export default defineRule({
  id: 'gratitude.missing',
  severity: 'error',
  title: 'No thanks',
  description: 'the body thanks no one (thank, thanks, grateful, appreciate, …)',
  fixes: [],
  check({ doc, whole }) {
    if (GRATITUDE.test(doc.bodyFolded)) return
    whole('The note never thanks the interviewer; thank them for their time and the conversation.')
  }
})
