import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Root } from 'mdast'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { unified } from 'unified'
import { tokenize as tokenizeWords, wordsFromTokens } from '../plugins/figures/tokens.ts'
import { tokenize as tokenizeText } from '../plugins/text/tokens.ts'
import {
  briefingClean,
  briefingEvents,
  briefingFigures,
  briefingParse,
  extractBriefing,
  type Figure,
  type SourceParagraph
} from '../plugins/index.ts'

const fixtures = join(import.meta.dirname, 'fixtures', 'figures')
const cases = readdirSync(fixtures).sort()

/** What a fixture's `expected.json` holds: each figure's text, value, unit and key flag (and `group` where given). */
interface Expected {
  date: string | null
  figures: (Pick<Figure, 'text' | 'value' | 'unit' | 'key'> & Partial<Pick<Figure, 'group'>>)[]
}

describe('figures fixtures', () => {
  for (const name of cases) {
    it(name, () => {
      const input = readFileSync(join(fixtures, name, 'input.txt'), 'utf8')
      const expected = JSON.parse(readFileSync(join(fixtures, name, 'expected.json'), 'utf8')) as Expected
      const { briefing } = extractBriefing(input, { date: expected.date })
      const checked = briefing.figures.map((figure, i) => {
        const keys = Object.keys(expected.figures[i] ?? { text: 0, value: 0, unit: 0, key: 0 })
        return Object.fromEntries(keys.map((key) => [key, figure[key as keyof Figure]]))
      })
      expect(checked).toEqual(expected.figures)
      for (const figure of briefing.figures) {
        expect(input.slice(figure.start, figure.end)).toBe(figure.text)
        expect(figure.context.length).toBeGreaterThan(figure.text.length - 1)
      }
    })
  }
})

describe('figures', () => {
  it('maps spans through repaired mojibake and no-break spaces to the source', () => {
    const input = 'The fund grew to â‚¬2.5\u00a0billion, and 40\u00a0per cent of it went abroad.\n'
    const { briefing } = extractBriefing(input)
    expect(briefing.figures.map((f) => [f.value, f.unit])).toEqual([
      [2.5e9, 'EUR'],
      [40, 'percent']
    ])
    for (const figure of briefing.figures) expect(input.slice(figure.start, figure.end)).toBe(figure.text)
    expect(briefing.figures[1]!.context).toBe('The fund grew to €2.5 billion, and 40 per cent of it went abroad.')
  })

  it('skips captions and labels but reads titles and body', () => {
    const text = 'Title with 3,000 workers\nCaption with 4,000 workers\nBody with 5,000 workers\n'
    const roles = ['title', 'caption', 'body'] as const
    let offset = 0
    const paragraphs: SourceParagraph[] = text
      .split('\n')
      .filter(Boolean)
      .map((line, index) => {
        const start = text.indexOf(line, offset)
        offset = start + line.length
        const map = Array.from({ length: line.length + 1 }, (_, i) => start + i)
        return { index, role: roles[index]!, text: line, map, ends: map.slice(1), start, end: start + line.length }
      })
    const file = new VFile({ value: text })
    file.data.paragraphs = paragraphs
    const tree: Root = {
      type: 'root',
      children: paragraphs.map((p) => ({ type: 'paragraph' as const, data: { index: p.index }, children: [] }))
    }
    briefingFigures()(tree, file)
    // each paragraph keeps its figures on its node
    expect(tree.children.map((node) => (node.data as { figures?: Figure[] })?.figures?.map((f) => f.value))).toEqual([
      [3000],
      undefined,
      [5000]
    ])
  })

  it('scans a large text (its speed is measured by npm run bench, not here)', () => {
    const paragraph =
      'The council spent $4.2 million on 1,500 new homes, up 12 per cent, while thousands of residents waited three years.\n'
    const input = paragraph.repeat(10_000)
    const { briefing } = extractBriefing(input)
    expect(briefing.figures).toHaveLength(50_000)
  })
})

describe('figures on arbitrary text', () => {
  it('never throws and always points at the source', async () => {
    const fc = (await import('fast-check')).default
    const pieces = fc.constantFrom(
      '$',
      '£',
      '€',
      '1,000',
      '2.5',
      '19-15',
      'per cent',
      '%',
      'million',
      'bn',
      'thousands',
      'of',
      'people',
      'three-year-old',
      'by',
      '2027',
      'Monday',
      'Nov.',
      '8',
      'half',
      'a',
      'century',
      ' ',
      '\u00a0',
      ',',
      '.',
      '—',
      '“',
      '”',
      'â€™',
      '\n',
      'in',
      'to',
      'troops'
    )
    // Only the stages figures and events depend on, so other stages' failures do not show here.
    const processor = unified()
      .use(briefingParse as never)
      .use(briefingClean)
      .use(briefingFigures)
      .use(briefingEvents)
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 40 }), (parts) => {
        const input = parts.join(' ')
        const file = new VFile({ value: input })
        file.data.articleDate = '2024-02-29'
        const tree = processor.runSync(processor.parse(file) as Root, file) as Root
        for (const node of tree.children) {
          if (node.type !== 'paragraph') continue
          for (const figure of node.data?.figures ?? []) expect(input.slice(figure.start, figure.end)).toBe(figure.text)
          for (const event of node.data?.events ?? []) expect(typeof event.when).toBe('string')
        }
      }),
      { numRuns: 300 }
    )
  })
})

describe('the words the scanner reads', () => {
  it('are the same read from the tree’s tokens as from the text (any text)', async () => {
    const fc = (await import('fast-check')).default
    const piece = fc.oneof(
      fc.constantFrom(' ', '  ', '\t', '—', '–', '-', '.', ',', '“', '”', '‘', '’', "'", '"', '(', ')', '$', '£', '%'),
      fc.constantFrom('1,000', '2.5', 'p.m.', 'Mr.', 'U.S.', 'three-year-old', 'Dato’', 'e\u0301', '😀', 'word'),
      fc.string({ maxLength: 4 }),
      fc.string({ unit: 'grapheme', maxLength: 3 })
    )
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const text = pieces.join('')
        expect(wordsFromTokens(text, tokenizeText(text))).toEqual(tokenizeWords(text))
      }),
      { numRuns: 500 }
    )
  })
})
