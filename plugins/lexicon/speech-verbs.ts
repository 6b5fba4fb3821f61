/**
 * Speech verbs: the words that report what somebody said, by form.
 * General English lexicon, not tuned to any article.
 */

/** Base forms of reporting verbs (said, told, warned…), each with its inflections built below. */
/**
 * Verbs of speech taking an object that is what was said (`defended her record`, `mocked the plan`),
 * added to both the bases and the object verbs.
 */
const OBJECT_SPEECH = [
  'defend',
  'mock',
  'discuss',
  'express',
  'denounce',
  'bemoan',
  'laud',
  'liken',
  'portray',
  'applaud',
  'assail',
  'congratulate',
  'outline',
  'reaffirm'
] as const

const BASES = [
  ...OBJECT_SPEECH,
  'say',
  'tell',
  'add',
  'insist',
  'warn',
  'explain',
  'argue',
  'claim',
  'state',
  'declare',
  'note',
  'ask',
  'reply',
  'respond',
  'write',
  'tweet',
  'announce',
  'acknowledge',
  'admit',
  'concede',
  'suggest',
  'urge',
  'predict',
  'promise',
  'pledge',
  'vow',
  'confirm',
  'deny',
  'accuse',
  'complain',
  'recall',
  'remark',
  'observe',
  'continue',
  'conclude',
  'stress',
  'emphasise',
  'emphasize',
  'maintain',
  'contend',
  'counter',
  'caution',
  'report',
  'agree',
  'disclose',
  'reveal',
  'testify',
  'assert',
  'allege',
  'boast',
  'concur',
  'demand',
  'inform',
  'joke',
  'lament',
  'mention',
  'object',
  'plead',
  'proclaim',
  'protest',
  'reiterate',
  'repeat',
  'retort',
  'quip',
  'scoff',
  'speculate',
  'tout',
  'underline',
  'underscore',
  'assure',
  'reassure',
  'comment',
  'answer',
  'blast',
  'charge',
  'criticise',
  'criticize',
  'describe',
  'dismiss',
  'grumble',
  'mutter',
  'shout',
  'yell',
  'whisper',
  'exclaim',
  'indicate',
  'signal',
  'hint',
  'point',
  'recount',
  'post',
  'rule',
  'brief',
  'forecast',
  'call',
  'reject',
  'question',
  'slam',
  'praise',
  'thank',
  'cite',
  'highlight',
  'welcome',
  'estimate',
  'calculate',
  'project',
  'find',
  'show',
  'conclude',
  'decry',
  'attack',
  'hit',
  'lash',
  'chide',
  'scold',
  'fire',
  'tell',
  'preach',
  'propose',
  'exhort',
  'wonder',
  'compare',
  'recommend',
  'condemn',
  'hail',
  'speak',
  'talk',
  'stress',
  'demand',
  'blame',
  'affirm',
  'clarify',
  'imply',
  'make',
  'remind',
  'deride'
] as const

/** Irregular or doubled forms: base -> [3rd person, past, participle]. */
const IRREGULAR: Record<string, [string, string, string]> = {
  say: ['says', 'said', 'saying'],
  tell: ['tells', 'told', 'telling'],
  write: ['writes', 'wrote', 'writing'],
  hit: ['hits', 'hit', 'hitting'],
  find: ['finds', 'found', 'finding'],
  show: ['shows', 'showed', 'showing'],
  forecast: ['forecasts', 'forecast', 'forecasting'],
  brief: ['briefs', 'briefed', 'briefing'],
  fire: ['fires', 'fired', 'firing'],
  quip: ['quips', 'quipped', 'quipping'],
  slam: ['slams', 'slammed', 'slamming'],
  object: ['objects', 'objected', 'objecting'],
  testify: ['testifies', 'testified', 'testifying'],
  deny: ['denies', 'denied', 'denying'],
  reply: ['replies', 'replied', 'replying'],
  signal: ['signals', 'signalled', 'signalling'],
  lash: ['lashes', 'lashed', 'lashing'],
  speculate: ['speculates', 'speculated', 'speculating'],
  admit: ['admits', 'admitted', 'admitting'],
  speak: ['speaks', 'spoke', 'speaking'],
  make: ['makes', 'made', 'making']
}

/** Inflect a regular verb: [3rd person, past, -ing]. */
function inflect(base: string): [string, string, string] {
  const irregular = IRREGULAR[base]
  if (irregular) return irregular
  const third = /(?:s|sh|ch|x|z)$/.test(base)
    ? `${base}es`
    : /[^aeiou]y$/.test(base)
      ? `${base.slice(0, -1)}ies`
      : `${base}s`
  const past = base.endsWith('e') ? `${base}d` : /[^aeiou]y$/.test(base) ? `${base.slice(0, -1)}ied` : `${base}ed`
  const ing = base.endsWith('ee') ? `${base}ing` : base.endsWith('e') ? `${base.slice(0, -1)}ing` : `${base}ing`
  return [third, past, ing]
}

/** American spellings of forms the inflection doubles (`signalled` → `signaled`). */
const AMERICAN_FORMS: [string, string, SpeechVerbForm][] = [
  ['signaled', 'signal', 'past'],
  ['signaling', 'signal', 'participle']
]

/** How a form of a speech verb is used. */
export type SpeechVerbForm = 'base' | 'present' | 'past' | 'participle'

/** Every inflected speech verb, lowercase, mapped to its base and form. */
export const SPEECH_VERBS: ReadonlyMap<string, { base: string; form: SpeechVerbForm }> = (() => {
  const map = new Map<string, { base: string; form: SpeechVerbForm }>()
  for (const base of BASES) {
    const [third, past, ing] = inflect(base)
    map.set(base, { base, form: 'base' })
    map.set(third, { base, form: 'present' })
    map.set(past, { base, form: 'past' })
    map.set(ing, { base, form: 'participle' })
  }
  // American spellings of doubled consonants (`signaled`, `signaling`)
  for (const [form, base, kind] of AMERICAN_FORMS) map.set(form, { base, form: kind })
  return map
})()

