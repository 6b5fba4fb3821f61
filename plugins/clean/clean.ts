import type { Root, Text } from 'mdast'
import type { VFile } from 'vfile'
import { visit } from 'unist-util-visit'
import { cleanText } from './clean-text.ts'

/**
 * Clean every paragraph (mojibake, no-break spaces, invisible characters) and
 * keep the offset map back to the source, so every later span still points at
 * the original text. Text nodes get the cleaned value; their positions stay.
 * Paragraph indexes stay those of the source's non-blank lines, so a line holding only a
 * stray `Â` or invisible characters stays a paragraph whose cleaned `text` is empty.
 *
 * @returns the transformer.
 */
export function briefingClean() {
  return function transform(tree: Root, file: VFile): undefined {
    const paragraphs = file.data.paragraphs ?? []
    for (const paragraph of paragraphs) {
      const raw = paragraph.text
      const cleaned = cleanText(raw, paragraph.start)
      // Trim what cleaning turned into edge spaces.
      let from = 0
      let to = cleaned.text.length
      while (from < to && cleaned.text[from] === ' ') from++
      while (to > from && cleaned.text[to - 1] === ' ') to--
      paragraph.text = cleaned.text.slice(from, to)
      paragraph.map = cleaned.map.slice(from, to + 1)
      paragraph.ends = cleaned.ends.slice(from, to)
    }
    visit(tree, 'paragraph', (node) => {
      const index = (node.data as { index?: number } | undefined)?.index
      const text = node.children[0] as Text | undefined
      if (index !== undefined && text && paragraphs[index]) text.value = paragraphs[index].text
    })
  }
}
