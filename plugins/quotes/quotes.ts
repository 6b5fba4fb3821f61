import type { Root } from 'mdast'
import type { VFile } from 'vfile'
import { paragraphNodes } from '../text/tree.ts'
import { findCandidates, trailingIntroduction } from './candidates.ts'
import type { QuoteCandidate, SpeakerCue } from './types.ts'
import { findQuoteSpans, type QuoteSpan } from './marks.ts'

declare module 'mdast' {
  interface ParagraphData {
    /** The paragraph's spans between quote marks (top-level and nested), in order. */
    quoteSpans?: QuoteSpan[]
    /** The quotes found in the paragraph, before `briefingSpeakers` resolves who said them. */
    quoteCandidates?: QuoteCandidate[]
  }
}

/**
 * Find the speech in the article: direct quotes (curly, straight, single,
 * double, nested, running over paragraphs), partial quotes inside reported
 * speech, and indirect speech with a speech verb or `according to`. Each
 * candidate keeps the phrase that names its speaker (`he`, `Mr. Lund`,
 * `the mayor`); `briefingSpeakers` resolves it. Captions are never read.
 *
 * @returns the transformer.
 */
export function briefingQuotes() {
  return function transform(tree: Root, file: VFile): undefined {
    const paragraphs = file.data.paragraphs ?? []
    const nodes = paragraphNodes(tree)
    const spans = findQuoteSpans(paragraphs)
    const byParagraph = new Map<number, typeof spans>()
    for (const span of spans) {
      const list = byParagraph.get(span.paragraph)
      if (list) list.push(span)
      else byParagraph.set(span.paragraph, [span])
    }
    for (const [index, list] of byParagraph) {
      const node = nodes[index]
      if (node) node.data = { ...node.data, quoteSpans: list }
    }
    let introduced: SpeakerCue | null = null
    for (const paragraph of paragraphs) {
      if (paragraph.role === 'caption' || paragraph.role === 'label' || paragraph.role === 'furniture') continue
      const found = findCandidates(paragraph, byParagraph.get(paragraph.index) ?? [], introduced)
      const node = nodes[paragraph.index]
      if (node) node.data = { ...node.data, quoteCandidates: found }
      introduced = trailingIntroduction(paragraph)
    }
  }
}
