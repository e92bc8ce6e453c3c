/**
 * A disk that refuses writes, for tests: `node:fs/promises` with every write under a chosen folder failing with a
 * chosen errno code. The tests run as root, where chmod blocks nothing, so the failure is injected at the module
 * the store writes through:
 *
 *   vi.mock('node:fs/promises', async (real) =>
 *     (await import('../../../test/main/store/failing-fs')).withWriteFailures(await real()))
 *   import { writeFailures } from '../../../test/main/store/failing-fs'
 *
 * - EROFS, EACCES, EPERM (a read-only disk, a folder without permission): every operation that would change the
 *   folder is refused (open for writing, rename, link, unlink, rm, mkdir of a new folder, writeFile …).
 * - ENOSPC (a full disk): files can still be opened, renamed and removed, but each data write puts a few bytes down
 *   and then fails, as a real full disk does, so cutting back a partial write is exercised too.
 *
 * Reads pass through. File handles opened for writing before the failure starts fail from then on (a disk that
 * turns read-only or fills up while the app runs). Every write tried under a failing folder is recorded, so a test
 * can prove that none was even tried. This module must not import `node:fs/promises` itself (it would get the mock).
 */
import { resolve, sep } from 'node:path'

type FsPromises = typeof import('node:fs/promises')
type FileHandle = Awaited<ReturnType<FsPromises['open']>>

interface Failure {
  dir: string
  code: string
}

let failure: Failure | null = null
const attempts: string[] = []

export const writeFailures = {
  /** From now on every write under `dir` fails with `code`. */
  fail(dir: string, code: 'EROFS' | 'EACCES' | 'EPERM' | 'ENOSPC' = 'EROFS'): void {
    failure = { dir: resolve(dir), code }
    attempts.length = 0
  },
  /** Writes work again; the record of attempts is kept until the next `fail`. */
  clear(): void {
    failure = null
  },
  /** The writes tried under the failing folder since `fail`, as "operation path". */
  attempts(): readonly string[] {
    return [...attempts]
  }
}

function failingFor(path: unknown): Failure | null {
  if (!failure || (typeof path !== 'string' && !(path instanceof URL) && !Buffer.isBuffer(path))) return null
  const full = resolve(path instanceof URL ? path.pathname : String(path))
  return full === failure.dir || full.startsWith(failure.dir + sep) ? failure : null
}

function errnoError(hit: Failure, operation: string, path: unknown): Error {
  return Object.assign(new Error(`${hit.code}: simulated failure, ${operation} '${String(path)}'`), {
    code: hit.code,
    syscall: operation,
    path: String(path)
  })
}

/** An operation that changes the folder: refused on a read-only disk, allowed on a full one. */
function refuse(operation: string, path: unknown): void {
  const hit = failingFor(path)
  if (!hit || hit.code === 'ENOSPC') return
  attempts.push(`${operation} ${String(path)}`)
  throw errnoError(hit, operation, path)
}

/** A data write: refused on a read-only disk; on a full one, `putPrefix` writes a few bytes first. */
async function refuseData(
  operation: string,
  path: unknown,
  putPrefix: () => Promise<unknown>
): Promise<void> {
  const hit = failingFor(path)
  if (!hit) return
  attempts.push(`${operation} ${String(path)}`)
  if (hit.code === 'ENOSPC') await putPrefix()
  throw errnoError(hit, operation, path)
}

const prefix = (data: unknown) =>
  Buffer.from(typeof data === 'string' ? data : (data as Uint8Array)).subarray(0, 8)

const isWriteFlag = (flags: unknown) => flags !== undefined && flags !== 'r' && flags !== 0

/** A handle whose writes fail once its file is under the failing folder. */
function guardHandle(handle: FileHandle, path: unknown): FileHandle {
  return new Proxy(handle, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver)
      if (typeof value !== 'function') return value
      const method = value as (...args: unknown[]) => unknown
      if (property === 'write' || property === 'writeFile' || property === 'appendFile') {
        return async (data: unknown, ...rest: unknown[]) => {
          await refuseData(`handle.${property}`, path, () => target.write(prefix(data)))
          return method.call(target, data, ...rest)
        }
      }
      return (...args: unknown[]) => {
        if (property === 'truncate') refuse('handle.truncate', path)
        return method.apply(target, args)
      }
    }
  })
}

async function exists(real: FsPromises, path: unknown): Promise<boolean> {
  try {
    await real.stat(path as string)
    return true
  } catch {
    return false
  }
}

export function withWriteFailures(real: FsPromises): FsPromises & { default: FsPromises } {
  const pathWrite =
    <F extends (...args: never[]) => Promise<unknown>>(name: string, fn: F, ...pathArgs: number[]) =>
    (...args: Parameters<F>) => {
      for (const index of pathArgs.length ? pathArgs : [0]) refuse(name, args[index])
      return fn(...args) as ReturnType<F>
    }
  const mocked = {
    ...real,
    async open(path, flags, mode) {
      if (isWriteFlag(flags)) refuse('open', path)
      const handle = await real.open(path, flags, mode)
      return isWriteFlag(flags) ? guardHandle(handle, path) : handle
    },
    // A real read-only disk still answers "mkdir -p" of a folder that exists.
    async mkdir(path, options) {
      if (!(await exists(real, path))) refuse('mkdir', path)
      return real.mkdir(path, options)
    },
    rename: pathWrite('rename', real.rename, 0, 1),
    link: pathWrite('link', real.link, 0, 1),
    copyFile: pathWrite('copyFile', real.copyFile, 1),
    unlink: pathWrite('unlink', real.unlink),
    rm: pathWrite('rm', real.rm),
    rmdir: pathWrite('rmdir', real.rmdir),
    truncate: pathWrite('truncate', real.truncate),
    async writeFile(path, data, options) {
      await refuseData('writeFile', path, () => real.writeFile(path as string, prefix(data)))
      return real.writeFile(path, data, options)
    },
    async appendFile(path, data, options) {
      await refuseData('appendFile', path, () => real.appendFile(path as string, prefix(data)))
      return real.appendFile(path, data, options)
    }
  } as FsPromises
  return { ...mocked, default: mocked }
}
