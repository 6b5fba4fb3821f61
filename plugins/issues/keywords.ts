/**
 * Keywords a reader would use: noun phrases, never a verb read as a phrase (`secures`,
 * `abandon ukraine`, `review progress`). A phrase is a verb when every time the article uses it,
 * its first word stands where a verb stands: after `to` following a verb or an adjective that
 * takes one (`plans to divert`, `ready to send`) or before an object (`to divert nothing`), after a
 * modal, `not`, `help` or a question word, or in `-s` between a name or pronoun and its object
 * (`the minister secures a deal`).
 */
import { COMMON_VERBS } from '../lexicon/topic-verbs.ts'
import type { Phrase } from './phrases.ts'
import { stem } from './stem.ts'
import type { Token } from './tokens.ts'

/** Words after which the next word is a verb. */
const BEFORE_VERB = new Set(
  'not help helps helped helping will would can could may might must shall should did does do what who'.split(' ')
)
/** Words before `to` that make it the sign of an infinitive (`able to`, `is to`), not a preposition (`access to`). */
const BEFORE_INFINITIVE = new Set(
  'able unable ready set due about order likely unlikely willing eager prepared going has have had is are was were be been not need needs'.split(
    ' '
  )
)
const VERB_STEMS = new Set(COMMON_VERBS.map(stem))
/** Words that open an object after a verb (`secures a truce`, `backs them`). */
const OBJECT_OPENERS = new Set('a an the his her their its our my your this that these those him them us it'.split(' '))
const SUBJECTS = new Set('he she it they we who'.split(' '))
/** Words that are an object on their own (`divert nothing`). */
const OBJECTS = new Set([...OBJECT_OPENERS, 'nothing', 'everything', 'something', 'anything', 'anyone', 'everyone'])
const NOUN_SUFFIX = /(?:tion|sion|ment|ness|ity|ism|ance|ence|ship|age|ure|ogy|cy)s?$/

/**
 * Whether a token opens a verb's infinitive: it is `to` after a verb or a word that takes one.
 *
 * @param tokens the article's tokens.
 * @param at the index of the `to`.
 * @returns `true` for the `to` of an infinitive.
 */
function infinitiveTo(tokens: readonly Token[], at: number): boolean {
  if (tokens[at]?.lower !== 'to') return false
  const before = tokens[at - 1]
  if (!before || before.breakAfter || before.sentence !== tokens[at]!.sentence) return false
  return (
    BEFORE_INFINITIVE.has(before.lower) ||
    VERB_STEMS.has(before.key) ||
    /(?:ed|ing)$/.test(before.lower) ||
    // `to help placate`, `to try to`
    infinitiveTo(tokens, at - 2)
  )
}

/**
 * Whether one use of a phrase puts a verb first.
 *
 * @param tokens the article's tokens.
 * @param start the index of the phrase's first token.
 * @returns `true` when the first word stands where a verb stands.
 */
function verbAt(tokens: readonly Token[], start: number): boolean {
  const first = tokens[start]!
  if (NOUN_SUFFIX.test(first.lower)) return false
  const before = tokens[start - 1]
  if (!before || before.breakAfter || before.sentence !== first.sentence) return false
  if (BEFORE_VERB.has(before.lower) || infinitiveTo(tokens, start - 1)) return true
  const next = tokens[start + 1]
  // `to divert nothing`, `to abandon them`: `to`, a word, its object
  if (before.lower === 'to' && next && next.sentence === first.sentence && OBJECTS.has(next.lower)) return true
  const subject = (before.cap && !before.initial) || SUBJECTS.has(before.lower)
  return (
    /[^s]s$/.test(first.lower) &&
    subject &&
    next !== undefined &&
    next.sentence === first.sentence &&
    (OBJECT_OPENERS.has(next.lower) || (next.cap && !next.initial))
  )
}

/**
 * Whether a phrase reads as a verb wherever the article uses it.
 *
 * @param phrase the candidate keyword.
 * @param tokens the article's tokens (the phrase's occurrences index them).
 * @returns `true` when no use of it is a noun phrase.
 */
export function readsAsVerb(phrase: Phrase, tokens: readonly Token[]): boolean {
  return phrase.occurrences.length > 0 && phrase.occurrences.every((occurrence) => verbAt(tokens, occurrence.start))
}
