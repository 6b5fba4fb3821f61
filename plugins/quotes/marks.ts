import type { SourceParagraph } from '../types.ts'

/** A span between quote marks in one paragraph's cleaned text. */
export interface QuoteSpan {
  paragraph: number
  /** Index of the opening mark (or the paragraph start when the quote runs on from the previous one). */
  open: number
  /** Index of the closing mark, or the paragraph's length when the quote runs to its end unclosed. */
  close: number
  /** Whether a closing mark was found in this paragraph. */
  closed: boolean
  /** Whether it continues a quote left open at the end of the previous paragraph. */
  continued: boolean
  /** The span this one continues, or `null`. */
  previous: QuoteSpan | null
  /** Double or single marks. */
  mark: 'double' | 'single'
  /** Whether it sits inside another quote (nested); nested spans are not speech of their own. */
  nested: boolean
}

const LETTER = /[\p{L}\p{N}]/u
/** Every character that may be a quote mark. */
const QUOTE_MARK = /["'“”‘’«»„]/g
const OPEN_CONTEXT = /[\s([{\-–—/"“‘']/u

type Role = 'open' | 'close' | 'either' | 'none'

/** What a character at `i` may be: an opening mark, a closing mark, either, or not a quote mark. */
function markRole(text: string, i: number): { role: Role; mark: 'double' | 'single' } | null {
  const c = text[i]!
  const before = i > 0 ? text[i - 1]! : ' '
  const after = i + 1 < text.length ? text[i + 1]! : ' '
  const spaceBefore = OPEN_CONTEXT.test(before)
  const spaceAfter = /[\s.,;:!?)\]}\-–—…"”’']/u.test(after) || i + 1 >= text.length
  switch (c) {
    case '“':
      // `…who pays,“ said`: some pages print the marks the wrong way round
      if ((!spaceBefore && spaceAfter && LETTER.test(before)) || (/[,.!?]/.test(before) && spaceAfter))
        return { role: 'close', mark: 'double' }
      return { role: 'open', mark: 'double' }
    case '«':
    case '„':
      return { role: 'open', mark: 'double' }
    case '”':
    case '»':
      return { role: spaceBefore && !spaceAfter ? 'open' : 'close', mark: 'double' }
    case '"':
      if (spaceBefore && !spaceAfter) return { role: 'open', mark: 'double' }
      if (!spaceBefore && spaceAfter) return { role: 'close', mark: 'double' }
      return { role: 'either', mark: 'double' }
    case '‘':
      // ‘90s, ‘em: an apostrophe standing for dropped letters
      if (/^\d\ds\b/.test(text.slice(i + 1, i + 5)) || /^em\b/.test(text.slice(i + 1, i + 4))) return null
      return { role: 'open', mark: 'single' }
    case '’':
    case "'":
      if (LETTER.test(before) && LETTER.test(after)) return null // I’m, Chile’s
      // Dato’ Seri: the apostrophe of a Malay title, not a closing mark
      if (/(?:^|[^\p{L}])[Dd]ato$/u.test(text.slice(Math.max(0, i - 5), i))) return null
      if (spaceBefore && !spaceAfter)
        return c === "'" && /^\d\ds\b/.test(text.slice(i + 1, i + 5)) ? null : { role: 'open', mark: 'single' }
      if (!spaceBefore && spaceAfter) return { role: 'close', mark: 'single' }
      return null
    default:
      return null
  }
}

/**
 * Find every quoted span of the body, title and label paragraphs: curly, straight
 * and guillemet marks, single and double, nested quotes, apostrophes inside words
 * left alone. A quote left open at a paragraph's end runs to that end; when the
 * next paragraph opens with the same mark it continues there (a multi-paragraph
 * quote), otherwise it simply ends.
 *
 * @param paragraphs the source paragraphs (captions are skipped).
 * @returns top-level and nested spans, in text order.
 */
export function findQuoteSpans(paragraphs: SourceParagraph[]): QuoteSpan[] {
  const spans: QuoteSpan[] = []
  let carried: { mark: 'double' | 'single'; span: QuoteSpan } | null = null
  for (const paragraph of paragraphs) {
    if (paragraph.role === 'caption' || paragraph.role === 'furniture') continue
    const text = paragraph.text
    const stack: { at: number; mark: 'double' | 'single'; continued: boolean; previous: QuoteSpan | null }[] = []
    let first = true
    // jump from one quote mark to the next; `first` stays true only while nothing but spaces came before
    QUOTE_MARK.lastIndex = 0
    let previousEnd = 0
    for (let mark = QUOTE_MARK.exec(text); mark; mark = QUOTE_MARK.exec(text)) {
      const i = mark.index
      if (first && i > previousEnd && /[^ ]/.test(text.slice(previousEnd, i))) first = false
      previousEnd = i + 1
      const found = markRole(text, i)
      if (!found) {
        first = false
        continue
      }
      const top = stack[stack.length - 1]
      // `the workers’ union`: a plural possessive, when a later mark can close the quote
      if (
        found.role === 'close' &&
        found.mark === 'single' &&
        text[i - 1] === 's' &&
        /^\s\p{Ll}/u.test(text.slice(i + 1, i + 3)) &&
        laterClose(text, i + 1)
      ) {
        first = false
        continue
      }
      const closesTop = top && top.mark === found.mark && (found.role === 'close' || found.role === 'either')
      if (closesTop) {
        stack.pop()
        spans.push({
          paragraph: paragraph.index,
          open: top.at,
          close: i,
          closed: true,
          continued: top.continued,
          previous: top.previous,
          mark: found.mark,
          nested: stack.length > 0
        })
      } else if (
        top &&
        top.mark === found.mark &&
        found.role === 'open' &&
        /[.!?…]["'”’]?\s*$/.test(text.slice(Math.max(0, i - 4), i))
      ) {
        // the same mark opening again after a sentence end: the earlier quote was never closed
        stack.pop()
        let end = i
        while (end > top.at && /\s/.test(text[end - 1]!)) end--
        spans.push({
          paragraph: paragraph.index,
          open: top.at,
          close: end,
          closed: false,
          continued: top.continued,
          previous: top.previous,
          mark: top.mark,
          nested: stack.length > 0
        })
        stack.push({ at: i, mark: found.mark, continued: false, previous: null })
      } else if (found.role === 'open' || found.role === 'either') {
        const continues: boolean = first && carried !== null && carried.mark === found.mark && stack.length === 0
        stack.push({
          at: i,
          mark: found.mark,
          continued: continues,
          previous: continues && carried ? carried.span : null
        })
      } else if (found.role === 'close' && stack.length > 0 && stack.some((s) => s.mark === found.mark)) {
        // a closing mark for an outer quote: close the inner ones too
        while (stack.length > 0) {
          const open = stack.pop()!
          if (open.mark === found.mark) {
            spans.push({
              paragraph: paragraph.index,
              open: open.at,
              close: i,
              closed: true,
              continued: open.continued,
              previous: open.previous,
              mark: found.mark,
              nested: stack.length > 0
            })
            break
          }
        }
      }
      first = false
    }
    carried = null
    // Unclosed quotes run to the paragraph's end; the outermost may continue in the next paragraph.
    if (stack.length > 0) {
      const outer = stack[0]!
      const end = trimEnd(text)
      const span: QuoteSpan = {
        paragraph: paragraph.index,
        open: outer.at,
        close: end,
        closed: false,
        continued: outer.continued,
        previous: outer.previous,
        mark: outer.mark,
        nested: false
      }
      spans.push(span)
      carried = { mark: outer.mark, span }
    }
  }
  return spans
    .filter((span) => !isNickname(paragraphs[span.paragraph]!.text, span))
    .sort((a, b) => a.paragraph - b.paragraph || a.open - b.open)
}

/** Whether a span is a nickname inside a name (`Arvid "Avi" Lindqvist`), not a quote. */
function isNickname(text: string, span: QuoteSpan): boolean {
  if (!span.closed || span.continued) return false
  const inner = text.slice(span.open + 1, span.close)
  return (
    /^\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*)?$/u.test(inner) &&
    /\p{Lu}[\p{L}.'’-]* $/u.test(text.slice(Math.max(0, span.open - 30), span.open)) &&
    /^ \p{Lu}/u.test(text.slice(span.close + 1, span.close + 3))
  )
}

/** The paragraph length without trailing spaces. */
function trimEnd(text: string): number {
  let end = text.length
  while (end > 0 && /\s/.test(text[end - 1]!)) end--
  return end
}

/** Whether a single closing mark stands later in the text, before any new opening one. */
function laterClose(text: string, from: number): boolean {
  for (let j = from; j < text.length; j++) {
    const c = text[j]
    if (c === '‘') return false
    if (
      (c === '’' || c === "'") &&
      !/[\p{L}\p{N}]/u.test(text[j + 1] ?? ' ') &&
      /[\p{L}\p{N}.,!?…]/u.test(text[j - 1] ?? ' ')
    )
      return true
  }
  return false
}
