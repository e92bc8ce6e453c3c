/** Phrasings that reaffirm interest in a role or a company. */

/** Words that turn a phrase of interest round: "not interested", "no longer keen", "isn't a fit". */
export const NEGATED_BEFORE = /(?:\bnot|\bno longer|n't|\bnever|\bhardly)(?:\s+\w+){0,3}\s+$/

export const INTEREST = new RegExp(
  [
    String.raw`\bexcit(?:ed|ing|ement)\b`,
    String.raw`\bthrilled\b`,
    String.raw`\benthusias\w*`,
    String.raw`\beager\w*`,
    String.raw`\bkeen(?:er|est|ly)?\b`,
    String.raw`\b(?:all the more|even more|more than ever|still|very much|remain) (?:keen|eager|excited|interested|committed|invested|enthusiastic|drawn)\b`,
    String.raw`\bdrawn to (?:the|this|your)\b`,
    String.raw`\b(?:would|'d) (?:really |very much |gladly )?(?:welcome|jump at|relish|value) (?:the|a|an) (?:chance|opportunity|prospect)\b`,
    String.raw`\b(?:the|this) (?:role|position|job|team|opportunity|work) (?:is|feels|sounds|seems) (?:like )?(?:exactly |just |precisely )?(?:what|the (?:kind|sort|type)|a great (?:fit|match))\b`,
    String.raw`\b(?:count me in|all in on|sold on|on board with)\b`,
    String.raw`\b(?:delighted|glad|happy|thrilled|proud) to (?:be considered|join|contribute|move forward|continue)\b`,
    String.raw`\bmy (?:interest|enthusiasm|excitement) (?:in|for|about)\b`,
    String.raw`\b(?:hope|hoping|wish|wishing) to (?:be|become|continue|move forward|take the next step)\b`,
    String.raw`\b(?:next steps?|moving forward) (?:with|in) (?:the|this|your)\b`,
    String.raw`\binterest(?:ed)?\b`,
    String.raw`\blook(?:ing|s)? forward\b`,
    String.raw`\b(?:would|'d) (?:really |very much |very |truly |certainly )?(?:love|like|welcome|jump at|relish|be (?:glad|happy|delighted|thrilled|honou?red|excited|proud|privileged)) (?:to|the (?:chance|opportunity|prospect|possibility))\b`,
    String.raw`\b(?:privilege|honou?r|pleasure|dream) to (?:join|work|be part|contribute|be considered)\b`,
    String.raw`\b(?:perfect|right|ideal|excellent|natural|great|good|strong) (?:fit|match|next step)\b`,
    String.raw`\bsee myself (?:working|joining|contributing|thriving|on|at|in|as)\b`,
    String.raw`\b(?:confident|convinced|certain) (?:that )?i (?:would|could|can|will) (?:thrive|contribute|add|make|bring|help|hit|excel)\b`,
    String.raw`\b(?:want|wanted) (?:this|the) (?:role|job|position)\b`,
    String.raw`\bhop(?:e|ing) to (?:join|work|contribute|be part|bring|help)\b`,
    String.raw`\b(?:want|wanted|keen) to (?:join|work with|be part)\b`,
    String.raw`\bpassionate about\b`,
    String.raw`\bmotivat\w*`,
    String.raw`\b(?:can't|cannot|can not) wait\b`,
    String.raw`\bappeal(?:s|ed|ing)? to me\b`,
    String.raw`\bjoin(?:ing)? (?:the|your|you)\b`,
    String.raw`\bbe(?:come)? (?:a )?part of\b`,
    String.raw`\bcontribut(?:e|ing) to\b`,
    String.raw`\benergi[sz]ed\b`,
    String.raw`\binspir(?:ed|ing)\b`
  ].join('|'),
  'g'
)
