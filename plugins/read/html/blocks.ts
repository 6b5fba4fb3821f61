/**
 * The text of an article body's HTML, one paragraph per block as a reader sees it: every block
 * element a paragraph, lines separated only by `<br>` as paragraphs of their own, `<pre>` lines
 * kept as written, items of an ordered list with their numbers, `<q>` in quote marks, and block
 * quotes as quoted paragraphs, the way newspapers print a continuing quote: an opening mark on
 * each paragraph, the closing mark only on the last, so the extraction reads them as quotes.
 */

/** One paragraph of the body. */
export interface TextBlock {
  /** The paragraph's lines: one, or several for a `<pre>` (kept together, one per line). */
  lines: string[]
  /** What the paragraph is on the page. */
  kind: 'text' | 'heading' | 'item' | 'caption' | 'pre'
  /** Inside a `<blockquote>`. */
  quoted: boolean
}

const BLOCK = new Set(
  'ADDRESS ARTICLE ASIDE BLOCKQUOTE CAPTION DD DETAILS DIV DL DT FIELDSET FIGCAPTION FIGURE FOOTER FORM H1 H2 H3 H4 H5 H6 HEADER HR LI MAIN NAV OL P PRE SECTION SUMMARY TABLE TBODY TFOOT THEAD TD TH TR UL'.split(
    ' '
  )
)
const SKIP = new Set('SCRIPT STYLE NOSCRIPT TEMPLATE SVG BUTTON SELECT TEXTAREA INPUT IFRAME OBJECT CANVAS'.split(' '))
const KIND: Record<string, TextBlock['kind']> = {
  H1: 'heading',
  H2: 'heading',
  H3: 'heading',
  H4: 'heading',
  H5: 'heading',
  H6: 'heading',
  LI: 'item',
  DT: 'item',
  DD: 'item',
  FIGCAPTION: 'caption',
  CAPTION: 'caption'
}

