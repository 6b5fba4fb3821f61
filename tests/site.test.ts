/**
 * Site logic without a browser: name normalisation and the cross-briefing joins,
 * the page model (key points, reading time, what happens next), the preview server
 * and the build's choice of article files.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { buildBriefingPage, paragraphAt, sentences, shorten } from '../plugins/mdx/index.ts'
import { isTitleOnly, slugify, speakerKey } from '../plugins/names/index.ts'
import { issueKey, joinBriefings } from '../src/lib/joins/index.ts'
import type { Briefing, SourceParagraph } from '../plugins/types.ts'
import { emptyBriefing } from './helpers/briefing.ts'
import { articleFiles } from '../src/lib/build/generate.ts'
import { formatDate, formatInstant } from '../src/lib/dates.ts'
import { previewSite } from '../src/lib/serve/preview.ts'

describe('speaker names', () => {
  it('drop titles and keep first name + surname', () => {
    expect(speakerKey('Sir Keir Starmer')).toBe('keir starmer')
    expect(speakerKey('Keir Rodney Starmer')).toBe('keir starmer')
    expect(speakerKey('Prime Minister Keir Starmer')).toBe('keir starmer')
    expect(speakerKey('President Donald J. Trump')).toBe('donald trump')
    expect(speakerKey('Mr Trump')).toBe('trump')
    expect(speakerKey('Volodymyr Zelenskyy')).toBe('volodymyr zelenskyy')
    expect(speakerKey('Dr. Ana Ślusarczyk Jr')).toBe('ana slusarczyk')
    expect(speakerKey('Downing Street', 'organisation')).toBe('downing street')
  })

  it('tell titles from names', () => {
    expect(isTitleOnly('Minister')).toBe(true)
    expect(isTitleOnly('the Prime Minister')).toBe(true)
    expect(isTitleOnly('Vladimir Putin')).toBe(false)
  })

  it('make stable slugs', () => {
    expect(slugify('Fishermen’s Association')).toBe('fishermens-association')
    // github-slugger, as Astro makes heading ids: underscores and letters of every script kept.
    expect(slugify('northern-rail_2025-03-10')).toBe('northern-rail_2025-03-10')
    expect(slugify('José Núñez')).toBe('josé-núñez')
    expect(slugify('Q&A: what -- now?')).toBe('qa-what-now')
    expect(slugify('«»', 'fallback')).toBe('fallback')
  })
})

describe('joins across briefings', () => {
  const speaker = (id: string, name: string, type: 'person' | 'organisation' | 'unnamed' = 'person') => ({
    id,
    name,
    type,
    aliases: []
  })
  it('one person in two articles is one speaker; a lone surname joins the only full name', () => {
    const joined = joinBriefings([
      { slug: 'a', speakers: [speaker('s1', 'Keir Starmer'), speaker('s2', 'Mr Trump')], issues: [] },
      {
        slug: 'b',
        speakers: [speaker('s1', 'Sir Keir Starmer'), speaker('s2', 'Donald Trump'), speaker('s3', 'Melania Trump')],
        issues: []
      },
      { slug: 'c', speakers: [speaker('s9', 'Starmer')], issues: [] }
    ])
    expect(joined.speakers.get('a')!.get('s1')).toBe('keir-starmer')
    expect(joined.speakers.get('b')!.get('s1')).toBe('keir-starmer')
    expect(joined.speakers.get('c')!.get('s9')).toBe('keir-starmer')
    // Two Trumps with full names: a lone "Trump" stays apart rather than guess.
    expect(joined.speakers.get('a')!.get('s2')).toBe('trump')
    expect(joined.speakers.get('b')!.get('s2')).toBe('donald-trump')
  })

  it('never joins people the texts do not name (a senior official of one article is not that of another)', () => {
    const joined = joinBriefings([
      { slug: 'a', speakers: [speaker('s1', 'senior official', 'unnamed')], issues: [] },
      { slug: 'b', speakers: [speaker('s1', 'senior official', 'unnamed')], issues: [] }
    ])
    expect(joined.speakers.get('a')!.get('s1')).not.toBe(joined.speakers.get('b')!.get('s1'))
  })

  it('groups issues by normalised title or shared keywords', () => {
    expect(issueKey('Defence spending')).toBe(issueKey('defence  Spending'))
    expect(issueKey('Security guarantees')).toBe(issueKey('The security guarantee'))
    const joined = joinBriefings([
      {
        slug: 'a',
        speakers: [],
        issues: [{ title: 'Security guarantees', keywords: ['security', 'guarantees', 'backstop'] }]
      },
      {
        slug: 'b',
        speakers: [],
        issues: [
          { title: 'The security guarantee', keywords: [] },
          { title: 'US backstop', keywords: ['backstop', 'security', 'troops'] },
          { title: 'Rail', keywords: ['trains'] }
        ]
      }
    ])
    expect(joined.issues.get('a')!.get('Security guarantees')).toBe('security-guarantees')
    expect(joined.issues.get('b')!.get('The security guarantee')).toBe('security-guarantees')
    expect(joined.issues.get('b')!.get('US backstop')).toBe('security-guarantees')
    expect(joined.issues.get('b')!.get('Rail')).toBe('rail')
  })
})

/** Paragraphs from lines (identity offsets). */
function paragraphsOf(lines: string[]): SourceParagraph[] {
  let offset = 0
  return lines.map((text, index) => {
    const map = Array.from({ length: text.length + 1 }, (_, i) => offset + i)
    const paragraph: SourceParagraph = {
      index,
      role: 'body',
      text,
      map,
      ends: map.slice(1),
      start: offset,
      end: offset + text.length
    }
    offset += text.length + 1
    return paragraph
  })
}

