/**
 * Read the number at the start of a word: numerals (`55,000`, `2.5`, `£1.5bn`,
 * `40%`) and number words (`twenty-nine`, `three-year-old`).
 */
import { CURRENCY_SYMBOLS, MAGNITUDES, NUMBER_WORDS, TENS } from '../lexicon/units.ts'

/** What {@link readNumber} finds in one word. */
export interface NumberWord {
  /** The value, magnitude suffix applied (`£1.5bn` -> 1.5e9). */
  value: number
  /** ISO currency of a symbol prefix (`$`, `£`), or null. */
  currency: string | null
  /** Whether the value came from digits (`29`), not words (`twenty-nine`). */
  numeral: boolean
  /** Whether the digits form a plain four-digit number that could be a year. */
  yearLike: boolean
  /** Whether a `%` sign was attached. */
  percent: boolean
  /** Whether a magnitude suffix (`bn`, `m`) was attached. */
  magnitude: boolean
  /** The rest of a hyphenated word after the number (`year-old`, `an-hour`, `15`), lower case, or ''. */
  rest: string
  /** Whether a letter sign stands before a short bare number (`K30`): money only when a magnitude word follows. */
  weakSign?: boolean
}

const NUMERAL =
  /^((?:us|a|c|nz|hk|s|r|j|tt|fj)?\$|[£€¥₹₦₩₱₽₺₪₴₵]|rs\.?|tk|ksh|kes|tsh|ush|sh|dh|tl|rm|r|n|p|k)?(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)(million|billion|trillion|crore|lakh|bn|mn|mln|tn|trn|tr|cr|m|k|b)?(%|pc)?(?:-(.+))?$/i
/** Letter signs that are currencies only before a real amount (`R2.3bn`, `N70,000`; not `N95` or `R15`). */
const LETTER_SIGNS = new Set(['r', 'n', 'p', 'k', 'sh', 'tl', 'dh'])

/**
 * Read the number a word starts with.
 *
 * @param lower the word in lower case, edge punctuation stripped.
 * @returns the number, or null when the word does not start with one.
 */
export function readNumber(lower: string): NumberWord | null {
  const first = lower.charCodeAt(0)
  const digitStart =
    (first >= 48 && first <= 57) ||
    first === 46 ||
    !(first >= 97 && first <= 122) ||
    /^(?:(?:us|a|c|nz|hk|s|r|j|tt|fj)\$|rs\.?|tk|ksh|kes|tsh|ush|sh|dh|tl|rm|r|n|p|k)\d/.test(lower)
  if (digitStart) {
    const match = NUMERAL.exec(lower)
    if (!match) return null
    const digits = match[2]!
    // a letter sign before a short bare number (`N95`, `K9`) is money only if a magnitude follows (`K30 billion`)
    const weakSign = Boolean(
      match[1] &&
      LETTER_SIGNS.has(match[1]) &&
      !match[3] &&
      !/[,.]/.test(digits) &&
      digits.length < 3 &&
      !MAGNITUDES.has(match[5] ?? '')
    )
    let value = Number(digits.replace(/,/g, ''))
    if (!Number.isFinite(value)) return null
    if (match[3]) value *= MAGNITUDES.get(match[3])!
    const currency = match[1] ? (CURRENCY_SYMBOLS.get(match[1]) ?? null) : null
    return {
      value: round(value),
      currency,
      numeral: true,
      yearLike: /^\d{4}$/.test(digits) && !match[1] && !match[3] && !match[4],
      percent: Boolean(match[4]),
      magnitude: Boolean(match[3]),
      rest: match[5] ?? '',
      weakSign
    }
  }
  // Number words, possibly hyphenated with more words (`twenty-nine`, `three-year-old`).
  const parts = lower.split('-')
  let value = NUMBER_WORDS.get(parts[0]!)
  if (value === undefined || parts[0] === 'dozen') return null
  let used = 1
  if (TENS.has(parts[0]!) && parts.length > 1) {
    const unit = NUMBER_WORDS.get(parts[1]!)
    if (unit !== undefined && unit >= 1 && unit <= 9) {
      value += unit
      used = 2
    }
  }
  return {
    value,
    currency: null,
    numeral: false,
    yearLike: false,
    percent: false,
    magnitude: false,
    rest: parts.slice(used).join('-')
  }
}

/**
 * Round away floating-point noise (`19.3 * 1e6`).
 *
 * @param value a computed value.
 * @returns the value with at most 12 significant digits.
 */
export function round(value: number): number {
  return Number(value.toPrecision(12))
}
