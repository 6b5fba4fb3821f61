import type { Root } from 'mdast'
import type { VFile } from 'vfile'
import { sourceSpan } from '../text/spans.ts'
import type { Briefing } from '../types.ts'

/**
 * Build the briefing document from what the stages left on the file: the title, the speakers
 * and their quotes, the figures, the captions (the paragraphs `structure` set apart), the issues
 * and the events, every list of spans in source order. The only plugin that builds a `Briefing`.
 *
 * @returns the transformer, which fills `file.data.briefing`.
 */
export function briefingAssemble() {
  return function transform(_tree: Root, file: VFile): undefined {
    const source = String(file.value)
    const briefing: Briefing = {
      title: file.data.title ?? null,
      speakers: file.data.speakers ?? [],
      mentioned: file.data.mentioned ?? [],
      quotes: [...(file.data.quotes ?? [])].sort((a, b) => a.start - b.start),
      figures: [...(file.data.figures ?? [])].sort((a, b) => a.start - b.start),
      captions: (file.data.paragraphs ?? [])
        .filter((paragraph) => paragraph.role === 'caption')
        .map((paragraph) => {
          const [start, end] = sourceSpan(paragraph, 0, paragraph.text.length)
          return { text: source.slice(start, end), start, end }
        })
        .sort((a, b) => a.start - b.start),
      issues: file.data.issues ?? [],
      events: file.data.events ?? []
    }
    file.data.briefing = briefing
  }
}
