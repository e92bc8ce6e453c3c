/**
 * Every IPC channel against thousands of random and hostile payloads (fast-check, fixed seeds): anything at all,
 * the channel's own keys with wrong types, prototype-pollution keys, huge strings, NaN and Infinity, deep nesting,
 * arrays for objects, path- and URL-like strings, and ids such as "__proto__" or "constructor". The router must
 * never throw and must answer each with a clear error (or, for a read-only channel, a valid answer), and the
 * journal, the data folder and the JavaScript prototypes must be exactly as they were.
 */
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import fc from 'fast-check'
import { z } from 'zod'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CHANNELS, type Channel } from '../../../shared/ipc/channels'
import { contract } from '../../../shared/ipc/contract'
import { ERROR_CODES } from '../../../shared/ipc/result'
import { loadSpeller } from '../etiquette/speller'
import { openHarness, seedJournal, type Harness } from '../../../test/main/handlers/test-harness'

const RUNS_PER_CHANNEL = 300

/** Channels that never change anything, so a payload that happens to be valid may succeed. */
const READ_ONLY = new Set<Channel>([
  'app:info',
  'journal:get',
  'rules:list',
  'drafts:check',
  'drafts:suggest',
  'llm:test',
  'llm:cancel',
  // A preview sends nothing; a proposal saves nothing (and the LLM is switched off in this journal).
  'llm:preview',
  'llm:propose',
  // No file was chosen, so there is no token a payload could name.
  'data:import',
  // Allowed to open https:/mailto: links; every URL it opens is checked below.
  'shell:openExternal'
])
/** Channels that act on a record named by id: a valid payload naming ids that do not exist must be refused. */
const ID_BOUND = new Set<Channel>([
  'applications:update',
  'applications:delete',
  'interviews:create',
  'interviews:update',
  'interviews:delete',
  'people:add',
  'people:update',
  'people:remove',
  'people:delete',
  'notes:add',
  'notes:update',
  'notes:delete',
  'meetings:update',
  'contacts:logReply',
  'contacts:update',
  'contacts:delete',
  'drafts:compose',
  'drafts:save',
  'drafts:markSent',
  'llm:accept',
  'llm:undo'
])

const PROTOTYPE_NAMES = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf']
const PATHS_AND_URLS = [
  '../../../../etc/passwd',
  '/etc/shadow',
  'C:\\Windows\\System32\\config\\SAM',
  '\\\\evil-host\\share\\x.json',
  '~/.ssh/id_rsa',
  'file:///etc/passwd',
  'javascript:alert(document.domain)',
  'data:text/html,<script>alert(1)</script>',
  'http://127.0.0.1:9/admin',
  'https://user:pass@evil.example/',
  'https://evil.example/\u0000.json',
  'mailto:',
  'smb://evil.example/share',
  'app://../../',
  '%2e%2e%2f%2e%2e%2fetc%2fpasswd'
]
const ODD_STRINGS = [
  '',
  ' ',
  '\u0000',
  '\u202e\u202d',
  '\ud800',
  'NaN',
  'null',
  'undefined',
  '{}',
  '[]',
  '😀'.repeat(40)
]
const ODD_NUMBERS = [NaN, Infinity, -Infinity, -0, Number.MAX_VALUE, Number.MIN_VALUE, 2 ** 53, -1, 1.5]

let seededIds: string[] = []
/** The seeded ids an id field of this name most likely means (interviewId: the interview), so many payloads name
 * real records and reach the handlers. */
let seededIdsFor: (key: string) => string[] = () => seededIds

const hugeString = fc
  .tuple(fc.constantFrom('a', ' ', '\u0000', 'é', '😀', '<'), fc.integer({ min: 10_000, max: 300_000 }))
  .map(([unit, n]) => unit.repeat(n))
const idLike = (key: string) =>
  fc.oneof(
    { arbitrary: fc.constantFrom(...seededIdsFor(key)), weight: 3 },
    { arbitrary: fc.constantFrom(...seededIds), weight: 1 },
    { arbitrary: fc.constantFrom(...PROTOTYPE_NAMES), weight: 2 },
    { arbitrary: fc.string(), weight: 1 }
  )
