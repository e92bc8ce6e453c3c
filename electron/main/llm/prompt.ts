/**
 * The polish prompt: pure functions, no I/O. What goes to the LLM is decided here and only here, so the rule
 * "send only what is needed" can be read (and tested) in one place: the draft body, the interview notes, and the
 * few names the draft must keep spelled as they are. Never contacts, other interviewers, other companies, other
 * drafts, dates or the candidate's availability: the draft already says what it needs to say.
 */
import { notesWithUse, type CheckContext, type DraftKind } from '../../../shared/etiquette/contract'

export interface PolishPromptInput {
  kind: DraftKind
  context: CheckContext
  draft: { subject: string; body: string }
}

export interface ChatMessage {
  role: 'system' | 'user'
  content: string
}

/**
 * Word limits for the polished body. They sit below the etiquette checker's `length.too-long` thresholds
 * (200 / 150) so that a polished draft never trips that rule.
 */
export const POLISH_WORD_LIMITS: Readonly<Record<DraftKind, number>> = { 'thank-you': 180, 'follow-up': 120 }

const KIND_LABELS: Readonly<Record<DraftKind, string>> = {
  'thank-you': 'a thank-you note to an interviewer, sent after a job interview',
  'follow-up': 'a polite follow-up note to an interviewer, checking in after a job interview'
}

export function buildSystemPrompt(kind: DraftKind): string {
  const limit = POLISH_WORD_LIMITS[kind]
  return [
    `You edit ${KIND_LABELS[kind]}. You polish the draft the candidate wrote; you do not write a new one.`,
    'Rules:',
    `- Keep it concise: at most ${limit} words.`,
    '- Keep it professional and warm, in plain words. No slang, no emoji, no repeated exclamation marks.',
    '- Keep every fact in the draft. Invent nothing: no new facts, names, dates, numbers, promises or claims.',
    '- Keep the greeting and the name in it exactly as written, and keep the sign-off and the name under it.',
    '- Keep names of people, the company and the role spelled exactly as given.',
    '- Keep the references to the interview notes; they are what makes the note personal.',
    '- Do not add placeholders such as [Name] or {company}.',
    '- Reply with the polished body only: no subject line, no preamble, no quotes, no commentary, no Markdown.'
  ].join('\n')
}

function bulletList(items: readonly string[]): string {
  return items.map((item) => `- ${item.replace(/\s+/g, ' ').trim()}`).join('\n')
}

export function buildUserPrompt(input: PolishPromptInput): string {
  const { context } = input
  const names = [
    `Interviewer: ${context.interviewer.name}`,
    `Company: ${context.company}`,
    `Role: ${context.role}`
  ]
  // A note marked private never reaches the LLM.
  const notes = notesWithUse(context.notes)
    .filter((n) => n.use !== 'private')
    .map((n) => n.text.trim())
    .filter((n) => n.length > 0)
  const sections = [`Names to keep exactly:\n${bulletList(names)}`]
  if (notes.length > 0) sections.push(`Interview notes (facts the draft may refer to):\n${bulletList(notes)}`)
  sections.push(`Draft to polish:\n<<<\n${input.draft.body.trim()}\n>>>`)
  return sections.join('\n\n')
}

export function buildPolishMessages(input: PolishPromptInput): ChatMessage[] {
  return [
    { role: 'system', content: buildSystemPrompt(input.kind) },
    { role: 'user', content: buildUserPrompt(input) }
  ]
}

/**
 * Tidies what the model sent back. Models often wrap the answer in a Markdown fence, in the prompt's `<<<`/`>>>`
 * markers or in quotes despite being told not to; none of that belongs in a note.
 */
export function cleanPolishedText(text: string): string {
  let result = text.replace(/\r\n?/g, '\n').trim()
  const fenced = /^```[a-z]*\n([\s\S]*?)\n```$/i.exec(result)
  if (fenced?.[1] !== undefined) result = fenced[1].trim()
  const marked = /^<<<\n?([\s\S]*?)\n?>>>$/.exec(result)
  if (marked?.[1] !== undefined) result = marked[1].trim()
  const quoted = /^"([\s\S]*)"$/.exec(result)
  if (quoted?.[1] !== undefined && !quoted[1].includes('"')) result = quoted[1].trim()
  return result
}
