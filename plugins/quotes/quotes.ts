import type { Root } from 'mdast'
import type { VFile } from 'vfile'
import { findCandidates, trailingIntroduction } from './candidates.ts'
import type { QuoteCandidate, SpeakerCue } from './types.ts'
import { findQuoteSpans, type QuoteSpan } from './marks.ts'

declare module 'vfile' {
  interface DataMap {
    /** Quotes found by `briefingQuotes`, before `briefingSpeakers` resolves who said them. */
    quoteCandidates: QuoteCandidate[]
    /** Every span between quote marks, by paragraph. */
    quoteSpans: QuoteSpan[]
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
  return function transform(_tree: Root, file: VFile): undefined {
    const paragraphs = file.data.paragraphs ?? []
    const spans = findQuoteSpans(paragraphs)
    const byParagraph = new Map<number, typeof spans>()
    for (const span of spans) {
      const list = byParagraph.get(span.paragraph)
      if (list) list.push(span)
      else byParagraph.set(span.paragraph, [span])
    }
    const candidates: QuoteCandidate[] = []
    let introduced: SpeakerCue | null = null
    for (const paragraph of paragraphs) {
      if (paragraph.role === 'caption' || paragraph.role === 'label' || paragraph.role === 'furniture') continue
      candidates.push(...findCandidates(paragraph, byParagraph.get(paragraph.index) ?? [], introduced))
      introduced = trailingIntroduction(paragraph)
    }
    file.data.quoteCandidates = candidates
    file.data.quoteSpans = spans
  }
}