const hostileString = () =>
  fc.oneof(
    fc.constantFrom(...PROTOTYPE_NAMES, ...PATHS_AND_URLS, ...ODD_STRINGS),
    fc.string({ unit: 'binary', maxLength: 80 }),
    fc.webUrl({ withQueryParameters: true, withFragments: true }),
    { arbitrary: hugeString, weight: 1 }
  )
const deepArray = fc.integer({ min: 50, max: 5_000 }).map((depth) => {
  let value: unknown = []
  for (let i = 0; i < depth; i++) value = [value]
  return value
})
const deepObject = fc.integer({ min: 50, max: 5_000 }).map((depth) => {
  let value: unknown = {}
  for (let i = 0; i < depth; i++) value = { patch: value, text: value }
  return value
})
const hostileLeaf = () =>
  fc.oneof(
    hostileString(),
    fc.constantFrom<unknown>(...ODD_NUMBERS, null, undefined, true, false, 0n, new Date(NaN)),
    fc.double(),
    fc.bigInt()
  )
const hostileValue = () =>
  fc.oneof(
    { arbitrary: hostileLeaf(), weight: 4 },
    { arbitrary: deepArray, weight: 1 },
    { arbitrary: deepObject, weight: 1 },
    { arbitrary: pollutingObject(), weight: 1 },
    { arbitrary: fc.array(hostileLeaf(), { maxLength: 5 }), weight: 1 }
  )

/** Objects whose own keys are `__proto__`, `constructor` or `prototype`, as JSON.parse or a clone makes them. */
function pollutingObject() {
  return fc
    .tuple(
      fc.constantFrom('__proto__', 'constructor', 'prototype'),
      fc.dictionary(fc.string(), fc.oneof(hostileString(), fc.double(), fc.constant(null)))
    )
    .map(([key, inner]) =>
      JSON.parse(
        `{"${key}": ${JSON.stringify({ ...inner, polluted: 'yes', prototype: { polluted: 'yes' } })}}`
      )
    )
}

/** The object schema inside optional/default/nullable wrappers, or null when it is not an object. */
function objectShape(schema: z.ZodType): Record<string, z.ZodType> | null {
  if (schema instanceof z.ZodObject) return schema.shape as Record<string, z.ZodType>
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodNullable || schema instanceof z.ZodDefault)
    return objectShape(schema.unwrap() as z.ZodType)
  return null
}

function unwrapped(schema: z.ZodType): z.ZodType {
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodNullable || schema instanceof z.ZodDefault)
    return unwrapped(schema.unwrap() as z.ZodType)
  return schema
}

/** A value that fits the field (or nearly does), so valid and almost-valid payloads reach the handlers. */
function plausible(key: string, schema: z.ZodType, depth: number): fc.Arbitrary<unknown> {
  const inner = unwrapped(schema)
  const shape = objectShape(inner)
  if (shape && depth < 3) return nearlyValid(shape, depth + 1)
  if (inner instanceof z.ZodEnum) return fc.constantFrom(...(inner.options as unknown[]))
  if (inner instanceof z.ZodBoolean) return fc.boolean()
  if (inner instanceof z.ZodNumber)
    return fc.oneof(fc.integer({ min: -5, max: 60 }), fc.constantFrom(...ODD_NUMBERS))
  if (inner instanceof z.ZodISODateTime)
    return fc.constantFrom(
      '2026-03-03T15:00:00Z',
      '2026-03-03T17:00:00+02:00',
      '2026-02-30T25:61:00Z',
      '2026-03-03'
    )
  if (inner instanceof z.ZodArray)
    return fc.array(fc.record({ kind: fc.constantFrom('email', 'phone', 'fax'), value: hostileString() }), {
      maxLength: 3
    })
  if (key === 'id' || (key.endsWith('Id') && key !== 'requestId')) return idLike(key)
  return fc.oneof(
    fc.string({ minLength: 1, maxLength: 40 }),
    fc.string({ unit: 'grapheme', maxLength: 400 }),
    fc.constantFrom(
      'x',
      'Hey Jane!!',
      'https://acme.example/jobs',
      'mailto:jane@acme.example',
      ...PATHS_AND_URLS
    )
  )
}

