import type { VFile } from 'vfile'
import type { Briefing, SourceParagraph } from './types.ts'

/**
 * The briefing being filled on `file`, created empty on first use.
 *
 * @param file the article's vfile.
 * @returns `file.data.briefing`.
 */
export function ensureBriefing(file: VFile): Briefing {
  file.data.briefing ??= {
    title: null,
    speakers: [],
    mentioned: [],
    quotes: [],
    figures: [],
    captions: [],
    issues: [],
    events: []
  }
  return file.data.briefing
}

/**
 * Map a span of a paragraph's cleaned text back to source offsets.
 *
 * @param paragraph the source paragraph (its `map` and `ends`).
 * @param from start index in the cleaned text.
 * @param to end index (exclusive) in the cleaned text.
 * @returns `[start, end]` in the source; `source.slice(start, end)` holds the span.
 */
export function sourceSpan(paragraph: SourceParagraph, from: number, to: number): [number, number] {
  const start = paragraph.map[from]!
  return [start, to > from ? paragraph.ends[to - 1]! : start]
}
