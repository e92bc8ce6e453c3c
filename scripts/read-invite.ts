/**
 * `npm run -s read-invite -- FILE.ics [--me address,...]`: reads a calendar invite with the app's own parser and
 * prints, as JSON on stdout, one summary per event (an array when the file has several). The `--me` addresses
 * (the user's own) are left out of the people. A file that cannot be read gives a message on stderr and exit 2.
 */
import { readFile, stat } from 'node:fs/promises'
import {
  InviteError,
  MAX_INVITE_BYTES,
  inviteSizeError,
  inviteSummary,
  parseInvite
} from '../shared/calendar'

const USAGE = 'usage: npm run -s read-invite -- FILE.ics [--me address,...]'

class UsageError extends Error {}

function parseArgs(args: string[]): { file: string; me: string[] } {
  let file: string | null = null
  let me: string[] = []
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? ''
    if (arg === '--me' || arg.startsWith('--me=')) {
      const value = arg === '--me' ? args[++i] : arg.slice('--me='.length)
      if (!value) throw new UsageError(`--me needs a comma-separated list of addresses\n${USAGE}`)
      me = value
        .split(',')
        .map((a) => a.trim())
        .filter(Boolean)
    } else if (!file && !arg.startsWith('--')) file = arg
    else throw new UsageError(`unexpected argument ${arg}\n${USAGE}`)
  }
  if (!file) throw new UsageError(USAGE)
  return { file, me }
}

async function readText(file: string): Promise<string> {
  try {
    const size = (await stat(file)).size
    if (size > MAX_INVITE_BYTES) throw inviteSizeError(size)
    return await readFile(file, 'utf8')
  } catch (error) {
    if (error instanceof InviteError) throw error
    const code = (error as NodeJS.ErrnoException).code
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : String(error)
    throw new UsageError(`cannot read ${file}: ${reason}`)
  }
}

async function main(): Promise<void> {
  const { file, me } = parseArgs(process.argv.slice(2))
  const text = await readText(file)
  const localZone = Intl.DateTimeFormat().resolvedOptions().timeZone
  const events = parseInvite(text, { me, localZone }).map(inviteSummary)
  process.stdout.write(JSON.stringify(events.length === 1 ? events[0] : events, null, 2) + '\n')
}

main().catch((error: unknown) => {
  const known = error instanceof UsageError || error instanceof InviteError
  process.stderr.write(`read-invite: ${known ? error.message : String(error)}\n`)
  process.exitCode = 2
})