/**
 * Verbs that introduce reported speech with a clause (`said that…`, `warned…`).
 * Verbs such as `praise` or `thank` take an object, not a clause: they do not
 * introduce indirect speech, though they can tag a direct quote.
 */
export const CLAUSE_VERBS: ReadonlySet<string> = new Set([
  'say',
  'tell',
  'add',
  'insist',
  'warn',
  'explain',
  'argue',
  'claim',
  'state',
  'declare',
  'note',
  'ask',
  'reply',
  'respond',
  'write',
  'tweet',
  'announce',
  'acknowledge',
  'admit',
  'concede',
  'suggest',
  'urge',
  'predict',
  'promise',
  'pledge',
  'vow',
  'confirm',
  'deny',
  'complain',
  'recall',
  'remark',
  'observe',
  'stress',
  'emphasise',
  'emphasize',
  'maintain',
  'contend',
  'counter',
  'caution',
  'report',
  'disclose',
  'reveal',
  'testify',
  'assert',
  'allege',
  'boast',
  'inform',
  'joke',
  'lament',
  'mention',
  'plead',
  'proclaim',
  'protest',
  'reiterate',
  'repeat',
  'retort',
  'speculate',
  'assure',
  'reassure',
  'answer',
  'charge',
  'signal',
  'hint',
  'point',
  'recount',
  'post',
  'write',
  'grumble',
  'exclaim',
  'whisper',
  'question',
  'wonder',
  'imply',
  'affirm',
  'reaffirm',
  'clarify',
  'make',
  'remind'
])

/**
 * Verbs whose object is what was said (`called for new tariffs`, `cited rising costs`,
 * `accused the board of negligence`): their object counts as reported speech.
 * Verbs of physical action (`attack`, `hit`, `fire`) are left out: they report speech
 * only with a quote (`attacked the plan as "reckless"`).
 */
export const OBJECT_VERBS: ReadonlySet<string> = new Set([
  'cite',
  'call',
  'propose',
  'urge',
  'stress',
  'signal',
  'criticise',
  'criticize',
  'accuse',
  'blame',
  'praise',
  'hail',
  'tout',
  'demand',
  'describe',
  'compare',
  'wonder',
  'dismiss',
  'reject',
  'condemn',
  'recommend',
  'highlight',
  'emphasise',
  'emphasize',
  'exhort',
  'admit',
  'deny',
  'announce',
  'speak',
  'talk',
  ...OBJECT_SPEECH,
  'decry',
  'blast',
  'slam',
  'chide',
  'scold',
  'deride'
])

/**
 * Clause verbs that report speech only before `that` (`maintained that …`, `the report states that …`):
 * with an object they keep, mark or hold something (`maintains a lead`, `posted a victory`, `state
 * governments`).
 */
export const THAT_CLAUSE_VERBS: ReadonlySet<string> = new Set([
  'maintain',
  'protest',
  'post',
  'state',
  'answer',
  'charge'
])

/** Verbs that report speech only before an indirect question (`questioned whether …`, `wondered why …`). */
export const QUESTION_VERBS: ReadonlySet<string> = new Set(['question', 'wonder'])

/** Words that open an indirect question. */
export const QUESTION_WORDS = /^(?:whether|why|if|how|what|who|when|where|which)$/

/** Verbs whose first object is the listener: `told reporters that…`, `assured voters…`. */
export const LISTENER_VERBS: ReadonlySet<string> = new Set([
  'tell',
  'inform',
  'assure',
  'reassure',
  'ask',
  'warn',
  'urge',
  'remind',
  'brief'
])

/** Verbs that, with an object and `as`, describe: `called him a "coward"`, `described it as "…"`. */
export const DESCRIBE_VERBS: ReadonlySet<string> = new Set([
  'call',
  'describe',
  'dismiss',
  'label',
  'brand',
  'praise',
  'slam',
  'blast',
  'criticise',
  'criticize',
  'accuse',
  'attack'
])

/** Multi-word reporting phrases that stand for a speech verb. */
export const SPEECH_PHRASES: readonly RegExp[] = [/^point(?:s|ed|ing)? out$/i, /^went on$/i, /^goes on$/i]

/** Verbs that tag speech after it (`…, the agency said.`). */
export const TAG_VERBS =
  /^(?:say|add|tell|write|report|note|explain|warn|insist|argue|claim|state|announce|continue|conclude|caution|predict|observe|remark|reply|respond|acknowledge|admit|concede|confirm|suggest|estimate|tweet|post|complain|recall|stress|maintain|contend|assert|allege|boast|declare|reveal|disclose|testify|agree|counter|retort|joke|quip|grumble|lament|concur|reason|forecast)$/

/** Verbs whose `to` opens what was said (`vowed to cut taxes`, `urged them to leave`). */
export const INFINITIVE_VERBS =
  /^(?:vow|promise|pledge|threaten|urge|ask|tell|agree|offer|propose|demand|warn|exhort|call)$/

/** Documents that say what their author says (`a statement saying …`, `an email urging …`). */
export const DOCUMENT_NOUNS =
  /^(?:statement|statements|release|email|emails|e-mail|letter|letters|memo|note|message|messages|post|posts|tweet|tweets|video|ad|ads|advert|advertisement|petition|report|filing|lawsuit|complaint|column|editorial|op-ed|item|robocall|mailer|flyer|leaflet|motion|resolution|bill|order|ruling|notice|appeal|pitch|pitches|speech|interview|transcript)$/
