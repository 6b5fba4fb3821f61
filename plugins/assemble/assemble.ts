import type { Root } from 'mdast'
import type { VFile } from 'vfile'
import { sourceSpan } from '../text/spans.ts'
import { paragraphNodes } from '../text/tree.ts'
import type { Briefing } from '../types.ts'

/**
 * Build the briefing document from what the stages left on the tree and the file: each
 * paragraph's quotes and figures (`node.data`), the title, date, speakers, mentioned people,
 * issues, timeline and summary of the article (`file.data`), the captions (the paragraphs `structure` set apart), every
 * list of spans in source order. The only plugin that builds a `Briefing`.
 *
 * @returns the transformer, which fills `file.data.briefing`.
 */
export function briefingAssemble() {
  return function transform(tree: Root, file: VFile): undefined {
    const source = String(file.value)
    const nodes = paragraphNodes(tree)
    const briefing: Briefing = {
      title: file.data.title ?? null,
      date: file.data.articleDate ?? null,
      speakers: file.data.speakers ?? [],
      mentioned: file.data.mentioned ?? [],
      quotes: nodes
        .flatMap((node) => node?.data?.quotes ?? [])
        .map((quote) => ({ ...quote, weight: quote.weight ?? 0, rank: quote.rank ?? 0 }))
        .sort((a, b) => a.start - b.start),
      figures: nodes.flatMap((node) => node?.data?.figures ?? []).sort((a, b) => a.start - b.start),
      captions: (file.data.paragraphs ?? [])
        .filter((paragraph) => paragraph.role === 'caption')
        .map((paragraph) => {
          const [start, end] = sourceSpan(paragraph, 0, paragraph.text.length)
          return { text: source.slice(start, end), start, end }
        })
        .sort((a, b) => a.start - b.start),
      issues: file.data.issues ?? [],
      events: file.data.events ?? [],
      summary: file.data.summary ?? { headline: null, lede: [], keyPoints: [], speakers: [], figures: [], next: [] }
    }
    file.data.briefing = briefing
  }
}