/** Opening quote marks a quoted paragraph may already start with. */
const OPENING = /^["“„«‘'‹「『]/u
const ATTRIBUTION = /^[—–―-]\s*\S/u

/** White space collapsed and trimmed. */
function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

/** The text of a `<pre>`, `<br>` as a line break, its lines without trailing white space. */
function preLines(pre: Element): string[] {
  let text = ''
  const walk = (node: Node): void => {
    if (node.nodeType === 3) text += node.textContent ?? ''
    else if (node.nodeType === 1) {
      const element = node as Element
      if (element.tagName === 'BR') text += '\n'
      else if (!SKIP.has(element.tagName)) for (const child of element.childNodes) walk(child)
    }
  }
  walk(pre)
  const lines = text
    .replace(/\r\n?/g, '\n')
    .replace(/\t/g, '    ')
    .split('\n')
    .map((line) => line.replace(/[\s\u00a0]+$/u, ''))
  while (lines.length && !lines[0]!.trim()) lines.shift()
  while (lines.length && !lines.at(-1)!.trim()) lines.pop()
  return lines.filter((line) => line.trim())
}

/**
 * Put a block quote's paragraphs in quote marks: an opening mark on each, the closing mark on
 * the last. An attribution line after them (`— Jane Roe, counsel`) joins the last paragraph, as a
 * pull quote prints it. Nothing is added when the quote's text already starts with a quote mark.
 *
 * @param blocks the quote's paragraphs (changed in place).
 * @returns how many paragraphs are left (an attribution joined is one fewer).
 */
function markQuote(blocks: TextBlock[]): number {
  let end = blocks.length
  while (end > 0 && blocks[end - 1]!.lines.length === 1 && ATTRIBUTION.test(blocks[end - 1]!.lines[0]!)) end--
  const quoted = blocks.slice(0, end)
  if (quoted.length === 0) return blocks.length
  if (!OPENING.test(quoted[0]!.lines[0]!)) {
    for (const block of quoted) block.lines = block.lines.map((line) => `“${line}`)
    quoted.at(-1)!.lines[quoted.at(-1)!.lines.length - 1] += '”'
  }
  const attribution = blocks.slice(end).map((block) => block.lines[0]!)
  if (attribution.length) quoted.at(-1)!.lines[quoted.at(-1)!.lines.length - 1] += ` ${attribution.join(' ')}`
  return end
}

/**
 * Read an article body's HTML (Readability's content) into paragraphs.
 *
 * @param root the body's element.
 * @returns the paragraphs, in order.
 */
export function textBlocks(root: Element): TextBlock[] {
  const blocks: TextBlock[] = []
  let buffer = ''
  // The number of an ordered list's item, given to the item's first line.
  let number = ''
  const flush = (kind: TextBlock['kind'], quoted: boolean): void => {
    const line = squash(buffer)
    buffer = ''
    if (!line) return
    blocks.push({ lines: [number + line], kind, quoted })
    number = ''
  }
  const walk = (node: Node, kind: TextBlock['kind'], quoted: boolean, quoteDepth: number): void => {
    if (node.nodeType === 3) {
      buffer += node.textContent ?? ''
      return
    }
    if (node.nodeType !== 1) return
    const element = node as Element
    const tag = element.tagName
    if (SKIP.has(tag)) return
    if (tag === 'BR') {
      flush(kind, quoted)
      return
    }
    if (tag === 'Q') {
      buffer += quoteDepth % 2 ? '‘' : '“'
      for (const child of element.childNodes) walk(child, kind, quoted, quoteDepth + 1)
      buffer += quoteDepth % 2 ? '’' : '”'
      return
    }
    if (!BLOCK.has(tag)) {
      for (const child of element.childNodes) walk(child, kind, quoted, quoteDepth)
      return
    }
    flush(kind, quoted)
    if (tag === 'PRE') {
      const lines = preLines(element)
      if (lines.length) blocks.push({ lines, kind: 'pre', quoted })
      return
    }
    if (tag === 'BLOCKQUOTE') {
      const start = blocks.length
      for (const child of element.childNodes) walk(child, 'text', true, quoteDepth)
      flush('text', true)
      const quote = blocks.slice(start)
      blocks.length = start + markQuote(quote)
      // A quote introduced by the paragraph before it (`…, she wrote:`) starts on that line, as
      // running text prints it, so the quote is read as that speaker's.
      const before = blocks[start - 1]
      const first = blocks[start]
      if (
        before &&
        first &&
        !before.quoted &&
        before.kind === 'text' &&
        first.kind === 'text' &&
        /:$/.test(before.lines.at(-1)!)
      ) {
        before.lines[before.lines.length - 1] += ` ${first.lines[0]}`
        blocks.splice(start, 1)
      }
      return
    }
    const own = KIND[tag] ?? kind
    if (tag === 'LI' && element.parentElement?.tagName === 'OL') {
      const list = element.parentElement
      const items = [...list.children].filter((child) => child.tagName === 'LI')
      const start = Number.parseInt(list.getAttribute('start') ?? '1', 10)
      const value = Number.parseInt(element.getAttribute('value') ?? '', 10)
      number = `${Number.isFinite(value) ? value : (Number.isFinite(start) ? start : 1) + items.indexOf(element)}. `
    }
    for (const child of element.childNodes) walk(child, own, quoted, quoteDepth)
    flush(own, quoted)
  }
  walk(root, 'text', false, 0)
  return blocks
}

/**
 * Keep a block quote's attribution, which Readability would drop with every `<footer>`: a
 * `<footer>` inside a `<blockquote>`, or the `<figcaption>` of a `<figure>` that holds one, becomes
 * the quote's last paragraph, starting with a dash (`— Jane Roe, counsel`).
 *
 * @param document the page, before Readability (changed in place).
 */
export function keepQuoteAttributions(document: Document): void {
  const attributions = [
    ...document.querySelectorAll('blockquote footer'),
    ...[...document.querySelectorAll('figure > figcaption')].filter((caption) =>
      caption.parentElement?.querySelector(':scope > blockquote')
    )
  ]
  for (const attribution of attributions) {
    const quote =
      attribution.tagName === 'FOOTER'
        ? attribution.closest('blockquote')
        : attribution.parentElement!.querySelector(':scope > blockquote')
    const text = squash(attribution.textContent ?? '')
    attribution.remove()
    if (!quote || !text) continue
    const paragraph = document.createElement('p')
    paragraph.textContent = ATTRIBUTION.test(text) ? text : `— ${text}`
    quote.append(paragraph)
  }
}
