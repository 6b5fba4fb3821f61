/**
 * Words that tell a clause's tense and mood: auxiliaries, modals, the words that open a condition,
 * and the simple past of irregular verbs. General English; read by the events stage to say whether
 * a dated clause is past, present or future, and whether it tells an event at all.
 */

const words = (list: string): ReadonlySet<string> => new Set(list.trim().split(/\s+/))

/** Auxiliaries of the future (`will`, `shall`, and their contractions as written apart). */
export const FUTURE_AUXILIARIES = words(`will shall 'll won't wo shan't`)

/** Auxiliaries of the past. */
export const PAST_AUXILIARIES = words(`was were had did wasn't weren't hadn't didn't`)

/** Auxiliaries of the present (`has` and `have` make the perfect, a past event, before a participle). */
export const PRESENT_AUXILIARIES = words(`is are am does do isn't aren't doesn't don't`)

/** Auxiliaries of the perfect. */
export const PERFECT_AUXILIARIES = words(`has have hasn't haven't`)

/**
 * Modals of possibility and ability: a clause they govern tells what may or can happen, not an
 * event (`they can end this tomorrow`, `the ruling could come on Friday`).
 */
export const HYPOTHETICAL_MODALS = words(`can could might may can't cannot couldn't mightn't`)

/** `would`: the future seen from the past in reported speech, or a hypothetical with a condition. */
export const WOULD = words(`would wouldn't 'd`)

/** Words after `is`/`was` that make a schedule (`is due to`, `was set to`, `are expected to`). */
export const SCHEDULE_WORDS = words(`due set expected scheduled slated poised about going planning preparing`)

/** Verbs of intention that put what follows `to` in the future (`she plans to visit on Monday`). */
export const INTENTION_VERBS = words(
  `plans plan intends intend aims aim hopes hope expects expect vows vow promises promise`
)

/** Words that open a condition: a date inside one tells no event (`if the talks fail on Monday`). */
export const CONDITIONAL_OPENERS = words(`if unless whether suppose supposing provided providing lest`)

/** Words after which an `-ed` word is an adjective or a participle, not a verb in the past. */
export const NOT_BEFORE_PAST = words(`
the a an this these those his her their its our my your no any some every each of for in on at by
to with from into about against be been being is are am was were has have had get got very so too most
more less well newly recently once long much also not
`)

/**
 * The past of regular verbs whose stem ends in `-ee` (`agree` → `agreed`): an `-eed` word is
 * otherwise no past (`need`, `speed`, `proceed`), so these are listed.
 */
export const PAST_IN_EED = words(`agreed disagreed decreed freed guaranteed refereed emceed`)

/** The simple past of common irregular verbs (those written as their present, `put`, `set`, `cut`, left out). */
export const IRREGULAR_PAST = words(`
arose ate awoke bade bore became began bent bit bled blew broke bred brought built burnt bought
caught chose clung came crept dealt did drew dreamt drank drove dwelt fell fed felt fought found fled
flung flew forbade forgot forgave froze got gave went grew hung heard hid held kept knelt knew laid led
leapt learnt left lent lost made meant met paid rode rang rose ran said saw sought sold sent shook shone
shot showed shrank sang sank sat slept slid slung spoke sped spent spun spat sprang stood stole stuck
stung strode struck swore swept swam swung took taught tore told thought threw trod understood undertook
woke wore wove wept won withdrew wrote
`)
