import { loadSpeller } from '../../electron/main/etiquette/speller'
import { CORPUS } from './corpus-v2'
import { judge, KINDS } from './corpus-referee'
import { compose } from '../../shared/compose/index'
import { contextFor } from './corpus-referee'
async function main(): Promise<void> {
  const { Dialect, LocalLinter } = await import('harper.js')
  const { binary } = await import('harper.js/binary')
  const harper = new LocalLinter({ binary, dialect: Dialect.American })
  await harper.setup()
  const speller = await loadSpeller()
  const ids = process.argv.slice(2)
  for (const item of CORPUS.filter((c) => ids.length === 0 || ids.includes(c.id))) {
    for (const kind of KINDS) {
      const v = await judge(item, kind, speller, harper)
      if (v.problems.length) console.log(item.id, kind, v.problems, '\n' + v.body.split('\n\n')[1])
    }
    const thanks = compose({ kind: 'thank-you', context: item.context }, { speller })
    const ci = compose(
      {
        kind: 'check-in',
        context: { ...contextFor('check-in', item.context), previousMessages: [thanks.body] }
      },
      { speller }
    )
    const before = new Set(thanks.sources.map((s) => s.note))
    if (ci.sources.some((s) => before.has(s.note)))
      console.log('REUSE', item.id, '\n' + thanks.body.split('\n\n')[1], '\n' + ci.body.split('\n\n')[1])
  }
}
void main()
