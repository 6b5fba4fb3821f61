/**
 * The remark stage that builds a briefing page as an MDX syntax tree: one
 * unified plugin per part of the page, in page order. Each reads the page model
 * (`file.data.briefingPage`) and appends its section to the tree.
 */
import type { PhrasingContent, Root, RootContent } from 'mdast'
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx'
import type { VFile } from 'vfile'
import type { SourceParagraph } from '../types.ts'
import { flow, heading, inline, link, list, paragraph, text } from './jsx.ts'
import { buildBriefingPage, type BriefingPageInput } from './model.ts'
import type { BriefingPage, PageFigure, PageQuote, PageSpeaker } from './schema.ts'
import { highlightParagraph, type Highlight } from './source.ts'

declare module 'vfile' {
  interface DataMap {
    /** The extraction and metadata the page is built from. */
    briefingPageInput: BriefingPageInput
    /** The page model, filled by `briefingPageModel`. */
    briefingPage: BriefingPage
  }
}

/**
 * The anchor id of a source paragraph (1-based, as readers count): `p-1` for index 0.
 *
 * @param index the 0-based paragraph index.
 * @returns the id.
 */
export function paragraphId(index: number): string {
  return `p-${index + 1}`
}

/**
 * The page model of a file, or an error naming what is missing.
 *
 * @param file the vfile.
 * @returns the page model.
 */
function pageOf(file: VFile): BriefingPage {
  const page = file.data.briefingPage
  if (!page) throw new Error('briefing page: no page model; use `briefingPageModel` first')
  return page
}

/** A link to a source paragraph: `¶ 5`, with an accessible name. */
function sourceLink(index: number, href?: string): PhrasingContent {
  return inline('SourceLink', { n: index + 1, href: href ?? `#${paragraphId(index)}` })
}

/** A `<Section>` with its id and heading. */
function section(id: string, title: string, children: RootContent[]): MdxJsxFlowElement {
  return flow('Section', { id, title }, children)
}

/**
 * unified plugin: compute the page model from `file.data.briefingPageInput`.
 *
 * @returns the transformer.
 */
export function briefingPageModel() {
  return function transform(_tree: Root, file: VFile): undefined {
    const input = file.data.briefingPageInput
    if (!input) throw new Error('briefing page: `file.data.briefingPageInput` is missing')
    file.data.briefingPage = buildBriefingPage(input)
  }
}

/**
 * unified plugin: the masthead (title, source, date, reading time, PDF link and the build's
 * notices), which the site draws from the page's data: `<Masthead />`.
 *
 * @returns the transformer.
 */
export function briefingPageMasthead() {
  return function transform(tree: Root): undefined {
    tree.children.push(flow('Masthead'))
  }
}

/** The figure shown for each group of figures (one card per group): its key member, else its most telling. */
export function figureCards(figures: PageFigure[]): PageFigure[] {
  const cards = new Map<number, PageFigure>()
  for (const figure of figures) {
    const card = cards.get(figure.group)
    if (!card || (figure.key && !card.key)) cards.set(figure.group, figure)
  }
  return [...cards.values()].sort((a, b) => a.start - b.start)
}

/**
 * The words of a figure's context around the figure itself (at most `size` words, `…` where cut),
 * for a card whose sentence the page already gives whole.
 *
 * @param figure the figure.
 * @param size the most words kept.
 * @returns the excerpt.
 */
export function contextAround(figure: Pick<PageFigure, 'context' | 'display' | 'text'>, size = 12): string {
  const words = figure.context.split(/\s+/u).filter(Boolean)
  if (words.length <= size) return figure.context
  const first = (figure.display || figure.text).split(/\s+/u)[0] ?? ''
  const at = Math.max(
    0,
    words.findIndex((word) => word.includes(first))
  )
  const start = Math.max(0, Math.min(at - Math.floor(size / 3), words.length - size))
  const end = start + size
  const cut = words
    .slice(start, end)
    .join(' ')
    .replace(/[,;:]+$/u, '')
  return `${start > 0 ? '… ' : ''}${cut}${end < words.length ? ' …' : ''}`
}

