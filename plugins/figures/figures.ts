import type { Root } from 'mdast'
import type { VFile } from 'vfile'
import { ensureBriefing } from '../assemble/state.ts'

/**
 * Find the article's figures (work in progress).
 *
 * @returns the transformer.
 */
export function briefingFigures() {
  return function transform(_tree: Root, file: VFile): undefined {
    ensureBriefing(file).figures = []
  }
}
