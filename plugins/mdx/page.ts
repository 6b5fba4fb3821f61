/**
 * The remark stage that builds a briefing page as an MDX syntax tree: one
 * unified plugin per part of the page, in page order. Each reads the page model
 * (`file.data.briefingPage`) and appends its section to the tree.
 */
import type { PhrasingContent, Root, RootContent } from 'mdast'
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx'
import type { VFile } from 'vfile'
import type { SourceParagraph } from '../types.ts'
import { flow, heading, inline, list, paragraph, text } from './jsx.ts'
import { buildBriefingPage, type BriefingPageInput } from './model.ts'
import type { BriefingPage, PageQuote } from './schema.ts'
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

/**
 * unified plugin: the summary (lede and 3 to 5 key points, each linked to its paragraph).
 *
 * @returns the transformer.
 */
export function briefingPageSummary() {
  return function transform(tree: Root, file: VFile): undefined {
    const page = pageOf(file)
    const children: RootContent[] = []
    if (page.lede) children.push(flow('Lede', {}, [paragraph(page.lede.text, ' ', sourceLink(page.lede.paragraph))]))
    if (page.keyPoints.length > 0) {
      children.push(heading(3, 'Key points'))
      children.push(list(page.keyPoints.map((point) => [point.text, ' ', sourceLink(point.paragraph)])))
    }
    if (children.length === 0) children.push(paragraph('The article has no body text to summarise.'))
    tree.children.push(section('summary', 'Summary', children))
  }
}

/**
 * Show a quantity the article repeats (`up to £1,000` in the headline and twice in the text)
 * once: where the body first gives it, else where it first appears.
 *
 * @param figures the key figures in source order.
 * @returns the figures, each quantity once, in source order.
 */
function onePerQuantity<T extends { value: number | null; unit: string | null; paragraph: number }>(figures: T[]): T[] {
  const chosen = new Map<string, T>()
  const kept: T[] = []
  for (const figure of figures) {
    if (figure.value === null) {
      kept.push(figure)
      continue
    }
    const key = `${figure.value}\u0000${figure.unit}`
    const seen = chosen.get(key)
    if (!seen) {
      chosen.set(key, figure)
      kept.push(figure)
    } else if (seen.paragraph === 0 && figure.paragraph > 0) {
      kept[kept.indexOf(seen)] = figure
      chosen.set(key, figure)
    }
  }
  return kept.sort((a, b) => a.paragraph - b.paragraph)
}

/**
 * unified plugin: the key figures, each linked to its highlighted place in the source.
 *
 * @returns the transformer.
 */
