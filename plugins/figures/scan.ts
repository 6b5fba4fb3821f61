/**
 * Find the figures of one paragraph: money, percentages, counts of people and
 * things, durations, ages, vote tallies and years used as modifiers or
 * deadlines. Works on word tokens in one linear pass.
 */
import {
  AGE_WORDS,
  APPROXIMATE_WORDS,
  COUNT_MODIFIERS,
  CURRENCY_CODES,
  CURRENCY_WORDS,
  DEADLINE_WORDS,
  MAGNITUDE_WORDS,
  MAGNITUDES,
  MEASURE_UNITS,
  NATIONAL_CURRENCIES,
  NOT_UNIT_WORDS,
  PEOPLE_NOUNS,
  PERIOD_LEADS,
  QUALIFIERS,
  RATE_WORDS,
  TIME_OF_DAY,
  TIME_UNITS,
  TROOP_NOUNS,
  VOTE_WORDS
} from '../lexicon/units.ts'
import { MONTHS } from '../lexicon/time.ts'
import { readNumber, round, type NumberWord } from './numbers.ts'
import type { Token } from './tokens.ts'

/** What kind of quantity a figure is. */
export type FigureKind = 'money' | 'percent' | 'points' | 'count' | 'duration' | 'age' | 'year' | 'votes' | 'measure'

/** A figure found in a paragraph, located in its cleaned text. */
export interface FigureSpan {
  /** Start offset in the cleaned text. */
  from: number
  /** End offset (exclusive) in the cleaned text. */
  to: number
  value: number | null
  unit: string | null
  kind: FigureKind
  /** Whether a reader should see it among the key figures. */
  key: boolean
}

const APPROXIMATE = new Set(APPROXIMATE_WORDS)
/** Plural nouns end in `s` but not `ss`, `us`, `is`, `ous`. */
const PLURAL = /^[\p{Ll}][\p{Ll}'-]*[^sui']s$/u
const NOT_PLURAL = /(?:ous|ss|ics|ness|less)$/
const RATE_PHRASES = RATE_WORDS.map((phrase) => phrase.split(' '))
const QUALIFIER_PHRASES = QUALIFIERS.map((phrase) => phrase.split(' ')).sort((a, b) => b.length - a.length)
const DURATION_REST = /^(second|minute|hour|day|week|month|year|decade|century)s?(-old|-long)?$/
const DEMONSTRATIVES = new Set(['those', 'these', 'the'])

/** A count noun phrase after a number. */
interface NounHead {
  /** Index of the head noun token. */
  index: number
  /** Normalised unit. */
  unit: string
  /** The unit's class. */
  kind: 'people' | 'troops' | 'thing'
}

/**
 * Find the head noun of the noun phrase starting at token `k` (`retired generals`).
 *
 * @param tokens the paragraph's tokens.
 * @param k the first token after the number.
 * @returns the head, or null when no counted noun follows.
 */
function nounHead(tokens: readonly Token[], k: number): NounHead | null {
  for (let m = k; m < tokens.length && m < k + 3; m++) {
    const token = tokens[m]!
    const word = token.lower
    if (readNumber(word) && !/^\p{L}+-\p{L}/u.test(word)) return null
    if (TROOP_NOUNS.has(word)) return { index: m, unit: 'troops', kind: 'troops' }
    if (PEOPLE_NOUNS.has(word)) return { index: m, unit: 'people', kind: 'people' }
    if (NOT_UNIT_WORDS.has(word) && !COUNT_MODIFIERS.has(word)) return null
    if (TIME_UNITS.has(word) || CURRENCY_WORDS.has(word)) return null
    if (!token.capital && PLURAL.test(word) && !NOT_PLURAL.test(word)) return { index: m, unit: word, kind: 'thing' }
    if (token.stop || word.endsWith('ly')) return null
  }
  return null
}

/**
 * Whether the words at `k` spell one of `phrases`.
 *
 * @param tokens the paragraph's tokens.
 * @param k where to look.
 * @param phrases candidate phrases, each split in words.
 * @returns the number of tokens matched, 0 for none.
 */
