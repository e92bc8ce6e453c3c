import { startTransition, useEffect, useOptimistic, useState } from 'react'
import type { ResponseOf } from '../../../../shared/ipc/contract'
import { useJournal } from '../../store/journal-store'

type Rule = ResponseOf<'rules:list'>['rules'][number]

const SEVERITY_LABELS: Record<Rule['severity'], string> = { error: 'Error', warning: 'Warning', info: 'Tip' }

/**
 * The etiquette rules with a switch each. Whether a rule is on is read from the cached settings (kept current by
 * `journal:changed`), so the list is fetched once and the switches follow whatever main holds.
 */
export function RulesSection() {
  const saved = useJournal((s) => s.journal?.settings.disabledRules)
  const run = useJournal((s) => s.run)
  const refresh = useJournal((s) => s.refresh)
  // The switch moves at once; it falls back to what main holds if the update fails.
  const [disabled, setDisabled] = useOptimistic(saved ?? [])
  const [rules, setRules] = useState<Rule[] | null>(null)

  useEffect(() => {
    let live = true
    void run(() => window.api.rules.list()).then((list) => {
      if (live && list) setRules(list.rules)
    })
    return () => {
      live = false
    }
  }, [run])

  function toggle(rule: Rule, enabled: boolean) {
    // Settings may hold ids of rules this version no longer has; main accepts only the ones it lists.
    const known = new Map((rules ?? []).map((r) => [r.id as string, r.id]))
    const next = new Set(disabled.flatMap((id) => known.get(id) ?? []))
    if (enabled) next.delete(rule.id)
    else next.add(rule.id)
    startTransition(async () => {
      setDisabled([...next])
      const updated = await run(() => window.api.settings.update({ patch: { disabledRules: [...next] } }))
      if (updated) await refresh()
    })
  }

  return (
    <section className="card" aria-labelledby="settings-rules">
      <h3 id="settings-rules">Etiquette rules</h3>
      <p className="muted">
        Switch off a rule you disagree with; its findings no longer appear in any draft.
      </p>
      {rules === null ? (
        <p className="muted">Loading the rules…</p>
      ) : (
        <ul className="rules" aria-label="Rules">
          {rules.map((rule) => {
            const enabled = !disabled.includes(rule.id)
            return (
              <li key={rule.id} className={enabled ? 'rule' : 'rule rule-off'}>
                <label className="switch">
                  <input
                    type="checkbox"
                    role="switch"
                    checked={enabled}
                    aria-describedby={`rule-${rule.id}`}
                    onChange={(e) => toggle(rule, e.target.checked)}
                  />
                  <span className="rule-title">{rule.title}</span>
                </label>
                <span className={`severity-tag severity-${rule.severity}`}>
                  {SEVERITY_LABELS[rule.severity]}
                </span>
                <span id={`rule-${rule.id}`} className="rule-description">
                  {rule.description}
                </span>
              </li>
            )
          })}
        </ul>
      )}
    </section>
  )
}
