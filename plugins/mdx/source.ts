/**
 * The source text with its highlights: each quote and figure becomes a
 * `<mark id=…>` span at its exact place in its paragraph (nested when a figure
 * lies inside a quote; clipped when two spans overlap).
 */
import type { PhrasingContent } from 'mdast'
import type { SourceParagraph } from '../types.ts'
import { inline, text } from './jsx.ts'

/** A highlighted span, in source offsets. */
export interface Highlight {
  /** The anchor id (`q-3`, `f-1`). */
  id: string
  /** `quote` or `figure`, used as the mark's class. */
  kind: 'quote' | 'figure'
  start: number
  end: number
  /** Accessible description (`Quote 3: Keir Starmer`). */
  label?: string
}

/**
 * The index into `paragraph.text` of a source offset: the first character at or after it.
 *
 * @param paragraph the source paragraph.
 * @param offset a source offset.
 * @returns an index in `[0, text.length]`.
 */
export function textIndex(paragraph: SourceParagraph, offset: number): number {
  const map = paragraph.map
  if (!map || map.length === 0) return Math.max(0, Math.min(paragraph.text.length, offset - paragraph.start))
  let low = 0
  let high = Math.min(map.length - 1, paragraph.text.length)
  if (offset <= map[0]!) return 0
  if (offset > map[high]!) return high
  while (low < high) {
    const middle = (low + high) >> 1
    if (map[middle]! < offset) low = middle + 1
    else high = middle
  }
  return low
}

interface Span {
  id: string
  kind: Highlight['kind']
  label?: string
  from: number
  to: number
}

/**
 * The phrasing content of one paragraph with its highlights as `<mark>` elements.
 *
 * @param paragraph the source paragraph.
 * @param highlights the spans (any paragraph; those outside this one are ignored).
 * @returns text and `mdxJsxTextElement` nodes.
 */
export function highlightParagraph(paragraph: SourceParagraph, highlights: Highlight[]): PhrasingContent[] {
  const spans: Span[] = highlights
    .filter((highlight) => highlight.end > paragraph.start && highlight.start < paragraph.end)
    .map((highlight) => ({
      id: highlight.id,
      kind: highlight.kind,
      label: highlight.label,
      from: textIndex(paragraph, Math.max(highlight.start, paragraph.start)),
      to: textIndex(paragraph, Math.min(highlight.end, paragraph.end))
    }))
    .filter((span) => span.to > span.from)
    .sort((a, b) => a.from - b.from || b.to - a.to)
  return build(paragraph.text, 0, paragraph.text.length, spans)
}

/**
 * Build the nodes of `value.slice(from, to)` with the spans inside it.
 *
 * @param value the paragraph text.
 * @param from start index.
 * @param to end index.
 * @param spans spans sorted by start, longest first, all within `[from, to)`.
 * @returns the nodes.
 */
function build(value: string, from: number, to: number, spans: Span[]): PhrasingContent[] {
  const nodes: PhrasingContent[] = []
  let cursor = from
  let index = 0
  while (index < spans.length) {
    const span = spans[index]!
    index++
    const start = Math.max(span.from, cursor)
    const end = Math.min(span.to, to)
    if (end <= start) continue
    // Spans that start inside this one nest (clipped to it).
    const inner: Span[] = []
    while (index < spans.length && spans[index]!.from < end) {
      const candidate = spans[index]!
      inner.push({ ...candidate, from: Math.max(candidate.from, start), to: Math.min(candidate.to, end) })
      index++
    }
    if (start > cursor) nodes.push(text(value.slice(cursor, start)))
    nodes.push(
      inline(
        'mark',
        { id: span.id, class: `hl hl--${span.kind}`, title: span.label },
        build(
          value,
          start,
          end,
          inner.filter((candidate) => candidate.to > candidate.from)
        )
      )
    )
    cursor = end
  }
  if (to > cursor) nodes.push(text(value.slice(cursor, to)))
  return nodes
}
