/**
 * Spans of a paragraph's cleaned text mapped back to the source.
 */
import type { SourceParagraph } from '../types.ts'

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
