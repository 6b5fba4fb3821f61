/**
 * Resolve a time expression to an ISO date (`2016-09-19`), month (`2016-09`)
 * or year (`2027`), anchored on the article's date and the clause's tense.
 */
import { FIXED_HOLIDAYS, FLOATING_HOLIDAYS, MONTHS, WEEKDAYS } from '../lexicon/time.ts'

const DAY = 86_400_000
const WEEKDAY = /\b(sun|mon|tues|wednes|thurs|fri|satur)day\b/
const MONTH_DAY =
  /\b(jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(\d{4}))?/
const DAY_MONTH =
  /\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b(?:,?\s+(\d{4}))?/
const MONTH_YEAR = /\b(jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.?\s+(\d{4})\b/
const MONTH_ALONE = /\b(january|february|march|april|may|june|july|august|september|october|november|december)\b/
const YEAR = /\b(1[89]\d\d|20\d\d)\b(?!['’]?s)/
const AGO =
  /\b(?:(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-)?(\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty)\s+(day|week|month|year|decade)s?\s+ago\b/
const AGO_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90
}

/** An anchor date, as UTC midnight milliseconds. */
function parseIso(iso: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso)
  return match ? Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : null
}

const pad = (n: number): string => String(n).padStart(2, '0')
const isoDay = (ms: number): string => new Date(ms).toISOString().slice(0, 10)
const isoMonth = (year: number, month: number): string => `${year}-${pad(month)}`

/**
 * The date of the n-th given weekday of a month (`n = -1` for the last).
 *
 * @param year the year.
 * @param month the month (1-12).
 * @param weekday the weekday (Sunday = 0).
 * @param n which one (1-based, or -1).
 * @returns UTC milliseconds.
 */
function nthWeekday(year: number, month: number, weekday: number, n: number): number {
  if (n < 0) {
    const last = Date.UTC(year, month, 0)
    const back = (new Date(last).getUTCDay() - weekday + 7) % 7
    return last - back * DAY
  }
  const first = Date.UTC(year, month - 1, 1)
  const forward = (weekday - new Date(first).getUTCDay() + 7) % 7
  return first + (forward + (n - 1) * 7) * DAY
}

/**
 * The date of a holiday in a year, or null when it has no rule here.
 *
 * @param name the holiday's name, lower case.
 * @param year the year.
 * @returns UTC milliseconds, or null.
 */
function holiday(name: string, year: number): number | null {
  const fixed = FIXED_HOLIDAYS.get(name)
  if (fixed) return Date.UTC(year, Number(fixed.slice(0, 2)) - 1, Number(fixed.slice(3)))
  const floating = FLOATING_HOLIDAYS.get(name)
  if (floating) return nthWeekday(year, floating[0], floating[1], floating[2])
  if (name === 'election day' || name === 'election night') return nthWeekday(year, 11, 1, 1) + DAY
  return null
}

/**
 * Pick the year for a month-day (or month) without a year: the article's
 * year, moved back or forward when the tense says the date is past or future.
 */
function yearFor(month: number, day: number, anchor: Date, future: boolean): number {
  const year = anchor.getUTCFullYear()
  const candidate = Date.UTC(year, month - 1, day)
  const gap = candidate - anchor.getTime()
  if (!future && gap > 60 * DAY) return year - 1
  if (future && gap < -60 * DAY) return year + 1
  return year
}

/**
 * Resolve a time expression.
 *
 * @param when the expression as written (`on Monday`, `Nov. 8`, `later this year`).
 * @param articleDate the article's ISO date, or null (only absolute dates then resolve).
 * @param future whether the clause speaks of the future (default `false`: weekdays resolve to the past).
 * @returns an ISO date, month or year, or null.
 */
export function resolveDate(when: string, articleDate: string | null, future = false): string | null {
  const lower = when.toLowerCase().replace(/’/g, "'")
  const anchorMs = articleDate ? parseIso(articleDate) : null
  // Absolute expressions first: they need no anchor.
  let match = MONTH_DAY.exec(lower)
  if (match && match[3]) return `${match[3]}-${pad(MONTHS.get(match[1]!)!)}-${pad(Number(match[2]))}`
  match = DAY_MONTH.exec(lower)
  if (match && match[3]) return `${match[3]}-${pad(MONTHS.get(match[2]!)!)}-${pad(Number(match[1]))}`
  match = MONTH_YEAR.exec(lower)
  if (match) return isoMonth(Number(match[2]), MONTHS.get(match[1]!)!)
  if (anchorMs === null) {
    const year = YEAR.exec(lower)
    return year && !/\d:\d|[ap]\.?m\b/.test(lower) ? year[1]! : null
  }
  const anchor = new Date(anchorMs)
  const year = anchor.getUTCFullYear()
  const month = anchor.getUTCMonth() + 1
  if (/\b(?:yesterday|last night)\b/.test(lower)) return isoDay(anchorMs - DAY)
  if (/\btomorrow\b/.test(lower)) return isoDay(anchorMs + DAY)
  if (/\b(?:today|tonight|this (?:morning|afternoon|evening))\b/.test(lower)) return isoDay(anchorMs)
  if ((match = MONTH_DAY.exec(lower))) {
    const m = MONTHS.get(match[1]!)!
    const d = Number(match[2])
    return `${yearFor(m, d, anchor, future)}-${pad(m)}-${pad(d)}`
  }
  if ((match = DAY_MONTH.exec(lower))) {
    const m = MONTHS.get(match[2]!)!
    const d = Number(match[1])
    return `${yearFor(m, d, anchor, future)}-${pad(m)}-${pad(d)}`
  }
  const weekday = WEEKDAY.exec(lower)
  if (weekday) {
    const target = WEEKDAYS.get(`${weekday[1]}day`)!
    const today = anchor.getUTCDay()
    if (/\bnext\b/.test(lower) || (future && !/\blast\b/.test(lower))) {
      let ahead = (target - today + 7) % 7
      if (/\bnext\b/.test(lower) && ahead === 0) ahead = 7
      return isoDay(anchorMs + ahead * DAY)
    }
    let back = (today - target + 7) % 7
    if (/\blast\b/.test(lower) && back === 0) back = 7
    return isoDay(anchorMs - back * DAY)
  }
  for (const [name] of [...FIXED_HOLIDAYS, ...FLOATING_HOLIDAYS]) {
    if (!lower.includes(name)) continue
    let date = holiday(name, year)
    if (date === null) break
    if (!future && date > anchorMs + DAY) date = holiday(name, year - 1)!
    if (future && date < anchorMs - DAY) date = holiday(name, year + 1)!
    return isoDay(date)
  }
  if (/\belection (?:day|night)\b/.test(lower)) {
    let date = holiday('election day', year)!
    if (date < anchorMs - DAY && future) date = holiday('election day', year + 1)!
    return isoDay(date)
  }
  match = AGO.exec(lower)
  if (match) {
    const n =
      (/^\d+$/.test(match[2]!) ? Number(match[2]) : AGO_WORDS[match[2]!]!) + (match[1] ? AGO_WORDS[match[1]]! : 0)
    const unit = match[3]!
    if (unit === 'day') return isoDay(anchorMs - n * DAY)
    if (unit === 'week') return isoDay(anchorMs - n * 7 * DAY)
    if (unit === 'month') {
      const total = year * 12 + (month - 1) - n
      return isoMonth(Math.floor(total / 12), (total % 12) + 1)
    }
    return String(year - n * (unit === 'decade' ? 10 : 1))
  }
  if (/\b(?:last|past) month\b/.test(lower)) return month === 1 ? isoMonth(year - 1, 12) : isoMonth(year, month - 1)
  if (/\bnext month\b/.test(lower)) return month === 12 ? isoMonth(year + 1, 1) : isoMonth(year, month + 1)
  if (/\bthis month\b/.test(lower)) return isoMonth(year, month)
  if (/\b(?:last|past) year\b/.test(lower)) return String(year - 1)
  if (/\bnext year\b/.test(lower)) return String(year + 1)
  if (/\bthis year\b/.test(lower)) return String(year)
  const alone = MONTH_ALONE.exec(lower)
  if (alone) {
    const m = MONTHS.get(alone[1]!)!
    let y = year
    if (/\blast\b/.test(lower)) y = m >= month ? year - 1 : year
    else if (/\bnext\b/.test(lower)) y = m <= month ? year + 1 : year
    else if (!future && m > month) y = year - 1
    else if (future && m < month) y = year + 1
    return isoMonth(y, m)
  }
  const explicit = YEAR.exec(lower)
  if (explicit && !/\d:\d|[ap]\.?m\b/.test(lower)) return explicit[1]!
  return null
}
