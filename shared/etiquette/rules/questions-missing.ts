import { defineRule } from './define'

const QUESTIONS = new RegExp(
  [
    String.raw`\b(?:any|further|additional|other|more|follow-up|remaining) questions?\b`,
    String.raw`\bquestions? (?:you|for me|i can)\b`,
    String.raw`\b(?:happy|glad|pleased|willing|delighted) to (?:answer|share|provide|send|discuss|elaborate|clarify|expand|walk|go|help|talk|chat|follow up|dig|prepare|cover|demo|show|explain|detail|outline|supply|forward|put together|pull together)\b`,
    String.raw`\blet me know if\b`,
    String.raw`\bfeel free to\b`,
    String.raw`\b(?:do not|don't) hesitate\b`,
    String.raw`\bshare more\b`,
    String.raw`\bprovide (?:more|any|additional|further|anything)\b`,
    String.raw`\b(?:more|further|additional) (?:information|details?|context|examples?|materials?|references)\b`,
    String.raw`\banything (?:else )?(?:i can|you need|that would|that might|you(?:'d| would) like|you want|you wish)\b`,
    String.raw`\banything\b[^.!?]{0,40}\b(?:that|which) (?:would|might|could) (?:help|be (?:helpful|useful))\b`,
    String.raw`\breach out\b`,
    String.raw`\bcan (?:answer|send|share|provide)\b`,
    String.raw`\bif (?:it|that) (?:would|might|could) help\b`,
    String.raw`\bif (?:helpful|useful)\b`,
    String.raw`\blmk if\b`,
    String.raw`\b(?:if|should|in case) (?:you|u) (?:need|want|require|would like|'d like) (?:anything|any|more|further|additional|something|to (?:see|know|hear|talk|discuss))\b`,
    String.raw`\bshould you (?:need|require|have|want|wish)\b`,
    String.raw`\banything else (?:from me|you need|you'd like|you would like)\b`,
    String.raw`\bcan (?:also |certainly |gladly )?(?:answer|send|share|provide|forward|walk you)\b`,
    String.raw`\b(?:available|here) to (?:answer|discuss|talk|chat|provide|share|help)\b`,
    String.raw`\b(?:on|upon) request\b`,
    String.raw`\bwould (?:it|that) (?:help|be (?:helpful|useful))\b`,
    String.raw`\b(?:references|portfolio|samples?|work samples|writing samples|case stud(?:y|ies)) (?:are |is )?(?:available|attached|ready)\b`
  ].join('|')
)

export default defineRule({
  id: 'questions.missing',
  severity: 'info',
  title: 'No offer to help',
  description: 'the body does not offer to answer further questions or share more information',
  fixes: [],
  check({ doc, whole }) {
    if (QUESTIONS.test(doc.bodyFolded)) return
    whole(
      'The note does not offer to answer questions or share more; a line such as “I am happy to answer any questions” keeps the door open.'
    )
  }
})