/** A `<KeyFigure>` card; `brief` shows its context around the figure only (its sentence is given whole elsewhere). */
function figureCard(figure: PageFigure, brief = false): MdxJsxFlowElement {
  return flow('KeyFigure', { value: figure.display, href: `#${figure.id}`, paragraph: figure.paragraph + 1 }, [
    paragraph(brief ? contextAround(figure) : figure.context)
  ])
}

/** The words of a text, compared loosely: lower case, letters and digits only. */
const wordSet = (value: string) => new Set(value.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [])

/**
 * Whether a passage already tells what a text says: nearly all (85%) of the text's words are in it.
 *
 * @param what the text.
 * @param passages what the page says elsewhere.
 * @returns whether one of them tells it.
 */
function toldIn(what: string, passages: string[]): boolean {
  const words = [...wordSet(what)]
  if (words.length === 0) return false
  return passages.some((passage) => {
    const told = wordSet(passage)
    return words.filter((word) => told.has(word)).length >= words.length * 0.85
  })
}

/** What the page says first (the title, the lede, the key points), which later parts do not repeat. */
function toldFirst(page: BriefingPage): string[] {
  return [page.title, ...page.lede.map((point) => point.text), ...page.keyPoints.map((point) => point.text)]
}

/**
 * The first words of a text (`…` where cut).
 *
 * @param value the text.
 * @param count how many words.
 * @returns the opening.
 */
function opening(value: string, count: number): string {
  const words = value.split(/\s+/u).filter(Boolean)
  return words.length <= count
    ? value
    : `${words
        .slice(0, count)
        .join(' ')
        .replace(/[,;:.]+$/u, '')} …`
}

/**
 * What happens next, as the summary shows it: the extraction's choice first, then the other events
 * to come, none that the title, the lede or a key point already tells; at most three.
 *
 * @param page the page model.
 * @returns indexes into `page.events`.
 */
export function nextSteps(page: BriefingPage): number[] {
  const told = toldFirst(page)
  const candidates = [
    ...page.summary.next,
    ...page.events.flatMap((event, index) => (event.next && !page.summary.next.includes(index) ? [index] : []))
  ]
  return candidates.filter((index) => !toldIn(page.events[index]?.what ?? '', told)).slice(0, 3)
}

/** A quote's words as the page shows them: the cleaned text, a leading pronoun replaced by its speaker's name in brackets. */
function quoteWords(quote: PageQuote): PhrasingContent[] {
  if (!quote.subject) return [text(quote.display)]
  return [inline('Editorial', {}, [text(quote.subject.name)]), text(quote.display.slice(quote.subject.replaces))]
}

/** An excerpt of a quote for a reference line: its first words, linked to the quote in the source. */
function quoteExcerpt(quote: PageQuote, words = 6): PhrasingContent {
  const all = quote.display.split(/\s+/u).filter(Boolean)
  const shown = all
    .slice(0, words)
    .join(' ')
    .replace(/[,;:.]+$/u, '')
  return inline('QuoteRef', { href: `#${quote.id}`, paragraph: quote.paragraph + 1 }, [
    text(all.length > words ? `${shown} …` : shown)
  ])
}

/** A speaker's quotes, most telling first (their rank), then the order of the text. */
function byRank(quotes: PageQuote[]): PageQuote[] {
  return [...quotes].sort((a, b) => a.rank - b.rank || a.start - b.start)
}

/** The line saying who a speaker is (role, affiliation, or what kind of speaker). */
function describe(speaker: PageSpeaker): string | null {
  const what = [speaker.role, speaker.affiliation].filter(Boolean).join(', ')
  return what || null
}

/**
 * unified plugin: the summary, one screen: what happened (the extraction's lede, never the
 * headline), the key points, who said what (one line per main speaker, with their most telling
 * quote), up to three key figures and what happens next.
 *
 * @returns the transformer.
 */
