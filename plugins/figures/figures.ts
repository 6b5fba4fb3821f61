import type { Root } from 'mdast'
import type { VFile } from 'vfile'
import { sourceSpan } from '../text/spans.ts'
import type { Figure, SourceParagraph } from '../types.ts'
import { APPROXIMATE_WORDS, CARDINAL_WORDS } from '../lexicon/units.ts'
import { groupFigures, kindWeight } from './cards.ts'
import { localiseCurrencies } from './currency.ts'
import { scanFigures } from './scan.ts'
import { sentenceAt, sentenceStarts, sentenceStartsOf } from '../text/sentences.ts'
import { paragraphNodes } from '../text/tree.ts'
import { wordsFromTokens } from './tokens.ts'
import { paragraphTokens } from '../text/tokens.ts'

/** Whether a paragraph may hold a figure at all: a digit, a number word (not `zero`), an approximate amount. */
const MAY_HOLD_FIGURE = new RegExp(
  `[0-9]|\\b(?:${[...[...CARDINAL_WORDS].filter(([, n]) => n > 0).map(([word]) => word), ...APPROXIMATE_WORDS, 'many', 'several', 'half', 'a century', 'a decade'].join('|')})\\b`,
  'i'
)

/**
 * Find the figures of one paragraph, located in the source text.
 *
 * @param paragraph the source paragraph (cleaned text and offset map).
 * @param source the whole source text (`String(file.value)`).
 * @param starts where its sentences start (default: split here; the pipeline passes the tree's).
 * @returns the paragraph's figures, in order.
 */
export function paragraphFigures(
  paragraph: SourceParagraph,
  source: string,
  starts: readonly number[] = sentenceStarts(paragraph.text)
): Figure[] {
  const text = paragraph.text
  if (!MAY_HOLD_FIGURE.test(text)) return []
  // the words of the tree's tokens (tokenized once for every stage)
  const spans = scanFigures(text, wordsFromTokens(text, paragraphTokens(paragraph)))
  if (spans.length === 0) return []
  return spans.map((span) => {
    const [start, end] = sourceSpan(paragraph, span.from, span.to)
    const [cFrom, cTo] = sentenceAt(text, starts, span.from)
    return {
      text: source.slice(start, end),
      display: text.slice(span.from, span.to),
      value: span.value,
      unit: span.unit,
      context: text.slice(cFrom, cTo),
      key: span.key,
      group: 0,
      weight: kindWeight(span.kind, span.value, span.unit),
      start,
      end
    }
  })
}

/** How much less a figure weighs at the end of the article than at its start. */
const LATE = 0.4

/**
 * Find the article's figures (money, percentages, counts, durations, years)
 * in title and body paragraphs; captions and labels are skipped. Each figure's weight is its
 * kind's, less the later it comes; figures sharing a context are grouped into one card, whose
 * strongest figure alone may be key, and a quantity said again is key once (`groupFigures`).
 *
 * @returns the transformer, which leaves each paragraph's figures on its node (`node.data.figures`).
 */
export function briefingFigures() {
  return function transform(tree: Root, file: VFile): undefined {
    const source = String(file.value)
    const figures: Figure[] = []
    const starts = sentenceStartsOf(tree)
    const found: [number, Figure[]][] = []
    for (const paragraph of file.data.paragraphs ?? []) {
      if (paragraph.role === 'caption' || paragraph.role === 'label' || paragraph.role === 'furniture') continue
      const own = paragraphFigures(paragraph, source, starts[paragraph.index])
      if (own.length === 0) continue
      found.push([paragraph.index, own])
      for (const figure of own) figures.push(figure)
    }
    localiseCurrencies(figures, source)
    const last = Math.max(1, (file.data.paragraphs?.length ?? 1) - 1)
    for (const [index, own] of found) {
      const late = 1 - (LATE * index) / last
      for (const figure of own) figure.weight = Math.round(figure.weight * late * 100) / 100
    }
    const inTitle = new Set(
      found.flatMap(([index, own]) => (file.data.paragraphs?.[index]?.role === 'title' ? own : []))
    )
    groupFigures(figures, (figure) => inTitle.has(figure))
    // each paragraph keeps its own figures on the tree
    const nodes = paragraphNodes(tree)
    for (const [index, own] of found) {
      const node = nodes[index]
      if (node) node.data = { ...node.data, figures: own }
    }
  }
}
