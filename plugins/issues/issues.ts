import type { Root } from 'mdast'
import type { VFile } from 'vfile'
import { sentenceStartsOf } from '../text/sentences.ts'
import { findIssues } from './find.ts'

/**
 * unified plugin: find the article's issues (topics) from its body and title
 * paragraphs by key-phrase extraction and grouping, into `file.data.issues`.
 *
 * @returns the transformer, which reads `file.data.paragraphs` and the speakers found so far.
 */
export function briefingIssues() {
  return function transform(tree: Root, file: VFile): undefined {
    file.data.issues = findIssues(file.data.paragraphs ?? [], {
      starts: sentenceStartsOf(tree),
      speakers: [...(file.data.speakers ?? []), ...(file.data.mentioned ?? [])]
    })
  }
}