export function briefingPageSummary() {
  return function transform(tree: Root, file: VFile): undefined {
    const page = pageOf(file)
    const children: RootContent[] = []
    if (page.lede.length > 0)
      children.push(
        flow('Lede', {}, [
          paragraph(
            ...page.lede.flatMap((point, i) => [...(i > 0 ? [' '] : []), point.text, ' ', sourceLink(point.paragraph)])
          )
        ])
      )
    if (page.keyPoints.length > 0) {
      children.push(heading(3, 'Key points'))
      children.push(list(page.keyPoints.map((point) => [point.text, ' ', sourceLink(point.paragraph)])))
    }
    const said = page.summary.speakers.flatMap((id) => {
      const speaker = page.speakers.find((candidate) => candidate.id === id)
      const quote = byRank(page.quotes.filter((candidate) => candidate.speaker === id))[0]
      return speaker && quote ? [{ speaker, quote }] : []
    })
    // (summaryQuotes names the same quotes: the speaker cards give them in brief)
    if (said.length > 0) {
      children.push(heading(3, 'Who said what'))
      children.push(
        flow(
          'SaidList',
          {},
          said.map(({ speaker, quote }) =>
            flow(
              'Said',
              {
                name: speaker.name,
                href: `/speakers/${speaker.slug}/`,
                role: describe(speaker),
                type: speaker.type,
                kind: quote.kind
              },
              [
                paragraph(
                  ...(quote.kind === 'direct' ? [inline('q', {}, quoteWords(quote))] : quoteWords(quote)),
                  ' ',
                  sourceLink(quote.paragraph, `#${quote.id}`)
                )
              ]
            )
          )
        )
      )
    }
    const figures = page.summary.figures.flatMap((id) => page.figures.filter((figure) => figure.id === id))
    if (figures.length > 0) {
      children.push(heading(3, 'Key figures'))
      children.push(
        flow(
          'KeyFigures',
          { compact: true },
          figures.map((figure) => figureCard(figure, true))
        )
      )
    }
    const next = nextSteps(page).flatMap((index) => page.events[index] ?? [])
    if (next.length > 0) {
      children.push(heading(3, 'What happens next'))
      children.push(
        flow(
          'Timeline',
          {},
          next.map((event) =>
            flow('TimelineEvent', { when: event.when, date: event.date }, [
              paragraph(event.what, ' ', sourceLink(event.paragraph))
            ])
          )
        )
      )
    }
    if (children.length === 0) children.push(paragraph('The article has no body text to summarise.'))
    tree.children.push(section('summary', 'Summary', children))
  }
}

/**
 * unified plugin: the figures not in the summary, one card per group (figures sharing a
 * context), each linked to its highlighted place in the source. Nothing when the summary shows them all.
 *
 * @returns the transformer.
 */
export function briefingPageFigures() {
  return function transform(tree: Root, file: VFile): undefined {
    const page = pageOf(file)
    const shown = new Set(
      page.figures.filter((figure) => page.summary.figures.includes(figure.id)).map((figure) => figure.group)
    )
    // what the issue sections show of their own is not repeated here
    const inIssues = new Set(page.issues.flatMap((issue) => issue.paragraphs))
    const figures = figureCards(page.figures).filter(
      (figure) => !shown.has(figure.group) && !inIssues.has(figure.paragraph) && figure.weight >= 0.3
    )
    if (figures.length === 0) return
    tree.children.push(
      section('figures', 'Other figures', [
        flow(
          'KeyFigures',
          {},
          figures.map((figure) => figureCard(figure))
        )
      ])
    )
  }
}

/**
 * unified plugin: the at-a-glance picture (speakers × issues, quote counts), which the site draws
 * from the page's data: `<BriefingGlance />`.
 *
 * @returns the transformer.
 */
export function briefingPageGlance() {
  return function transform(tree: Root): undefined {
    tree.children.push(section('at-a-glance', 'At a glance: who speaks on which issue', [flow('BriefingGlance')]))
  }
}

