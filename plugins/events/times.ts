/**
 * Find time expressions in a paragraph's cleaned text: weekdays, dates,
 * months, years, decades, holidays, times of day and relative expressions
 * (`last night`, `later this year`, `the end of March`). Regexes are built once
 * from the general lexicons in `plugins/lexicon/time.ts`.
 */
import {
  AMBIGUOUS_MONTHS,
  DAY_PARTS,
  FIXED_HOLIDAYS,
  FLOATING_HOLIDAYS,
  OTHER_HOLIDAYS,
  PERIODS,
  SEASONS
} from '../lexicon/time.ts'
import { CARDINAL_WORDS } from '../lexicon/units.ts'

/** A time expression located in a paragraph's cleaned text. */
export interface TimeSpan {
  /** Start offset in the cleaned text (a leading preposition included). */
  from: number
  /** End offset (exclusive). */
  to: number
  /** Start offset of the expression proper, after any preposition. */
  core: number
}

const WEEKDAY = '(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day'
const MONTH_FULL = '(?:January|February|March|April|May|June|July|August|September|October|November|December)'
const MONTH_ABBR = '(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?'
const DAY_NUMBER = '(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\\d:/.,]\\d)'
const YEAR = "(?:1[89]\\d\\d|20\\d\\d)(?![\\d,.]\\d|%|['’]?s\\b)"
const PART = `(?:${DAY_PARTS.join('|')})`
/** A word with either case of its first letter, as a regex source. */
const either = (word: string): string => `[${word[0]!.toUpperCase()}${word[0]}]${word.slice(1)}`
const NUMBER = `(?:\\d+|${['a', 'an', ...[...CARDINAL_WORDS].filter(([, n]) => n > 0).map(([word]) => word), 'a few', 'several', 'many', 'some'].map(either).join('|')})`
const PERIOD = `(?:${PERIODS.join('|')}|${SEASONS.join('|')})`
const CLOCK = "(?:\\d{1,2}(?::\\d\\d)?\\s?(?:a\\.m\\.|p\\.m\\.|am\\b|pm\\b|o['’]clock)|noon\\b|midnight\\b)"

/** Holiday names, each word capitalised, apostrophes either way. */
const HOLIDAY = [...FIXED_HOLIDAYS.keys(), ...FLOATING_HOLIDAYS.keys(), ...OTHER_HOLIDAYS]
  .sort((a, b) => b.length - a.length)
  .map((name) =>
    name
      .replace(/\b\p{Ll}/gu, (c) => c.toUpperCase())
      .replace(/\./g, '\\.')
      .replace(/'/g, "['’]")
      .replace(/ /g, '\\s+')
  )
  .join('|')

/**
 * The alternatives, most specific first. Case matters for names (weekdays,
 * months, holidays); relative words are matched with either case of their first letter.
 */
const PATTERN = new RegExp(
  [
    // Weekday, optionally with a date and a part of the day: `Friday, Sept. 16`, `Tuesday morning`.
    `(?:[Ll]ast|[Nn]ext|[Tt]his|[Ee]arly|[Ll]ate)?\\s?\\b${WEEKDAY}s?(?:\\s+${PART})?(?:,?\\s+(?:${MONTH_ABBR}|${MONTH_FULL})\\s+${DAY_NUMBER}(?:,\\s+${YEAR})?)?`,
    // Month and day: `Nov. 8`, `Sept. 17, 2016`, `January 12th`.
    `\\b(?:${MONTH_FULL}|${MONTH_ABBR})\\s+${DAY_NUMBER}(?:\\s?[-–]\\s?${DAY_NUMBER})?\\b(?:,?\\s+${YEAR})?`,
    // Day and month: `27 February 2025`.
    `\\b${DAY_NUMBER}\\s+(?:of\\s+)?${MONTH_FULL}\\b(?:,?\\s+${YEAR})?`,
    // Month and year: `January 2017`, `Sept. 2016`.
    `\\b(?:${MONTH_FULL}|${MONTH_ABBR})\\s+${YEAR}`,
    // Holidays: `Labor Day`, `Election Day`.
    `\\b(?:${HOLIDAY})\\b`,
    // The start or end of a period: `the end of March`, `the end of the year`.
    `\\b(?:[Tt]he\\s+)?(?:[Ee]nd|[Bb]eginning|[Ss]tart|[Mm]iddle|[Cc]lose|[Tt]urn)\\s+of\\s+(?:${MONTH_FULL}|${YEAR}|(?:the|this|next|last)\\s+${PERIOD}|the\\s+century)\\b`,
    // Relative periods: `earlier this month`, `later this year`, `last week`, `this weekend`.
    `\\b(?:(?:[Ee]arlier|[Ll]ater)\\s+)?(?:[Tt]his|[Ll]ast|[Nn]ext|[Pp]ast|[Cc]oming)\\s+(?:${PERIOD}|${PART})\\b`,
    `\\b(?:[Ee]arlier|[Ll]ater)\\s+(?:today|tonight|in\\s+the\\s+(?:week|month|year|day))\\b`,
    // Spans of recent or coming time: `in recent weeks`, `over the past two weeks`, `at the weekend`.
    `\\b(?:[Ii]n|[Oo]ver|[Dd]uring|[Ff]or|[Ww]ithin)\\s+the\\s+(?:past|last|next|coming|previous|following)\\s+(?:${NUMBER}\\s+)?(?:days|weeks|months|years|decades|day|week|month|year)\\b`,
    `\\b[Ii]n\\s+recent\\s+(?:days|weeks|months|years)\\b`,
    `\\b(?:[Aa]t|[Oo]ver)\\s+the\\s+weekend\\b`,
    `\\b(?:[Ii]n|[Dd]uring|[Oo]ver|[Bb]y)\\s+the\\s+(?:${SEASONS.join('|')})\\b`,
    // Day words: `today`, `tonight`, `yesterday afternoon`, `last night`, `tomorrow`.
    `\\b(?:[Tt]oday|[Tt]onight|[Tt]omorrow|[Yy]esterday)(?:\\s+${PART})?\\b`,
    `\\b(?:[Ll]ast|[Tt]omorrow)\\s+night\\b`,
    // Ago and from now: `two weeks ago`, `22 years ago`.
    `\\b(?:(?:[Tt]wenty|[Tt]hirty|[Ff]orty|[Ff]ifty|[Ss]ixty)-)?${NUMBER}\\s+(?:days?|weeks?|months?|years?|decades?)\\s+(?:ago|earlier|later|from\\s+now)\\b`,
    // Times of day: `8:30 p.m.`, `9 a.m.`, `noon`.
    `\\b${CLOCK}`,
    // Decades: `the 1990s`, `the '80s`.
    `\\b(?:1[89]\\d0|20\\d0)['’]?s\\b`,
    `\\b[Tt]he\\s+['’]?[1-9]0['’]?s\\b`,
    // Months alone: `in June`, `since July`; checked for a time word before ambiguous ones.
    `\\b(?:(?:[Ee]arly|[Ll]ate|[Mm]id)[- ])?${MONTH_FULL}\\b(?!\\s+\\p{Lu})`,
    // Parts of a year: `the third quarter`, `the first half of 2022`, `mid-2023`.
    `\\b(?:first|second|third|fourth|final|last)\\s+quarter(?:\\s+of\\s+(?:${YEAR}|(?:the|this|last|next)\\s+year))?\\b`,
    `\\b(?:first|second)\\s+half\\s+of\\s+(?:${YEAR}|(?:the|this|last|next)\\s+year)\\b`,
    `\\b[Mm]id-${YEAR}`,
    // Years: `in 2012`, `by 2027`, `2011 raid`.
    `(?<![$£€¥\\d,.\\-/])\\b${YEAR}\\b`
  ]
    .map((source) => `(?:${source})`)
    .join('|'),
  'gu'
)

