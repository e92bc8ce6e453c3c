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