/** `<Quote>` elements for some quotes. */
function quoteElements(quotes: PageQuote[], inSummary: Set<string> = new Set()): MdxJsxFlowElement[] {
  return quotes.map((quote) =>
    inSummary.has(quote.id)
      ? // the summary gives it whole: here its first words
        flow('Quote', { href: `#${quote.id}`, paragraph: quote.paragraph + 1, kind: quote.kind, summary: true }, [
          paragraph(opening(quote.display, 8))
        ])
      : flow('Quote', { href: `#${quote.id}`, paragraph: quote.paragraph + 1, kind: quote.kind }, [
          paragraph(...quoteWords(quote))
        ])
  )
}

/** The quotes the summary's "Who said what" gives whole: each main speaker's most telling. */
function summaryQuotes(page: BriefingPage): Set<string> {
  return new Set(
    page.summary.speakers
      .flatMap((id) => byRank(page.quotes.filter((quote) => quote.speaker === id)).slice(0, 1))
      .map((quote) => quote.id)
  )
}

/**
 * The first `shown` quote elements, the rest folded into a `<MoreQuotes>` (a `<details>`).
 *
 * @param elements the quote elements.
 * @param shown how many stay open.
 * @param who whose quotes, for the summary.
 * @param href the speaker's page (where print sends readers for the folded quotes).
 * @returns the elements to append.
 */
function foldQuotes(elements: MdxJsxFlowElement[], shown: number, who: string, href?: string): MdxJsxFlowElement[] {
  if (elements.length <= shown + 1) return elements
  return [
    ...elements.slice(0, shown),
    flow('MoreQuotes', { count: elements.length - shown, speaker: who, href }, elements.slice(shown))
  ]
}

/**
 * unified plugin: the speakers (a card per person, body or unnamed source: name, role,
 * affiliation, their quotes, most telling first), then everyone else the article names.
 *
 * @returns the transformer.
 */
export function briefingPageSpeakers() {
  return function transform(tree: Root, file: VFile): undefined {
    const page = pageOf(file)
    const inSummary = summaryQuotes(page)
    const cards: RootContent[] = page.speakers
      .filter((speaker) => speaker.quotes > 0)
      .map((speaker) => {
        const href = `/speakers/${speaker.slug}/`
        return flow(
          'SpeakerCard',
          {
            id: `speaker-${speaker.id}`,
            name: speaker.name,
            role: speaker.role,
            affiliation: speaker.affiliation,
            type: speaker.type,
            href,
            quotes: speaker.quotes
          },
          foldQuotes(
            quoteElements(byRank(page.quotes.filter((quote) => quote.speaker === speaker.id)), inSummary),
            3,
            speaker.name,
            href
          )
        )
      })
    const unattributed = page.quotes.filter((quote) => !page.speakers.some((speaker) => speaker.id === quote.speaker))
    if (unattributed.length > 0) {
      cards.push(
        flow(
          'SpeakerCard',
          { id: 'speaker-unattributed', name: 'Unattributed', type: 'unattributed', quotes: unattributed.length },
          foldQuotes(quoteElements(byRank(unattributed)), 3, 'unattributed')
        )
      )
    }
    const children: RootContent[] =
      cards.length > 0 ? [flow('SpeakerCards', {}, cards)] : [paragraph('No speakers were found in this article.')]
    const others = [...page.speakers.filter((speaker) => speaker.quotes === 0), ...page.mentioned]
    if (others.length > 0) {
      const named: (PhrasingContent | string)[] = ['Also named, not quoted: ']
      others.forEach((person, i) => {
        if (i > 0) named.push('; ')
        named.push(link(`/speakers/${person.slug}/`, [person.name]))
        const what = [person.role, person.affiliation].filter(Boolean).join(', ')
        if (what) named.push(` (${what})`)
      })
      named.push('.')
      children.push(flow('AlsoNamed', {}, [paragraph(...named)]))
    }
    tree.children.push(section('who-said-what', 'Speakers', children))
  }
}