const empty: Briefing = emptyBriefing()

describe('page model', () => {
  const lines = Array.from(
    { length: 8 },
    (_, i) => `Paragraph ${i + 1} says something plain. A second sentence follows.`
  )
  it('takes the lede, key points, main speakers, key figures and next steps the extraction chose', () => {
    const paragraphs = paragraphsOf(lines)
    const passage = (index: number) => ({
      text: lines[index]!,
      display: lines[index]!,
      start: paragraphs[index]!.start,
      end: paragraphs[index]!.end,
      paragraph: index
    })
    const quote = {
      speaker: 's1',
      text: lines[2]!,
      display: lines[2]!,
      kind: 'direct' as const,
      start: paragraphs[2]!.start,
      end: paragraphs[2]!.end,
      paragraph: 2,
      weight: 1,
      rank: 1
    }
    const speaker = {
      id: 's1',
      name: 'Ines Okafor',
      role: null,
      affiliation: null,
      aliases: [],
      quoted: true,
      type: 'person' as const
    }
    const figure = (start: number, group: number, key: boolean) => ({
      text: 'x',
      display: 'x',
      value: 1,
      unit: null,
      context: 'x',
      key,
      group,
      weight: 0.5,
      start,
      end: start + 1
    })
    const page = buildBriefingPage({
      briefing: {
        ...empty,
        speakers: [speaker],
        quotes: [quote],
        figures: [figure(paragraphs[3]!.start, 0, true), figure(paragraphs[5]!.start, 1, true)],
        summary: {
          headline: passage(0),
          lede: [passage(1)],
          keyPoints: [passage(4), passage(6)],
          speakers: ['s1'],
          figures: [paragraphs[5]!.start],
          next: []
        }
      },
      paragraphs,
      slug: 'x',
      source: 'x.txt'
    })
    expect(page.lede).toEqual([{ text: lines[1], paragraph: 1 }])
    expect(page.keyPoints.map((point) => point.paragraph)).toEqual([4, 6])
    expect(page.summary).toEqual({ speakers: ['s1'], figures: ['f-2'], next: [] })
    expect(page.title).toBe(lines[0])
    expect(page.pdf).toBe('/pdf/x.pdf')
    // without a PDF printed, no link
    expect(buildBriefingPage({ briefing: empty, paragraphs, slug: 'x', source: 'x.txt', pdf: false }).pdf).toBeNull()
  })

  it('puts the events the extraction says come next under what happens next, in its order', () => {
    const at = { paragraph: 0, start: 0, end: 1, also: [] }
    const events = [
      { when: 'yesterday', what: 'a', date: '2025-03-09', next: false, ...at },
      { when: 'next month', what: 'b', date: '2025-04', next: true, ...at },
      { when: 'soon', what: 'c will happen', date: null, next: true, ...at }
    ]
    const page = buildBriefingPage({
      briefing: { ...empty, events },
      paragraphs: paragraphsOf(lines),
      slug: 'x',
      source: 'x.txt',
      date: '2025-03-10'
    })
    expect(page.events.map((event) => [event.what, event.next])).toEqual([
      ['a', false],
      ['b', true],
      ['c will happen', true]
    ])
  })

  it('has small helpers that behave', () => {
    expect(sentences('One. Two? ‘Three,’ he said. 4 more.')).toEqual(['One.', 'Two?', '‘Three,’ he said.', '4 more.'])
    expect(shorten('a b c d e f g h', 8)).toBe('a b c d…')
    expect(paragraphAt(paragraphsOf(['ab', 'cd']), 4)).toBe(1)
  })
})

