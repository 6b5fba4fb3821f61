/**
 * What a reader reads on a built briefing page, for the page's budget checks (issue 11): the words
 * of `<main>` above the source text, as shown (text for screen readers only and hidden elements
 * left out; folded quotes counted), and the sentences of eight words or more said three times or more.
 */
import { parseHTML } from 'linkedom'

/** Words: runs of non-space holding a letter or a digit (`¶` alone is no word). */
export function wordsOf(text: string): string[] {
  return text.split(/\s+/u).filter((word) => /[\p{L}\p{N}]/u.test(word))
}

/**
 * The text of a briefing page's `<main>` above its source text (`#source`).
 *
 * @param html the built page.
 * @returns the text blocks, in document order (one per paragraph, list item, heading, cell…).
 */
export function textAboveSource(html: string): string[] {
  const { document } = parseHTML(html)
  const main = document.querySelector('main')
  if (!main) throw new Error('no <main> in the page')
  const blocks: string[] = []
  let current: string[] = []
  const flush = () => {
    const text = current.join('').replace(/\s+/gu, ' ').trim()
    if (text) blocks.push(text)
    current = []
  }
  const BLOCK =
    /^(P|LI|H[1-6]|DT|DD|TD|TH|CAPTION|FIGCAPTION|SUMMARY|DIV|SECTION|UL|OL|DL|TABLE|TR|BLOCKQUOTE|FIGURE|HEADER)$/u
  let stop = false
  const walk = (node: Node): void => {
    if (stop) return
    if (node.nodeType === 3) {
      current.push(node.textContent ?? '')
      return
    }
    if (node.nodeType !== 1) return
    const element = node as Element
    if (element.id === 'source') {
      stop = true
      return
    }
    const tag = element.tagName.toUpperCase()
    if (
      tag === 'SVG' ||
      tag === 'SCRIPT' ||
      tag === 'STYLE' ||
      element.hasAttribute('hidden') ||
      element.classList.contains('visually-hidden')
    )
      return
    const block = BLOCK.test(tag)
    if (block) flush()
    for (const child of [...element.childNodes]) walk(child)
    if (block) flush()
  }
  walk(main)
  flush()
  return blocks
}

/**
 * The sentences of a text that have at least `min` words, each normalised (space, case).
 *
 * @param blocks text blocks.
 * @param min the fewest words (default 8).
 * @returns the sentences.
 */
export function longSentences(blocks: string[], min = 8): string[] {
  return blocks
    .flatMap((block) => block.split(/(?<=[.!?][’”'")]?)\s+(?=[‘“'"(]?[A-Z0-9])/u))
    .map((sentence) =>
      sentence
        .replace(/[\s¶]+\d*\s*$/u, '')
        .replace(/\s+/gu, ' ')
        .trim()
        .toLowerCase()
    )
    .filter((sentence) => wordsOf(sentence).length >= min)
}

/**
 * The sentences said `times` times or more.
 *
 * @param blocks text blocks.
 * @param times how often (default 3).
 * @returns each repeated sentence with its count.
 */
export function repeatedSentences(blocks: string[], times = 3): { sentence: string; count: number }[] {
  const counts = new Map<string, number>()
  for (const sentence of longSentences(blocks)) counts.set(sentence, (counts.get(sentence) ?? 0) + 1)
  return [...counts].filter(([, count]) => count >= times).map(([sentence, count]) => ({ sentence, count }))
}