/**
 * unified plugin: one section per issue: who spoke on it (each quote in brief, linked to where
 * the speaker's card and the source give it whole) and its figures, one card per group. The key
 * points are not repeated here.
 *
 * @returns the transformer.
 */
export function briefingPageIssues() {
  return function transform(tree: Root, file: VFile): undefined {
    const page = pageOf(file)
    const inSummary = new Set(
      page.figures.filter((figure) => page.summary.figures.includes(figure.id)).map((figure) => figure.group)
    )
    const children: RootContent[] = page.issues.map((issue) => {
      const parts: RootContent[] = []
      const quotes = page.quotes.filter((quote) => issue.paragraphs.includes(quote.paragraph))
      if (quotes.length > 0) {
        const order = [...page.speakers.map((speaker) => speaker.id), null]
        const speakerIds = [...new Set(quotes.map((quote) => quote.speaker))].sort(
          (a, b) => order.indexOf(a) - order.indexOf(b)
        )
        parts.push(
          flow(
            'IssueSpeakers',
            {},
            speakerIds.map((id) => {
              const speaker = page.speakers.find((candidate) => candidate.id === id)
              const own = byRank(quotes.filter((quote) => quote.speaker === id))
              return flow(
                'IssueSpeaker',
                {
                  name: speaker?.name ?? 'Unattributed',
                  href: speaker ? `#speaker-${speaker.id}` : '#speaker-unattributed',
                  quotes: own.length
                },
                [
                  paragraph(
                    quoteExcerpt(own[0]!),
                    ...(own.length > 1
                      ? [
                          ' ',
                          link(speaker ? `#speaker-${speaker.id}` : '#speaker-unattributed', [
                            `and ${own.length - 1} more`
                          ])
                        ]
                      : [])
                  )
                ]
              )
            })
          )
        )
      }
      const figures = figureCards(page.figures.filter((figure) => issue.paragraphs.includes(figure.paragraph)))
      const own = figures.filter((figure) => !inSummary.has(figure.group) && figure.weight >= 0.3)
      const summarised = figures.filter((figure) => inSummary.has(figure.group))
      if (own.length > 0)
        parts.push(
          flow(
            'KeyFigures',
            { compact: true },
            own.map((figure) => figureCard(figure))
          )
        )
      if (summarised.length > 0)
        parts.push(
          paragraph(
            'Figures in the summary: ',
            ...summarised.flatMap((figure, i) => [...(i > 0 ? ['; '] : []), link(`#${figure.id}`, [figure.display])]),
            '.'
          )
        )
      return flow(
        'IssueSection',
        {
          title: issue.title,
          slug: issue.slug,
          href: `/issues/${issue.slug}/`,
          quotes: quotes.length
        },
        parts
      )
    })
    if (children.length === 0) children.push(paragraph('No issues were identified in this article.'))
    tree.children.push(section('issues', 'Issues', children))
  }
}

/**
 * unified plugin: the timeline: what happened, in date order, then what else comes next (the
 * summary's next steps are not repeated).
 *
 * @returns the transformer.
 */
export function briefingPageTimeline() {
  return function transform(tree: Root, file: VFile): undefined {
    const page = pageOf(file)
    const children: RootContent[] = []
    const shown = nextSteps(page)
    const told = toldFirst(page)
    // an event the summary tells is given in brief: its date and its first words
    const events = (next: boolean) =>
      page.events
        .filter((event, index) => event.next === next && !shown.includes(index))
        .map((event) =>
          flow('TimelineEvent', { when: event.when, date: event.date }, [
            paragraph(toldIn(event.what, told) ? opening(event.what, 7) : event.what, ' ', sourceLink(event.paragraph))
          ])
        )
    const past = events(false)
    const later = events(true)
    if (!page.date && page.events.length > 0)
      children.push(paragraph('The article’s date is not known: the events are in the order the text tells them.'))
    if (past.length > 0) children.push(flow('Timeline', { title: 'What has happened' }, past))
    if (later.length > 0)
      children.push(flow('Timeline', { title: shown.length > 0 ? 'Also ahead' : 'What happens next' }, later))
    if (past.length === 0 && later.length === 0) {
      if (page.events.length === 0) children.push(paragraph('No dated events were found in this article.'))
      else return
    }
    tree.children.push(section('timeline', 'Timeline', children))
  }
}

