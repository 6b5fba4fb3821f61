import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { extractBriefing } from '../plugins/index.ts'
import type { Issue } from '../plugins/index.ts'
import { stem } from '../plugins/issues/stem.ts'
import { findIssues } from '../plugins/issues/find.ts'
import { isCommonWord } from '../plugins/lexicon/common-words.ts'

interface ExpectedIssue {
  keywords: string[]
  paragraphs: number[]
}

interface Expected {
  issues: ExpectedIssue[]
  /** Keywords and titles that must not be: names, verbs, generic words. */
  notIssues: string[]
  /** Words no issue's title or keywords may hold (a figure of speech with nothing said or counted on it). */
  absent?: string[]
  /** How many issues the article has, when the fixture says. */
  count?: number
}

const root = join(import.meta.dirname, 'fixtures', 'issues')
const text = (issue: Issue): string => [issue.title, ...issue.keywords].join(' | ').toLowerCase()

describe('issues fixtures', () => {
  for (const name of readdirSync(root)) {
    const input = readFileSync(join(root, name, 'input.txt'), 'utf8')
    const expected = JSON.parse(readFileSync(join(root, name, 'expected.json'), 'utf8')) as Expected
    const { briefing } = extractBriefing(input)
    const issues = briefing.issues

    it(`${name}: finds every expected topic with its paragraphs`, () => {
      for (const want of expected.issues) {
        const match = issues.find((issue) => want.keywords.some((k) => text(issue).includes(k)))
        expect(match, `no issue for ${want.keywords.join('/')}: ${JSON.stringify(issues)}`).toBeDefined()
        for (const paragraph of want.paragraphs) expect(match!.paragraphs).toContain(paragraph)
      }
    })

    it(`${name}: keeps names and generic words out`, () => {
      for (const issue of issues) {
        for (const keyword of issue.keywords) expect(expected.notIssues).not.toContain(keyword)
        expect(expected.notIssues.map((w) => w.toLowerCase())).not.toContain(issue.title.toLowerCase())
      }
    })

    it(`${name}: leaves out what it must`, () => {
      for (const word of expected.absent ?? []) for (const issue of issues) expect(text(issue)).not.toContain(word)
      if (expected.count !== undefined) expect(issues).toHaveLength(expected.count)
    })

    it(`${name}: puts every paragraph with a quote or a figure in an issue, and something said or counted in each`, () => {
      const { file } = extractBriefing(input)
      const paragraphs = file.data.paragraphs ?? []
      const at = (offset: number): number => paragraphs.find((p) => p.start <= offset && offset < p.end)!.index
      const evidence = new Set([
        ...briefing.quotes.map((quote) => quote.paragraph),
        ...briefing.figures.map((figure) => at(figure.start))
      ])
      for (const index of evidence) {
        if (paragraphs[index]!.role !== 'body') continue
        expect(
          issues.some((issue) => issue.paragraphs.includes(index)),
          `paragraph ${index}`
        ).toBe(true)
      }
      for (const issue of issues)
        expect(
          issue.paragraphs.some((index) => evidence.has(index)),
          issue.title
        ).toBe(true)
    })

    it(`${name}: respects the contract`, () => {
      expect(issues.length).toBeGreaterThanOrEqual(1)
      expect(issues.length).toBeLessThanOrEqual(5)
      for (const issue of issues) {
        expect(issue.title.length).toBeGreaterThan(0)
        expect(issue.title[0]).toBe(issue.title[0]!.toUpperCase())
        expect(issue.keywords.length).toBeGreaterThanOrEqual(1)
        expect(issue.keywords.length).toBeLessThanOrEqual(10)
        for (const keyword of issue.keywords) expect(keyword).toBe(keyword.toLowerCase())
        expect(issue.paragraphs).toEqual([...issue.paragraphs].sort((a, b) => a - b))
      }
    })
  }
})

describe('findIssues', () => {
  const paragraph = (index: number, text: string, role: 'body' | 'caption' = 'body') => ({
    index,
    role,
    text,
    map: [],
    ends: [],
    start: 0,
    end: text.length
  })

  it('skips captions and labels', () => {
    const issues = findIssues([
      paragraph(0, 'The water tariff rise angered tenants in the northern districts this week.'),
      paragraph(1, 'Tenants said the water tariff rise was unfair and the water tariff should be frozen.'),
      paragraph(2, 'A water tariff protest outside the town hall drew a large crowd on Friday.', 'caption')
    ])
    expect(issues.length).toBeGreaterThan(0)
    expect(issues[0]!.keywords.join(' ')).toContain('water tariff')
    for (const issue of issues) expect(issue.paragraphs).not.toContain(2)
  })

  it('leaves out speakers the pipeline already found', () => {
    const issues = findIssues(
      [
        paragraph(0, 'Nadia Okoro said the tram extension must go ahead despite the cost of the tram extension.'),
        paragraph(1, 'Okoro said the tram extension would link the hospital to the railway station.')
      ],
      { speakers: [{ id: 's1', name: 'Nadia Okoro', role: null, affiliation: null, aliases: ['Okoro'], quoted: true }] }
    )
    const all = issues.flatMap((issue) => [issue.title.toLowerCase(), ...issue.keywords]).join(' | ')
    expect(all).toContain('tram extension')
    expect(all).not.toContain('okoro')
  })

  it('returns nothing for an empty article', () => {
    expect(findIssues([])).toEqual([])
  })
})

describe('common words and titles', () => {
  it('knows common English in its inflected forms', () => {
    expect(isCommonWord('boards')).toBe(true)
    expect(isCommonWord('worried')).toBe(true)
    expect(isCommonWord('hosepipe')).toBe(false)
  })

  it('keeps a one-paragraph topic and never pairs unrelated phrases in a title', () => {
    const issues = findIssues([
      {
        index: 0,
        role: 'body',
        text: 'The ferry operator raised ferry fares again, and islanders said the ferry fares were now the highest in the region.',
        map: [],
        ends: [],
        start: 0,
        end: 0
      },
      {
        index: 1,
        role: 'body',
        text: 'Islanders asked the operator to freeze ferry fares for pensioners and students over the winter months.',
        map: [],
        ends: [],
        start: 0,
        end: 0
      },
      {
        index: 2,
        role: 'body',
        text: 'Separately, the harbour authority confirmed that its dredging contract with a private contractor would end early after repeated delays.',
        map: [],
        ends: [],
        start: 0,
        end: 0
      }
    ])
    expect(issues[0]!.title.toLowerCase()).toContain('ferry fares')
    expect(issues[0]!.title).not.toContain(' and ')
    const all = issues.map((issue) => [issue.title, ...issue.keywords].join(' | ').toLowerCase()).join(' || ')
    expect(all).toContain('dredging contract')
  })
})

describe('stem', () => {
  it('groups plural and verb forms', () => {
    expect(stem('guarantees')).toBe(stem('guarantee'))
    expect(stem('taxes')).toBe(stem('tax'))
    expect(stem('economies')).toBe(stem('economy'))
    expect(stem('rigged')).toBe('rig')
    expect(stem('news')).toBe('news')
    expect(stem('farming')).toBe(stem('farms'))
  })

  it('keeps an adjective made from another word apart from it', () => {
    expect(stem('protective')).not.toBe(stem('protection'))
    expect(stem('dangerous')).not.toBe(stem('danger'))
  })
})
