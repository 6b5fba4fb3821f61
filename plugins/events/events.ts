import type { Root } from 'mdast'
import type { VFile } from 'vfile'
import { sentenceStarts, sentenceStartsOf } from '../text/sentences.ts'
import { sourceSpan } from '../text/spans.ts'
import { paragraphNodes } from '../text/tree.ts'
import type { SourceParagraph } from '../types.ts'
import { resolveDate } from './resolve.ts'
import { isNext, mergeOccasions, orderTimeline, type EventMention } from './timeline.ts'
import { scanTimes } from './times.ts'
import { whatHappens } from './what.ts'

/** A weekday in the plural. */
const HABIT = /\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days\b/

/** Options for {@link paragraphEvents}. */
export interface ParagraphEventOptions {
  /** The article's ISO date (default: null: only absolute dates resolve). */
  articleDate?: string | null
  /** Where its sentences start (default: split here; the pipeline passes the tree's). */
  starts?: readonly number[]
  /** Source spans of direct quotation: a time said inside one is the speaker's, no event (default: none). */
  quoted?: readonly (readonly [number, number])[]
}

/**
 * Find the events of one paragraph: each time expression with what happens then, resolved by
 * the tense of its clause; a time inside direct quotation, a hypothetical (`can end this
 * tomorrow`) or a condition (`if the talks fail on Monday`) is no event.
 *
 * @param paragraph the source paragraph (its cleaned text is read).
 * @param options the article's date, the sentence starts and the quoted spans.
 * @returns the events, in text order.
 */
export function paragraphEvents(paragraph: SourceParagraph, options: ParagraphEventOptions = {}): EventMention[] {
  const { articleDate = null, quoted = [] } = options
  const text = paragraph.text
  const spans = scanTimes(text)
  if (spans.length === 0) return []
  const sentences = options.starts ?? sentenceStarts(text)
  const events: EventMention[] = []
  for (const span of spans) {
    const [start, end] = sourceSpan(paragraph, span.from, span.to)
    if (quoted.some(([from, to]) => from <= start && end <= to)) continue
    const when = text.slice(span.from, span.to)
    // `on Saturdays`: what happens every week is a habit, not an event
    if (HABIT.test(when)) continue
    const told = whatHappens(text, sentences, span.from, span.to, spans)
    if (told.hypothetical) continue
    const date = resolveDate(when, articleDate, told.future)
    events.push({
      when,
      what: told.what,
      date,
      next: isNext(date, told.tense !== 'past', articleDate),
      paragraph: paragraph.index,
      start,
      end,
      also: [],
      told: told.verb
    })
  }
  return events
}

/**
 * Find the article's events in title and body paragraphs, a dateline's date included; captions
 * and labels are skipped, and so are times inside direct quotation, hypotheticals and conditions.
 * Each paragraph's events are left on its node; the timeline merges them into one event per
 * occasion and orders them (past in date order, then what comes next; without an article date,
 * text order).
 *
 * @returns the transformer, which leaves each paragraph's events on its node (`node.data.events`)
 *   and the timeline on the file (`file.data.events`).
 */
export function briefingEvents() {
  return function transform(tree: Root, file: VFile): undefined {
    const starts = sentenceStartsOf(tree)
    const articleDate = file.data.articleDate ?? null
    const nodes = paragraphNodes(tree)
    const quoted = nodes.flatMap((node) =>
      (node?.data?.quotes ?? [])
        .filter((quote) => quote.kind === 'direct')
        .map((quote) => [quote.start, quote.end] as const)
    )
    const dateline = file.data.dateline ?? null
    const mentions: EventMention[] = []
    for (const paragraph of file.data.paragraphs ?? []) {
      if (paragraph.role === 'caption' || paragraph.role === 'label' || paragraph.role === 'furniture') continue
      // a dateline's date (`Oct. 4 (UPI) —`) is when the story's first event happened
      // (its text differs from the tree's there, so its sentences are split again)
      const dated = dateline?.paragraph === paragraph.index
      const read = dated ? { ...paragraph, text: dateline.text } : paragraph
      const events = paragraphEvents(read, {
        articleDate,
        starts: dated ? undefined : starts[paragraph.index],
        quoted
      })
      mentions.push(...events)
      const node = nodes[paragraph.index]
      if (node && events.length) node.data = { ...node.data, events: events.map(({ told: _, ...event }) => event) }
    }
    file.data.events = orderTimeline(mergeOccasions(mentions), articleDate)
  }
}
