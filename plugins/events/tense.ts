/**
 * The tense and mood of the clause that tells an event: which verb group governs a time
 * expression (the last one before it in its clause, else the first after it), whether that group
 * is past, present or future, and whether the clause tells a hypothetical or a condition rather
 * than an event (`they can end this tomorrow`, `if the talks fail on Monday`).
 */
import {
  CONDITIONAL_OPENERS,
  FUTURE_AUXILIARIES,
  HYPOTHETICAL_MODALS,
  INTENTION_VERBS,
  IRREGULAR_PAST,
  NOT_BEFORE_PAST,
  PAST_IN_EED,
  PAST_AUXILIARIES,
  PERFECT_AUXILIARIES,
  PRESENT_AUXILIARIES,
  SCHEDULE_WORDS,
  WOULD
} from '../lexicon/tense.ts'

/** When a clause puts what it tells. */
export type Tense = 'past' | 'present' | 'future'

/** The tense of the verb group governing a time expression, and whether it tells an event at all. */
export interface ClauseMood {
  /** The governing verb group's tense, or null when the clause has no verb that shows one. */
  tense: Tense | null
  /** Whether the clause tells what may, can or would happen, or happens on a condition. */
  hypothetical: boolean
}

/** One word of a clause: lower case, apostrophes straight, and where it stands. */
interface Word {
  word: string
  at: number
  capital: boolean
}

/** A verb group that shows a tense. */
interface Marker {
  at: number
  tense: Tense
  hypothetical: boolean
  /** `would`: hypothetical only when the sentence states a condition. */
  would: boolean
}

const WORD = /[\p{L}][\p{L}'’]*/gu
/** Words in `-ed` that are no verb. */
const NOT_PAST_ED = new Set('hundred hatred kindred sacred naked wicked rugged ragged beloved'.split(' '))
/** Pronouns after which a word in `-s` is a verb in the present (`he visits`). */
const PRESENT_SUBJECTS = new Set('he she it who'.split(' '))

/**
 * The words of `[from, to)`.
 *
 * @param text the paragraph's cleaned text.
 * @param from start offset.
 * @param to end offset.
 * @returns the words, in order.
 */
function wordsOf(text: string, from: number, to: number): Word[] {
  const words: Word[] = []
  const slice = text.slice(from, to)
  WORD.lastIndex = 0
  for (let match = WORD.exec(slice); match; match = WORD.exec(slice)) {
    const lower = match[0].toLowerCase()
    const first = match[0].charCodeAt(0)
    words.push({
      word: lower.includes('’') ? lower.replace(/’/g, "'") : lower,
      at: from + match.index,
      // (an ASCII letter is read without a regular expression)
      capital: first < 128 ? first >= 65 && first <= 90 : /^\p{Lu}/u.test(match[0])
    })
  }
  return words
}

/**
 * The verb group starting at a word, when it shows a tense.
 *
 * @param words the clause's words.
 * @param i the word's index.
 * @returns the marker, or null.
 */
function markerAt(words: readonly Word[], i: number): Marker | null {
  const { word, at } = words[i]!
  const next = words[i + 1]?.word
  const after = words[i + 2]?.word
  const previous = words[i - 1]?.word
  const mark = (tense: Tense, hypothetical = false, would = false): Marker => ({ at, tense, hypothetical, would })
  // a capital inside the clause starts a name (`Theresa May said`), not a verb
  if (words[i]!.capital && i > 0) return null
  if (FUTURE_AUXILIARIES.has(word) || word.endsWith("'ll")) return mark('future')
  if (WOULD.has(word) || (word.endsWith("'d") && word.length > 2)) {
    // `would have gone`: what did not happen
    return next === 'have' ? mark('past', true) : mark('future', false, true)
  }
  if (HYPOTHETICAL_MODALS.has(word)) return mark(next === 'have' ? 'past' : 'future', true)
  if (PAST_AUXILIARIES.has(word)) {
    // `was due to`, `were expected to`, `was going to`: a plan, seen from before it
    if (next && SCHEDULE_WORDS.has(next) && (after === 'to' || next === 'due' || next === 'expected'))
      return mark('future')
    return mark('past')
  }
  if (PRESENT_AUXILIARIES.has(word)) {
    if (next && SCHEDULE_WORDS.has(next) && (after === 'to' || next === 'due' || next === 'expected'))
      return mark('future')
    if (next === 'to') return mark('future')
    return mark('present')
  }
  if (PERFECT_AUXILIARIES.has(word)) return next === 'to' ? mark('future') : mark('past')
  if (INTENTION_VERBS.has(word) && next === 'to' && !(previous && NOT_BEFORE_PAST.has(previous))) return mark('future')
  const verbPosition = !(previous && NOT_BEFORE_PAST.has(previous))
  if (IRREGULAR_PAST.has(word) && verbPosition) return mark('past')
  if (((/[^e]ed$/.test(word) && word.length >= 5 && !NOT_PAST_ED.has(word)) || PAST_IN_EED.has(word)) && verbPosition)
    return mark('past')
  if (previous && PRESENT_SUBJECTS.has(previous) && /[^s]s$/.test(word)) return mark('present')
  return null
}

/** Words that carry a verb group on after its first word (`have`, `been`, `not`, a participle). */
const GROUP_WORDS = new Set('have has had be been being not never also still just already to'.split(' '))

/**
 * Whether a word goes on with the verb group before it.
 *
 * @param word the word, lower case.
 * @returns `true` for an auxiliary, a negation or a participle.
 */
function isGroupContinuation(word: string): boolean {
  return GROUP_WORDS.has(word) || IRREGULAR_PAST.has(word) || PAST_IN_EED.has(word) || /(?:[^e]ed|en)$/.test(word)
}

/**
 * Read the clause around a time expression: its governing verb group (the last before the
 * expression, else the first after it) and whether it tells a hypothetical or a condition.
 *
 * @param text the paragraph's cleaned text.
 * @param from start of the time expression (its preposition included).
 * @param to its end.
 * @param clauseFrom start of its clause.
 * @param clauseTo end of its clause.
 * @param sentence the sentence's text, where a condition for `would` is looked for (default: the clause).
 * @returns the tense and mood.
 */
export function readClause(
  text: string,
  from: number,
  to: number,
  clauseFrom: number,
  clauseTo: number,
  sentence?: string
): ClauseMood {
  const words = wordsOf(text, clauseFrom, clauseTo)
  let before: Marker | null = null
  let after: Marker | null = null
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!
    if (word.at >= from && word.at < to) continue
    const marker = markerAt(words, i)
    if (!marker) continue
    // the rest of the group (`would have signed`, `had been told`) shows no tense of its own
    while (i + 1 < words.length && isGroupContinuation(words[i + 1]!.word)) i++
    if (word.at < from) before = marker
    else {
      after = marker
      break
    }
  }
  const governing = before ?? after
  // a condition opened in the expression's own stretch of the clause (`if the talks fail on Monday`)
  const lastBreak = Math.max(clauseFrom, text.lastIndexOf(',', from) + 1)
  const conditional = wordsOf(text, lastBreak, from).some((w) => CONDITIONAL_OPENERS.has(w.word))
  let hypothetical = conditional || Boolean(governing?.hypothetical)
  if (governing?.would) {
    const scope = sentence ?? text.slice(clauseFrom, clauseTo)
    if (wordsOf(scope, 0, scope.length).some((w) => w.word === 'if' || w.word === 'unless')) hypothetical = true
  }
  return { tense: governing?.tense ?? null, hypothetical }
}