function matchPhrase(tokens: readonly Token[], k: number, phrases: readonly (readonly string[])[]): number {
  for (const phrase of phrases) {
    let ok = true
    for (let w = 0; w < phrase.length; w++) {
      const token = tokens[k + w]
      if (!token || token.lower !== phrase[w] || (w < phrase.length - 1 && token.stop)) {
        ok = false
        break
      }
    }
    if (ok) return phrase.length
  }
  return 0
}

/**
 * The first token of a qualifier (`more than`, `nearly`) just before token `i`.
 *
 * @param tokens the paragraph's tokens.
 * @param i the number's first token.
 * @returns the index the figure's text starts at.
 */
function qualifierStart(tokens: readonly Token[], i: number): number {
  for (const phrase of QUALIFIER_PHRASES) {
    const k = i - phrase.length
    if (k < 0) continue
    if (matchPhrase(tokens, k, [phrase]) === phrase.length && !tokens[i - 1]!.stop) return k
  }
  return i
}

/**
 * Read the magnitude words after a number (`1.5 million`, `two hundred thousand`).
 *
 * @param tokens the paragraph's tokens.
 * @param j the number's token.
 * @param number the number read there.
 * @returns the last token used and the value.
 */
function withMagnitudes(tokens: readonly Token[], j: number, number: NumberWord): [number, number] {
  let value = number.value
  let last = j
  while (!tokens[last]!.stop && !number.rest && last + 1 < tokens.length) {
    const next = tokens[last + 1]!.lower
    if (!MAGNITUDE_WORDS.has(next) || (next === 'm' && !number.numeral)) break
    value *= MAGNITUDES.get(next)!
    last++
  }
  return [last, round(value)]
}

/**
 * A period after an amount: `over six years`, `every three months`, `a year`.
 *
 * @param tokens the paragraph's tokens.
 * @param k the token after the amount.
 * @returns the period's last token and whether it makes a rate (`every`), or null.
 */
function periodAfter(tokens: readonly Token[], k: number): { last: number; every: boolean } | null {
  const lead = tokens[k]
  if (!lead || lead.stop || !PERIOD_LEADS.has(lead.lower)) return null
  const amount = tokens[k + 1]
  if (!amount) return null
  if (lead.lower === 'every' && TIME_UNITS.has(amount.lower)) return { last: k + 1, every: true }
  const number = readNumber(amount.lower)
  if (!number || number.currency || number.percent || amount.stop) return null
  const unit = tokens[k + 2]
  if (!unit || !TIME_UNITS.has(unit.lower)) return null
  return { last: k + 2, every: lead.lower === 'every' }
}

/**
 * Decide whether a figure belongs among the key figures.
 *
 * @param span the figure (without `key`).
 * @param numeral whether it was written in digits.
 * @param tokens the paragraph's tokens.
 * @param first the figure's first token.
 * @param flags what the scanner saw around it.
 * @returns whether it is key.
 */
function isKey(
  span: Omit<FigureSpan, 'key'>,
  numeral: boolean,
  tokens: readonly Token[],
  first: number,
  flags: { rate: boolean; range: boolean; ago: boolean; person: boolean }
): boolean {
  const before = first > 0 ? tokens[first - 1]!.lower : ''
  if (span.kind === 'year') return false
  if (span.kind === 'votes') return true
  if (span.kind === 'money') return !flags.range && (!flags.rate || (span.value ?? 0) >= 1e6)
  if (span.kind === 'percent') return true
  if (span.kind === 'points') return span.value !== null && span.value >= 1
  // an age (`the 38-year-old`, `a three-year-old war`) says who or what, never what is at stake
  if (span.kind === 'age') return false
  if (span.kind === 'duration')
    return numeral && !flags.ago && !flags.rate && !flags.range && span.value !== null && span.value >= 10
  if (span.kind === 'count') {
    if (DEMONSTRATIVES.has(before) && before !== 'the') return false
    if (span.value === null) return span.unit === 'people' || span.unit === 'troops'
    return span.value >= 10
  }
  return numeral
}

/**
 * Find the figures of one paragraph.
 *
 * @param text the paragraph's cleaned text.
 * @param tokens its tokens (from `tokenize`).
 * @returns the figures, in text order, located in the cleaned text.
 */
