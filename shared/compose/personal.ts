/**
 * Notes about the two people in the room: the interviewer liked something of the candidate's ("loved my story abt
 * the churned acct", "liked that I precept new grads", "recieved my q re guardrails well"), asked the candidate
 * something ("asked how I'd fix slow ticket times", "asked me to design a rate limiter"), gave advice ("recomends I
 * visit a class b4 starting") or did something for them ("showed me the CMM lab"). Read after the fragment is in
 * the second person; each becomes a `PersonalKind` note with the words its wordings need (personal-leads.ts).
 */
import { withArticle } from './grammar'
import type { CleanNote } from './note-kinds'

const SUBJECT = String.raw`^(?:you\s+)?(?:really\s+|also\s+)?`

const LIKED = new RegExp(
  `${SUBJECT}(?:liked|loved|enjoyed|appreciated|(?:was|were)\\s+impressed\\s+(?:by|with))\\s+(?:that\\s+|how\\s+)?((?:my|I)\\s.+)$`,
  'i'
)
const RECEIVED_WELL = new RegExp(`${SUBJECT}received\\s+(my\\s.+?)\\s+(?:really\\s+|very\\s+)?well$`, 'i')
/** "asked me to ...", "you asked how I ...", "asked about my ...": a question put to the candidate. */
const THEY_ASKED = new RegExp(
  `${SUBJECT}asked\\s+(?:(me)\\s+)?((?:how|what|why|whether|if|when|where|which|who|to|about)\\s.+)$`,
  'i'
)
const ADVICE = new RegExp(
  `${SUBJECT}(?:suggested|suggests?|recommended|recommends?|advised|advises?)\\s+(?:that\\s+)?(I\\s.+)$`,
  'i'
)
const ADVICE_TO_ME = new RegExp(`${SUBJECT}(?:advised|encouraged|urged|told)\\s+me\\s+to\\s+(.+)$`, 'i')
const GESTURE = new RegExp(`${SUBJECT}(showed|walked|took|gave|introduced)\\s+me\\s+(.+)$`, 'i')
const GERUND: Readonly<Record<string, string>> = {
  showed: 'showing',
  walked: 'walking',
  took: 'taking',
  gave: 'giving',
  introduced: 'introducing'
}

export function readPersonal(text: string): CleanNote | null {
  const liked = LIKED.exec(text) ?? RECEIVED_WELL.exec(text)
  if (liked) {
    const what = firstPart(liked[1] ?? '')
    // "my question about career ladder": the thing asked about takes its article.
    const articled = what.replace(
      /\b(about|on|for) (\p{Ll}[\p{Ll}-]* \p{Ll}[\p{Ll}-]*)$/u,
      (_m, p: string, np: string) => `${p} ${withArticle(np)}`
    )
    return { kind: 'liked', text: /^I\s/.test(what) ? `how ${what}` : articled }
  }
  const asked = THEY_ASKED.exec(text)
  // "asked about the on-call rotation" is the candidate's own question; it is theirs only with me/I/my in it.
  if (asked && (asked[1] !== undefined || /^you\s/i.test(text) || /\b(?:I|my|me)\b/.test(asked[2] ?? ''))) {
    const what = firstPart(asked[2] ?? '').replace(/^if\s/i, 'whether ')
    return { kind: 'theyAsked', text: what }
  }
  const advice = ADVICE.exec(text)
  if (advice) return { kind: 'advice', text: firstPart(advice[1] ?? '') }
  const toMe = ADVICE_TO_ME.exec(text)
  if (toMe) return { kind: 'advice', text: `I ${firstPart(toMe[1] ?? '')}` }
  const gesture = GESTURE.exec(text)
  if (gesture) {
    const verb = GERUND[(gesture[1] ?? '').toLowerCase()] ?? ''
    return { kind: 'gesture', text: `${verb} me ${firstPart(gesture[2] ?? '')}` }
  }
  return null
}

/** The first clause: "how I'd handle a kid who won't engage, and you liked my answer" -> "how I'd handle ...". */
function firstPart(text: string): string {
  return (text.split(/,\s+|\s+(?:and|but)\s+you\b|\s+-\s+/)[0] ?? text).trim()
}
