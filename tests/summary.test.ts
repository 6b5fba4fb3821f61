/**
 * The summary the extraction chooses (plugins/summary): fixtures in tests/fixtures/summary/<case>/
 * (an invented article in `input.txt`; in `expected.json` the headline, lede, key points, each
 * main speaker's most telling quote, key figures and what comes next, as a page shows them), and
 * the properties every summary keeps.
 */
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { extractBriefing, type Briefing } from '../plugins/index.ts'
import { clausesOf } from '../plugins/summary/sentences.ts'
import { weighQuotes, rankQuotes } from '../plugins/summary/quotes.ts'

const root = join(import.meta.dirname, 'fixtures', 'summary')

/** What a fixture's `expected.json` holds. */
interface Expected {
  date: string | null
  headline: string | null
  lede: string[]
  keyPoints: string[]
  /** Each main speaker's quote of rank 1, most telling speaker first. */
  speakers: string[]
  figures: string[]
  next: string[]
  /** Every quote's words, kind and rank, where the fixture checks them. */
  quotes?: { display: string; kind: string; rank: number }[]
}

/**
 * What a briefing's summary shows, in the fixtures' terms.
 *
 * @param briefing the extraction.
 * @returns the summary as text.
 */
function shown(briefing: Briefing): Omit<Expected, 'date' | 'quotes'> {
  const { summary } = briefing
  return {
    headline: summary.headline?.display ?? null,
    lede: summary.lede.map((passage) => passage.display),
    keyPoints: summary.keyPoints.map((passage) => passage.display),
    speakers: summary.speakers.map(
      (id) => briefing.quotes.find((quote) => quote.speaker === id && quote.rank === 1)!.display
    ),
    figures: summary.figures.map((start) => briefing.figures.find((figure) => figure.start === start)!.display),
    next: summary.next.map((start) => briefing.events.find((event) => event.start === start)!.when)
  }
}

/**
 * The properties every summary keeps: the lede and key points never overlap the headline or each
 * other, each ends where a sentence or a clause ends, and every passage is the source's text.
 *
 * @param briefing the extraction.
 * @param source the article's text.
 */
function expectSound(briefing: Briefing, source: string): void {
  const { summary } = briefing
  const said = [...summary.lede, ...summary.keyPoints]
  for (const passage of [...said, ...(summary.headline ? [summary.headline] : [])])
    expect(source.slice(passage.start, passage.end)).toBe(passage.text)
  for (const [i, one] of said.entries())
    for (const other of [...said.slice(i + 1), ...(summary.headline ? [summary.headline] : [])])
      expect(one.start >= other.end || other.start >= one.end, `${one.display} / ${other.display}`).toBe(true)
  for (const point of summary.keyPoints) {
    const after = source.slice(point.end, point.end + 3)
    expect(/[.!?’”'"]$/u.test(point.display) || /^(?:;|\s[—–-]|:|,\s)/u.test(after), point.display).toBe(true)
  }
}

describe('summary fixtures', () => {
  for (const name of readdirSync(root).sort()) {
    const input = readFileSync(join(root, name, 'input.txt'), 'utf8')
    const expected = JSON.parse(readFileSync(join(root, name, 'expected.json'), 'utf8')) as Expected
    const { briefing } = extractBriefing(input, { date: expected.date })

    it(`${name}: chooses the headline, lede, key points, main speakers, key figures and what comes next`, () => {
      const { date: _date, quotes: _quotes, ...want } = expected
      expect(shown(briefing)).toEqual(want)
    })

    it(`${name}: never repeats the headline, never cuts inside a clause`, () => {
      expectSound(briefing, input)
      if (briefing.summary.headline)
        for (const passage of briefing.summary.lede) expect(passage.display).not.toBe(briefing.summary.headline.display)
    })

    if (expected.quotes)
      it(`${name}: ranks each speaker's quotes, direct and whole first`, () => {
        expect(briefing.quotes.map(({ display, kind, rank }) => ({ display, kind, rank }))).toEqual(expected.quotes)
      })
  }
})

describe('the bundled example, dated by its sidecar', () => {
  const path = join(import.meta.dirname, '..', 'content', 'articles', 'starmer-white-house.txt')
  const source = readFileSync(path, 'utf8')
  const { briefing } = extractBriefing(source, { date: '2025-02-27' })

  it('does not open its summary with the headline', () => {
    expect(briefing.summary.lede.length).toBeGreaterThan(0)
    expect(briefing.summary.lede[0]!.start).not.toBe(briefing.summary.headline?.start)
    expectSound(briefing, source)
  })

  it('names up to three key figures, never an age, and main speakers who have quotes', () => {
    expect(briefing.summary.figures.length).toBeGreaterThan(0)
    for (const start of briefing.summary.figures) {
      const figure = briefing.figures.find((one) => one.start === start)!
      expect(figure.key).toBe(true)
      expect(figure.text).not.toMatch(/year-old/)
    }
    for (const id of briefing.summary.speakers)
      expect(briefing.quotes.some((quote) => quote.speaker === id && quote.rank === 1)).toBe(true)
  })
})

describe('summary parts', () => {
  it('cuts a sentence only where a clause that stands alone ends', () => {
    const text = 'The port reopened on Monday; ferries sailed again, but the cafe stayed shut, which angered staff.'
    expect(clausesOf(text, 0, text.length).map(([from, to]) => text.slice(from, to))).toEqual([
      'The port reopened on Monday',
      'ferries sailed again',
      'the cafe stayed shut'
    ])
  })

  it('weighs a direct, whole quote on the main issue above a fragment and reported speech', () => {
    const at = { start: 0, end: 1, paragraph: 1 }
    const quotes = [
      { speaker: 's1', text: '', display: 'unfair', kind: 'direct' as const, ...at },
      {
        speaker: 's1',
        text: '',
        display: 'the toll would rise again next year for every driver',
        kind: 'indirect' as const,
        ...at
      },
      {
        speaker: 's1',
        text: '',
        display: 'The bridge toll is a tax on people who have no other way to work',
        kind: 'direct' as const,
        ...at
      }
    ]
    const issues = [{ title: 'Bridge toll', keywords: ['bridge toll', 'toll'], paragraphs: [1] }]
    const weights = weighQuotes(quotes, issues, 3)
    expect(weights[2]).toBeGreaterThan(weights[1]!)
    expect(weights[1]).toBeGreaterThan(weights[0]!)
    expect(rankQuotes(quotes, weights)).toEqual([3, 2, 1])
  })
})
