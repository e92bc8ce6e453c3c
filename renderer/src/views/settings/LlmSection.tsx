import { useState, type FormEvent } from 'react'
import { useJournal } from '../../store/journal-store'
import { Field } from '../edit/Field'
import { useSettingsForm } from './use-settings-form'
import { FormFooter } from '../edit/Field'

type TestResult = { ok: true; model: string; models: string[] } | { ok: false; message: string }

/** Where the common servers listen; "Custom" leaves the address to the user. */
const PRESETS = [
  { label: 'OpenAI', baseUrl: 'https://api.openai.com/v1' },
  { label: 'Ollama (this computer)', baseUrl: 'http://127.0.0.1:11434/v1' },
  { label: 'LM Studio (this computer)', baseUrl: 'http://127.0.0.1:1234/v1' }
] as const
const CUSTOM = 'custom'

/**
 * The optional LLM: on/off, endpoint and model, and the API key. The key goes to main and is never shown back;
 * the page only learns whether one is stored.
 */
export function LlmSection() {
  const llm = useJournal((s) => s.settings?.llm)
  const run = useJournal((s) => s.run)
  const [key, setKey] = useState('')
  const [testing, setTesting] = useState(false)
  const [test, setTest] = useState<TestResult | null>(null)
  const [keyCleared, setKeyCleared] = useState(false)
  const hadKey = llm?.hasApiKey === true
  const form = useSettingsForm({
    initial: () => ({ enabled: llm?.enabled ?? false, baseUrl: llm?.baseUrl ?? '', model: llm?.model ?? '' }),
    save: ({ enabled, baseUrl, model }) =>
      window.api.llm.configure({ enabled, baseUrl: baseUrl.trim(), model }),
    onSaved: (result) => {
      // The key belongs to the server it was entered for; main removes it when the address moves elsewhere.
      setKeyCleared(hadKey && !result.hasApiKey)
      setTest(null)
    }
  })
  const { enabled, baseUrl, model } = form.values
  const preset = PRESETS.find((p) => p.baseUrl === baseUrl)?.baseUrl ?? CUSTOM

  async function storeKey(event: FormEvent) {
    event.preventDefault()
    if (!key.trim()) return
    const result = await run(() => window.api.llm.setKey({ key: key.trim() }))
    if (result) setKey('') // the key leaves the page as soon as main holds it
    setKeyCleared(false)
    setTest(null)
  }

  async function testConnection() {
    setTesting(true)
    setTest(null)
    const result = await window.api.llm.test()
    setTesting(false)
    setTest(result.ok ? { ok: true, ...result.value } : { ok: false, message: result.error.message })
  }

  return (
    <section className="card" aria-labelledby="settings-llm">
      <h3 id="settings-llm">LLM (optional)</h3>
      <p className="muted">
        Afterword writes every draft offline. An OpenAI-compatible endpoint (OpenAI, Ollama, LM Studio…) can
        write or polish a draft on request. Its answer is checked on this computer and shown beside your
        draft; nothing changes until you accept it. The key is kept for the server it was entered for:
        changing the server removes it.
      </p>
      <form className="form" aria-label="LLM settings" onSubmit={(e) => void form.submit(e)}>
        <label className="switch">
          <input
            type="checkbox"
            role="switch"
            checked={enabled}
            onChange={(e) => form.change({ enabled: e.target.checked })}
          />
          <span>Use an LLM to write and polish drafts</span>
        </label>
        <label>
          Server
          <select
            value={preset}
            onChange={(e) => {
              if (e.target.value !== CUSTOM) form.change({ baseUrl: e.target.value })
            }}
          >
            {PRESETS.map((p) => (
              <option key={p.baseUrl} value={p.baseUrl}>
                {p.label}
              </option>
            ))}
            <option value={CUSTOM}>Custom</option>
          </select>
        </label>
        <Field
          label="Base URL (https://, or http:// for a server on this computer)"
          problem={form.problems.fields['baseUrl']}
        >
          <input
            value={baseUrl}
            placeholder="https://api.openai.com/v1"
            inputMode="url"
            onChange={(e) => form.change({ baseUrl: e.target.value })}
          />
        </Field>
        <Field label="Model" problem={form.problems.fields['model']}>
          <input
            value={model}
            placeholder="gpt-4o-mini"
            maxLength={200}
            onChange={(e) => form.change({ model: e.target.value })}
          />
        </Field>
        <FormFooter saved={form.saved} problem={form.problems.form} saveLabel="Save LLM settings" />
      </form>

      <form className="form key-form" aria-label="API key" onSubmit={storeKey}>
        <p className="key-state" role="status">
          {llm?.hasApiKey ? 'A key is stored (encrypted on this computer).' : 'No API key is stored.'}
          {keyCleared &&
            ' The server changed, so the key for the old one was removed: enter the key for this one.'}
        </p>
        <label>
          {llm?.hasApiKey ? 'New API key' : 'API key'}
          <input
            type="password"
            autoComplete="off"
            spellCheck={false}
            value={key}
            maxLength={1000}
            onChange={(e) => setKey(e.target.value)}
          />
        </label>
        <div className="button-row">
          <button type="submit" disabled={!key.trim()}>
            {llm?.hasApiKey ? 'Replace key' : 'Store key'}
          </button>
          {llm?.hasApiKey && (
            <button
              type="button"
              className="secondary"
              onClick={() => void run(() => window.api.llm.clearKey())}
            >
              Remove key
            </button>
          )}
        </div>
      </form>

      <div className="button-row test-row">
        <button type="button" className="secondary" disabled={testing} onClick={() => void testConnection()}>
          {testing ? 'Testing…' : 'Test connection'}
        </button>
        {test && (
          <p className={test.ok ? 'test-ok' : 'form-problem'} role="status" aria-label="Connection test">
            {test.ok
              ? `Connected: the model “${test.model}” answered.`
              : `The connection failed: ${test.message}`}
          </p>
        )}
        {test?.ok && test.models.length > 0 && (
          <div className="models" role="group" aria-label="Models offered">
            <span className="muted">Models this server offers (click to use):</span>
            {test.models.slice(0, 30).map((m) => (
              <button key={m} type="button" className="link" onClick={() => form.change({ model: m })}>
                {m}
              </button>
            ))}
          </div>
        )}
      </div>
    </section>
  )
}
