import { FIGURE, type PrivateNote } from '../context-model'
import { stem, WORD } from '../text/fold'
import { defineRule, type Report } from './define'

/** Words that say a thing was told in confidence. "Confidential" alone may be the work ("confidential records"). */
const MARKER = new RegExp(
  [
    String.raw`\bunder (?:an? |the )?nda\b`,
    String.raw`\bcode ?names?d?\b`,
    String.raw`\binternal (?:code ?)?name\b`,
    String.raw`\b(?:don't|do not|not to|shouldn't|should not) (?:mention|share|repeat|tell anyone)\b`,
    String.raw`\b(?:is|was|are|were|it's|that's|still|strictly|highly|kept|keep it|be kept) confidential\b`,
    String.raw`\bconfidential (?:project|plan|plans|roadmap|launch|deal|acquisition|merger|product|initiative|figures|numbers|news|client list|partnership)\b`,
    String.raw`\boff the record\b`,
    String.raw`\bnot (?:yet )?(?:public|announced)(?: yet)?\b`,
    String.raw`\b(?:between (?:you and me|us)|hush-hush|in confidence)\b`
  ].join('|'),
  'g'
)

interface Hit {
  start: number
  end: number
}

/** Where one sentence gives a private note away: a figure or proper noun of it, or half its distinctive words. */
function givesAway(note: PrivateNote, text: string, from: number, to: number): Hit | undefined {
  const sentence = text.slice(from, to)
  const hits: Hit[] = []
  const matched = new Set<string>()
  let telltale = false
  FIGURE.lastIndex = 0
  for (let m = FIGURE.exec(sentence); m; m = FIGURE.exec(sentence)) {
    if (note.telltales.has(m[0])) {
      telltale = true
      hits.push({ start: from + m.index, end: from + m.index + m[0].length })
    }
  }
  WORD.lastIndex = 0
  for (let m = WORD.exec(sentence); m; m = WORD.exec(sentence)) {
    const s = stem(m[0])
    const isTelltale = note.telltales.has(m[0])
    if (!isTelltale && !note.stems.has(s)) continue
    telltale ||= isTelltale
    matched.add(s)
    hits.push({ start: from + m.index, end: from + m.index + m[0].length })
  }
  const needed = Math.max(2, Math.ceil(note.stems.size / 2))
  if (!telltale && matched.size < needed) return undefined
  hits.sort((a, b) => a.start - b.start)
  return { start: (hits[0] as Hit).start, end: (hits[hits.length - 1] as Hit).end }
}

function checkPrivateNotes(notes: readonly PrivateNote[], folded: string, report: Report): void {
  const sentence = /[^.!?\n]+/g
  for (let s = sentence.exec(folded); s; s = sentence.exec(folded)) {
    for (const note of notes) {
      const hit = givesAway(note, folded, s.index, s.index + s[0].length)
      if (!hit) continue
      report(
        'body',
        hit.start,
        hit.end,
        `This repeats your private note “${note.text}”; keep it out of the message.`
      )
      break
    }
  }
}

export default defineRule({
  id: 'content.private',
  severity: 'error',
  title: 'Private note repeated',
  description:
    'the body repeats a note marked private (its distinctive words or figures), or carries a confidentiality marker: “under NDA”, “codename”, “internal name”, “don’t mention”, “confidential”, “off the record”',
  fixes: [],
  check({ doc, report }) {
    const folded = doc.bodyFolded.slice(0, doc.signoffStart)
    MARKER.lastIndex = 0
    for (let m = MARKER.exec(folded); m; m = MARKER.exec(folded)) {
      report(
        'body',
        m.index,
        m.index + m[0].length,
        `“${doc.body.slice(m.index, m.index + m[0].length)}” marks something told in confidence; leave it out of the message.`
      )
    }
    if (doc.model.privateNotes.length > 0) checkPrivateNotes(doc.model.privateNotes, folded, report)
  }
})
