/**
 * The briefing page model: everything the page shows, derived from one article's
 * extraction (briefing + source paragraphs). Its shape is the zod schema of `schema.ts`; the
 * build writes it beside the MDX page as JSON, which the site reads as the page's data.
 */
import type { Briefing, Figure, SourceParagraph, Speaker } from '../types.ts'
import { isTitleOnly, slugify, speakerKey } from '../names/index.ts'
import type { BriefingPage, PageEvent, PageFigure, PageIssue, PagePoint, PageQuote, PageSpeaker } from './schema.ts'

/** What the page stage needs to know about one article. */
export interface BriefingPageInput {
  /** The extraction's briefing JSON. */
  briefing: Briefing
  /** The extraction's source paragraphs (`file.data.paragraphs`). */
  paragraphs: SourceParagraph[]
  /** The briefing's slug (URL segment). */
  slug: string
  /** The source file's name, shown as the source. */
  source: string
  /** The article's date (ISO), when known. */
  date?: string | null
  /** The site-wide slug of a speaker (default: from the normalised name). */
  speakerSlug?: (speaker: Speaker) => string
  /** The site-wide slug of an issue (default: from its title). */
  issueSlug?: (title: string) => string
}

/**
 * Split text into sentences (a plain heuristic: `.`, `!` or `?`, then a space and a capital or quote).
 *
 * @param text a paragraph.
 * @returns its sentences, trimmed.
 */
export function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?][’'"”)]?)\s+(?=[A-Z‘“'"(0-9])/u)
    .map((sentence) => sentence.trim())
    .filter(Boolean)
}