/** Prepositions and modifiers kept in front of an expression (`on Monday`, `by 2027`). */
const PREFIX =
  /(?:^|\s)((?:(?:[Oo]n|[Bb]y|[Ss]ince|[Uu]ntil|[Tt]ill|[Bb]efore|[Aa]fter|[Ii]n|[Ff]rom|[Dd]uring|[Tt]hrough|[Tt]hroughout|[Ss]tarting|[Bb]eginning|[Ee]arly|[Ll]ate|[Ee]arlier|[Ll]ater|[Aa]s of|[Aa]s early as|[Nn]o later than|[Ll]ast|[Nn]ext|[Tt]his|[Ee]nd of|[Ss]ince|[Aa]round|[Aa]bout|[Aa]t|[Bb]etween|[Ff]or|[Oo]ver)\s+(?:the\s+)?){1,2})$/
/** Words before a month that make it a date (`in May`), not a verb or a name. */
const MONTH_CUE =
  /(?:\b(?:in|on|since|until|till|by|before|after|during|through|from|to|last|next|this|early|late|mid|of|end|beginning|start|and|or|between)\s+(?:the\s+)?|mid-)$/i
const AMBIGUOUS = new RegExp(`^(?:(?:early|late|mid)[- ])?(?:${[...AMBIGUOUS_MONTHS].join('|')})$`, 'i')
/** Gaps that join two expressions into one (`8:30 p.m. Saturday`, `Friday, Sept. 16`). */
const JOIN = /^(?:,?\s+(?:on\s+)?|\s+at\s+|\s*[-–]\s*|\s+(?:to|and|or|through|until)\s+)$/

/**
 * Find the time expressions of a paragraph.
 *
 * @param text the paragraph's cleaned text.
 * @returns the expressions, in order, adjacent ones merged.
 */
export function scanTimes(text: string): TimeSpan[] {
  const spans: TimeSpan[] = []
  PATTERN.lastIndex = 0
  for (let match = PATTERN.exec(text); match; match = PATTERN.exec(text)) {
    let from = match.index
    const to = from + match[0].length
    let expression = match[0]
    // A leading space from an optional modifier group.
    while (text.charCodeAt(from) === 32) {
      from++
      expression = expression.slice(1)
    }
    if (to <= from) continue
    const before = text.slice(Math.max(0, from - 24), from)
    if (
      /^(?:(?:early|late|mid)[- ])?[A-Z][a-z]+$/i.test(expression) &&
      AMBIGUOUS.test(expression) &&
      !MONTH_CUE.test(before)
    )
      continue
    if (
      /^[A-Z][a-z]+$/.test(expression) &&
      /^(?:June|July|August|April)$/.test(expression) &&
      !MONTH_CUE.test(before) &&
      /\b[A-Z][a-z]+\s$/.test(before)
    )
      continue
    // Years: not a figure in a money amount or a street number; fine otherwise.
    const core = from
    const prefix = PREFIX.exec(before)
    if (prefix) from -= prefix[1]!.length
    const previous = spans[spans.length - 1]
    if (previous && previous.to <= from && JOIN.test(text.slice(previous.to, core))) {
      previous.to = to
      continue
    }
    if (previous && from < previous.to) {
      if (to > previous.to) previous.to = to
      continue
    }
    spans.push({ from, to, core })
  }
  return spans
}