/**
 * unified plugin: the source text, paragraph by paragraph (`#p-N` anchors), quotes and
 * figures highlighted in `<mark id=…>` spans, captions set apart.
 *
 * @returns the transformer.
 */
export function briefingPageSource() {
  return function transform(tree: Root, file: VFile): undefined {
    const page = pageOf(file)
    const input = file.data.briefingPageInput
    const paragraphs: SourceParagraph[] = input?.paragraphs ?? []
    const highlights: Highlight[] = [
      ...page.quotes.map((quote, index) => {
        const speaker = page.speakers.find((candidate) => candidate.id === quote.speaker)
        return {
          id: quote.id,
          kind: 'quote' as const,
          start: quote.start,
          end: quote.end,
          label: `Quote ${index + 1}: ${speaker?.name ?? 'unattributed'}`
        }
      }),
      ...page.figures.map((figure) => ({
        id: figure.id,
        kind: 'figure' as const,
        start: figure.start,
        end: figure.end,
        label: `Figure: ${figure.text}`
      }))
    ]
    const children: RootContent[] = paragraphs.map((source) => {
      const content = highlightParagraph(source, highlights)
      const name = source.role === 'caption' ? 'Caption' : 'SourceParagraph'
      return flow(name, { id: paragraphId(source.index), n: source.index + 1, role: source.role }, [
        { type: 'paragraph', children: content.length > 0 ? content : [text('')] }
      ])
    })
    if (children.length === 0) children.push(paragraph('The article has no text.'))
    tree.children.push(
      section('source', 'Appendix: the source text', [
        paragraph(
          `From ${page.source}. Numbers in the margin are paragraph numbers; highlighted spans are the quotes and figures cited above.`
        ),
        flow('SourceText', {}, children)
      ])
    )
  }
}

/**
 * unified plugin: the method and caveats (how the briefing was extracted).
 *
 * @returns the transformer.
 */
export function briefingPageMethod() {
  return function transform(tree: Root, file: VFile): undefined {
    const page = pageOf(file)
    const counted = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`
    tree.children.push(
      section('method', 'Method and caveats', [
        paragraph(
          'This briefing was extracted automatically from the article text, without human editing. A rule-based pipeline (unified and remark plugins) splits the text into paragraphs, cleans it, then finds quotes, speakers, figures, issues and dated events; this page is generated from that extraction.'
        ),
        list([
          [
            `Found: ${counted(page.speakers.length, 'speaker', 'speakers')}, ${counted(page.quotes.length, 'quote', 'quotes')}, ${counted(page.figures.length, 'figure', 'figures')}, ${counted(page.issues.length, 'issue', 'issues')} and ${counted(page.events.length, 'event', 'events')}, from ${counted(page.words, 'word', 'words')}.`
          ],
          [
            'Quotes are attributed to the nearest named speaker the rules can find; a wrong or missing attribution is possible, especially for reported speech and pronouns.'
          ],
          [
            'Roles and affiliations are what the article says, not checked against other sources. Figures are read as written; units are normalised.'
          ],
          [
            'Key points and issue summaries are the opening sentences of the paragraphs concerned, not a rewrite. Every quote and figure links to its exact place in the source text so it can be checked.'
          ],
          [
            `The timeline resolves relative dates (“tomorrow”, “on Monday”) against the article's date${page.date ? ` (${page.date})` : ', which was not known for this article'}.`
          ]
        ])
      ])
    )
  }
}
