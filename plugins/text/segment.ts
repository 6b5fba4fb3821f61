import type { Paragraph, Root } from 'mdast'
import type { Position } from 'unist'
import { visit } from 'unist-util-visit'
import type { VFile } from 'vfile'
import { sourceSpan } from './spans.ts'
import type { SentenceNode, SourceParagraph, WordNode } from '../types.ts'
import { sentenceStarts } from './sentences.ts'
import { paragraphTokens, type Token } from './tokens.ts'

/**
 * unified plugin: put the text on the tree. Each mdast `paragraph` gets `sentence` children and
 * each sentence its `word` children (words and punctuation marks), positioned in the source by
 * unist positions (line, column, offset) through the paragraph's offset map; `node.data.starts`
 * holds where each sentence starts in the cleaned text. The words are the tokens every later
 * stage reads (`paragraphTokens` hands out the same objects): one tokenizer and one sentence
 * splitter for the article, run once. Runs after `briefingStructure`, which blanks datelines.
 *
 * @returns the transformer.
 */
export function briefingSegment() {
  return function transform(tree: Root, file: VFile): undefined {
    const paragraphs = file.data.paragraphs ?? []
    visit(tree, 'paragraph', (node: Paragraph) => {
      const paragraph = paragraphs[node.data?.index ?? -1]
      if (!paragraph) return
      const starts = sentenceStarts(paragraph.text)
      node.data = { ...node.data, starts }
      node.children = segment(paragraph, paragraphTokens(paragraph), starts, node.position)
    })
  }
}

/**
 * The sentence nodes of one paragraph.
 *
 * @param paragraph the paragraph (cleaned text and offset map).
 * @param tokens its tokens.
 * @param starts where its sentences start in the cleaned text.
 * @param position the paragraph node's position (its line), if any.
 * @returns one sentence node per sentence that holds a token.
 */
function segment(
  paragraph: SourceParagraph,
  tokens: readonly Token[],
  starts: readonly number[],
  position: Position | undefined
): SentenceNode[] {
  const line = position?.start.line ?? 1
  // the offset of the line's first character, for columns
  const lineStart = position ? position.start.offset! - (position.start.column - 1) : 0
  const at = (offset: number): { line: number; column: number; offset: number } => ({
    line,
    column: offset - lineStart + 1,
    offset
  })
  const sentences: SentenceNode[] = []
  let k = 0
  for (let s = 0; s < starts.length; s++) {
    const end = s + 1 < starts.length ? starts[s + 1]! : paragraph.text.length
    const words: WordNode[] = []
    for (; k < tokens.length && tokens[k]!.start < end; k++) {
      const token = tokens[k]!
      const [from, to] = sourceSpan(paragraph, token.start, token.end)
      words.push({ type: 'word', value: token.text, position: { start: at(from), end: at(to) }, data: { token } })
    }
    if (words.length === 0) continue
    const first = words[0]!.data.token
    const last = words[words.length - 1]!.data.token
    sentences.push({
      type: 'sentence',
      children: words,
      position: { start: words[0]!.position!.start, end: words[words.length - 1]!.position!.end },
      data: { from: first.start, to: last.end }
    })
  }
  return sentences
}
