import type { Root } from 'mdast'
import type { VFile } from 'vfile'

/**
 * Structure (work in progress).
 *
 * @returns the transformer.
 */
export function briefingStructure() {
  return function transform(_tree: Root, _file: VFile): undefined {}
}
