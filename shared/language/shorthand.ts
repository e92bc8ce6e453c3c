/**
 * The one table of note-taking shorthand. The composer spells it out when a note becomes a sentence; the checker
 * uses it for `style.shorthand` (what to flag and the fix to offer) and for `personal.missing` (a draft that spells
 * out "a11y" still refers to the note). Pure data plus small lookups: no other module keeps its own list.
 *
 * Each entry gives the plain-words expansion. `ambiguous` marks a form with more than one common reading (or a
 * real English word of its own: "exp", "arch", "prod", "re"), so a checker should not offer it as a one-click fix
 * and should not flag it on its own; the composer still expands it inside notes, where the note context makes the
 * shorthand reading the likely one. `filler` marks text-speak that carries no meaning ("lol", "btw"): the composer
 * drops it, the checker flags it (as `tone.casual` where that rule already covers it).
 */

export interface ShorthandEntry {
  /** The plain words it stands for ("" for filler). */
  readonly expansion: string
  /** More than one reading, or also an ordinary word: flag only with care, never auto-fix. */
  readonly ambiguous?: true
  /** Carries no meaning; dropped from notes. */
  readonly filler?: true
}

const clear = (expansion: string): ShorthandEntry => ({ expansion })
const maybe = (expansion: string): ShorthandEntry => ({ expansion, ambiguous: true })
const FILLER: ShorthandEntry = { expansion: '', filler: true }

