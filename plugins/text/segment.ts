import type { Root } from 'mdast'
import type { Point, Position } from 'unist'
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
    // (paragraphs are the root's children: no need to walk into the words just made)
    for (const node of tree.children) {
      if (node.type !== 'paragraph') continue
      const paragraph = paragraphs[node.data?.index ?? -1]
      if (!paragraph) continue
      const starts = sentenceStarts(paragraph.text)
      node.data = { ...node.data, starts }
      node.children = segment(paragraph, paragraphTokens(paragraph), starts, node.position)
    }
  }
}

/** Where a paragraph stands, for the positions of its words: its offset map and its line. */
interface Locator {
  paragraph: SourceParagraph
  line: number
  /** The source offset of the line's first character. */
  lineStart: number
}

/** The unist point of a source offset on the locator's line. */
function pointAt(locator: Locator, offset: number): Point {
  return { line: locator.line, column: offset - locator.lineStart + 1, offset }
}

/**
 * A word node. Its value and position are read from its token when asked (most words are never
 * asked), so that putting every word on the tree costs one small object per word.
 */
class Word implements WordNode {
  readonly type = 'word'
  readonly data: { token: Token }
  readonly #locator: Locator

  constructor(token: Token, locator: Locator) {
    this.data = { token }
    this.#locator = locator
  }

  get value(): string {
    return this.data.token.text
  }

  get position(): Position {
    const [from, to] = sourceSpan(this.#locator.paragraph, this.data.token.start, this.data.token.end)
    return { start: pointAt(this.#locator, from), end: pointAt(this.#locator, to) }
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
  const locator: Locator = {
    paragraph,
    line: position?.start.line ?? 1,
    lineStart: position ? position.start.offset! - (position.start.column - 1) : 0
  }
  const sentences: SentenceNode[] = []
  let k = 0
  for (let s = 0; s < starts.length; s++) {
    const end = s + 1 < starts.length ? starts[s + 1]! : paragraph.text.length
    const first = k
    const words: WordNode[] = []
    for (; k < tokens.length && tokens[k]!.start < end; k++) words.push(new Word(tokens[k]!, locator))
    if (words.length === 0) continue
    const [from, to] = sourceSpan(paragraph, tokens[first]!.start, tokens[k - 1]!.end)
    sentences.push({
      type: 'sentence',
      children: words,
      position: { start: pointAt(locator, from), end: pointAt(locator, to) },
      data: { from: tokens[first]!.start, to: tokens[k - 1]!.end }
    })
  }
  return sentences
}
