/**
 * Common English short forms that are not prefixes of the full name ("Bob" for Robert). Prefix forms ("Alex" for
 * Alexandra, "Chris" for Christopher) are accepted by the name check without a table.
 */
const SHORT_FORMS: Record<string, string[]> = {
  robert: ['bob', 'bobby', 'rob', 'robbie', 'bert'],
  william: ['bill', 'billy', 'will', 'liam'],
  elizabeth: ['liz', 'lizzie', 'beth', 'betty', 'eliza', 'libby'],
  margaret: ['maggie', 'meg', 'peggy', 'greta'],
  katherine: ['kate', 'katie', 'kathy', 'kat'],
  catherine: ['kate', 'katie', 'cathy', 'cat'],
  kathryn: ['kate', 'katie', 'kathy'],
  richard: ['rick', 'dick', 'rich', 'ricky'],
  james: ['jim', 'jimmy', 'jamie'],
  john: ['jack', 'johnny'],
  jonathan: ['jon', 'johnny'],
  michael: ['mike', 'mikey'],
  edward: ['ed', 'eddie', 'ted', 'ned'],
  henry: ['hank', 'harry'],
  anthony: ['tony'],
  joseph: ['joe', 'joey'],
  jose: ['pepe'],
  francisco: ['paco', 'pancho'],
  ignacio: ['nacho'],
  andrew: ['andy', 'drew'],
  steven: ['steve'],
  stephen: ['steve'],
  susan: ['sue', 'susie'],
  patricia: ['pat', 'patty', 'trish'],
  rebecca: ['becky', 'becca'],
  deborah: ['deb', 'debbie'],
  jennifer: ['jen', 'jenny'],
  jessica: ['jess'],
  victoria: ['vicky', 'tori'],
  abigail: ['abby'],
  amanda: ['mandy'],
  theodore: ['ted', 'teddy', 'theo'],
  lawrence: ['larry'],
  gregory: ['greg'],
  jeffrey: ['jeff'],
  joshua: ['josh'],
  zachary: ['zach', 'zack'],
  nicholas: ['nick', 'nicky'],
  alexander: ['alex', 'sasha'],
  alexandra: ['alex', 'sasha', 'lexi'],
  charles: ['charlie', 'chuck'],
  thomas: ['tom', 'tommy'],
  timothy: ['tim'],
  daniel: ['dan', 'danny'],
  matthew: ['matt'],
  samuel: ['sam'],
  samantha: ['sam'],
  benjamin: ['ben'],
  christopher: ['chris'],
  christine: ['chris', 'tina'],
  christina: ['chris', 'tina'],
  dorothy: ['dot', 'dottie'],
  frederick: ['fred', 'freddie'],
  harold: ['harry'],
  leonard: ['leo', 'len'],
  ronald: ['ron'],
  donald: ['don'],
  raymond: ['ray'],
  gerald: ['gerry', 'jerry'],
  kenneth: ['ken', 'kenny'],
  douglas: ['doug'],
  peter: ['pete'],
  philip: ['phil'],
  phillip: ['phil'],
  vincent: ['vince'],
  nathaniel: ['nate', 'nat'],
  nathan: ['nate'],
  eleanor: ['ellie', 'nora'],
  isabella: ['bella', 'izzy'],
  josephine: ['jo', 'josie'],
  suzanne: ['sue', 'suzy'],
  priyanka: ['priya']
}

const BY_SHORT = new Map<string, Set<string>>()
for (const [full, shorts] of Object.entries(SHORT_FORMS)) {
  for (const s of shorts) {
    const set = BY_SHORT.get(s) ?? new Set<string>()
    set.add(full)
    BY_SHORT.set(s, set)
  }
}

/** Common short forms of a folded full name ("samuel" -> ["sam"]); empty when none is listed. */
export function shortFormsOf(full: string): readonly string[] {
  return SHORT_FORMS[full] ?? []
}

/** True when `short` (folded) is a common short form of the folded full name `full`. */
export function isNickname(short: string, full: string): boolean {
  return BY_SHORT.get(short)?.has(full) ?? false
}
