/**
 * `npm run -s read-invite -- FILE.ics [--me address,...]`: reads a calendar invite with the app's own parser and
 * prints, as JSON on stdout, one summary per event (an array when the file has several). The `--me` addresses
 * (the user's own) are left out of the people. FILE may be `-` for stdin. A file that cannot be read gives a
 * message on stderr and exit 2.
 */
import {
  InviteError,
  MAX_INVITE_BYTES,
  inviteSizeError,
  inviteSummary,
  parseInvite
} from '../shared/calendar'
import { CliError, readInputText, runCli } from './cli-input'

const USAGE = 'usage: npm run -s read-invite -- FILE.ics [--me address,...]'

function parseArgs(args: string[]): { file: string; me: string[] } {
  let file: string | null = null
  let me: string[] = []
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? ''
    if (arg === '--me' || arg.startsWith('--me=')) {
      const value = arg === '--me' ? args[++i] : arg.slice('--me='.length)
      if (!value) throw new CliError(`--me needs a comma-separated list of addresses\n${USAGE}`)
      me = value
        .split(',')
        .map((a) => a.trim())
        .filter(Boolean)
    } else if (!file && !arg.startsWith('--')) file = arg
    else throw new CliError(`unexpected argument ${arg}\n${USAGE}`)
  }
  if (!file) throw new CliError(USAGE)
  return { file, me }
}

async function main(argv: string[]): Promise<void> {
  const { file, me } = parseArgs(argv)
  const text = await readInputText(file, {
    maxBytes: MAX_INVITE_BYTES,
    tooLarge: (bytes) => inviteSizeError(bytes).message
  })
  const localZone = Intl.DateTimeFormat().resolvedOptions().timeZone
  let events
  try {
    events = parseInvite(text, { me, localZone }).map(inviteSummary)
  } catch (error) {
    // The parser's refusals are plain words about the file ("not a calendar invite", "a broken line").
    if (error instanceof InviteError) throw new CliError(error.message, 'input')
    throw error
  }
  process.stdout.write(JSON.stringify(events.length === 1 ? events[0] : events, null, 2) + '\n')
}

runCli('read-invite', main)
