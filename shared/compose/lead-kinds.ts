/** The kinds of sentence that carry a note; each phrasing family words every kind. */
export type LeadKind =
  | 'topic'
  | 'fact'
  | 'mentioned'
  | 'asked'
  | 'remark'
  | 'hardFact'
  | 'hardTopic'
  | 'indirect'
  | 'indirectAnswer'
  | 'quoted'
  | 'quotedAnswer'
  | PersonalKind

/** Notes about the two people in the room (see personal-leads.ts), worded as thanks rather than as facts. */
export type PersonalKind = 'liked' | 'theyAsked' | 'advice' | 'gesture'