export function scanFigures(text: string, tokens: readonly Token[]): FigureSpan[] {
  const found: FigureSpan[] = []
  const n = tokens.length
  const push: Push = (
    firstToken,
    lastToken,
    value,
    unit,
    kind,
    numeral,
    flags = { rate: false, range: false, ago: false, person: false }
  ) => {
    const span = { from: tokens[firstToken]!.start, to: tokens[lastToken]!.end, value, unit, kind }
    found.push({ ...span, key: isKey(span, numeral, tokens, firstToken, flags) })
    return lastToken
  }
  for (let i = 0; i < n; i++) {
    const words = wordAmountRule(tokens, i, push)
    if (words !== undefined) {
      i = words
      continue
    }
    const amount = readAmount(text, tokens, i, found, push)
    if (!amount) continue
    for (const rule of UNIT_RULES) {
      const used = rule(amount)
      if (used === undefined) continue
      i = used
      break
    }
  }
  return mergeChanges(text, found)
}

/** Record a figure over tokens `[firstToken, lastToken]`; returns `lastToken`. */
type Push = (
  firstToken: number,
  lastToken: number,
  value: number | null,
  unit: string | null,
  kind: FigureKind,
  numeral: boolean,
  flags?: { rate: boolean; range: boolean; ago: boolean; person: boolean }
) => number

/** What the unit rules read at an amount: the number, its tokens, and the words after it. */
interface Amount {
  text: string
  tokens: readonly Token[]
  /** The figures found so far in the paragraph, and how to add one. */
  found: FigureSpan[]
  push: Push
  n: number
  /** The number's token, its lowercase word and the token before it. */
  i: number
  token: Token
  word: string
  prev: Token | undefined
  number: NumberWord
  /** The value with its magnitude words, and their last token (the range's end for a range). */
  value: number
  last: number
  /** The first token of the figure's text (a qualifier such as `more than` included). */
  first: number
  lastToken: Token
  /** A range (`55 to 65`), or a change (`from 23% to 6%`: the token of `from`, else -1). */
  range: boolean
  changeFrom: number
  rangeFirst: number
  end: Token
  textStart: number
  numeral: boolean
  /** The value a figure shows (`null` for a range). */
  figureValue: number | null
  /** The two tokens after the amount and their lowercase words. */
  u1: Token | undefined
  u2: Token | undefined
  w1: string
  w2: string
}

/**
 * The rules that read what follows an amount, in the order they are tried: each returns the last
 * token it used (the amount read, a figure made or not), or `undefined` when it does not apply.
 */
const UNIT_RULES: readonly ((a: Amount) => number | undefined)[] = [
  ratioRule,
  ageRule,
  moneySymbolRule,
  hyphenatedRule,
  percentSignRule,
  deadlineYearRule,
  phraseEndRule,
  percentWordRule,
  nationalCurrencyRule,
  currencyWordRule,
  durationRule,
  measureRule,
  countRule,
  largeAmountRule,
  followOnCountRule,
  yearModifierRule
]

/**
 * Amounts in words before any number: `thousands of residents`, `many years`, `a dozen people`,
 * `half a century`, `a quarter of a percentage point`.
 *
 * @returns the last token used when the word opens one (or is read and passed over), else `undefined`.
 */
