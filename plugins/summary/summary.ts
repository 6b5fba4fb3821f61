import type { Root } from 'mdast'
import type { VFile } from 'vfile'
import { sentenceStartsOf } from '../text/sentences.ts'
import { paragraphNodes } from '../text/tree.ts'
import type { BriefingEvent, Passage, SpokenQuote, Summary } from '../types.ts'
import { chooseLede } from './lede.ts'
import { choosePoints } from './points.ts'
import { mainSpeakers, rankQuotes, weighQuotes } from './quotes.ts'
import { passage, storySentences, wordsOf, type Sentence } from './sentences.ts'

/** Most key figures and events of what comes next a summary names. */
const MAX_FIGURES = 3
const MAX_NEXT = 3

/**
 * Whether the headline itself tells an event (its `today`): the news, not what comes after it.
 * The event's span lies inside the headline, or one of its other mentions (`also`, the same
 * occasion told again) is the headline's words.
 *
 * @param event an event of the timeline.
 * @param headline the summary's headline.
 * @returns `true` when the headline tells the event.
 */
function toldByHeadline(event: BriefingEvent, headline: Passage): boolean {
  if (event.start >= headline.start && event.end <= headline.end) return true
  return event.also.some((what) => headline.display.includes(what) || headline.text.includes(what))
}

/**
 * unified plugin: what the briefing says first, chosen by the extraction. Every quote is weighed
 * and ranked among its speaker's (`weight`, `rank`, on the quotes the speakers stage left on the
 * tree); the summary names the headline (the title line, or the story's first sentence when the
 * text has none), the lede (the one or two sentences that carry the news, never the headline),
 * key points (whole sentences or clauses, one per main issue where it can), the main speakers,
 * up to three key figures and what happens next.
 *
 * @returns the transformer, which fills `file.data.summary`.
 */
export function briefingSummary() {
  return function transform(tree: Root, file: VFile): undefined {
    const source = String(file.value)
    const paragraphs = file.data.paragraphs ?? []
    const issues = file.data.issues ?? []
    const events = file.data.events ?? []
    const nodes = paragraphNodes(tree)
    const quotes: SpokenQuote[] = nodes.flatMap((node) => node?.data?.quotes ?? [])
    const weights = weighQuotes(quotes, issues, paragraphs.length)
    const ranks = rankQuotes(quotes, weights)
    quotes.forEach((quote, i) => {
      quote.weight = weights[i]
      quote.rank = ranks[i]
    })
    const figures = nodes.flatMap((node) => node?.data?.figures ?? [])
    const keyFigures = figures.filter((figure) => figure.key)
    const sentences = storySentences(paragraphs, sentenceStartsOf(tree), {
      quoted: quotes.filter((quote) => quote.kind === 'direct').map((quote) => [quote.start, quote.end] as const),
      figures: keyFigures.map((figure) => figure.start),
      events: events.map((event) => event.start)
    })

    // the headline: the title line, else the story's first sentence (a page's title then)
    const title = paragraphs.find((paragraph) => paragraph.role === 'title' && wordsOf(paragraph.text).length > 0)
    let headline: Passage | null = null
    const skip = new Set<Sentence>()
    if (title) headline = passage(title, 0, title.text.length, source)
    else if (sentences[0]) {
      const first = sentences[0]
      headline = passage(first.paragraph, first.from, first.to, source)
      skip.add(first)
    }
    const headlineWords = new Set(wordsOf(headline?.display ?? ''))
    const lede = chooseLede(sentences, issues, headlineWords, skip)
    const points = choosePoints(sentences, issues, headlineWords, new Set([...skip, ...lede]))

    const summary: Summary = {
      headline,
      lede: lede.map((sentence) => passage(sentence.paragraph, sentence.from, sentence.to, source)),
      keyPoints: points.map((point) => passage(point.sentence.paragraph, point.from, point.to, source)),
      speakers: mainSpeakers(quotes, weights),
      figures: [...keyFigures]
        .sort((a, b) => b.weight - a.weight || a.start - b.start)
        .slice(0, MAX_FIGURES)
        .map((figure) => figure.start),
      next: events
        .filter((event) => event.next && !(headline && toldByHeadline(event, headline)))
        .slice(0, MAX_NEXT)
        .map((event) => event.start)
    }
    file.data.summary = summary
  }
}
