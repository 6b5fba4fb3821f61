/**
 * Summarise what happens at a time expression: the clause around it, the
 * expression itself taken out, trimmed to a short readable phrase.
 */
import { clauseAt, sentenceAt } from '../text/sentences.ts'
import { FUTURE_MARKERS } from '../lexicon/time.ts'
import { readClause, type Tense } from './tense.ts'

/** Most words a summary keeps. */
const MAX_WORDS = 22
/** Fewest words a comma-segment needs to stand alone as the summary. */
const MIN_WORDS = 5
const COMMA = /,\s+/g
const EDGE_WORDS =
  /^(?:and|but|or|so|as|while|when|whereas|because|although|though|that|which|then|also|yet|with|after|before|since|until)\s+|\s+(?:and|but|or|so|as|while|when|that|which|the|a|an|of|to|in|on|at|by|for|with|from)$/i
const EDGE_PUNCTUATION = /^[\s,;:"'“”‘’()\-–—]+|[\s,;:"'“”‘’(\-–—]+$/g
const FUTURE = new RegExp(
  `(?:^|[^\\p{L}'’])(?:${FUTURE_MARKERS.map((m) => m.replace(/'/g, "['’]")).join('|')})(?![\\p{L}])`,
  'iu'
)

const CONJUNCTION = /\s+(?:and|but|when|while|whereas|because|although|though|after|before|as|so|where)\s+/gi
/** Clauses longer than this many words are cut at conjunctions. */
const SHORT_CLAUSE = 12
/** An auxiliary or past-tense verb: a short segment holding one is a clause of its own. */
const AUXILIARY =
  /\b(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|shall|should|did|does|\p{L}{3,}ed)\b/iu
const PAST =
  /\b(?:was|were|had|did|said|told|went|began|came|made|took|gave|saw|met|won|lost|left|held|spoke|wrote|sent|got|ran|found|thought|knew|became|brought|bought|paid|fell|rose|led|felt|kept|\p{L}{2,}ed)\b/iu
const PRESENT = /\b(?:is|are|am|begins|starts|opens|\p{L}+s)\b/iu
const COUNTED_WORD = /[\p{L}\p{N}]\S*/gu
/** The number of words of a text (counted, no array made). */
function wordCount(s: string): number {
  let count = 0
  COUNTED_WORD.lastIndex = 0
  while (COUNTED_WORD.exec(s)) count++
  return count
}

/** Time words that say on their own which way an expression points. */
const PAST_WORDS = /\b(?:yesterday|last|ago|earlier|previous|past|since|recent)\b/i
const FUTURE_WORDS = /\b(?:tomorrow|next|coming|upcoming|from now)\b|\blater\s+(?:this|today|tonight|in)\b/i
/** A present tense with these is a schedule (`the summit opens on Monday`, `is on Nov. 8`). */
const SCHEDULED = /^\s*(?:on|this|next)\b/i
/** A participle opening a sentence (`Speaking to reporters last night, …`): no clause of its own. */
const PARTICIPLE_OPENER = /^[\s,]*\p{L}+ing\b/iu

/**
 * Which way a time expression points whatever the verb: `yesterday`, `last week` and `ago` to
 * the past, `tomorrow`, `next week` and `later this year` to the future.
 *
 * @param when the time expression.
 * @returns the tense it implies, or null.
 */
export function directionOf(when: string): Tense | null {
  if (FUTURE_WORDS.test(when)) return 'future'
  if (PAST_WORDS.test(when)) return 'past'
  return null
}

/**
 * The tense of a clause whose verbs the tense reader could not place (a headline, a verbless
 * fragment): a future marker (`will`, `is expected to`), else a past-tense verb, else a present one.
 *
 * @param clause the clause.
 * @param when the time expression in it.
 * @returns the tense.
 */
function guessTense(clause: string, when: string): Tense {
  if (FUTURE.test(clause)) return 'future'
  const rest = clause.replace(when, ' ')
  if (PAST.test(rest)) return 'past'
  return PRESENT.test(rest) ? 'present' : 'past'
}

/** The summary of an event and the tense of its clause. */
export interface WhatHappens {
  /** A short summary (subject + verb phrase), cleaned text. */
  what: string
  /** Whether dates resolve forwards: the clause speaks of the future, or of a schedule in the present. */
  future: boolean
  /** The tense the event is told in: the time expression's own (`yesterday`), else its verb group's. */
  tense: Tense
  /** Whether the clause tells what may, can or would happen, or happens on a condition: no event. */
  hypothetical: boolean
  /** Whether a verb of the clause shows its tense (`Speaking last night, …` has none). */
  verb: boolean
}

/**
 * Count the words of `[a, b)` outside every time expression.
 *
 * @param text the paragraph's cleaned text.
 * @param a start offset.
 * @param b end offset.
 * @param spans the paragraph's time expressions.
 * @returns the number of words.
 */
function plainWords(text: string, a: number, b: number, spans: readonly { from: number; to: number }[]): number {
  return wordCount(plainText(text, a, b, spans))
}

/**
 * The text of `[a, b)` with every time expression cut out.
 *
 * @param text the paragraph's cleaned text.
 * @param a start offset.
 * @param b end offset.
 * @param spans the paragraph's time expressions, in order.
 * @returns the remaining text.
 */
function plainText(text: string, a: number, b: number, spans: readonly { from: number; to: number }[]): string {
  let out = ''
  let at = a
  for (const span of spans) {
    if (span.to <= at || span.from >= b) continue
    if (span.from > at) out += text.slice(at, span.from)
    out += ' '
    at = Math.max(at, span.to)
  }
  if (at < b) out += text.slice(at, b)
  return out
}

/**
 * Summarise the clause around a time expression.
 *
 * @param text the paragraph's cleaned text.
 * @param starts its sentence starts (from `sentenceStarts`).
 * @param from start of the time expression (its preposition included).
 * @param to end of the time expression.
 * @param others every time expression of the paragraph, in order (default: just this one); their words do not count towards a summary's length.
 * @returns the summary and the tense.
 */
export function whatHappens(
  text: string,
  starts: readonly number[],
  from: number,
  to: number,
  others: readonly { from: number; to: number }[] = [{ from, to }]
): WhatHappens {
  const [sFrom, sTo] = sentenceAt(text, starts, from)
  let [cFrom, cTo] = clauseAt(text, sFrom, sTo, from, to)
  const mood = readClause(text, from, to, cFrom, cTo, text.slice(sFrom, sTo))
  // Within a long clause, keep the comma-segment holding the expression (and a neighbour when short).
  const bounds: number[] = [cFrom]
  const clauseText = text.slice(cFrom, cTo)
  COMMA.lastIndex = 0
  for (let match = COMMA.exec(clauseText); match; match = COMMA.exec(clauseText))
    bounds.push(cFrom + match.index + match[0].length)
  bounds.push(cTo)
  if (bounds.length > 2) {
    let k = 0
    while (k + 1 < bounds.length - 1 && bounds[k + 1]! <= from) k++
    let segFrom = bounds[k]!
    let segTo = bounds[k + 1]!
    const words = (a: number, b: number): number => plainWords(text, a, b, others)
    const standsAlone = (a: number, b: number): boolean => {
      const count = words(a, b)
      const segment = plainText(text, a, b, others)
      if (PARTICIPLE_OPENER.test(segment) && !AUXILIARY.test(segment)) return false
      return (
        count >= MIN_WORDS ||
        (count >= 3 && !/^[\s,]*(?:and|but|or|so|then|yet)\b/i.test(segment) && AUXILIARY.test(segment))
      )
    }
    // a time in an opening participle (`Speaking to reporters last night, the minister confirmed …`)
    // dates the main clause: that is what happened
    let floor = 0
    if (
      k === 0 &&
      PARTICIPLE_OPENER.test(plainText(text, segFrom, segTo, others)) &&
      !AUXILIARY.test(text.slice(segFrom, segTo))
    ) {
      floor = k = 1
      segFrom = bounds[1]!
      segTo = bounds[2]!
    }
    while (!standsAlone(segFrom, segTo) && (k > floor || segTo < cTo)) {
      if (k > floor) segFrom = bounds[--k]!
      else {
        const next = bounds.indexOf(segTo) + 1
        segTo = next < bounds.length ? bounds[next]! : cTo
      }
    }
    cFrom = segFrom
    cTo = segTo
  }
  // Within a long clause, keep the conjoined part holding the expression, when it can stand alone.
  if (wordCount(text.slice(cFrom, cTo)) > SHORT_CLAUSE) {
    let pFrom = cFrom
    let pTo = cTo
    CONJUNCTION.lastIndex = cFrom
    for (let match = CONJUNCTION.exec(text); match && match.index < cTo; match = CONJUNCTION.exec(text)) {
      const end = match.index + match[0].length
      // `and` between two names joins them (`Britain and France`), not two clauses
      if (
        /^\s+(?:and|or)\s+$/i.test(match[0]) &&
        /\p{Lu}\p{L}*$/u.test(text.slice(cFrom, match.index)) &&
        /^\p{Lu}/u.test(text.slice(end))
      )
        continue
      if (end <= from) {
        if (plainWords(text, end, cTo, others) >= MIN_WORDS) pFrom = end
      } else if (match.index >= to) {
        if (plainWords(text, pFrom, match.index, others) >= MIN_WORDS) pTo = match.index
        break
      }
    }
    cFrom = pFrom
    cTo = pTo
  }
  const clause = text.slice(cFrom, cTo)
  const when = text.slice(from, to)
  const tense: Tense = directionOf(when) ?? mood.tense ?? guessTense(clause, when)
  const future = tense === 'future' || (tense === 'present' && SCHEDULED.test(when))
  // A possessive (`Monday's vote`) keeps the expression: cutting it would leave a stray `'s`.
  const possessive =
    /^['’]s\b/.test(text.slice(to, to + 3)) ||
    (/^[\d'’]/.test(text.slice(from, to)) &&
      /\p{L}\s*$/u.test(text.slice(Math.max(cFrom, from - 2), from)) &&
      /^\s+\p{Ll}/u.test(text.slice(to, to + 3)))
  const inside = cFrom <= from
  let what = (possessive || !inside ? text.slice(cFrom, cTo) : text.slice(cFrom, from) + ' ' + text.slice(to, cTo))
    .replace(/\s+/g, ' ')
    .replace(/[.!?]+["'”’]?\s*$/, '')
  what = what.replace(/\s+([,.;:!?])/g, '$1')
  for (let pass = 0; pass < 3; pass++) what = what.replace(EDGE_PUNCTUATION, '').replace(EDGE_WORDS, '')
  const words = what.split(' ')
  if (words.length > MAX_WORDS) what = words.slice(0, MAX_WORDS).join(' ').replace(EDGE_PUNCTUATION, '') + '…'
  if (!what) what = text.slice(sFrom, sTo)
  return { what, future, tense, hypothetical: mood.hypothetical, verb: mood.tense !== null }
}
