import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { extractBriefing, type Briefing, type BriefingEvent } from '../plugins/index.ts'
import { resolveDate } from '../plugins/events/resolve.ts'
import { runExtract } from './helpers/run-extract.ts'

const fixtures = join(import.meta.dirname, 'fixtures', 'events')
const cases = readdirSync(fixtures).sort()

/** What a fixture's `expected.json` holds: the article's date and its timeline, in order. */
interface Expected {
  date: string | null
  /** Each event with the fields the fixture checks (`when`, `date`, `next`, `what`, and `also` where given). */
  events: Partial<BriefingEvent>[]
}

describe('events fixtures', () => {
  for (const name of cases) {
    it(name, () => {
      const input = readFileSync(join(fixtures, name, 'input.txt'), 'utf8')
      const expected = JSON.parse(readFileSync(join(fixtures, name, 'expected.json'), 'utf8')) as Expected
      const { briefing } = extractBriefing(input, { date: expected.date })
      expect(briefing.date).toBe(expected.date)
      const checked = briefing.events.map((event, i) => {
        const keys = Object.keys(expected.events[i] ?? { when: 0, date: 0, next: 0, what: 0 })
        return Object.fromEntries(keys.map((key) => [key, event[key as keyof BriefingEvent]]))
      })
      expect(checked).toEqual(expected.events)
    })
  }
})

describe('events', () => {
  it('merges exact duplicates', () => {
    const { briefing } = extractBriefing('The board met on Monday.\nThe board met on Monday.\n', { date: '2024-05-08' })
    expect(briefing.events).toEqual([
      {
        when: 'on Monday',
        what: 'The board met',
        date: '2024-05-06',
        next: false,
        paragraph: 0,
        start: 14,
        end: 23,
        also: []
      }
    ])
  })

  it('keeps the month word and the part of the day', () => {
    const { briefing } = extractBriefing(
      'Officials spoke Friday afternoon. The fire started around 8:30 p.m. Saturday.\n',
      { date: '2024-05-08' }
    )
    expect(briefing.events.map((e) => [e.when, e.date])).toEqual([
      ['Friday afternoon', '2024-05-03'],
      ['around 8:30 p.m. Saturday', '2024-05-04']
    ])
  })

  it('does not read a surname or a verb as a month', () => {
    const { briefing } = extractBriefing('Prime Minister Ana Lund said protesters would march. March on, they cried.\n')
    expect(briefing.events).toEqual([])
  })

  it('resolves weekdays by tense, holidays and relative periods', () => {
    // 2024-05-08 is a Wednesday.
    expect(resolveDate('on Monday', '2024-05-08')).toBe('2024-05-06')
    expect(resolveDate('on Monday', '2024-05-08', true)).toBe('2024-05-13')
    expect(resolveDate('next Wednesday', '2024-05-08', true)).toBe('2024-05-15')
    expect(resolveDate('last night', '2024-05-08')).toBe('2024-05-07')
    expect(resolveDate('Christmas', '2024-05-08', true)).toBe('2024-12-25')
    expect(resolveDate('Election Day', '2016-09-19', true)).toBe('2016-11-08')
    expect(resolveDate('Labor Day', '2016-09-19')).toBe('2016-09-05')
    expect(resolveDate('last month', '2024-01-08')).toBe('2023-12')
    expect(resolveDate('two weeks ago', '2024-05-08')).toBe('2024-04-24')
    expect(resolveDate('27 February 2025', null)).toBe('2025-02-27')
    expect(resolveDate('this week', '2024-05-08')).toBeNull()
    expect(resolveDate('on Monday', null)).toBeNull()
  })
})

describe('the bundled example with its sidecar', () => {
  const path = join(import.meta.dirname, '..', 'content', 'articles', 'starmer-white-house.txt')
  const run = runExtract([path])
  const briefing = JSON.parse(run.stdout) as Briefing

  it('is dated by its sidecar', () => {
    expect(run.status).toBe(0)
    expect(briefing.date).toBe('2025-02-27')
  })

  it('resolves a past-tense Tuesday to the Tuesday before the article date', () => {
    const tuesday = briefing.events.find((event) => event.when === 'On Tuesday')
    expect(tuesday).toMatchObject({ date: '2025-02-25', next: false })
  })

  it('lists each occasion once, the past in date order before what comes next', () => {
    const past = briefing.events.filter((event) => !event.next)
    const next = briefing.events.filter((event) => event.next)
    expect(briefing.events).toEqual([...past, ...next])
    const dated = past.map((event) => event.date).filter((date): date is string => date !== null)
    expect(dated).toEqual([...dated].sort())
    const nights = briefing.events.filter((event) => /^last night$/i.test(event.when))
    expect(nights).toHaveLength(1)
    for (const event of next) expect(event.date === null || event.date >= '2025').toBe(true)
  })

  it('lists no time said inside direct quotation', () => {
    for (const event of briefing.events) {
      const inside = briefing.quotes.some(
        (quote) => quote.kind === 'direct' && quote.start <= event.start && event.end <= quote.end
      )
      expect(inside, event.when).toBe(false)
    }
  })
})