function wordAmountRule(tokens: readonly Token[], start: number, push: Push): number | undefined {
  let i = start
  const token = tokens[i]!
  const word = token.lower
  const prev = i > 0 ? tokens[i - 1]! : undefined

  // Approximate amounts: `thousands of British troops`, `tens of thousands of employees`.
  if (prev?.lower === 'the' && !prev.stop && (APPROXIMATE.has(word) || word === 'tens')) return i
  if (
    (APPROXIMATE.has(word) ||
      (word === 'tens' && APPROXIMATE.has(tokens[i + 2]?.lower ?? '') && tokens[i + 1]?.lower === 'of')) &&
    !token.stop
  ) {
    let k = i + 1
    if (word === 'tens') k += 2
    while (tokens[k]?.lower === 'of' && APPROXIMATE.has(tokens[k + 1]?.lower ?? '') && !tokens[k + 1]!.stop) k += 2
    if (tokens[k]?.lower !== 'of' || tokens[k]!.stop) return i
    const after = tokens[k + 1]
    if (!after) return i
    const currency = CURRENCY_WORDS.get(after.lower)
    if (currency) {
      i = push(i, k + 1, null, currency, 'money', false)
      return i
    }
    const time = TIME_UNITS.get(after.lower)
    if (time) {
      i = push(i, k + 1, null, time, 'duration', false)
      return i
    }
    const head = nounHead(tokens, k + 1)
    if (head) i = push(i, head.index, null, head.unit, 'count', false)
    return i
  }
  // `many years`, `several months`.
  if ((word === 'many' || word === 'several') && !token.stop) {
    const time = TIME_UNITS.get(tokens[i + 1]?.lower ?? '')
    if (time && time !== 'terms') i = push(i, i + 1, null, time, 'duration', false)
    return i
  }
  // `a century`, `half a century`, `a decade`.
  if (word === 'a' && !token.stop && /^(?:dozen|hundred|thousand|million|billion)$/.test(tokens[i + 1]?.lower ?? '')) {
    // `a dozen people`, `a million pounds`: read as a number word below.
    const next = tokens[i + 1]!
    const base = next.lower === 'dozen' ? 12 : MAGNITUDES.get(next.lower)!
    const head = next.stop ? null : nounHead(tokens, i + 2)
    const currency = next.stop ? undefined : CURRENCY_WORDS.get(tokens[i + 2]?.lower ?? '')
    if (currency) i = push(qualifierStart(tokens, i), i + 2, base, currency, 'money', false)
    else if (head) i = push(qualifierStart(tokens, i), head.index, base, head.unit, 'count', false)
    return i
  }
  if ((word === 'a' || word === 'half') && !token.stop) {
    let k = i + 1
    let factor = 1
    if (word === 'half') {
      if (tokens[k]?.lower !== 'a' || tokens[k]!.stop) return i
      k++
      factor = 0.5
    }
    const next = tokens[k]?.lower ?? ''
    if (
      (next === 'century' || next === 'decade') &&
      (factor === 0.5 ||
        prev?.lower === 'about' ||
        prev?.lower === 'nearly' ||
        prev?.lower === 'almost' ||
        prev?.lower === 'over' ||
        prev?.lower === 'than')
    ) {
      const start = qualifierStart(tokens, i)
      i = push(start, k, factor * (next === 'century' ? 100 : 10), 'years', 'duration', false)
      return i
    }
    // `a quarter of a percentage point`.
    if (
      word === 'a' &&
      next === 'quarter' &&
      tokens[k + 1]?.lower === 'of' &&
      tokens[k + 2]?.lower === 'a' &&
      tokens[k + 3]?.lower === 'percentage' &&
      /^points?$/.test(tokens[k + 4]?.lower ?? '') &&
      !tokens[k]!.stop
    ) {
      i = push(i, k + 4, 0.25, 'percentage points', 'points', false)
      return i
    }
    if (factor === 0.5 && next === 'percentage' && /^points?$/.test(tokens[k + 1]?.lower ?? '')) {
      i = push(i, k + 1, 0.5, 'percentage points', 'points', false)
      return i
    }
    if (factor === 0.5 && (next === 'per' || next === 'percent')) return i
    return i
  }
  return undefined
}

/**
 * Read the amount at token `i`: its number (not a date, a time, a label such as `Article 50`),
 * a currency code before it, its magnitude words, its qualifier (`more than`), a range or a
 * change (`55 to 65`, `from 23% to 6%`).
 *
 * @returns what the unit rules read, or `null` when no figure starts there.
 */