/**
 * Shorten text to at most `max` characters on a word boundary, with an ellipsis.
 *
 * @param text any text.
 * @param max the longest result.
 * @returns the text or its shortened form.
 */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text
  const cut = text.slice(0, max - 1)
  if (/\s/u.test(text[max - 1] ?? '')) return `${cut.replace(/[\s,;:–—-]+$/u, '')}…`
  const space = cut.lastIndexOf(' ')
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:–—-]+$/u, '')}…`
}

/**
 * The index of the paragraph holding a source offset (or the nearest before it).
 *
 * @param paragraphs the source paragraphs.
 * @param offset a source offset.
 * @returns the paragraph index, or `-1` when there are none.
 */
export function paragraphAt(paragraphs: SourceParagraph[], offset: number): number {
  let found = -1
  for (const paragraph of paragraphs) {
    if (paragraph.start <= offset) found = paragraph.index
    if (paragraph.start <= offset && offset < paragraph.end) return paragraph.index
  }
  return found
}

/**
 * Build the page model of one article.
 *
 * @param input the extraction and the article's metadata.
 * @returns the page model.
 */
export function buildBriefingPage(input: BriefingPageInput): BriefingPage {
  const { briefing, paragraphs } = input
  const date = input.date ?? null
  const body = paragraphs.filter((paragraph) => paragraph.role === 'body')
  const titleParagraph = paragraphs.find((paragraph) => paragraph.role === 'title')
  const first = body[0]
  const title =
    (
      briefing.title ??
      titleParagraph?.text ??
      (first ? shorten(sentences(first.text)[0] ?? first.text, 150) : '')
    ).trim() || input.source
  const words = paragraphs.reduce((sum, paragraph) => sum + (paragraph.text.match(/\S+/g)?.length ?? 0), 0)

  const issueSlug = input.issueSlug ?? ((issueTitle: string) => slugify(issueTitle, 'issue'))
  const issues: PageIssue[] = briefing.issues.map((issue) => ({
    title: issue.title,
    slug: issueSlug(issue.title),
    keywords: [...issue.keywords],
    paragraphs: [...issue.paragraphs],
    gist: issue.paragraphs
      .map((index) => paragraphs[index])
      .filter((paragraph): paragraph is SourceParagraph => Boolean(paragraph))
      .slice(0, 4)
      .map((paragraph) => ({
        text: shorten(sentences(paragraph.text)[0] ?? paragraph.text, 240),
        paragraph: paragraph.index
      }))
  }))

  const quotes: PageQuote[] = briefing.quotes.map((quote, index) => ({
    id: `q-${index + 1}`,
    speaker: quote.speaker,
    text: quote.text,
    kind: quote.kind,
    paragraph: quote.paragraph,
    start: quote.start,
    end: quote.end,
    issues: issues.filter((issue) => issue.paragraphs.includes(quote.paragraph)).map((issue) => issue.slug)
  }))

  const speakerSlug =
    input.speakerSlug ??
    ((speaker: Speaker) => slugify(speakerKey(speaker.name, speaker.type), `speaker-${speaker.id}`))
  const speakers: PageSpeaker[] = briefing.speakers.map((speaker) => ({
    id: speaker.id,
    name: speaker.name,
    role: speaker.role,
    affiliation: speaker.affiliation,
    aliases: [...speaker.aliases],
    quoted: speaker.quoted,
    type: speaker.type ?? 'person',
    key: speakerKey(speaker.name, speaker.type),
    slug: speakerSlug(speaker),
    quotes: quotes.filter((quote) => quote.speaker === speaker.id).length
  }))
  // Quoted speakers first, by how much they say; then the others in text order.
  speakers.sort((a, b) => b.quotes - a.quotes)

  const figures: PageFigure[] = briefing.figures.map((figure: Figure, index) => ({
    id: `f-${index + 1}`,
    text: figure.text,
    value: figure.value,
    unit: figure.unit,
    context: figure.context,
    key: figure.key,
    paragraph: paragraphAt(paragraphs, figure.start),
    start: figure.start,
    end: figure.end
  }))

  // the extraction orders the timeline (past in date order, then next) and says what comes next
  const events: PageEvent[] = briefing.events.map((event) => ({
    when: event.when,
    what: event.what,
    date: event.date,
    next: event.next
  }))

  const lede = first ? { text: first.text, paragraph: first.index } : null
  const quoted = new Set(
    paragraphs
      .filter((paragraph) => {
        const inside = briefing.quotes
          .filter((quote) => quote.paragraph === paragraph.index && quote.kind !== 'indirect')
          .reduce((sum, quote) => sum + (quote.end - quote.start), 0)
        return inside * 3 > paragraph.end - paragraph.start
      })
      .map((paragraph) => paragraph.index)
  )
  const keyPoints = pickKeyPoints(paragraphs, issues, lede?.paragraph ?? -1, quoted)

  return {
    slug: input.slug,
    title,
    source: input.source,
    date,
    words,
    readingTime: Math.max(1, Math.round(words / 200)),
    pdf: `/pdf/${input.slug}.pdf`,
    lede,
    keyPoints,
    speakers,
    mentioned: (briefing.mentioned ?? [])
      .filter(
        (person) =>
          !isTitleOnly(person.name) && !speakers.some((speaker) => speaker.key === speakerKey(person.name, person.type))
      )
      .map((person) => ({ name: person.name, role: person.role, affiliation: person.affiliation })),
    quotes,
    figures,
    issues,
    events,
    captions: briefing.captions.map((caption) => ({
      text: caption.text,
      paragraph: paragraphAt(paragraphs, caption.start)
    }))
  }
}

/**
 * Choose 3 to 5 key points: the opening sentence of each issue's first paragraph,
 * topped up with the opening sentences of reported (not quoted) body paragraphs.
 *
 * @param paragraphs the source paragraphs.
 * @param issues the page's issues.
 * @param lede the lede paragraph's index (not repeated).
 * @param quoted paragraphs that are mostly direct quotation (skipped).
 * @returns the key points, in source order.
 */
export function pickKeyPoints(
  paragraphs: SourceParagraph[],
  issues: PageIssue[],
  lede: number,
  quoted: Set<number> = new Set()
): PagePoint[] {
  const chosen = new Set<number>()
  const isReported = (paragraph: SourceParagraph | undefined): paragraph is SourceParagraph =>
    Boolean(paragraph) &&
    paragraph!.role === 'body' &&
    paragraph!.index !== lede &&
    !quoted.has(paragraph!.index) &&
    !/^[‘“'"]/u.test(paragraph!.text)
  for (const issue of issues) {
    const paragraph = issue.paragraphs
      .map((index) => paragraphs[index])
      .find((candidate) => isReported(candidate) && !chosen.has(candidate.index))
    if (paragraph && chosen.size < 5) chosen.add(paragraph.index)
  }
  for (const paragraph of paragraphs) {
    if (chosen.size >= 4) break
    if (isReported(paragraph)) chosen.add(paragraph.index)
  }
  return [...chosen]
    .sort((a, b) => a - b)
    .map((index) => paragraphs[index]!)
    .map((paragraph) => ({
      text: shorten(sentences(paragraph.text)[0] ?? paragraph.text, 220),
      paragraph: paragraph.index
    }))
}
