import type { Root } from 'mdast'
import type { VFile } from 'vfile'
import { ensureBriefing, sourceSpan } from '../state.ts'
import type { Figure, SourceParagraph } from '../types.ts'
import { localiseCurrencies } from './currency.ts'
import { scanFigures } from './scan.ts'
import { sentenceAt, sentenceStarts } from '../text/sentences.ts'
import { tokenize } from './tokens.ts'

/**
 * Find the figures of one paragraph, located in the source text.
 *
 * @param paragraph the source paragraph (cleaned text and offset map).
 * @param source the whole source text (`String(file.value)`).
 * @returns the paragraph's figures, in order.
 */
export function paragraphFigures(paragraph: SourceParagraph, source: string): Figure[] {
  const text = paragraph.text
  if (
    !/[0-9]|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|dozens|hundreds|thousands|millions|billions|trillions|many|several|half|a century|a decade|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)\b/i.test(
      text
    )
  )
    return []
  const spans = scanFigures(text, tokenize(text))
  if (spans.length === 0) return []
  const starts = sentenceStarts(text)
  return spans.map((span) => {
    const [start, end] = sourceSpan(paragraph, span.from, span.to)
    const [cFrom, cTo] = sentenceAt(text, starts, span.from)
    return {
      text: source.slice(start, end),
      value: span.value,
      unit: span.unit,
      context: text.slice(cFrom, cTo),
      key: span.key,
      start,
      end
    }
  })
}

/**
 * Find the article's figures (money, percentages, counts, durations, years)
 * in title and body paragraphs; captions and labels are skipped.
 *
 * @returns the transformer, which fills `file.data.briefing.figures`.
 */
export function briefingFigures() {
  return function transform(_tree: Root, file: VFile): undefined {
    const source = String(file.value)
    const figures: Figure[] = []
    for (const paragraph of file.data.paragraphs ?? []) {
      if (paragraph.role === 'caption' || paragraph.role === 'label' || paragraph.role === 'furniture') continue
      for (const figure of paragraphFigures(paragraph, source)) figures.push(figure)
    }
    localiseCurrencies(figures, source)
    ensureBriefing(file).figures = figures
  }
}