/** Whole-word shorthand, keyed in lower case. */
export const SHORTHAND: Readonly<Record<string, ShorthandEntry>> = {
  abt: clear('about'),
  bc: maybe('because'),
  bcs: clear('because'),
  cuz: clear('because'),
  coz: clear('because'),
  approx: clear('approximately'),
  mgmt: clear('management'),
  mgr: clear('manager'),
  mgrs: clear('managers'),
  eng: maybe('engineering'),
  engs: clear('engineers'),
  engr: clear('engineer'),
  engrs: clear('engineers'),
  devs: clear('developers'),
  ppl: clear('people'),
  peeps: clear('people'),
  thru: clear('through'),
  tho: clear('though'),
  altho: clear('although'),
  u: maybe('you'),
  ur: maybe('your'),
  r: maybe('are'),
  pls: clear('please'),
  plz: clear('please'),
  yr: clear('year'),
  yrs: clear('years'),
  wk: clear('week'),
  wks: clear('weeks'),
  hr: maybe('hour'),
  hrs: clear('hours'),
  mins: clear('minutes'),
  mo: maybe('month'),
  mos: clear('months'),
  avg: clear('average'),
  dept: clear('department'),
  depts: clear('departments'),
  org: maybe('organization'),
  orgs: maybe('organizations'),
  govt: clear('government'),
  mtg: clear('meeting'),
  mtgs: clear('meetings'),
  convo: clear('conversation'),
  b4: clear('before'),
  tmrw: clear('tomorrow'),
  tmr: clear('tomorrow'),
  yoe: clear('years of experience'),
  exp: maybe('experience'),
  arch: maybe('architecture'),
  reqs: clear('requirements'),
  req: maybe('requirement'),
  prod: maybe('production'),
  infra: clear('infrastructure'),
  perf: maybe('performance'),
  env: maybe('environment'),
  envs: maybe('environments'),
  config: maybe('configuration'),
  repo: maybe('repository'),
  repos: maybe('repositories'),
  asap: clear('soon'),
  gonna: clear('going to'),
  wanna: clear('want to'),
  gotta: clear('have to'),
  kinda: clear('somewhat'),
  sorta: clear('somewhat'),
  esp: clear('especially'),
  rev: maybe('revenue'),
  crit: maybe('critique'),
  crits: clear('critiques'),
  w: maybe('with'),
  tbd: clear('still to be decided'),
  vs: clear('versus'),
  gimme: clear('give me'),
  lemme: clear('let me'),
  biz: clear('business'),
  acct: clear('account'),
  accts: clear('accounts'),
  assoc: clear('associate'),
  assocs: clear('associates'),
  techs: maybe('technicians'),
  pt: maybe('point'),
  pts: maybe('points'),
  sb: clear('somebody'),
  sth: clear('something'),
  lib: maybe('library'),
  libs: clear('libraries'),
  lit: maybe('litigation'),
  eval: maybe('evaluation'),
  evals: clear('evaluations'),
  depo: maybe('deposition'),
  depos: clear('depositions'),
  peds: clear('pediatrics'),
  outpt: clear('outpatient'),
  inpt: clear('inpatient'),
  ag: maybe('agriculture'),

  qtr: clear('quarter'),
  qtrs: clear('quarters'),
  qtrly: clear('quarterly'),
  yoy: clear('year over year'),
  cust: clear('customer'),
  custs: clear('customers'),
  mktg: clear('marketing'),
  amt: clear('amount'),
  bldg: clear('building'),
  vols: maybe('volunteers'),
  rx: maybe('prescription'),
  prev: clear('previous'),
  med: maybe('medication'),
  meds: clear('medications'),
  a11y: clear('accessibility'),
  i18n: clear('internationalization'),
  l10n: clear('localization'),
  recert: clear('certification renewal'),
  cert: maybe('certification'),
  certs: clear('certifications'),
  intv: clear('interview'),
  intvw: clear('interview'),
  interv: clear('interview'),
  q: maybe('question'),
  qs: clear('questions'),
  re: maybe('about'),
  ques: clear('questions'),
  info: maybe('information'),
  mgd: clear('managed'),
  reco: clear('recommendation'),
  recos: clear('recommendations'),
  sched: clear('schedule'),
  eod: clear('end of day'),
  eow: clear('end of the week'),
  w8: clear('wait'),
  def: maybe('definitely'),
  defo: clear('definitely'),
  probs: clear('probably'),
  obv: clear('obviously'),
  obvs: clear('obviously'),
  msg: clear('message'),
  msgs: clear('messages'),
  btw: FILLER,
  yeah: FILLER,
  yep: FILLER,
  yup: FILLER,
  nope: FILLER,
  dunno: FILLER,
  idk: FILLER,
  haha: FILLER,
  hahaha: FILLER,
  hehe: FILLER,
  rofl: FILLER,
  np: FILLER,
  fyi: FILLER,
  imo: FILLER,
  imho: FILLER,
  tbh: FILLER,
  lol: FILLER,
  lmao: FILLER,
  omg: FILLER,
  thx: FILLER,
  nb: FILLER,
  todo: FILLER,
  fixme: FILLER,
  xxx: FILLER
}

/** Units written glued to a count in notes ("1wk", "3mo", "2yrs"): singular and plural spelled out. */
export const GLUED_UNITS: Readonly<Record<string, readonly [string, string]>> = {
  d: ['day', 'days'],
  day: ['day', 'days'],
  days: ['day', 'days'],
  wk: ['week', 'weeks'],
  wks: ['week', 'weeks'],
  w: ['week', 'weeks'],
  mo: ['month', 'months'],
  mos: ['month', 'months'],
  mth: ['month', 'months'],
  mths: ['month', 'months'],
  yr: ['year', 'years'],
  yrs: ['year', 'years'],
  y: ['year', 'years'],
  hr: ['hour', 'hours'],
  hrs: ['hour', 'hours'],
  h: ['hour', 'hours'],
  min: ['minute', 'minutes'],
  mins: ['minute', 'minutes'],
  ppl: ['person', 'people']
}

