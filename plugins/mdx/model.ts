/**
 * The briefing page model: everything the page shows, derived from one article's
 * extraction (briefing + source paragraphs). Its shape is the zod schema of `schema.ts`; the
 * build writes it beside the MDX page as JSON, which the site reads as the page's data.
 */
import type { Briefing, Figure, Passage, SourceParagraph, Speaker } from '../types.ts'
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
  /** Whether the build prints this briefing's PDF (default true): without one, the page has no PDF link. */
  pdf?: boolean
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

/** Pronouns that may open reported speech, with the possessive form's flag. */
const LEADING_PRONOUN = /^(he|she|they|it|his|her|their|its)\b/iu

/**
 * The short name a reader knows a speaker by: a person's surname (the last word of the name, a
 * particle such as `von der` kept with it), a body's or an unnamed source's whole name.
 *
 * @param speaker the speaker.
 * @returns the short name.
 */
export function shortName(speaker: Pick<Speaker, 'name' | 'type'>): string {
  if ((speaker.type ?? 'person') !== 'person') return speaker.name
  const words = speaker.name.trim().split(/\s+/u)
  let first = words.length - 1
  while (first > 1 && /^(?:van|von|der|den|de|del|da|di|le|la|al|bin|ibn)$/iu.test(words[first - 1]!)) first--
  return words.slice(Math.max(first, 0)).join(' ')
}

/**
 * The editorial subject of reported speech that opens with a pronoun standing for its speaker
 * (`he would push …` said by a person; `it will …` or `they will …` said by a body or by unnamed
 * sources). A body's or an unnamed source's `he` or `she` stands for someone else: left as written.
 *
 * @param display the quote as shown.
 * @param kind the quote's kind (only reported speech starts with the speaker's pronoun).
 * @param speaker its speaker, if any.
 * @returns the name to insert and how many characters it replaces, or `null`.
 */
export function quoteSubject(
  display: string,
  kind: PageQuote['kind'],
  speaker: Pick<Speaker, 'name' | 'type'> | undefined
): PageQuote['subject'] {
  if (!speaker || kind === 'direct') return null
  const match = LEADING_PRONOUN.exec(display)
  if (!match) return null
  const pronoun = match[1]!.toLowerCase()
  const type = speaker.type ?? 'person'
  const personal = ['he', 'she', 'his', 'her'].includes(pronoun)
  const plural = ['they', 'their'].includes(pronoun)
  const neuter = ['it', 'its'].includes(pronoun)
  if (type === 'person' && !(personal || plural)) return null
  if (type !== 'person' && !(plural || neuter)) return null
  const possessive = ['his', 'her', 'their', 'its'].includes(pronoun)
  const name = shortName(speaker)
  return { name: possessive ? `${name}’s` : name, replaces: match[0].length }
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
  const summary = briefing.summary
  const title =
    (
      briefing.title ??
      titleParagraph?.text ??
      summary?.headline?.display ??
      (first ? shorten(sentences(first.text)[0] ?? first.text, 150) : '')
    ).trim() || input.source
  const words = paragraphs.reduce((sum, paragraph) => sum + (paragraph.text.match(/\S+/g)?.length ?? 0), 0)

  const issueSlug = input.issueSlug ?? ((issueTitle: string) => slugify(issueTitle, 'issue'))
  const issues: PageIssue[] = briefing.issues.map((issue) => ({
    title: issue.title,
    slug: issueSlug(issue.title),
    keywords: [...issue.keywords],
    paragraphs: [...issue.paragraphs]
  }))

  const byId = new Map(briefing.speakers.map((speaker) => [speaker.id, speaker]))
  const quotes: PageQuote[] = briefing.quotes.map((quote, index) => {
    const display = quote.display ?? quote.text
    return {
      id: `q-${index + 1}`,
      speaker: quote.speaker,
      text: quote.text,
      display,
      subject: quoteSubject(display, quote.kind, quote.speaker ? byId.get(quote.speaker) : undefined),
      kind: quote.kind,
      weight: quote.weight ?? 0,
      rank: quote.rank ?? index + 1,
      paragraph: quote.paragraph,
      start: quote.start,
      end: quote.end,
      issues: issues.filter((issue) => issue.paragraphs.includes(quote.paragraph)).map((issue) => issue.slug)
    }
  })

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
  // The main speakers first (the extraction's order: most telling first), then people before
  // bodies and unnamed sources, each by how much they say.
  const main = summary?.speakers ?? []
  const place = (speaker: PageSpeaker) => {
    const at = main.indexOf(speaker.id)
    return at === -1 ? main.length : at
  }
  const typeOrder = { person: 0, organisation: 1, unnamed: 2 }
  speakers.sort((a, b) => place(a) - place(b) || typeOrder[a.type] - typeOrder[b.type] || b.quotes - a.quotes)

  const figures: PageFigure[] = briefing.figures.map((figure: Figure, index) => ({
    id: `f-${index + 1}`,
    text: figure.text,
    display: figure.display ?? figure.text,
    value: figure.value,
    unit: figure.unit,
    context: figure.context,
    key: figure.key,
    group: figure.group ?? index,
    weight: figure.weight ?? 0.5,
    paragraph: paragraphAt(paragraphs, figure.start),
    start: figure.start,
    end: figure.end
  }))

  // the extraction orders the timeline (past in date order, then next) and says what comes next
  const events: PageEvent[] = briefing.events.map((event) => ({
    when: event.when,
    what: event.what,
    date: event.date,
    next: event.next,
    paragraph: event.paragraph ?? paragraphAt(paragraphs, event.start ?? 0)
  }))

  const point = (passage: Passage): PagePoint => ({ text: passage.display, paragraph: passage.paragraph })
  const lede = (summary?.lede ?? []).map(point)
  const keyPoints = (summary?.keyPoints ?? []).map(point)
  const figureAt = new Map(briefing.figures.map((figure, index) => [figure.start, figures[index]!.id]))
  const eventAt = new Map(briefing.events.map((event, index) => [event.start, index]))
  const quotedIds = new Set(speakers.filter((speaker) => speaker.quotes > 0).map((speaker) => speaker.id))

  return {
    slug: input.slug,
    title,
    source: input.source,
    date,
    words,
    readingTime: Math.max(1, Math.round(words / 200)),
    pdf: input.pdf === false ? null : `/pdf/${input.slug}.pdf`,
    lede,
    keyPoints,
    summary: {
      speakers: main.filter((id) => quotedIds.has(id)),
      figures: (summary?.figures ?? []).flatMap((start) => figureAt.get(start) ?? []),
      next: (summary?.next ?? []).flatMap((start) => eventAt.get(start) ?? [])
    },
    speakers,
    mentioned: (briefing.mentioned ?? [])
      .filter(
        (person) =>
          !isTitleOnly(person.name) && !speakers.some((speaker) => speaker.key === speakerKey(person.name, person.type))
      )
      .map((person) => ({
        name: person.name,
        role: person.role,
        affiliation: person.affiliation,
        type: person.type ?? 'person',
        slug: speakerSlug(person)
      })),
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