/** Every key of the shape with a plausible value, and now and then one of them swapped for a hostile value. */
function nearlyValid(shape: Record<string, z.ZodType>, depth = 0): fc.Arbitrary<Record<string, unknown>> {
  const fields = Object.entries(shape)
  if (fields.length === 0) return fc.constant({})
  return fc
    .tuple(
      fc.tuple(...fields.map(([key, schema]) => plausible(key, schema, depth))),
      fc.option(fc.tuple(fc.nat({ max: fields.length - 1 }), hostileValue()), { freq: 2 })
    )
    .map(([values, corrupt]) => {
      const out: Record<string, unknown> = {}
      fields.forEach(([key], i) => (out[key] = corrupt?.[0] === i ? corrupt[1] : values[i]))
      return out
    })
}

/** The channel's own keys (some left out, one stray key now and then), each a plausible or a hostile value. */
function keyedObject(shape: Record<string, z.ZodType>, depth = 0): fc.Arbitrary<Record<string, unknown>> {
  const fields = Object.entries(shape)
  const valueFor = ([key, schema]: [string, z.ZodType]) =>
    fc.oneof(
      { arbitrary: plausible(key, schema, depth), weight: 1 },
      { arbitrary: hostileValue(), weight: 2 }
    )
  return fc
    .tuple(
      fc.subarray(fields),
      fc.tuple(...fields.map(valueFor)),
      fc.option(fc.tuple(fc.constantFrom(...PROTOTYPE_NAMES, 'extra', 'x'.repeat(5000)), hostileValue()))
    )
    .map(([present, values, stray]) => {
      const out: Record<string, unknown> = {}
      for (const [key] of present) out[key] = values[fields.findIndex(([k]) => k === key)]
      // defineProperty, not assignment: an own "__proto__" key, as structured clone delivers it.
      if (stray) Object.defineProperty(out, stray[0], { value: stray[1], enumerable: true, writable: true })
      return out
    })
}

function payloads(channel: Channel): fc.Arbitrary<unknown> {
  const shape = objectShape(contract[channel].request as z.ZodType) ?? {}
  const own = keyedObject(shape)
  return fc.oneof(
    { arbitrary: nearlyValid(shape), weight: 8 },
    { arbitrary: own, weight: 4 },
    {
      arbitrary: fc.anything({
        maxDepth: 6,
        maxKeys: 6,
        withBigInt: true,
        withBoxedValues: true,
        withDate: true,
        withMap: true,
        withSet: true,
        withNullPrototype: true,
        withObjectString: true,
        withSparseArray: true,
        withTypedArray: true,
        stringUnit: 'binary',
        key: fc.oneof(fc.string(), fc.constantFrom(...Object.keys(shape), ...PROTOTYPE_NAMES))
      }),
      weight: 3
    },
    { arbitrary: hostileValue(), weight: 2 },
    { arbitrary: own.map((o) => [o]), weight: 1 },
    { arbitrary: own.map((o) => Object.assign(Object.create(null) as object, o)), weight: 1 },
    { arbitrary: pollutingObject(), weight: 1 }
  )
}

/** Any seeded id anywhere in the payload. */
function namesSeededId(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return seededIds.includes(value)
  if (depth > 4 || value === null || typeof value !== 'object') return false
  return Object.values(value).some((v) => namesSeededId(v, depth + 1))
}

/** Whether the payload is one the property should skip: valid, and able to act for real. */
function wouldActForReal(channel: Channel, payload: unknown): boolean {
  if (READ_ONLY.has(channel) || !contract[channel].request.safeParse(payload).success) return false
  return !ID_BOUND.has(channel) || namesSeededId(payload)
}

