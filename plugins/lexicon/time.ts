/**
 * General lexicons for time expressions: weekdays, months, holidays, parts of
 * the day and relative time words. Plain data the event scanner compiles once.
 */

/** Weekday names (lower case) by JavaScript day number (Sunday = 0). */
export const WEEKDAYS: ReadonlyMap<string, number> = new Map([
  ['sunday', 0],
  ['monday', 1],
  ['tuesday', 2],
  ['wednesday', 3],
  ['thursday', 4],
  ['friday', 5],
  ['saturday', 6]
])

/** Month names and their usual abbreviations (lower case, no dot) by month number (1-12). */
export const MONTHS: ReadonlyMap<string, number> = new Map([
  ['january', 1],
  ['jan', 1],
  ['february', 2],
  ['feb', 2],
  ['march', 3],
  ['mar', 3],
  ['april', 4],
  ['apr', 4],
  ['may', 5],
  ['june', 6],
  ['jun', 6],
  ['july', 7],
  ['jul', 7],
  ['august', 8],
  ['aug', 8],
  ['september', 9],
  ['sept', 9],
  ['sep', 9],
  ['october', 10],
  ['oct', 10],
  ['november', 11],
  ['nov', 11],
  ['december', 12],
  ['dec', 12]
])

/** The months' usual abbreviations (lower case, no dot): `Jan.` and `Sept.` do not end a sentence or start a name. */
export const MONTH_ABBREVIATIONS: readonly string[] = [
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec'
]

/**
 * Month names that are also ordinary words (`May`, `March`): alone, they need
 * a time word before them (`in May`, `the end of March`).
 */
export const AMBIGUOUS_MONTHS: ReadonlySet<string> = new Set([
  'may',
  'march',
  'mar',
  'jan',
  'jun',
  'jul',
  'sep',
  'dec',
  'aug'
])

/** Parts of the day that can follow a day word (`Friday afternoon`). */
export const DAY_PARTS: readonly string[] = [
  'morning',
  'afternoon',
  'evening',
  'night',
  'overnight',
  'lunchtime',
  'midday',
  'noon'
]

/** Seasons. */
export const SEASONS: readonly string[] = ['spring', 'summer', 'autumn', 'fall', 'winter']

/** Periods named relative to now (`last week`, `this weekend`, `next month`). */
export const PERIODS: readonly string[] = [
  'week',
  'weekend',
  'month',
  'year',
  'quarter',
  'term',
  'session',
  'season',
  'century',
  'decade'
]

/**
 * Fixed-date holidays: name (lower case) to `MM-DD`.
 */
export const FIXED_HOLIDAYS: ReadonlyMap<string, string> = new Map([
  ["new year's day", '01-01'],
  ["new year's eve", '12-31'],
  ['christmas', '12-25'],
  ['christmas day', '12-25'],
  ['christmas eve', '12-24'],
  ['boxing day', '12-26'],
  ['halloween', '10-31'],
  ['independence day', '07-04'],
  ['veterans day', '11-11'],
  ["veterans' day", '11-11'],
  ['armistice day', '11-11'],
  ['remembrance day', '11-11'],
  ["valentine's day", '02-14'],
  ["st. patrick's day", '03-17'],
  ["st patrick's day", '03-17'],
  ['bastille day', '07-14'],
  ['juneteenth', '06-19'],
  ['may day', '05-01'],
  ['guy fawkes night', '11-05'],
  ['bonfire night', '11-05'],
  ['australia day', '01-26'],
  ['canada day', '07-01'],
  ['flag day', '06-14'],
  ['groundhog day', '02-02']
])

/**
 * Holidays on the n-th weekday of a month: name to `[month, weekday, n]`
 * (`n` = -1 for the last one). Election Day is the Tuesday after the first
 * Monday of November, computed apart.
 */
export const FLOATING_HOLIDAYS: ReadonlyMap<string, readonly [number, number, number]> = new Map([
  ['labor day', [9, 1, 1]],
  ['labour day', [9, 1, 1]],
  ['memorial day', [5, 1, -1]],
  ['thanksgiving', [11, 4, 4]],
  ['thanksgiving day', [11, 4, 4]],
  ['martin luther king day', [1, 1, 3]],
  ['martin luther king jr. day', [1, 1, 3]],
  ['mlk day', [1, 1, 3]],
  ["presidents' day", [2, 1, 3]],
  ['presidents day', [2, 1, 3]],
  ["president's day", [2, 1, 3]],
  ['columbus day', [10, 1, 2]],
  ["indigenous peoples' day", [10, 1, 2]],
  ["mother's day", [5, 0, 2]],
  ["father's day", [6, 0, 3]]
] as const)

/** Holidays whose date needs a rule of its own (`election day`, `easter`...). */
export const OTHER_HOLIDAYS: readonly string[] = [
  'election day',
  'election night',
  'inauguration day',
  'easter',
  'easter sunday',
  'easter monday',
  'good friday',
  'black friday',
  'super tuesday',
  'polling day',
  'budget day',
  'ramadan',
  'eid',
  'passover',
  'hanukkah',
  'diwali',
  'yom kippur',
  'rosh hashanah',
  'lunar new year',
  'chinese new year',
  'bank holiday',
  'new year'
]

/** Words that mark a clause as about the future (for resolving weekdays). */
export const FUTURE_MARKERS: readonly string[] = [
  'will',
  "'ll",
  'shall',
  'going to',
  'gonna',
  'is to',
  'are to',
  'is due',
  'are due',
  'is set to',
  'are set to',
  'is expected',
  'are expected',
  'is scheduled',
  'are scheduled',
  'scheduled',
  'plans to',
  'plan to',
  'planned',
  'intends to',
  'hopes to',
  'aims to',
  'upcoming',
  'next',
  'tomorrow',
  'is slated',
  'are slated',
  'would',
  'could',
  'might'
]
