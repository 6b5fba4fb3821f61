import type { Root } from 'mdast'
import type { VFile } from 'vfile'

/**
 * Speakers (work in progress).
 *
 * @returns the transformer.
 */
export function briefingSpeakers() {
  return function transform(_tree: Root, _file: VFile): undefined {}
}
