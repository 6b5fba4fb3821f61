import type { Root } from 'mdast'
import type { VFile } from 'vfile'
import { sentenceStartsOf } from '../text/sentences.ts'
import { paragraphNodes } from '../text/tree.ts'
import { findIssues } from './find.ts'

/**
 * unified plugin: find the article's issues (topics) from its body and title paragraphs by
 * key-phrase extraction and grouping, into `file.data.issues`: at most five, none mostly inside
 * another, each holding a quote or a figure, and every paragraph with a quote or a figure in one.
 *
 * @returns the transformer, which reads `file.data.paragraphs`, the speakers found so far and
 *   each paragraph's quotes and figures (`node.data`).
 */
export function briefingIssues() {
  return function transform(tree: Root, file: VFile): undefined {
    const evidence = new Set<number>()
    for (const node of paragraphNodes(tree)) {
      const index = node?.data?.index
      if (index === undefined) continue
      if ((node.data?.quotes?.length ?? 0) > 0 || (node.data?.figures?.length ?? 0) > 0) evidence.add(index)
    }
    file.data.issues = findIssues(file.data.paragraphs ?? [], {
      starts: sentenceStartsOf(tree),
      speakers: [...(file.data.speakers ?? []), ...(file.data.mentioned ?? [])],
      evidence
    })
  }
}
