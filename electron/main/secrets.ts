/**
 * Keeps the LLM API key on disk, encrypted with Electron's safeStorage (injected, so this module stays plain Node
 * and testable). The key lives in its own file, outside the journal and its backups, so exporting or backing up
 * the journal never carries it.
 *
 * File format: `{ "version": 1, "apiKey": "<base64 of the safeStorage ciphertext>" }`, mode 0600, written
 * atomically (temp file + rename) so a crash leaves the old key or the new one, never half of one.
 * Plaintext is never written: when encryption is unavailable, storing is refused.
 */
import { randomBytes } from 'node:crypto'
import { chmod, mkdir, open, readFile, rename, rm } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'

export interface SafeStorageLike {
  isEncryptionAvailable(): boolean
  encryptString(s: string): Buffer
  decryptString(b: Buffer): string
}

export type SecretsErrorCode = 'encryption-unavailable' | 'empty-key' | 'unreadable'

export class SecretsError extends Error {
  constructor(
    readonly code: SecretsErrorCode,
    message: string
  ) {
    super(message)
    this.name = 'SecretsError'
  }
}

export interface Secrets {
  setApiKey(key: string): Promise<void>
  getApiKey(): Promise<string | null>
  clearApiKey(): Promise<void>
  hasApiKey(): Promise<boolean>
}

interface SecretsFile {
  version: 1
  apiKey: string
}

const FILE_MODE = 0o600
const DIR_MODE = 0o700

function isMissing(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === 'ENOENT'
}

function parseSecretsFile(text: string): SecretsFile | null {
  try {
    const parsed = JSON.parse(text) as Partial<SecretsFile> | null
    if (parsed?.version === 1 && typeof parsed.apiKey === 'string' && parsed.apiKey !== '') {
      return { version: 1, apiKey: parsed.apiKey }
    }
  } catch {
    // Falls through: a damaged file is reported the same way as an unknown one.
  }
  return null
}

/** Writes `data` to `file` through a temp file in the same folder, flushed to disk, then renamed over it. */
async function writeFileAtomic(file: string, data: string): Promise<void> {
  await mkdir(dirname(file), { recursive: true, mode: DIR_MODE })
  const temp = join(dirname(file), `.${basename(file)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`)
  try {
    // 'wx': never follow or reuse an existing file at the temp path. The mode applies from creation on, so the
    // ciphertext is never readable by others, not even briefly.
    const handle = await open(temp, 'wx', FILE_MODE)
    try {
      await handle.writeFile(data, 'utf8')
      await handle.sync()
    } finally {
      await handle.close()
    }
    // The umask may have narrowed the mode; it cannot have widened it, but make it exact anyway.
    await chmod(temp, FILE_MODE)
    await rename(temp, file)
  } catch (error) {
    await rm(temp, { force: true })
    throw error
  }
}

export function createSecrets(opts: { file: string; safeStorage: SafeStorageLike }): Secrets {
  const { file, safeStorage } = opts
  // Writes and deletes run one after another, so a clear that follows a set always wins.
  let queue: Promise<unknown> = Promise.resolve()
  function serialized<T>(task: () => Promise<T>): Promise<T> {
    const run = queue.then(task, task)
    queue = run.catch(() => undefined)
    return run
  }

  async function readStored(): Promise<SecretsFile | null> {
    let text: string
    try {
      text = await readFile(file, 'utf8')
    } catch (error) {
      if (isMissing(error)) return null
      throw error
    }
    const stored = parseSecretsFile(text)
    if (stored === null)
      throw new SecretsError(
        'unreadable',
        'The saved API key file is damaged. Enter the key again in Settings.'
      )
    return stored
  }

  return {
    setApiKey(key) {
      return serialized(async () => {
        const trimmed = key.trim()
        if (trimmed === '') throw new SecretsError('empty-key', 'The API key is empty.')
        if (!safeStorage.isEncryptionAvailable())
          throw new SecretsError(
            'encryption-unavailable',
            'This system offers no secure storage (no keyring), so the API key was not saved. ' +
              'Set up a keyring (for example GNOME Keyring or KWallet) and try again.'
          )
        const cipher = safeStorage.encryptString(trimmed)
        const content: SecretsFile = { version: 1, apiKey: cipher.toString('base64') }
        await writeFileAtomic(file, `${JSON.stringify(content)}\n`)
      })
    },

    getApiKey() {
      return serialized(async () => {
        const stored = await readStored()
        if (stored === null) return null
        if (!safeStorage.isEncryptionAvailable())
          throw new SecretsError(
            'encryption-unavailable',
            'Secure storage is not available right now, so the saved API key cannot be read.'
          )
        try {
          return safeStorage.decryptString(Buffer.from(stored.apiKey, 'base64'))
        } catch {
          // Typically the OS keyring changed (new machine, reset keyring): the ciphertext is now useless.
          throw new SecretsError(
            'unreadable',
            'The saved API key could not be decrypted. Enter the key again in Settings.'
          )
        }
      })
    },

    clearApiKey() {
      return serialized(() => rm(file, { force: true }))
    },

    hasApiKey() {
      return serialized(async () => {
        try {
          return (await readStored()) !== null
        } catch (error) {
          if (error instanceof SecretsError) return false
          throw error
        }
      })
    }
  }
}
