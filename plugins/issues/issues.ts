import type { Root } from 'mdast'
import type { VFile } from 'vfile'
import { ensureBriefing } from '../assemble/state.ts'

/**
 * Find the article's issues (work in progress).
 *
 * @returns the transformer.
 */
export function briefingIssues() {
  return function transform(_tree: Root, file: VFile): undefined {
    ensureBriefing(file).issues = []
  }
}
