import { describe, expect, it } from 'vitest'
import { contractProblems, holdsText, paragraphCount } from './schema.ts'

const source = 'Title\n\nShe said “we will spend £40 million” today.\n'
const start = source.indexOf('we will')
const end = source.indexOf('” today')
const good = {
  title: 'Title',
  date: '2025-03-10',
  speakers: [{ id: 's1', name: 'Jane Doe', role: null, affiliation: null, aliases: [], quoted: true }],
  mentioned: [{ id: 's2', name: 'John Roe', role: 'mayor', affiliation: null, aliases: ['Mr Roe'], quoted: false }],
  quotes: [
    {
      speaker: 's1',
      text: source.slice(start, end),
      display: source.slice(start, end),
      kind: 'direct',
      start,
      end,
      paragraph: 1,
      weight: 0.9,
      rank: 1
    }
  ],
  figures: [
    {
      text: '£40 million',
      display: '£40 million',
      value: 40_000_000,
      unit: 'GBP',
      context: 'x',
      key: true,
      group: 0,
      weight: 1,
      start: source.indexOf('£'),
      end: source.indexOf('£') + 11
    }
  ],
  captions: [],
  issues: [{ title: 'Spending', keywords: ['spend'], paragraphs: [1] }],
  events: [
    {
      when: 'today',
      what: 'spending',
      date: '2025-03-10',
      next: true,
      paragraph: 1,
      start: source.indexOf('today'),
      end: source.indexOf('today') + 5,
      also: []
    }
  ],
  summary: {
    headline: { text: 'Title', display: 'Title', start: 0, end: 5, paragraph: 0 },
    lede: [],
    keyPoints: [
      {
        text: source.slice(7, source.length - 1),
        display: source.slice(7, source.length - 1),
        start: 7,
        end: source.length - 1,
        paragraph: 1
      }
    ],
    speakers: ['s1'],
    figures: [source.indexOf('£')],
    next: [source.indexOf('today')]
  }
}

describe('the contract checks themselves', () => {
  it('accept a document that keeps the contract', () => {
    expect(contractProblems(good, source)).toEqual([])
  })

  it('accept quote text with or without its outer quote marks', () => {
    expect(holdsText('we will', '“we will”')).toBe(true)
    expect(holdsText('“we will”', 'we will')).toBe(true)
    expect(holdsText('we will', 'we shall')).toBe(false)
  })

  it('count paragraphs as non-blank lines', () => {
    expect(paragraphCount(source)).toBe(2)
    expect(paragraphCount('a\r\n \u00a0\r\nb\n\nc')).toBe(3)
  })

  it.each([
    ['a shape error', { ...good, quotes: [{ ...good.quotes[0]!, kind: 'mixed' }] }, /schema: quotes\.0\.kind/],
    ['an extra field', { ...good, extra: 1 }, /schema: /],
    ['a span that does not hold its text', { ...good, figures: [{ ...good.figures[0]!, start: 0 }] }, /figure text/],
    ['a span past the end', { ...good, captions: [{ text: 'x', start: 5, end: 500 }] }, /out of the source/],
    ['an unknown speaker', { ...good, quotes: [{ ...good.quotes[0]!, speaker: 's9' }] }, /unknown speaker s9/],
    ['a paragraph out of range', { ...good, quotes: [{ ...good.quotes[0]!, paragraph: 2 }] }, /paragraph 2 of 2/],
    [
      'an issue paragraph out of range',
      { ...good, issues: [{ ...good.issues[0]!, paragraphs: [7] }] },
      /paragraph 7 of 2/
    ],
    ['duplicate speaker ids', { ...good, speakers: [good.speakers[0]!, good.speakers[0]!] }, /not unique/],
    [
      'two key figures on one card',
      { ...good, figures: [good.figures[0]!, { ...good.figures[0]!, text: '£40' }] },
      /figure group 0 has 2 key figures/
    ],
    ['an event past the end', { ...good, events: [{ ...good.events[0]!, end: 500 }] }, /out of the source/],
    [
      'a summary figure that is no key figure',
      { ...good, summary: { ...good.summary, figures: [0] } },
      /summary figure at 0 is no key figure/
    ],
    [
      'a key point overlapping the headline',
      { ...good, summary: { ...good.summary, keyPoints: [good.summary.headline] } },
      /overlaps another/
    ],
    [
      'a speaker whose quotes are not ranked from 1',
      { ...good, quotes: [{ ...good.quotes[0]!, rank: 2 }] },
      /not ranked 1 to 1/
    ],
    ['one occasion told twice', { ...good, events: [good.events[0]!, good.events[0]!] }, /occasion has two events/]
  ])('report %s', (_name, document, problem) => {
    expect(contractProblems(document, source).join('\n')).toMatch(problem)
  })
})
