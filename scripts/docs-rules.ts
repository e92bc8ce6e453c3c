/** Writes docs/etiquette-rules-reference.md from the rule definitions (`npm run docs:rules`). */
import { writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { formattedRulesReference } from './rules-reference'

const target = resolve(__dirname, '../docs/etiquette-rules-reference.md')
void formattedRulesReference(target).then((text) => {
  writeFileSync(target, text)
  process.stdout.write(`wrote ${target}\n`)
})