describe('dates for people', () => {
  it('writes ISO days and months in British English, and anything else as written', () => {
    expect(formatDate('2025-02-07')).toBe('7 February 2025')
    expect(formatDate('2024-02-29')).toBe('29 February 2024')
    expect(formatDate('2025-12')).toBe('December 2025')
    expect(formatDate('2025')).toBe('2025')
    expect(formatDate('2025-02-30')).toBe('2025-02-30')
    expect(formatDate('2025-13-45')).toBe('2025-13-45')
    expect(formatDate('next spring')).toBe('next spring')
    expect(formatDate(null)).toBe('Date not known')
  })

  it('writes an instant in UTC, wherever the build runs', () => {
    expect(formatInstant(new Date('2025-02-07T09:05:59Z'))).toBe('7 February 2025, 09:05 UTC')
    expect(formatInstant(new Date('2025-02-07T23:30:00-02:00'))).toBe('8 February 2025, 01:30 UTC')
  })
})

describe('preview server', () => {
  it('serves files and directory indexes, 404s unknown paths with the 404 page and stays in its folder', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'briefing-serve-'))
    mkdirSync(join(dir, 'a'))
    writeFileSync(join(dir, 'a/index.html'), '<p>a</p>')
    writeFileSync(join(dir, '404.html'), 'missing')
    const server = await previewSite(dir)
    try {
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
      for (const path of ['/a/', '/a']) {
        const ok = await fetch(`${server.url}${path}`)
        expect(ok.status).toBe(200)
        expect(ok.headers.get('content-type')).toContain('text/html')
        expect(await ok.text()).toBe('<p>a</p>')
      }
      const missing = await fetch(`${server.url}/nope`)
      expect(missing.status).toBe(404)
      expect(await missing.text()).toBe('missing')
      // Astro's preview answers an encoded slash with a 500 (its own error page), never the file.
      for (const path of ['/..%2f..%2fetc%2fpasswd', '/%2e%2e/%2e%2e/etc/passwd', '/../../etc/passwd']) {
        const outside = await fetch(`${server.url}${path}`)
        expect(outside.status).toBeGreaterThanOrEqual(400)
        expect(await outside.text()).not.toMatch(/root:/)
      }
    } finally {
      await server.close()
    }
  })
})

describe('build inputs', () => {
  it('takes every visible regular file as an article, sorted', () => {
    const dir = mkdtempSync(join(tmpdir(), 'briefing-articles-'))
    for (const name of ['b.txt', 'a.txt', '.hidden', 'notes.md']) writeFileSync(join(dir, name), 'x')
    mkdirSync(join(dir, 'sub'))
    expect(articleFiles(dir).map((path) => path.slice(dir.length + 1))).toEqual(['a.txt', 'b.txt'])
  })
})
