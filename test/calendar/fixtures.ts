/** The invite files under test/calendar/invites, modelled on what each producer writes. */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'

export const INVITES_DIR = join(__dirname, 'invites')

export const invitePath = (name: string) => join(INVITES_DIR, name)
export const invite = (name: string) => readFileSync(invitePath(name), 'utf8')

/** The user of these fixtures: addresses they receive invites at, in the cases the producers wrote. */
export const ME = ['alex.candidate@gmail.com', 'Alex.Candidate@outlook.com', 'alex@candidate.me']
