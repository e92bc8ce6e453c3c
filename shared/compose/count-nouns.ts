/** Noun lists shared by the article rules of grammar.ts and clauses.ts. */

/** Words in -ity that are counted ("a coaching opportunity"), unlike "security" or "reliability". */
export const COUNT_ITY =
  /^(?:opportunity|city|facility|university|community|activity|entity|priority|authority|capability|responsibility|utility|property|charity|commodity|initiative)$/
