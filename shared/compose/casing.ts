/**
 * Case repair for notes typed in a hurry: SHOUTED notes, a stuck caps lock ("tALKED"), a capital first word that
 * would land mid-sentence, lower-case weekdays. Unknown capitalised words are left alone: they are usually names
 * (Kafka, Postgres), and the checker only exempts them from spelling in the form the notes wrote them.
 */

/** Short words that are ordinary English, so an upper-case form of them is shouting, not an acronym. */
export const COMMON_SHORT = new Set(
  (
    'a an the and or but nor of to in on at for with from by as is are was were be been has have had do does did ' +
    'how what why when who whom her his him she he they them their our we you your my me it its this that than ' +
    'then so not no yes team work each all any more most very just also only new old big lot lots like good nice ' +
    'cool fun love uses use used run runs ship mean want need next last week day days year plan plans role job ' +
    'size much many some one two six ten few long fast slow hard easy open part full half time pair code data ' +
    'test tests demo demos call calls chat talk told said ask free less over per via into onto out off up down ' +
    'both well way ways there here where which will can may soon first once same own best them about after ' +
    'into stack side goal goals rest next ship ships hire hires lead leads team teams plus show mine near'
  ).split(' ')
)

/** Four-letter acronyms common in tech notes; other shouted four-letter words are words ("LOOK", "TEAM"). */
const ACRONYMS_4 = new Set([
  'HTTP',
  'JSON',
  'REST',
  'YAML',
  'GRPC',
  'SAAS',
  'IAAS',
  'PAAS',
  'UNIX',
  'AJAX',
  'OKRS',
  'KPIS'
])

const DAYS_AND_MONTHS: Readonly<Record<string, string>> = Object.fromEntries(
  [
    'monday',
    'tuesday',
    'wednesday',
    'thursday',
    'friday',
    'saturday',
    'sunday',
    'january',
    'february',
    'april',
    'june',
    'july',
    'august',
    'september',
    'october',
    'november',
    'december'
  ].flatMap((name) => {
    const capital = name.charAt(0).toUpperCase() + name.slice(1)
    return [
      [name, capital],
      [`${name}s`, `${capital}s`]
    ]
  })
)

const LETTER = /\p{L}/gu
const UPPER = /\p{Lu}/gu

/** Whether most letters are upper case (a shouted note). */
function isShouted(text: string): boolean {
  const letters = text.match(LETTER)?.length ?? 0
  const upper = text.match(UPPER)?.length ?? 0
  return letters >= 4 && upper / letters > 0.7
}

/** Repairs the case of each word of a note fragment. */
export function fixCase(text: string): string {
  const shouted = isShouted(text)
  return text.replace(/[\p{L}][\p{L}'’-]*/gu, (word) => {
    const lower = word.toLowerCase()
    let out = word
    if (shouted && /^\p{Ll}?[\p{Lu}'’-]+$/u.test(word)) {
      // Long shouted words are words; short ones are acronyms (API, SRE) unless they are common words.
      const acronym = /^\p{Ll}/u.test(word)
        ? false
        : word.length <= 3
          ? !COMMON_SHORT.has(lower)
          : word.length === 4 && ACRONYMS_4.has(word)
      out = acronym ? word : lower
    } else if (/^\p{Ll}[\p{Lu}'’-]{4,}$/u.test(word)) {
      out = lower // caps lock stuck: "tALKED"
    }
    if (lower === 'i') return 'I'
    if (lower.startsWith("i'") || lower.startsWith('i’')) return 'I' + out.slice(1)
    return DAYS_AND_MONTHS[out] ?? out
  })
}

/**
 * Lower-cases the first word when it is plainly an ordinary word ("Migrating", "Her"), since note text is set
 * mid-sentence. Names and product words are kept as written.
 */
export function lowerFirstWord(text: string): string {
  return text.replace(/^(\p{Lu})(\p{Ll}*)(?=[\s,;:]|$)/u, (word, first: string, rest: string) => {
    const lower = word.toLowerCase()
    if (lower === 'i' || DAYS_AND_MONTHS[lower] !== undefined) return word
    const ordinary =
      COMMON_SHORT.has(lower) ||
      (lower.length >= 6 && /(?:ing|ed|ly|tion|ment|ness|less|ful|ous|ive|able)$/.test(lower))
    return ordinary ? first.toLowerCase() + rest : word
  })
}
