import type { Root } from 'mdast'
import type { VFile } from 'vfile'

/**
 * Quotes (work in progress).
 *
 * @returns the transformer.
 */
export function briefingQuotes() {
  return function transform(_tree: Root, _file: VFile): undefined {}
}