function readAmount(text: string, tokens: readonly Token[], i: number, found: FigureSpan[], push: Push): Amount | null {
  const n = tokens.length
  const token = tokens[i]!
  const word = token.lower
  const prev = i > 0 ? tokens[i - 1]! : undefined
  const number = readNumber(word)
  if (!number) return null
  // Dates and times of day are events, not figures.
  if (prev && MONTHS.has(prev.lower.replace(/\.$/, '')) && prev.capital) return null
  if (
    number.yearLike &&
    prev &&
    i >= 2 &&
    /^\d{1,2}(?:st|nd|rd|th)?$/.test(prev.lower) &&
    MONTHS.has(tokens[i - 2]!.lower.replace(/\.$/, ''))
  )
    return null
  const nextWord = tokens[i + 1]?.lower ?? ''
  if (
    !token.stop &&
    (TIME_OF_DAY.test(nextWord) || (MONTHS.has(nextWord.replace(/\.$/, '')) && tokens[i + 1]!.capital))
  )
    return null
  if (number.numeral && /[:/]/.test(word)) return null
  // Labels: `Article 50`, `Route 66`, `Flight 370` (a capitalised word inside a sentence, then bare digits).
  if (
    number.numeral &&
    !number.currency &&
    !number.percent &&
    prev &&
    prev.capital &&
    !prev.stop &&
    i >= 2 &&
    !tokens[i - 2]!.stop &&
    !/[,.]/.test(word) &&
    !CURRENCY_CODES.has(prev.core) &&
    !DEADLINE_WORDS.has(prev.lower)
  )
    return null
  if (number.numeral && !number.currency && prev && CURRENCY_CODES.has(prev.core) && !prev.stop)
    number.currency = CURRENCY_CODES.get(prev.core)!
  const ratioNext = !token.stop && (nextWord === 'in' || (nextWord === 'out' && tokens[i + 2]?.lower === 'of'))
  if ((word === 'one' && !ratioNext) || (!number.numeral && number.value < 1)) {
    // `one` alone is rarely a figure; `one million` is.
    if (!MAGNITUDE_WORDS.has(nextWord) || nextWord === 'm') return null
  }
  let [last, value] = withMagnitudes(tokens, i, number)
  if (number.weakSign && last === i) return null
  const first = qualifierStart(tokens, i)
  const lastToken = tokens[last]!

  // Ranges: `55 to 65`, `$35,000 to $60,000`, `between $30,000 and $60,000`.
  let range = false
  let changeFrom = -1
  if (!lastToken.stop && !number.rest) {
    const joiner = tokens[last + 1]?.lower
    const isBetween = prev?.lower === 'between' && joiner === 'and'
    if ((joiner === 'to' || joiner === '-' || joiner === '–' || isBetween) && !tokens[last + 1]!.stop) {
      const other = readNumber(tokens[last + 2]?.lower ?? '')
      if (
        other &&
        other.numeral === number.numeral &&
        (other.currency === number.currency || (!other.currency && number.currency))
      ) {
        let level: number
        ;[last, level] = withMagnitudes(tokens, last + 2, other)
        // `from 23% to 6%`: a change; the figure holds the level it reaches
        if (prev?.lower === 'from' && joiner === 'to' && !prev.stop) {
          changeFrom = i - 1
          value = level
          if (other.percent) number.percent = true
        } else range = true
      }
    }
  }
  const rangeFirst = range && prev?.lower === 'between' ? i - 1 : first
  const end = tokens[last]!
  const textStart = range ? rangeFirst : changeFrom >= 0 ? changeFrom : first
  const numeral = number.numeral
  const figureValue = range ? null : value
  const u1 = tokens[last + 1]
  const u2 = tokens[last + 2]
  const w1 = u1?.lower ?? ''
  const w2 = u2?.lower ?? ''
  return {
    text,
    tokens,
    found,
    push,
    n,
    i,
    token,
    word,
    prev,
    number,
    value,
    last,
    first,
    lastToken,
    range,
    changeFrom,
    rangeFirst,
    end,
    textStart,
    numeral,
    figureValue,
    u1,
    u2,
    w1,
    w2
  }
}

/** Ratios: `six in 10 voters`, `one out of five`: a share, in percent. */
function ratioRule(a: Amount): number | undefined {
  const { tokens, push, number, value, last, first, lastToken, range } = a
  // Ratios: `six in 10 voters`, `one out of five`: a share, in percent.
  if (!range && !number.rest && !lastToken.stop) {
    const of =
      tokens[last + 1]?.lower === 'in'
        ? 1
        : tokens[last + 1]?.lower === 'out' && tokens[last + 2]?.lower === 'of'
          ? 2
          : 0
    const whole = of ? tokens[last + 1 + of] : undefined
    const base = whole && !tokens[last + of]!.stop ? readNumber(whole.lower) : null
    if (base && !base.rest && !base.currency && [2, 3, 4, 5, 10, 100].includes(base.value) && value <= base.value) {
      const head = whole!.stop ? null : nounHead(tokens, last + 2 + of)
      return push(
        first,
        head ? head.index : last + 1 + of,
        round((value / base.value) * 100),
        'percent',
        'percent',
        number.numeral
      )
    }
  }
  return undefined
}

