/**
 * What every command-line tool in scripts/ shares: reading its input (a file named on the command line, or stdin
 * when the name is `-`), parsing it as JSON or as one input or an array of them, and reporting problems the same
 * way: `<tool>: <plain message>` on stderr, nothing on stdout, and an exit code (2 for usage and, unless a tool
 * says otherwise, for input it cannot use; 1 for anything else, with the stack, since that is a bug).
 */
import { readFile, stat } from 'node:fs/promises'
import type { z } from 'zod'
import { fileReason } from '../electron/main/storage-errors'
import { describeZodError } from '../electron/main/store/snapshot'

/** The path argument that means "read standard input". */
export const STDIN_PATH = '-'

/**
 * A problem the user can fix, said in plain words (printed without a stack). `usage`: the command line; `input`:
 * the file or stdin; `failure`: something outside the input (an LLM endpoint that cannot be used), exit code 1.
 */
export class CliError extends Error {
  constructor(
    message: string,
    readonly kind: 'usage' | 'input' | 'failure' = 'usage'
  ) {
    super(message)
    this.name = 'CliError'
  }
}

/** How the input is named in messages: the path, or "stdin". */
export function inputName(path: string): string {
  return path === STDIN_PATH ? 'stdin' : path
}

/** The one path argument of a tool that takes exactly one (`-` for stdin); a usage error otherwise. */
export function onePathArgument(argv: readonly string[], usage: string): string {
  const path = argv[0]
  if (path === undefined || path === '' || argv.length > 1) throw new CliError(usage)
  return path
}

export interface ReadOptions {
  /** Refuse input larger than this many bytes, with `tooLarge(bytes)` as the message. */
  maxBytes?: number
  tooLarge?: (bytes: number) => string
  /** Where `-` reads from; process.stdin unless a test passes another stream. */
  stdin?: AsyncIterable<Buffer | string>
}

function tooLargeError(bytes: number, options: ReadOptions): CliError {
  const message =
    options.tooLarge?.(bytes) ??
    `the input is ${bytes} bytes, more than the ${options.maxBytes} this tool reads`
  return new CliError(message, 'input')
}

async function readStdin(options: ReadOptions): Promise<string> {
  const chunks: Buffer[] = []
  let bytes = 0
  for await (const chunk of options.stdin ?? process.stdin) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk
    bytes += buffer.length
    // Stop reading at the cap: a huge pipe must not be held in memory first.
    if (options.maxBytes !== undefined && bytes > options.maxBytes) throw tooLargeError(bytes, options)
    chunks.push(buffer)
  }
  return Buffer.concat(chunks).toString('utf8')
}

/** The text of the input file, or of stdin for `-`. A file that cannot be read is a CliError naming it. */
export async function readInputText(path: string, options: ReadOptions = {}): Promise<string> {
  if (path === STDIN_PATH) return readStdin(options)
  let size: number
  try {
    size = (await stat(path)).size
  } catch (error) {
    throw new CliError(`cannot read ${path}: ${fileReason(error)}`, 'input')
  }
  if (options.maxBytes !== undefined && size > options.maxBytes) throw tooLargeError(size, options)
  try {
    return await readFile(path, 'utf8')
  } catch (error) {
    throw new CliError(`cannot read ${path}: ${fileReason(error)}`, 'input')
  }
}

/** JSON.parse with a message naming the input and what it should have been ("x.json is not a journal: …"). */
export function parseJsonInput(text: string, name: string, what: string): unknown {
  if (text.trim() === '') throw new CliError(`${name} is not ${what}: it is empty`, 'input')
  try {
    return JSON.parse(text)
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error)
    throw new CliError(`${name} is not ${what}: it is not valid JSON (${detail})`, 'input')
  }
}

/** Reads and parses the input (a file, or stdin for `-`) as JSON. */
export async function readJsonInput(path: string, what: string): Promise<unknown> {
  return parseJsonInput(await readInputText(path), inputName(path), what)
}

/**
 * One input or an array of them, checked against `schema`. Parsed as the shape the data has, so the messages
 * name the real fields ("0.context.role"), not "invalid union". `many` says which it was, so the output can
 * answer in kind (one result, or an array in the same order).
 */
export function parseOneOrMany<S extends z.ZodType>(
  schema: S,
  data: unknown,
  name: string,
  what: string
): { inputs: Array<z.output<S>>; many: boolean } {
  const many = Array.isArray(data)
  const parsed = many ? schema.array().safeParse(data) : schema.safeParse(data)
  if (!parsed.success)
    throw new CliError(`${name} is not ${what}:\n${describeZodError(parsed.error)}`, 'input')
  const value = parsed.data as z.output<S> | Array<z.output<S>>
  return { inputs: many ? (value as Array<z.output<S>>) : [value as z.output<S>], many }
}

/**
 * The input of a tool that takes exactly one FILE.json (or `-`) holding one input or an array of them: read,
 * parsed and checked against `schema`, each step failing with a message that names the input.
 */
export async function readOneOrMany<S extends z.ZodType>(
  argv: readonly string[],
  usage: string,
  schema: S,
  what: string
): Promise<{ inputs: Array<z.output<S>>; many: boolean }> {
  const path = onePathArgument(argv, usage)
  return parseOneOrMany(schema, await readJsonInput(path, what), inputName(path), what)
}

/** The exit code and the stderr message for an error that ended a tool. */
export function errorReport(error: unknown, inputExitCode = 2): { exitCode: number; message: string } {
  if (error instanceof CliError) {
    const exitCode = error.kind === 'usage' ? 2 : error.kind === 'input' ? inputExitCode : 1
    return { exitCode, message: error.message }
  }
  return { exitCode: 1, message: error instanceof Error ? (error.stack ?? error.message) : String(error) }
}

/**
 * Runs a tool's `main` with the command-line arguments and reports the error that ends it, if any, as
 * `<name>: <message>` on stderr with its exit code. `inputExitCode` keeps a tool's documented code for input it
 * cannot use (compose-draft and llm-draft have always said 1).
 */
export function runCli(
  name: string,
  main: (argv: string[]) => Promise<void>,
  options: { inputExitCode?: number } = {}
): void {
  main(process.argv.slice(2)).catch((error: unknown) => {
    const { exitCode, message } = errorReport(error, options.inputExitCode)
    process.stderr.write(`${name}: ${message}\n`)
    process.exitCode = exitCode
  })
}
