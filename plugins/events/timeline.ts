/**
 * The article's timeline from the times its paragraphs mention: one entry per occasion (the same
 * time, written the same way: six `last night`s are one night), what happens next told apart from
 * what happened, the past in date order and then what comes next; without an article date, the
 * order of the text.
 */
import type { BriefingEvent } from '../types.ts'

/** One time the text mentions, with what happens then: an event before occasions are merged. */
export interface EventMention extends BriefingEvent {
  /** Whether a verb of its clause shows a tense (a participle alone tells less: `Speaking last night`). */
  told: boolean
}

const DAY = 86_400_000

/**
 * The first and last day of an ISO date, month or year, as UTC milliseconds.
 *
 * @param date `2025-02-27`, `2025-02` or `2025`.
 * @returns `[first, last]`.
 */
export function dateBounds(date: string): [number, number] {
  const [year, month, day] = date.split('-').map(Number) as [number, number | undefined, number | undefined]
  if (day !== undefined) return [Date.UTC(year, month! - 1, day), Date.UTC(year, month! - 1, day)]
  if (month !== undefined) return [Date.UTC(year, month - 1, 1), Date.UTC(year, month, 1) - DAY]
  return [Date.UTC(year, 0, 1), Date.UTC(year + 1, 0, 1) - DAY]
}

/**
 * Whether an event is what happens next: its date after the article's (compared at the date's
 * precision: `2025` is the article's year), else, on the article's day or undated, told in the
 * present or future.
 *
 * @param date the event's resolved date, or null.
 * @param future whether it is told in the present or future.
 * @param articleDate the article's ISO date, or null.
 * @returns whether it comes next.
 */
export function isNext(date: string | null, future: boolean, articleDate: string | null): boolean {
  if (date && articleDate) {
    const anchor = articleDate.slice(0, date.length)
    if (date > anchor) return true
    if (date < anchor) return false
  }
  return future
}

/**
 * The key that makes two mentions one occasion: the same side of the article's date, the same
 * resolved date, and the same time as written (`last night` and `Last night`; `on Monday` and
 * `Monday`).
 *
 * @param mention a mention.
 * @returns its occasion key.
 */
function occasionKey(mention: EventMention): string {
  const written = mention.when
    .toLowerCase()
    .replace(/[’']/g, "'")
    .replace(/^(?:on|at)\s+/, '')
    .replace(/\s+/g, ' ')
  return `${mention.next ? 'next' : 'past'}\u0000${mention.date ?? ''}\u0000${written}`
}

/**
 * Merge mentions into occasions: each occasion told by its first mention whose clause has a verb
 * that shows a tense (else its first), with what the other mentions say in `also` (distinct, in
 * text order).
 *
 * @param mentions every mention, in text order.
 * @returns one event per occasion, in the text order of their first mentions.
 */
export function mergeOccasions(mentions: readonly EventMention[]): BriefingEvent[] {
  const groups = new Map<string, EventMention[]>()
  for (const mention of mentions) {
    const key = occasionKey(mention)
    const group = groups.get(key)
    if (group) group.push(mention)
    else groups.set(key, [mention])
  }
  return [...groups.values()].map((group) => {
    const lead = group.find((mention) => mention.told) ?? group[0]!
    const said = new Set([lead.what.toLowerCase()])
    const also: string[] = []
    for (const mention of group) {
      const what = mention.what.toLowerCase()
      if (said.has(what)) continue
      said.add(what)
      also.push(mention.what)
    }
    const { when, what, date, next, paragraph, start, end } = lead
    return { when, what, date, next, paragraph, start, end, also }
  })
}

/** Spans of time with no date of their own, and roughly how many days from the article's date they lie. */
const ROUGHLY: readonly [RegExp, number][] = [
  [/\b(?:last|past|previous)\s+week\b/i, -7],
  [/\bthis\s+week\b/i, 0],
  [/\b(?:next|coming)\s+week\b/i, 7],
  [/\b(?:recent|past|last|previous)\s+(?:\S+\s+)?days\b/i, -3],
  [/\b(?:recent|past|last|previous)\s+(?:\S+\s+)?weeks\b/i, -14],
  [/\b(?:recent|past|last|previous)\s+(?:\S+\s+)?months\b/i, -60],
  [/\b(?:recent|past|last|previous)\s+(?:\S+\s+)?years\b/i, -365],
  [/\b(?:next|coming|following)\s+(?:\S+\s+)?days\b/i, 3],
  [/\b(?:next|coming|following)\s+(?:\S+\s+)?weeks\b/i, 14],
  [/\b(?:next|coming|following)\s+(?:\S+\s+)?months\b/i, 60],
  [/\b(?:next|coming|following)\s+(?:\S+\s+)?years\b/i, 365]
]

/**
 * Where an event without a date stands in time, for ordering only: `last week` about seven days
 * before the article, `in the coming weeks` about two weeks after, the weekend the nearest one on
 * its side of the article's date.
 *
 * @param event the event.
 * @param anchor the article's date, UTC milliseconds.
 * @returns UTC milliseconds, or null when the time says nothing of where it lies.
 */
function roughly(event: BriefingEvent, anchor: number): number | null {
  for (const [pattern, days] of ROUGHLY) if (pattern.test(event.when)) return anchor + days * DAY
  if (/\bweekend\b/i.test(event.when)) {
    const saturday = (6 - new Date(anchor).getUTCDay() + 7) % 7
    return anchor + (event.next ? saturday : saturday - 7) * DAY
  }
  return null
}

/**
 * Order the timeline: with an article date, what happened in date order (by each date's first
 * day: `2025` before `2025-02`), then what comes next (by each date's last day, so `later this
 * year` follows `on Sunday`); a span with no date stands where it roughly lies (`last week`),
 * and any other undated event keeps its place after the event told before it.
 * Without an article date, the order of the text.
 *
 * @param events one event per occasion, in text order.
 * @param articleDate the article's ISO date, or null.
 * @returns the events in timeline order.
 */
export function orderTimeline(events: readonly BriefingEvent[], articleDate: string | null): BriefingEvent[] {
  if (!articleDate) return [...events]
  const anchor = dateBounds(articleDate)[0]
  const side = (next: boolean): BriefingEvent[] => {
    const list = events.filter((event) => event.next === next)
    let previous = Number.NEGATIVE_INFINITY
    const keyed = list.map((event, order) => {
      const at = event.date ? dateBounds(event.date)[next ? 1 : 0] : roughly(event, anchor)
      if (at !== null) previous = at
      return { event, key: previous, order }
    })
    keyed.sort((a, b) => a.key - b.key || a.order - b.order)
    return keyed.map(({ event }) => event)
  }
  return [...side(false), ...side(true)]
}