/** Shorthand written with a slash or dots, which a plain word match cannot see.  */
export const SLASHED_SHORTHAND: ReadonlyArray<readonly [RegExp, string]> = [
  [/(?<![\p{L}\p{N}])w\/o(?![\p{L}\p{N}])/giu, 'without'],
  [/(?<![\p{L}\p{N}])w\/(?=\s|[\p{L}\p{N}])/giu, 'with '],
  [/(?<![\p{L}\p{N}])b\/c(?![\p{L}\p{N}])/giu, 'because'],
  [/(?<![\p{L}\p{N}])b\/w(?![\p{L}\p{N}])/giu, 'between'],
  [/(?<![\p{L}\p{N}])n\/a(?![\p{L}\p{N}])/giu, ''],
  [/(?<![\p{L}\p{N}])approx\.(?=\s)/giu, 'approximately'],
  [/(?<![\p{L}\p{N}])vs\.(?=\s)/giu, 'versus'],
  [/(?<![\p{L}\p{N}])v\.(?=\s+\p{L})/giu, 'very'],
  [/(?<![\p{L}\p{N}])e\.g\.(?=\s|$)/giu, 'for example'],
  [/(?<![\p{L}\p{N}])i\.e\.(?=\s|$)/giu, 'that is'],
  [/(?<![\p{L}\p{N}])etc\.?(?![\p{L}\p{N}])/giu, 'and so on']
]

/** Domain abbreviations a reader may not know, with the words a paraphrase would use (for `personal.missing`). */
export const DOMAIN_ABBREVIATIONS: Readonly<Record<string, string>> = {
  a11y: 'accessibility',
  i18n: 'internationalization',
  l10n: 'localization',
  k8s: 'Kubernetes',
  edc: 'electronic data capture',
  ehr: 'electronic health records',
  emr: 'electronic medical records',
  crm: 'customer relationship management',
  erp: 'enterprise resource planning',
  sre: 'site reliability engineering',
  qa: 'quality assurance',
  ux: 'user experience',
  ui: 'user interface',
  pm: 'product manager',
  ml: 'machine learning',
  ci: 'continuous integration',
  eta: 'estimated time of arrival',
  kpi: 'key performance indicator',
  kpis: 'key performance indicators',
  okr: 'objectives and key results',
  okrs: 'objectives and key results',
  sla: 'service level agreement',
  slas: 'service level agreements',
  gtm: 'go-to-market',
  icu: 'intensive care unit',
  er: 'emergency room',
  hvac: 'heating, ventilation and air conditioning',
  cpa: 'certified public accountant',
  sku: 'stock keeping unit',
  skus: 'stock keeping units'
}

/** The table entry for one word, or undefined when the word is not shorthand. */
export function lookupShorthand(word: string): ShorthandEntry | undefined {
  const key = word.toLowerCase()
  return Object.prototype.hasOwnProperty.call(SHORTHAND, key) ? SHORTHAND[key] : undefined
}

/** "1wk" → "1 week", "3mos" → "3 months"; null when the text is not a count glued to a known unit. */
export function expandGluedCount(token: string): string | null {
  const match = /^(\d+(?:\.\d+)?)([a-z]+)$/i.exec(token)
  if (!match) return null
  const [, count = '', unit = ''] = match
  const forms = GLUED_UNITS[unit.toLowerCase()]
  if (!forms) return null
  return `${count} ${Number(count) === 1 ? forms[0] : forms[1]}`
}

const EXPANDED_WORDS = new Map<string, readonly string[]>()

/**
 * The words a piece of shorthand stands for, lower case ("a11y" → ["accessibility"], "mgr" → ["manager"]); empty
 * when the word is not shorthand or carries no meaning. Used by the checker to see a paraphrase as a reference.
 */
export function expandedWords(word: string): readonly string[] {
  const key = word.toLowerCase()
  let out = EXPANDED_WORDS.get(key)
  if (out === undefined) {
    const domain = Object.prototype.hasOwnProperty.call(DOMAIN_ABBREVIATIONS, key)
      ? DOMAIN_ABBREVIATIONS[key]
      : undefined
    const expansion = domain ?? lookupShorthand(key)?.expansion ?? ''
    out = expansion.toLowerCase().match(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu) ?? []
    EXPANDED_WORDS.set(key, out)
  }
  return out
}