/** An https: page or a mailto: address with no credentials and no blanks or control characters. */
function isSafeToOpen(url: string): boolean {
  // eslint-disable-next-line no-control-regex
  if (/[\s\u0000-\u001f\u007f]/.test(url)) return false
  const parsed = new URL(url)
  return (
    (parsed.protocol === 'https:' && parsed.username === '' && parsed.password === '') ||
    parsed.protocol === 'mailto:'
  )
}

function folderDigest(dir: string): Record<string, string> {
  const out: Record<string, string> = {}
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
    const path = join(dir, name)
    if (statSync(path).isFile())
      out[relative(dir, path)] = createHash('sha256').update(readFileSync(path)).digest('hex')
  }
  return out
}

const prototypeKeys = () =>
  [Object.prototype, Array.prototype, Function.prototype, String.prototype].map((p) =>
    Reflect.ownKeys(p).map(String).sort().join(',')
  )

let h: Harness
let journalBefore: string
let filesBefore: Record<string, string>
let prototypesBefore: string[]
let dialogsAsked = 0

beforeAll(async () => {
  const speller = await loadSpeller()
  h = await openHarness({ speller: { current: () => speller, state: () => 'ready' } })
  const seeded = await seedJournal(h)
  const { draft } = await h.call<{ draft: { id: string } }>('drafts:compose', {
    interviewId: seeded.interviewId,
    personId: seeded.janeId,
    kind: 'thank-you'
  })
  const journal = h.store.get()
  const meetingIds = Object.keys(journal.meetings)
  seededIds = [...Object.values(seeded), ...meetingIds, draft.id]
  const byKey: Record<string, string[]> = {
    applicationId: [seeded.applicationId],
    interviewId: [seeded.interviewId],
    personId: [seeded.janeId, seeded.bobId],
    draftId: [draft.id]
  }
  seededIdsFor = (key) => byKey[key] ?? seededIds
  await h.store.flush()
  h.events.length = 0
  const { chooseSavePath, chooseOpenPath } = h.dialogs
  h.dialogs.chooseSavePath = (options) => (dialogsAsked++, chooseSavePath(options))
  h.dialogs.chooseOpenPath = (options) => (dialogsAsked++, chooseOpenPath(options))
  journalBefore = JSON.stringify(h.store.get())
  filesBefore = folderDigest(h.dir)
  prototypesBefore = prototypeKeys()
})
afterAll(async () => {
  await h.close()
})

describe('every IPC channel under hostile payloads', () => {
  it.each(CHANNELS.map((channel, index) => [channel, index] as const))(
    '%s answers each with a clear error and changes nothing',
    async (channel, index) => {
      await fc.assert(
        fc.asyncProperty(payloads(channel), async (payload) => {
          fc.pre(!wouldActForReal(channel, payload))
          const result = await h.router.invoke(channel, payload, { url: 'http://app.test/' })
          if (result.ok) {
            expect(READ_ONLY.has(channel), `${channel} accepted a payload`).toBe(true)
            expect(contract[channel].response.safeParse(result.value).success).toBe(true)
            return
          }
          expect(ERROR_CODES).toContain(result.error.code)
          expect(result.error.code, result.error.message).not.toBe('internal')
          expect(typeof result.error.message).toBe('string')
          expect(result.error.message.trim().length).toBeGreaterThan(10)
        }),
        { seed: 20260303 + index, numRuns: RUNS_PER_CHANNEL, endOnFailure: true }
      )
      await h.store.flush()
      expect(JSON.stringify(h.store.get())).toBe(journalBefore)
      expect(h.events.filter((e) => e.event === 'journal:changed')).toEqual([])
    }
  )

  it('left the data folder, the dialogs and the prototypes alone', () => {
    expect(folderDigest(h.dir)).toEqual(filesBefore)
    expect(dialogsAsked).toBe(0)
    expect(h.opened.filter((url) => !isSafeToOpen(url))).toEqual([])
    expect(prototypeKeys()).toEqual(prototypesBefore)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(Object.getPrototypeOf({})).toBe(Object.prototype)
  })
})
