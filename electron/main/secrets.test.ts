import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createSecrets, SecretsError, type SafeStorageLike } from './secrets'

const API_KEY = 'sk-test-PlainTextKey-123456'

/** Reversible XOR with a marker, so a test can tell ciphertext from plaintext and spot a wrong "keyring". */
function fakeSafeStorage(
  options: { available?: boolean; xor?: number } = {}
): SafeStorageLike & { calls: number } {
  const xor = options.xor ?? 0x5a
  const marker = Buffer.from('FAKE1')
  return {
    calls: 0,
    isEncryptionAvailable: () => options.available ?? true,
    encryptString(s) {
      this.calls += 1
      const bytes = Buffer.from(s, 'utf8').map((b) => b ^ xor)
      return Buffer.concat([marker, bytes, Buffer.from([xor])])
    },
    decryptString(b) {
      if (!b.subarray(0, marker.length).equals(marker) || b[b.length - 1] !== xor)
        throw new Error('bad ciphertext')
      return Buffer.from(b.subarray(marker.length, b.length - 1).map((x) => x ^ xor)).toString('utf8')
    }
  }
}

let dir: string
let file: string

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'afterword-secrets-'))
  file = join(dir, 'nested', 'llm-key.json')
})

afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('createSecrets', () => {
  it('stores the key encrypted and reads it back', async () => {
    const secrets = createSecrets({ file, safeStorage: fakeSafeStorage() })
    expect(await secrets.hasApiKey()).toBe(false)
    expect(await secrets.getApiKey()).toBeNull()
    await secrets.setApiKey(`  ${API_KEY}\n`)
    expect(await secrets.hasApiKey()).toBe(true)
    expect(await secrets.getApiKey()).toBe(API_KEY)
    // A new instance (app restart) reads the same file.
    expect(await createSecrets({ file, safeStorage: fakeSafeStorage() }).getApiKey()).toBe(API_KEY)
  })

  it('never writes the plaintext key, in any encoding', async () => {
    const secrets = createSecrets({ file, safeStorage: fakeSafeStorage() })
    await secrets.setApiKey(API_KEY)
    const raw = await readFile(file)
    for (const form of [
      API_KEY,
      Buffer.from(API_KEY).toString('base64'),
      Buffer.from(API_KEY).toString('hex')
    ]) {
      expect(raw.includes(form)).toBe(false)
    }
    expect(raw.toString('utf8')).toContain('"version":1')
  })

  it('writes the file with mode 0600 and leaves no temp file behind', async () => {
    const secrets = createSecrets({ file, safeStorage: fakeSafeStorage() })
    await secrets.setApiKey(API_KEY)
    await secrets.setApiKey('sk-second-key-abcdef')
    expect((await stat(file)).mode & 0o777).toBe(0o600)
    expect(await readdir(join(dir, 'nested'))).toEqual(['llm-key.json'])
    expect(await secrets.getApiKey()).toBe('sk-second-key-abcdef')
  })

  it('refuses to store the key when encryption is unavailable, and keeps no file', async () => {
    const storage = fakeSafeStorage({ available: false })
    const secrets = createSecrets({ file, safeStorage: storage })
    await expect(secrets.setApiKey(API_KEY)).rejects.toMatchObject({ code: 'encryption-unavailable' })
    await expect(secrets.setApiKey(API_KEY)).rejects.toThrow(/not saved/)
    expect(storage.calls).toBe(0)
    await expect(stat(file)).rejects.toMatchObject({ code: 'ENOENT' })
    expect(await secrets.hasApiKey()).toBe(false)
  })

  it('refuses an empty key', async () => {
    const secrets = createSecrets({ file, safeStorage: fakeSafeStorage() })
    await expect(secrets.setApiKey('   ')).rejects.toBeInstanceOf(SecretsError)
    expect(await secrets.hasApiKey()).toBe(false)
  })

  it('clears the key, and clearing twice is fine', async () => {
    const secrets = createSecrets({ file, safeStorage: fakeSafeStorage() })
    await secrets.setApiKey(API_KEY)
    await secrets.clearApiKey()
    await secrets.clearApiKey()
    expect(await secrets.hasApiKey()).toBe(false)
    expect(await secrets.getApiKey()).toBeNull()
  })

  it('runs operations in call order, so a clear right after a set wins', async () => {
    const secrets = createSecrets({ file, safeStorage: fakeSafeStorage() })
    const setting = secrets.setApiKey(API_KEY)
    const clearing = secrets.clearApiKey()
    await Promise.all([setting, clearing])
    expect(await secrets.hasApiKey()).toBe(false)
  })

  it('reports a key it cannot decrypt (keyring changed) instead of returning garbage', async () => {
    await createSecrets({ file, safeStorage: fakeSafeStorage({ xor: 0x11 }) }).setApiKey(API_KEY)
    const otherKeyring = createSecrets({ file, safeStorage: fakeSafeStorage({ xor: 0x22 }) })
    await expect(otherKeyring.getApiKey()).rejects.toMatchObject({ code: 'unreadable' })
  })

  it('reports a damaged file, and hasApiKey treats it as no key', async () => {
    const secrets = createSecrets({ file, safeStorage: fakeSafeStorage() })
    await secrets.setApiKey(API_KEY)
    await writeFile(file, '{"version":1,"apiK')
    await expect(secrets.getApiKey()).rejects.toMatchObject({ code: 'unreadable' })
    expect(await secrets.hasApiKey()).toBe(false)
    // Setting a new key repairs it.
    await secrets.setApiKey(API_KEY)
    expect(await secrets.getApiKey()).toBe(API_KEY)
  })

  it('error messages never contain the key', async () => {
    const secrets = createSecrets({ file, safeStorage: fakeSafeStorage({ available: false }) })
    const error = await secrets.setApiKey(API_KEY).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(SecretsError)
    expect(String((error as Error).message)).not.toContain(API_KEY)
  })
})