/** Ages: `ages 55 to 65`, `aged 40`. */
function ageRule(a: Amount): number | undefined {
  const { push, i, prev, last, range, numeral, figureValue } = a
  if (prev && AGE_WORDS.has(prev.lower) && !prev.stop) {
    return push(i - 1, last, figureValue, 'years', 'age', numeral, { rate: false, range, ago: false, person: true })
  }
  return undefined
}

/** Money with a symbol: `$300 million`, `£1.5bn`, `$12 an hour`, `$12-an-hour`. */
function moneySymbolRule(a: Amount): number | undefined {
  const { tokens, push, i, prev, number, last, range, end, textStart, numeral } = a
  let { value } = a
  if (number.currency) {
    let stopAt = last
    let rate = number.rest !== '' && /^(an?|per)-/.test(number.rest)
    if (!end.stop) {
      const len = matchPhrase(tokens, last + 1, RATE_PHRASES)
      if (len) {
        rate = true
        stopAt = last + len
      } else {
        const period = periodAfter(tokens, last + 1)
        if (period) {
          rate = period.every
          stopAt = period.last
        }
      }
    }
    if (number.rest && !rate) {
      // `$50-million` style.
      const mag = MAGNITUDES.get(number.rest)
      if (mag) value = round(value * mag)
    }
    const moneyStart = textStart === i && prev && CURRENCY_CODES.has(prev.core) ? i - 1 : textStart
    return push(moneyStart, stopAt, range ? null : value, number.currency, 'money', numeral, {
      rate,
      range,
      ago: false,
      person: false
    })
  }
  return undefined
}

/** Hyphenated forms: `three-year-old`, `10-year`, `19-15`. */
function hyphenatedRule(a: Amount): number | undefined {
  const { tokens, push, i, token, prev, number, value, first, numeral, n } = a
  if (number.rest) {
    const duration = DURATION_REST.exec(number.rest)
    if (duration) {
      const unit = TIME_UNITS.get(duration[1]!)!
      if (duration[2] === '-old') {
        let person = token.stop
        for (let k = i + 1; !person && k < n && k <= i + 3; k++) {
          const next = tokens[k]!
          if (PEOPLE_NOUNS.has(next.lower) || PEOPLE_NOUNS.has(`${next.lower}s`) || TROOP_NOUNS.has(`${next.lower}s`))
            person = true
          if (next.stop || NOT_UNIT_WORDS.has(next.lower)) break
        }
        const noun = tokens[i + 1]
        const stopAt =
          !person &&
          !token.stop &&
          noun &&
          !noun.capital &&
          /^\p{Ll}+$/u.test(noun.core) &&
          !NOT_UNIT_WORDS.has(noun.lower)
            ? i + 1
            : i
        // `the 38-year-old told …`: a person named by their age
        if (stopAt === i && prev && /^(?:the|a|an)$/.test(prev.lower)) person = true
        return push(first, stopAt, value, unit, 'age', numeral, { rate: false, range: false, ago: false, person })
      } else return push(first, i, value, unit, 'duration', numeral)
    }
    if (/^\d+$/.test(number.rest) && numeral) {
      const near = [tokens[i - 1], tokens[i - 2], tokens[i + 1], tokens[i + 2]]
      if (near.some((t) => t && VOTE_WORDS.has(t.lower))) return push(i, i, null, 'votes', 'votes', true)
      return i
    }
    if (/^(?:per-?cent|percent)$/.test(number.rest)) {
      return push(first, i, value, 'percent', 'percent', numeral)
    }
    return i
  }
  return undefined
}

/** Percentages written with a sign (`40%`). */
function percentSignRule(a: Amount): number | undefined {
  const { push, number, last, range, textStart, numeral, figureValue } = a
  if (number.percent) {
    return push(textStart, last, figureValue, 'percent', 'percent', numeral, {
      rate: false,
      range,
      ago: false,
      person: false
    })
  }
  return undefined
}

