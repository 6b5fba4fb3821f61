import type { Paragraph, Root } from 'mdast'
import type { Processor } from 'unified'
import type { VFile } from 'vfile'
import type { SourceParagraph } from '../types.ts'

/**
 * unified parser for raw article text: every non-blank line becomes one mdast
 * `paragraph` with a single `text` child, positioned by offsets in the source.
 * It also fills `file.data.paragraphs`, the flat view later plugins read.
 * Nothing is cleaned here: `text` is the raw line (see `briefingClean`).
 *
 * @this {Processor}
 * @returns {undefined}
 */
export function briefingParse(this: Processor): undefined {
  this.parser = (document: string, file: VFile): Root => parseArticle(document, file)
}

/**
 * Parse raw article text into an mdast root and record the paragraphs on `file`.
 *
 * @param document the whole source text.
 * @param file the vfile whose `data.paragraphs` is filled.
 * @returns the mdast root.
 */
export function parseArticle(document: string, file: VFile): Root {
  const paragraphs: SourceParagraph[] = []
  const children: Paragraph[] = []
  const lineBreak = /\r\n|\r|\n|\u2028|\u2029/g
  let lineStart = 0
  let line = 1
  const visit = (from: number, to: number): void => {
    let start = from
    let end = to
    while (start < end && isBlank(document.charCodeAt(start))) start++
    while (end > start && isBlank(document.charCodeAt(end - 1))) end--
    if (end > start) {
      const text = document.slice(start, end)
      const map = new Array<number>(text.length + 1)
      for (let i = 0; i <= text.length; i++) map[i] = start + i
      const ends = map.slice(1)
      paragraphs.push({ index: paragraphs.length, role: 'body', text, map, ends, start, end })
      const position = {
        start: { line, column: start - from + 1, offset: start },
        end: { line, column: end - from + 1, offset: end }
      }
      children.push({
        type: 'paragraph',
        data: { index: paragraphs.length - 1 } as Paragraph['data'],
        position,
        children: [{ type: 'text', value: text, position }]
      })
    }
  }
  for (let match = lineBreak.exec(document); match; match = lineBreak.exec(document)) {
    visit(lineStart, match.index)
    lineStart = match.index + match[0].length
    line++
  }
  visit(lineStart, document.length)
  file.data.paragraphs = paragraphs
  return {
    type: 'root',
    children,
    position: {
      start: { line: 1, column: 1, offset: 0 },
      end: { line, column: document.length - lineStart + 1, offset: document.length }
    }
  }
}

/** Whitespace that never carries meaning at a line's edges (including no-break space and BOM). */
function isBlank(code: number): boolean {
  return code === 32 || code === 9 || code === 0xa0 || code === 0xfeff || code === 0x200b || code === 0x3000
}
