/**
 * The prompts: pure functions, no I/O. What goes to the LLM is decided here and only here, so the rule "send only
 * what is needed" can be read (and tested) in one place: the kind of note, the candidate's name, the company, the
 * role, the interviewer's name and title, the usable notes, the availability when it was asked for, and for a
 * polish the current draft. Never private notes, contacts, other interviewers, other companies, other drafts or
 * dates: the model needs none of them to write this one note.
 */
import type { DraftKind } from '../../../shared/etiquette/contract'
import { COMPOSER_WORD_LIMITS } from '../../../shared/policy/index'
import { usableNotes, type LlmContext } from './notes'

export type LlmMode = 'write' | 'polish'

export interface DraftText {
  subject: string
  body: string
}

export interface PromptInput {
  mode: LlmMode
  kind: DraftKind
  context: LlmContext
  /** The current draft: required for a polish, ignored for a write. */
  draft?: DraftText
}

export interface ChatMessage {
  role: 'system' | 'user' | 'assistant'
  content: string
}

const KIND_LABELS: Readonly<Record<DraftKind, string>> = {
  'thank-you': 'a thank-you note to one interviewer, sent within a day of a job interview',
  'check-in': 'a polite check-in note to one interviewer, a week or more after a job interview'
}

export function buildSystemPrompt(mode: LlmMode, kind: DraftKind): string {
  const task =
    mode === 'write'
      ? `You write ${KIND_LABELS[kind]}, from the facts given and nothing else.`
      : `You edit ${KIND_LABELS[kind]}. You polish the draft given; you do not write a new one.`
  return [
    task,
    'Rules:',
    `- At most ${COMPOSER_WORD_LIMITS[kind]} words in the body.`,
    '- Greet the interviewer by first name, thank them, refer to one to three of the notes in natural sentences,',
    '  reaffirm interest in the role and the company, offer to answer any questions, and sign off with the',
    "  candidate's name.",
    '- Professional and warm, plain words. No slang, no emoji, no repeated exclamation marks.',
    '- Invent nothing: no names, companies, links, e-mail addresses, phone numbers, figures, dates, promises or',
    '  claims that are not in the facts or the draft given.',
    '- Keep names of people, the company and the role spelled exactly as given.',
    '- No placeholders such as [Name] or {company}. No Markdown.',
    '- Reply in exactly this form, nothing before or after:',
    'Subject: <one line>',
    '',
    '<the body>'
  ].join('\n')
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

function bulletList(items: readonly string[]): string {
  return items.map((item) => `- ${oneLine(item)}`).join('\n')
}

/** The facts of the context the model may use, as lines. */
export function factLines(context: LlmContext): string[] {
  const { interviewer, candidate } = context
  const lines = [
    `Company: ${context.company}`,
    `Role: ${context.role}`,
    `Interviewer: ${interviewer.name}${interviewer.title ? `, ${interviewer.title}` : ''}`
  ]
  if (candidate?.name) lines.push(`Candidate (signs the note): ${candidate.name}`)
  if (context.interview?.type) lines.push(`Interview type: ${context.interview.type}`)
  if (context.availabilityRequested && candidate?.availability)
    lines.push(`The interviewer asked for availability; the candidate is free: ${candidate.availability}`)
  return lines
}

export function buildUserPrompt(input: PromptInput): string {
  const notes = usableNotes(input.context)
  const sections = [`Facts:\n${bulletList(factLines(input.context))}`]
  sections.push(
    notes.length > 0
      ? `Interview notes (what the note may refer to):\n${bulletList(notes)}`
      : 'Interview notes: none. Keep the note short and name the role and the company.'
  )
  if (input.mode === 'polish') {
    const draft = input.draft ?? { subject: '', body: '' }
    sections.push(`Draft to polish:\nSubject: ${oneLine(draft.subject)}\n<<<\n${draft.body.trim()}\n>>>`)
  }
  return sections.join('\n\n')
}

export function buildMessages(input: PromptInput): ChatMessage[] {
  return [
    { role: 'system', content: buildSystemPrompt(input.mode, input.kind) },
    { role: 'user', content: buildUserPrompt(input) }
  ]
}

/** The one repair request: the first answer and what was wrong with it, sent back once. */
export function buildRepairMessages(
  first: readonly ChatMessage[],
  answer: string,
  problems: readonly string[]
): ChatMessage[] {
  return [
    ...first,
    { role: 'assistant', content: answer },
    {
      role: 'user',
      content: [
        'That answer cannot be used as it is:',
        bulletList(problems),
        'Write it again, fixing exactly these problems and keeping to every rule. Same form: Subject line, blank line, body.'
      ].join('\n')
    }
  ]
}

/**
 * Tidies what the model sent back. Models often wrap the answer in a Markdown fence, in the prompt's `<<<`/`>>>`
 * markers or in quotes despite being told not to; none of that belongs in a note.
 */
export function cleanAnswerText(text: string): string {
  let result = text.replace(/\r\n?/g, '\n').trim()
  const fenced = /^```[a-z]*\n([\s\S]*?)\n```$/i.exec(result)
  if (fenced?.[1] !== undefined) result = fenced[1].trim()
  const marked = /^<<<\n?([\s\S]*?)\n?>>>$/.exec(result)
  if (marked?.[1] !== undefined) result = marked[1].trim()
  const quoted = /^"([\s\S]*)"$/.exec(result)
  if (quoted?.[1] !== undefined && !quoted[1].includes('"')) result = quoted[1].trim()
  return result
}

/** Splits an answer into subject and body; without a `Subject:` line the fallback subject is kept. */
export function parseAnswer(text: string, fallbackSubject: string): DraftText {
  const cleaned = cleanAnswerText(text)
  const match = /^\**subject\**\s*:\s*(.*)\n+([\s\S]*)$/i.exec(cleaned)
  if (!match) return { subject: fallbackSubject, body: cleaned }
  return { subject: oneLine((match[1] ?? '').replace(/\*+/g, '')), body: cleanAnswerText(match[2] ?? '') }
}
