import type { Root } from 'mdast'
import type { VFile } from 'vfile'
import { sentenceStarts, sentenceStartsOf } from '../text/sentences.ts'
import { paragraphNodes } from '../text/tree.ts'
import type { BriefingEvent, SourceParagraph } from '../types.ts'
import { resolveDate } from './resolve.ts'
import { scanTimes } from './times.ts'
import { whatHappens } from './what.ts'

/**
 * Find the events of one paragraph: each time expression with what happens then.
 *
 * @param paragraph the source paragraph (its cleaned text is read).
 * @param articleDate the article's ISO date, or null (default: null).
 * @param starts where its sentences start (default: split here; the pipeline passes the tree's).
 * @returns the events, in text order.
 */
export function paragraphEvents(
  paragraph: SourceParagraph,
  articleDate: string | null = null,
  starts?: readonly number[]
): BriefingEvent[] {
  const text = paragraph.text
  const spans = scanTimes(text)
  if (spans.length === 0) return []
  const sentences = starts ?? sentenceStarts(text)
  return spans.map((span) => {
    const when = text.slice(span.from, span.to)
    const { what, future } = whatHappens(text, sentences, span.from, span.to, spans)
    return { when, what, date: resolveDate(when, articleDate, future) }
  })
}

/**
 * Find the article's events (time expressions tied to what happens then) in
 * title and body paragraphs, a dateline's date included; captions and labels are skipped. Exact
 * duplicates (same `when` and `what`) are merged.
 *
 * @returns the transformer, which leaves each paragraph's events on its node (`node.data.events`).
 */
export function briefingEvents() {
  return function transform(tree: Root, file: VFile): undefined {
    const starts = sentenceStartsOf(tree)
    const articleDate = file.data.articleDate ?? null
    const nodes = paragraphNodes(tree)
    const seen = new Set<string>()
    const dateline = file.data.dateline ?? null
    for (const paragraph of file.data.paragraphs ?? []) {
      if (paragraph.role === 'caption' || paragraph.role === 'label' || paragraph.role === 'furniture') continue
      // a dateline's date (`Oct. 4 (UPI) —`) is when the story's first event happened
      // (its text differs from the tree's there, so its sentences are split again)
      const dated = dateline?.paragraph === paragraph.index
      const read = dated ? { ...paragraph, text: dateline.text } : paragraph
      const events: BriefingEvent[] = []
      for (const event of paragraphEvents(read, articleDate, dated ? undefined : starts[paragraph.index])) {
        const id = `${event.when.toLowerCase()}\u0000${event.what.toLowerCase()}`
        if (seen.has(id)) continue
        seen.add(id)
        events.push(event)
      }
      const node = nodes[paragraph.index]
      if (node && events.length) node.data = { ...node.data, events }
    }
  }
}
