/**
 * Dates for people, in British English (`27 February 2025`), through the platform's
 * `Intl.DateTimeFormat`. Every date is a calendar day or an instant read in UTC, so a page reads the
 * same wherever it is built.
 */

const DAY = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })
const MONTH = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' })
const TIME = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'UTC' })

/**
 * A date for people: `27 February 2025` for an ISO day, `February 2025` for an ISO month; anything
 * else (a year, a date that does not exist such as `2025-02-30`) as it is written.
 *
 * @param iso an ISO date, month or year.
 * @returns the date in words, or `Date not known` when there is none.
 */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return 'Date not known'
  const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(iso)
  if (!match) return iso
  const year = Number(match[1])
  const month = Number(match[2]) - 1
  const day = match[3] === undefined ? 1 : Number(match[3])
  const date = new Date(0)
  date.setUTCFullYear(year, month, day)
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month || date.getUTCDate() !== day) return iso
  return (match[3] === undefined ? MONTH : DAY).format(date)
}

/**
 * An instant for people, in UTC: `27 February 2025, 09:05 UTC`.
 *
 * @param instant the instant.
 * @returns the date and time in words.
 */
export function formatInstant(instant: Date): string {
  return `${DAY.format(instant)}, ${TIME.format(instant)} UTC`
}
