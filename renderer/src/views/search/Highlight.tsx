import { splitByMatches } from '../../../../shared/search/text'

/** The text with the search's words marked (<mark>), matched without regard to case or accents. */
export function Highlight({ text, words }: { text: string; words: readonly string[] }) {
  return (
    <>
      {splitByMatches(text, words).map((part, i) =>
        part.match ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>
      )}
    </>
  )
}
