/**
 * The etiquette rules reference (docs/etiquette-rules-reference.md), rendered from the rule definitions: the
 * file is generated, never edited by hand (`npm run docs:rules`), and a test fails when it is stale.
 */
import { format, resolveConfig } from 'prettier'
import { RULES, type RuleInfo } from '../shared/etiquette/rules/index'

const FIX_WORDS: Record<RuleInfo['fixes'][number], string> = {
  replace: 'a replacement',
  'add-to-dictionary': 'add to dictionary'
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim()
}

export function renderRulesReference(rules: readonly RuleInfo[] = RULES): string {
  const rows = rules.map((r) => {
    const file = `shared/etiquette/rules/${r.id.replace('.', '-')}.ts`
    const fixes = r.fixes.length ? r.fixes.map((f) => FIX_WORDS[f]).join(', ') : '—'
    return `| \`${r.id}\` | ${r.severity} | ${cell(r.title)} | ${cell(r.description)} | ${fixes} | [${file.split('/').pop()}](../${file}) |`
  })
  return [
    '# Etiquette rules reference',
    '',
    '<!-- Generated from shared/etiquette/rules/*.ts by `npm run docs:rules`; do not edit by hand. -->',
    '',
    `${rules.length} rules. The contract (input, output, what each finding means) is in [etiquette-rules.md](etiquette-rules.md).`,
    'Switch any rule off by id in Settings.',
    '',
    '| id | severity | title | fires when | fixes | definition |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows,
    ''
  ].join('\n')
}

/** The reference as committed: rendered, then formatted with the project's Prettier settings. */
export async function formattedRulesReference(
  target: string,
  rules: readonly RuleInfo[] = RULES
): Promise<string> {
  const options = (await resolveConfig(target)) ?? {}
  return format(renderRulesReference(rules), { ...options, parser: 'markdown' })
}
