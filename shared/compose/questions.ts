/**
 * Questions from notes ("Q: how do they deploy?") become indirect questions inside a sentence ("... how you
 * deploy"). Only shapes that can be turned around without guessing the verb are rewritten; anything else is
 * quoted as asked, which is always grammatical.
 */
const WH = '(how(?: many| much| long| often| big)?|what|why|when|where|which|who)'
const PRONOUN_SUBJECT = '(you|we|I)'

/** Third-person -s for a plain verb: "look" -> "looks", "try" -> "tries", "approach" -> "approaches". */
function thirdPerson(verb: string): string {
  if (/[^aeiou]y$/i.test(verb)) return verb.slice(0, -1) + 'ies'
  if (/(?:s|sh|ch|x|z|o)$/i.test(verb)) return verb + 'es'
  return verb + 's'
}

/**
 * The indirect form of a direct question (already in second person), or null when it cannot be turned around
 * safely. "how do you deploy" -> "how you deploy"; "what does on-call look like" -> "what on-call looks like";
 * "do you pair often" -> "whether you pair often"; "what is the stack" -> "what the stack is".
 */
export function toIndirectQuestion(question: string): string | null {
  const q = question.replace(/\?+\s*$/, '').trim()
  let m = new RegExp(`^${WH}\\s+do\\s+${PRONOUN_SUBJECT}\\s+(.+)$`, 'i').exec(q)
  if (m) return `${lower(m[1])} ${subject(m[2])} ${m[3]}`
  // "what tools do you use": a wh-word with a noun of its own.
  m = new RegExp(
    `^(what|which|how many|how much)\\s+([\\p{L}-]+(?:\\s+[\\p{L}-]+)?)\\s+do\\s+${PRONOUN_SUBJECT}\\s+(.+)$`,
    'iu'
  ).exec(q)
  if (m) return `${lower(m[1])} ${m[2]} ${subject(m[3])} ${m[4]}`
  m = /^(is|are)\s+there\s+(.+)$/i.exec(q)
  if (m) return `whether there ${lower(m[1])} ${m[2]}`
  // "does the team do code review" -> "whether the team does code review"
  m = /^does\s+((?:the |your |our )?[\p{L}-]+)\s+([a-z]+)(\b.*)$/iu.exec(q)
  if (m && !/^(?:the|your|our)$/i.test(m[1] ?? '')) return `whether ${m[1]} ${thirdPerson(m[2] ?? '')}${m[3]}`
  m = new RegExp(`^(?:do|will|can|would|should)\\s+${PRONOUN_SUBJECT}\\s+(.+)$`, 'i').exec(q)
  if (m) {
    const aux = (/^(\w+)/.exec(q)?.[1] ?? '').toLowerCase()
    const modal = aux === 'do' ? '' : `${aux} `
    return `whether ${subject(m[1])} ${modal}${m[2]}`
  }
  // "what does a typical shift look like" -> "what a typical shift looks like"
  m = /^what\s+(?:does|do)\s+(.+?)\s+(look|feel|sound|seem)\s+like$/iu.exec(q)
  if (m && !/^(?:you|we|I)$/i.test(m[1] ?? '')) {
    const plural = /^what\s+do\b/i.test(q)
    return `what ${m[1] ?? ''} ${plural ? (m[2] ?? '') : thirdPerson(m[2] ?? '')} like`
  }
  // "what does the team / on-call look like": a one- or two-word subject and a plain verb.
  m = new RegExp(`^${WH}\\s+does\\s+((?:the |your |our )?[\\p{L}-]+)\\s+([a-z]+)(\\b.*)$`, 'iu').exec(q)
  if (m && !/^(?:the|your|our)$/i.test(m[2] ?? '')) {
    return `${lower(m[1])} ${m[2]} ${thirdPerson(m[3] ?? '')}${m[4]}`
  }
  // "how is work assigned" -> "how work is assigned": the copula goes before the participle.
  m = new RegExp(
    `^${WH}\\s+(is|are)\\s+((?:the |your |our )?[\\p{L}-]+(?: [\\p{L}-]+)?)\\s+(\\p{Ll}+ed|done|run|made|built|set|kept|held|paid|led|given|chosen|written|seen|shown|found)\\b(.*)$`,
    'iu'
  ).exec(q)
  if (m) return `${lower(m[1])} ${m[3]} ${lower(m[2])} ${m[4]}${m[5]}`
  // "what is the team size": the copula moves to the end, unless the question ends in a preposition.
  m = new RegExp(`^${WH}\\s+(is|are)\\s+(.+)$`, 'i').exec(q)
  if (m && !/\b(?:like|about|for|with|to|on|in|of|from|at)$/i.test(m[3] ?? '')) {
    return `${lower(m[1])} ${m[3]} ${lower(m[2])}`
  }
  m = /^(is|are)\s+(you)\s+(.+)$/i.exec(q)
  if (m) return `whether you are ${m[3]}`
  return null
}

function lower(word: string | undefined): string {
  return (word ?? '').toLowerCase()
}

function subject(word: string | undefined): string {
  return word === 'I' ? 'I' : lower(word)
}

/** Cleans a question for quoting: capital first letter, one question mark. */
export function asQuotedQuestion(question: string): string {
  const q = question.replace(/[?.!\s]+$/, '').trim()
  return `${q.charAt(0).toUpperCase()}${q.slice(1)}?`
}

/** Whether a cleaned fragment reads as a question. */
export function looksLikeQuestion(text: string): boolean {
  return (
    /\?\s*$/.test(text) ||
    /^(?:how|what|why|when|where|which|who|do|does|did|is|are|can|will|would|should)\b.*\?/i.test(text)
  )
}