/** Years as deadlines: `by 2027`, `until 2030`. */
function deadlineYearRule(a: Amount): number | undefined {
  const { tokens, push, i, prev, number, value, last, range, end } = a
  if (
    number.yearLike &&
    value >= 1800 &&
    value <= 2100 &&
    !range &&
    prev &&
    DEADLINE_WORDS.has(prev.lower) &&
    !prev.stop
  ) {
    const head = end.stop ? null : nounHead(tokens, last + 1)
    if (!head || head.kind === 'thing') {
      return push(i - 1, i, value, 'year', 'year', true)
    }
  }
  return undefined
}

/** An amount that ends its phrase: only a large one counts (`8.3 million.`). */
function phraseEndRule(a: Amount): number | undefined {
  const { push, i, number, value, last, range, end, textStart, numeral, figureValue } = a
  if (end.stop) {
    if (!number.yearLike && value >= 1e6 && last > i)
      return push(textStart, last, figureValue, null, 'count', numeral, {
        rate: false,
        range,
        ago: false,
        person: false
      })
    return i
  }
  return undefined
}

/** Percentages and percentage points in words (`40 per cent`, `3 percentage points`). */
function percentWordRule(a: Amount): number | undefined {
  const { push, last, range, textStart, numeral, figureValue, u1, w1, w2 } = a
  if (
    w1 === '%' ||
    w1 === 'percent' ||
    w1 === 'pct' ||
    w1 === 'per-cent' ||
    (w1 === 'per' && w2 === 'cent' && !u1!.stop)
  ) {
    const at = w1 === 'per' ? last + 2 : last + 1
    return push(textStart, at, figureValue, 'percent', 'percent', numeral, {
      rate: false,
      range,
      ago: false,
      person: false
    })
  }
  if (w1 === 'percentage' && /^points?$/.test(w2) && !u1!.stop) {
    return push(textStart, last + 2, figureValue, 'percentage points', 'points', numeral, {
      rate: false,
      range,
      ago: false,
      person: false
    })
  }
  return undefined
}

/** Money in words with a country: `250 billion Iraqi dinars`. */
function nationalCurrencyRule(a: Amount): number | undefined {
  const { tokens, push, number, last, range, textStart, numeral, figureValue, u1, w1, w2 } = a
  const national =
    u1?.capital && !u1.stop
      ? (NATIONAL_CURRENCIES.get(`${w1} ${w2}`) ??
        NATIONAL_CURRENCIES.get(`${w1} ${w2} ${tokens[last + 3]?.lower ?? ''}`))
      : undefined
  if (national && !number.yearLike) {
    const words = NATIONAL_CURRENCIES.has(`${w1} ${w2}`) ? 2 : 3
    return push(textStart, last + words, figureValue, national, 'money', numeral, {
      rate: false,
      range,
      ago: false,
      person: false
    })
  }
  return undefined
}

/** Money in words: `50 pounds`, `two billion euros`. */
function currencyWordRule(a: Amount): number | undefined {
  const { push, number, last, range, textStart, numeral, figureValue, w1 } = a
  const currency = CURRENCY_WORDS.get(w1)
  if (currency && !number.yearLike) {
    return push(textStart, last + 1, figureValue, currency, 'money', numeral, {
      rate: false,
      range,
      ago: false,
      person: false
    })
  }
  return undefined
}

/** Durations: `six years`, `50 days`, `60 hours a week`, `22 years ago`. */
function durationRule(a: Amount): number | undefined {
  const { tokens, push, i, prev, number, last, range, textStart, numeral, figureValue, u1, w1, w2 } = a
  const time = TIME_UNITS.get(w1)
  if (time && !number.yearLike && time !== 'terms') {
    let stopAt = last + 1
    const ago = !u1!.stop && w2 === 'ago'
    if (ago) stopAt++
    const rate = !ago && !u1!.stop && matchPhrase(tokens, last + 2, RATE_PHRASES) > 0
    let from = textStart
    if (from === i && prev && /^(?:next|past|last|first|coming|previous)$/.test(prev.lower) && !prev.stop) from = i - 1
    return push(from, stopAt, figureValue, time, 'duration', numeral, { rate, range, ago, person: false })
  }
  return undefined
}