export function briefingPageFigures() {
  return function transform(tree: Root, file: VFile): undefined {
    const page = pageOf(file)
    let figures = onePerQuantity(page.figures.filter((figure) => figure.key))
    if (figures.length === 0) figures = page.figures.slice(0, 6)
    const children: RootContent[] =
      figures.length > 0
        ? [
            flow(
              'KeyFigures',
              {},
              figures.map((figure) =>
                flow(
                  'KeyFigure',
                  { value: figure.text, unit: figure.unit, href: `#${figure.id}`, paragraph: figure.paragraph + 1 },
                  [paragraph(figure.context)]
                )
              )
            )
          ]
        : [paragraph('No figures were found in this article.')]
    tree.children.push(section('key-figures', 'Key figures', children))
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
function quoteElements(page: BriefingPage, quotes: PageQuote[], withSpeaker: boolean): MdxJsxFlowElement[] {
  return quotes.map((quote) => {
    const speaker = page.speakers.find((candidate) => candidate.id === quote.speaker)
    return flow(
      'Quote',
      {
        href: `#${quote.id}`,
        paragraph: quote.paragraph + 1,
        kind: quote.kind,
        speaker: withSpeaker ? (speaker?.name ?? 'Unattributed') : null,
        speakerHref: withSpeaker && speaker ? `/speakers/${speaker.slug}/` : null
      },
      [paragraph(quote.text)]
    )
  })
}

/**
 * Quotes with the speaker's own words first: direct, then partial, then reported speech, each in text order.
 *
 * @param quotes some quotes.
 * @returns a sorted copy.
 */
function byKind(quotes: PageQuote[]): PageQuote[] {
  const rank = (kind: string) => ({ direct: 0, partial: 1, indirect: 2 })[kind] ?? 3
  return [...quotes].sort((a, b) => rank(a.kind) - rank(b.kind) || a.start - b.start)
}

/**
 * The first `shown` quote elements, the rest folded into a `<MoreQuotes>` (a `<details>`).
 *
 * @param elements the quote elements.
 * @param shown how many stay open.
 * @param who whose quotes, for the summary.
 * @returns the elements to append.
 */
function foldQuotes(elements: MdxJsxFlowElement[], shown: number, who: string): MdxJsxFlowElement[] {
  if (elements.length <= shown + 1) return elements
  return [
    ...elements.slice(0, shown),
    flow('MoreQuotes', { count: elements.length - shown, speaker: who }, elements.slice(shown))
  ]
}

/**
 * unified plugin: who said what (a card per speaker: name, role, affiliation, their quotes).
 *
 * @returns the transformer.
 */
export function briefingPageSpeakers() {
  return function transform(tree: Root, file: VFile): undefined {
    const page = pageOf(file)
    const cards: RootContent[] = page.speakers.map((speaker) =>
      flow(
        'SpeakerCard',
        {
          id: `speaker-${speaker.id}`,
          name: speaker.name,
          role: speaker.role,
          affiliation: speaker.affiliation,
          href: `/speakers/${speaker.slug}/`,
          quotes: speaker.quotes
        },
        foldQuotes(
          quoteElements(page, byKind(page.quotes.filter((quote) => quote.speaker === speaker.id)), false),
          4,
          speaker.name
        )
      )
    )
    const unattributed = page.quotes.filter((quote) => !page.speakers.some((speaker) => speaker.id === quote.speaker))
    if (unattributed.length > 0) {
      cards.push(
        flow(
          'SpeakerCard',
          { id: 'speaker-unattributed', name: 'Unattributed', quotes: unattributed.length },
          foldQuotes(quoteElements(page, unattributed, false), 4, 'unattributed')
        )
      )
    }
    const children: RootContent[] =
      cards.length > 0 ? [flow('SpeakerCards', {}, cards)] : [paragraph('No speakers were found in this article.')]
    if (page.mentioned.length > 0) {
      const named = page.mentioned.map((person) =>
        [person.name, person.role, person.affiliation].filter(Boolean).join(', ')
      )
      children.push(flow('AlsoNamed', {}, [paragraph(`Also named, not quoted: ${named.join('; ')}.`)]))
    }
    tree.children.push(section('who-said-what', 'Who said what', children))
  }
}

/**
 * unified plugin: one section per issue (its paragraphs' gist, its quotes by speaker, its figures).
 *
 * @returns the transformer.
 */
export function briefingPageIssues() {
  return function transform(tree: Root, file: VFile): undefined {
    const page = pageOf(file)
    const children: RootContent[] = page.issues.map((issue) => {
      const parts: RootContent[] = []
      if (issue.gist.length > 0) {
        parts.push(heading(4, 'In brief'))
        parts.push(list(issue.gist.map((point) => [point.text, ' ', sourceLink(point.paragraph)])))
      }
      const quotes = page.quotes.filter((quote) => issue.paragraphs.includes(quote.paragraph))
      if (quotes.length > 0) {
        parts.push(heading(4, 'What was said'))
        const order = [...page.speakers.map((speaker) => speaker.id), null]
        const speakerIds = [...new Set(quotes.map((quote) => quote.speaker))].sort(
          (a, b) => order.indexOf(a) - order.indexOf(b)
        )
        for (const id of speakerIds) {
          const speaker = page.speakers.find((candidate) => candidate.id === id)
          const own = byKind(quotes.filter((quote) => quote.speaker === id))
          parts.push(
            flow(
              'IssueSpeaker',
              {
                name: speaker?.name ?? 'Unattributed',
                href: speaker ? `/speakers/${speaker.slug}/` : null,
                quotes: own.length
              },
              foldQuotes(quoteElements(page, own, false), 2, speaker?.name ?? 'unattributed')
            )
          )
        }
      }
      const figures = page.figures.filter((figure) => issue.paragraphs.includes(figure.paragraph))
      if (figures.length > 0) {
        parts.push(heading(4, 'Figures'))
        parts.push(
          flow(
            'KeyFigures',
            { compact: true },
            figures.map((figure) =>
              flow(
                'KeyFigure',
                { value: figure.text, unit: figure.unit, href: `#${figure.id}`, paragraph: figure.paragraph + 1 },
                [paragraph(figure.context)]
              )
            )
          )
        )
      }
      return flow(
        'IssueSection',
        { title: issue.title, slug: issue.slug, href: `/issues/${issue.slug}/`, keywords: issue.keywords.join(', ') },
        parts
      )
    })
    if (children.length === 0) children.push(paragraph('No issues were identified in this article.'))
    tree.children.push(section('issues', 'Issues', children))
  }
}

/**
 * unified plugin: the timeline, then what happens next.
 *
 * @returns the transformer.
 */
export function briefingPageTimeline() {
  return function transform(tree: Root, file: VFile): undefined {
    const page = pageOf(file)
    const children: RootContent[] = []
    const events = (next: boolean) =>
      page.events
        .filter((event) => event.next === next)
        .map((event) => flow('TimelineEvent', { when: event.when, date: event.date }, [paragraph(event.what)]))
    const past = events(false)
    const next = events(true)
    if (past.length > 0) children.push(flow('Timeline', { title: 'Timeline' }, past))
    if (next.length > 0) children.push(flow('Timeline', { title: 'What happens next' }, next))
    if (children.length === 0) children.push(paragraph('No dated events were found in this article.'))
    tree.children.push(section('timeline', 'Timeline and what happens next', children))
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
      section('source', 'Source text', [
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
