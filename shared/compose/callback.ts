/**
 * A check-in written after a thank-you that already used every good note still refers to the conversation, but
 * briefly and in other words: it names the thing talked about ("the rate limiter", "faculty training") instead of
 * restating the note. The name is the note's own head noun phrase: the subject of a clause about something, the
 * object of a clause about a person ("you want faculty training on AI tools" -> "faculty training"), cut before its
 * first preposition, number or clause. Nothing is added but "the".
 */
import { noteText } from './choose'
import type { CleanNote } from './note-kinds'
import { PHRASE_BREAK, withArticle } from './grammar'
import { wordsOf } from './text'

const CLAUSE_BREAK = /,\s|;\s|:\s|\s(?:which|who|that|so|because|but|while|when|if|and then)\s/
const WH_START = /^(?:how|what|why|whether|when|where|which)\s+/i
const PERSON_START =
  /^(?:you|we|I|you['’](?:re|ve|d|ll)|I['’](?:d|ll|m|ve))\s+(?:(?:are|were|have|had|will|would|do|did|can|could|should|also|mostly|really|still|just|usually|often|always|now)\s+)*[\p{L}'’-]+\s+/iu
const TO_VERB = /^to\s+[\p{L}-]+\s+/u
/** A verb after a subject noun phrase: "the portfolio | is ...", "late deliveries | are ...". */
const SUBJECT_VERB =
  /\s(?:is|are|was|were|has|have|had|will|can|could|would|gets?|got|takes?|took|runs?|meets?|starts?|covers?|uses?|needs?|went|goes|came|grew|became|changes?|rotates?|lasts?|reports?|includes?|handles?|cares|wants|likes|values|expects)\b/
const LEADING_PREPOSITION = /^(?:with|on|about|for|to|in|at|from|into|through|over)\s+/i
const QUANTITY = /^(?:about|around|over|under|nearly|almost|more than|less than|up to|mostly|only|just)\s+/i
const GENERIC = new Set(
  (
    'people person someone somebody team teams thing things lot lots part way ways time times kid kids job role ' +
    'work week weeks day days year years question questions answer fact it this that everything something'
  ).split(' ')
)

/** The short name of what a note was about, with its article, or null when none can be read safely. */
export function callbackTopic(note: CleanNote): string | null {
  const source = note.kind === 'question' ? (note.indirect ?? '') : noteText(note)
  let text = (source.split(CLAUSE_BREAK)[0] ?? '').trim().replace(WH_START, '')
  if (PERSON_START.test(`${text} `)) text = `${text} `.replace(PERSON_START, '').trim()
  else {
    const verb = SUBJECT_VERB.exec(text)
    if (verb) text = text.slice(0, verb.index)
  }
  text = text.replace(TO_VERB, '').replace(QUANTITY, '').replace(LEADING_PREPOSITION, '').trim()
  const words = text.split(/\s+/).filter((w) => w !== '')
  const end = words.findIndex((word, i) => i > 0 && (PHRASE_BREAK.has(word.toLowerCase()) || /\d/.test(word)))
  const core = (end < 0 ? words : words.slice(0, end)).join(' ')
  return usable(core) ? withArticle(core.replace(/^an?\s+/i, 'the ')) : null
}

function usable(phrase: string): boolean {
  const words = wordsOf(phrase)
  if (words.length === 0 || words.length > 5 || /\d|[“”"():]/.test(phrase)) return false
  const content = words.filter((w) => !/^(?:the|a|an|my|your|our|their|his|her)$/i.test(w))
  // One word ("the portfolio", "analysts") names too little to be recognised as that part of the talk.
  if (content.length < 2 || content.every((w) => GENERIC.has(w.toLowerCase()))) return false
  // "my story": the candidate's own thing needs more than one word to name what was talked about.
  if (/^my$/i.test(words[0] ?? '') && content.length < 2) return false
  if (/^(?:you|me|I|we|it|they|them|us|how|what|being|having)$/i.test(words[0] ?? '')) return false
  return content.some((w) => w.length >= 4 || /^\p{Lu}{2,}$/u.test(w))
}
