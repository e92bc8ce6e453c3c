/**
 * Notes speak about the interviewer in the third person ("her team = 6 ppl", "how do they deploy?"); the draft
 * speaks to them. This turns she/he/they and their forms into you/your, fixing the verb after "she"/"he"
 * ("she leads" -> "you lead") so the sentence stays grammatical.
 */

const SIMPLE: Readonly<Record<string, string>> = {
  his: 'your',
  their: 'your',
  hers: 'yours',
  theirs: 'yours',
  him: 'you',
  them: 'you',
  himself: 'yourself',
  herself: 'yourself',
  themselves: 'yourselves',
  they: 'you',
  "they're": "you're",
  "they've": "you've",
  "they'd": "you'd",
  "they'll": "you'll",
  "she'd": "you'd",
  "he'd": "you'd",
  "she'll": "you'll",
  "he'll": "you'll"
}

/** Words after which "her" is an object ("asked her about"), not a possessive ("her team"). */
const NOT_A_NOUN_AFTER_HER = new Set([
  'about',
  'for',
  'to',
  'with',
  'at',
  'on',
  'in',
  'and',
  'or',
  'but',
  'if',
  'that',
  'how',
  'what',
  'why',
  'when',
  'where',
  'whether',
  'because',
  'too',
  'again',
  'later',
  'directly',
  'so',
  'as'
])

/** Adverbs that may sit between a subject and its verb ("she also leads"). */
const ADVERBS = new Set([
  'also',
  'still',
  'now',
  'mostly',
  'usually',
  'really',
  'just',
  'currently',
  'recently',
  'previously',
  'often',
  'already',
  'actually',
  'personally',
  'mainly',
  'only',
  'even',
  'never',
  'always',
  'sometimes'
])

const AGREEMENT: Readonly<Record<string, string>> = {
  is: 'are',
  was: 'were',
  has: 'have',
  does: 'do',
  "isn't": "aren't",
  "wasn't": "weren't",
  "hasn't": "haven't",
  "doesn't": "don't"
}

/** The plain form of a third-person verb: "leads" -> "lead", "manages" -> "manage", "tries" -> "try". */
export function plainVerb(verb: string): string {
  const lower = verb.toLowerCase()
  const agreed = AGREEMENT[lower]
  if (agreed !== undefined) return agreed
  if (/[^aeiou]ies$/.test(lower) && lower.length > 4) return verb.slice(0, -3) + 'y'
  if (/(?:ss|sh|ch|x|z|o)es$/.test(lower) || /[^aeiou]uses$/.test(lower)) return verb.slice(0, -2)
  if (/[^su'’]s$/.test(lower) && lower.length > 3) return verb.slice(0, -1)
  return verb
}

function matchCase(replacement: string, original: string): string {
  return /^\p{Lu}/u.test(original) ? replacement.charAt(0).toUpperCase() + replacement.slice(1) : replacement
}

/**
 * "you lead the team and also mentors juniors": the verb after "and"/"but" shares the subject. Only a word ending
 * in -s with more words after it is treated as a verb, so "the team and docs" is left alone.
 */
function agreeCoordinatedVerb(tokens: string[], from: number, wordAt: (i: number) => string): void {
  for (let k = from; k < tokens.length; k += 2) {
    if (/[,;.]$/.test(tokens[k] ?? '')) return
    if (wordAt(k) !== 'and' && wordAt(k) !== 'but') continue
    let j = k + 2
    while (ADVERBS.has(wordAt(j))) j += 2
    const verb = tokens[j] ?? ''
    if (/^\p{Ll}+s$/u.test(verb) && tokens[j + 2] !== undefined) tokens[j] = plainVerb(verb)
    return
  }
}

/** Rewrites third-person references to the interviewer as second person. */
export function toSecondPerson(text: string): string {
  const tokens = text.split(/(\s+)/)
  const wordAt = (i: number): string => (tokens[i] ?? '').toLowerCase().replace(/[^\p{L}'’]/gu, '')
  for (let i = 0; i < tokens.length; i += 2) {
    const token = tokens[i] ?? ''
    const match = /^([\p{L}'’]+)(.*)$/u.exec(token)
    if (!match) continue
    const word = match[1] ?? ''
    const rest = match[2] ?? ''
    const lower = word.toLowerCase().replace('’', "'")
    const simple = SIMPLE[lower]
    // "designers run their own interviews": "their" belongs to the plural subject, not to the interviewer.
    if (lower === 'their' && wordAt(i + 2) === 'own' && /^\p{Ll}{3,}[^s'’]s$/u.test(wordAt(i - 4))) continue
    if (simple !== undefined) {
      tokens[i] = matchCase(simple, word) + rest
      continue
    }
    if (lower === 'her') {
      const next = wordAt(i + 2)
      const possessive = rest === '' && next !== '' && !NOT_A_NOUN_AFTER_HER.has(next)
      tokens[i] = matchCase(possessive ? 'your' : 'you', word) + rest
      continue
    }
    if (lower === "she's" || lower === "he's") {
      tokens[i] = matchCase(wordAt(i + 2) === 'been' ? "you've" : "you're", word) + rest
      continue
    }
    if (lower === 'she' || lower === 'he') {
      tokens[i] = matchCase('you', word) + rest
      if (rest !== '') continue
      let j = i + 2
      while (ADVERBS.has(wordAt(j))) j += 2
      const verbToken = tokens[j]
      if (verbToken === undefined) continue
      const verbMatch = /^([\p{L}'’]+)(.*)$/u.exec(verbToken)
      if (verbMatch) tokens[j] = plainVerb(verbMatch[1] ?? '') + (verbMatch[2] ?? '')
      agreeCoordinatedVerb(tokens, j + 2, wordAt)
    }
  }
  return tokens.join('')
}
