import type { Root } from 'mdast'
import type { VFile } from 'vfile'
import { ensureBriefing } from '../state.ts'

/**
 * Finish the briefing document: order every list by source position.
 *
 * @returns the transformer.
 */
export function briefingAssemble() {
  return function transform(_tree: Root, file: VFile): undefined {
    const briefing = ensureBriefing(file)
    briefing.quotes.sort((a, b) => a.start - b.start)
    briefing.figures.sort((a, b) => a.start - b.start)
    briefing.captions.sort((a, b) => a.start - b.start)
  }
}
