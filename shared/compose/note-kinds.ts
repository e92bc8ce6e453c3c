import type { PersonalKind } from './lead-kinds'

/** What kind of fragment a clean note is, so the phrasing module can set it in a sentence that fits. */
export type CleanNote =
  /** A noun phrase: "your k8s migration", "Friday demos". */
  | { kind: 'topic'; text: string }
  /** A clause with its own verb: "your team is 6 people, mostly remote". */
  | { kind: 'fact'; text: string }
  /** Something the interviewer said: "you are hiring two more engineers" (from "she mentioned ..."). */
  | { kind: 'mentioned'; text: string }
  /** A topic the candidate asked about: "the on-call rotation" (from "asked abt on-call"). */
  | { kind: 'asked'; text: string }
  /**
   * The safe fallback for a note that has no natural sentence of its own ("Magnet hospital since 2019"): a noun
   * phrase set in "what you said about ..." or "your thoughts on ...".
   */
  | { kind: 'remark'; text: string }
  /**
   * Something between the two people: the interviewer liked the candidate's work ("my story about the churned
   * account"), asked the candidate something ("how I would fix slow ticket times"), gave advice ("I visit a class
   * before starting") or did something for them ("showing me the CMM lab").
   */
  | { kind: PersonalKind; text: string }
  /** A question, with its indirect form when one is safe ("how you deploy"), and the answer if noted. */
  | { kind: 'question'; quoted: string; indirect: string | null; answer: string | null }