/** Units of measure (`40 kilometres`). */
function measureRule(a: Amount): number | undefined {
  const { push, number, last, textStart, numeral, figureValue, w1 } = a
  const measure = MEASURE_UNITS.get(w1)
  if (measure && !number.yearLike) {
    return push(textStart, last + 1, figureValue, measure, 'measure', numeral)
  }
  return undefined
}

/** Counts: `55,000 volunteers`, `95 retired generals`, `three president debates` (not `the two men`). */
function countRule(a: Amount): number | undefined {
  const { tokens, push, i, prev, number, value, last, range, textStart, numeral, figureValue } = a
  const head = nounHead(tokens, last + 1)
  // `the two men` points back at people already named: not a figure.
  if (head && !numeral && value < 10 && prev && /^(?:the|both)$/.test(prev.lower) && !prev.stop) return i
  if (head && (!number.yearLike || head.kind !== 'thing')) {
    return push(textStart, head.index, figureValue, head.unit, 'count', numeral, {
      rate: false,
      range,
      ago: false,
      person: false
    })
  }
  return undefined
}

/** A large amount with no unit (`a population of 8.3 million`). */
function largeAmountRule(a: Amount): number | undefined {
  const { push, i, number, value, last, range, textStart, numeral, figureValue } = a
  if (!number.yearLike && value >= 1e6 && last > i) {
    return push(textStart, last, figureValue, null, 'count', numeral, { rate: false, range, ago: false, person: false })
  }
  return undefined
}

/** `32,000 people …, down from a peak of more than 56,000`: the count of the sentence's last figure. */
function followOnCountRule(a: Amount): number | undefined {
  const { text, found, push, token, word, number, last, range, textStart, numeral, figureValue } = a
  const counted = found[found.length - 1]
  if (
    numeral &&
    !number.yearLike &&
    /,\d{3}/.test(word) &&
    counted?.kind === 'count' &&
    counted.unit &&
    !/[.!?;]/.test(text.slice(counted.to, token.start))
  ) {
    return push(textStart, last, figureValue, counted.unit, 'count', numeral, {
      rate: false,
      range,
      ago: false,
      person: false
    })
  }
  return undefined
}

/** Years as deadlines or modifiers: `by 2027`, `the 1994 crime bill`. */
function yearModifierRule(a: Amount): number | undefined {
  const { push, i, prev, number, value, last, range, u1, u2, w1, w2 } = a
  if (number.yearLike && value >= 1800 && value <= 2100 && !range) {
    if (prev && DEADLINE_WORDS.has(prev.lower) && !prev.stop) {
      return push(i - 1, i, value, 'year', 'year', true)
    }
    if (
      u1 &&
      !u1.capital &&
      !NOT_UNIT_WORDS.has(w1) &&
      /^\p{Ll}+$/u.test(w1) &&
      !/(?:ed|ing|ly)$/.test(w1) &&
      !readNumber(w1)
    ) {
      let stopAt = last + 1
      if (!u1.stop && u2 && !u2.capital && !NOT_UNIT_WORDS.has(w2) && /^\p{Ll}+$/u.test(w2)) stopAt++
      return push(i, stopAt, value, 'year', 'year', true)
    }
  }
  return undefined
}

/** The text between a change and the level it reaches: `by 0.1 percentage points to 1.8 percent`. */
const TO_LEVEL = /^\s+to\s+$/

/**
 * Merge a change and the level it leads to (`0.1 percentage points to 1.8
 * percent`) into one figure holding the level.
 *
 * @param text the paragraph's cleaned text.
 * @param spans the figures found, in order.
 * @returns the figures, merged.
 */
function mergeChanges(text: string, spans: FigureSpan[]): FigureSpan[] {
  const merged: FigureSpan[] = []
  for (const span of spans) {
    const previous = merged[merged.length - 1]
    if (
      previous &&
      (previous.kind === 'points' || previous.kind === 'percent') &&
      span.kind === 'percent' &&
      TO_LEVEL.test(text.slice(previous.to, span.from))
    ) {
      merged[merged.length - 1] = { ...span, from: previous.from, key: true }
      continue
    }
    merged.push(span)
  }
  return merged
}
