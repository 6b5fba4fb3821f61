/**
 * The briefing JSON contract as a zod schema, and the checks no schema can make:
 * spans that hold their text, quotes that name existing speakers, paragraph indexes
 * in range. Used by the contract and CLI tests.
 */
import { z } from 'zod'

const offset = z.number().int().nonnegative()

/** One speaker: id, canonical name, role, affiliation, other names, whether quoted. */
export const speakerSchema = z.strictObject({
  id: z.string().min(1),
  name: z.string().min(1),
  role: z.string().min(1).nullable(),
  affiliation: z.string().min(1).nullable(),
  aliases: z.array(z.string().min(1)),
  quoted: z.boolean(),
  type: z.enum(['person', 'organisation', 'unnamed']).optional()
})

/** One quote, located by offsets in the source. */
export const quoteSchema = z.strictObject({
  speaker: z.string().min(1).nullable(),
  text: z.string().min(1),
  display: z.string().min(1),
  kind: z.enum(['direct', 'partial', 'indirect']),
  start: offset,
  end: offset,
  paragraph: offset,
  weight: z.number().min(0).max(1),
  rank: z.number().int().positive()
})

/** One figure, located by offsets in the source. */
export const figureSchema = z.strictObject({
  text: z.string().min(1),
  display: z.string().min(1),
  value: z.number().finite().nullable(),
  unit: z.string().min(1).nullable(),
  context: z.string(),
  key: z.boolean(),
  group: offset,
  weight: z.number().min(0).max(1),
  start: offset,
  end: offset
})

/** One photo caption or credit line. */
export const captionSchema = z.strictObject({ text: z.string().min(1), start: offset, end: offset })

/** One issue: title, keywords and the paragraphs discussing it. */
export const issueSchema = z.strictObject({
  title: z.string().min(1),
  keywords: z.array(z.string().min(1)),
  paragraphs: z.array(offset)
})

const isoDate = z.string().regex(/^\d{4}(-\d\d(-\d\d)?)?$/)

/**
 * One event (an occasion of the timeline): the time as written, what happens, the resolved ISO
 * date/month/year or null, whether it comes next, where it is told, what else is told of it.
 */
export const eventSchema = z.strictObject({
  when: z.string().min(1),
  what: z.string().min(1),
  date: isoDate.nullable(),
  next: z.boolean(),
  paragraph: offset,
  start: offset,
  end: offset,
  also: z.array(z.string().min(1))
})

/** Whole sentences or clauses of the source. */
export const passageSchema = z.strictObject({
  text: z.string().min(1),
  display: z.string().min(1),
  start: offset,
  end: offset,
  paragraph: offset
})

/** What the briefing says first: headline, lede, key points, main speakers, key figures, what comes next. */
export const summarySchema = z.strictObject({
  headline: passageSchema.nullable(),
  lede: z.array(passageSchema).max(2),
  keyPoints: z.array(passageSchema).max(5),
  speakers: z.array(z.string().min(1)).max(4),
  figures: z.array(offset).max(3),
  next: z.array(offset).max(3)
})

/** The whole document `npm run extract` prints for one article. */
export const briefingSchema = z.strictObject({
  title: z.string().min(1).nullable(),
  date: z
    .string()
    .regex(/^\d{4}-\d\d-\d\d$/)
    .nullable(),
  speakers: z.array(speakerSchema),
  mentioned: z.array(speakerSchema.extend({ quoted: z.literal(false) })),
  quotes: z.array(quoteSchema),
  figures: z.array(figureSchema),
  captions: z.array(captionSchema),
  issues: z.array(issueSchema),
  events: z.array(eventSchema),
  summary: summarySchema
})

/** A validated briefing document. */
export type BriefingDocument = z.infer<typeof briefingSchema>

/**
 * How many source paragraphs the text has: its non-blank lines, as the parser counts them.
 *
 * @param source the article's text.
 * @returns the paragraph count.
 */
export function paragraphCount(source: string): number {
  return source
    .split(/\r\n|\r|\n|\u2028|\u2029/)
    .filter((line) => line.replace(/[ \t\u00a0\ufeff\u200b\u3000]/g, '') !== '').length
}

const OPEN = '"\'“‘«„‚'
const CLOSE = '"\'”’»“‘'

/**
 * Whether `text` is the source slice, allowing outer quote marks on either side.
 *
 * @param text the span's `text` field.
 * @param slice `source.slice(start, end)`.
 * @returns true when they match.
 */
export function holdsText(text: string, slice: string): boolean {
  const strip = (value: string): string => {
    let from = 0
    let to = value.length
    if (from < to && OPEN.includes(value[from]!)) from++
    if (to > from && CLOSE.includes(value[to - 1]!)) to--
    return value.slice(from, to)
  }
  return text === slice || strip(slice) === text || strip(text) === slice || strip(text) === strip(slice)
}

/**
 * Validate one document against the schema and the source text.
 *
 * @param document the parsed JSON the CLI printed.
 * @param source the article's text (as `readFileSync(path, 'utf8')` or the decoded UTF-16).
 * @returns the problems found, empty when the document keeps the contract.
 */
export function contractProblems(document: unknown, source: string): string[] {
  const parsed = briefingSchema.safeParse(document)
  if (!parsed.success) return parsed.error.issues.map((issue) => `schema: ${issue.path.join('.')}: ${issue.message}`)
  const briefing = parsed.data
  const problems: string[] = []
  const { summary } = briefing
  const spans: [string, { text: string; start: number; end: number }[]][] = [
    ['quote', briefing.quotes],
    ['figure', briefing.figures],
    ['caption', briefing.captions],
    ['summary passage', [...(summary.headline ? [summary.headline] : []), ...summary.lede, ...summary.keyPoints]]
  ]
  for (const [what, list] of spans) {
    for (const span of list) {
      if (span.end < span.start || span.end > source.length)
        problems.push(`${what} [${span.start}, ${span.end}) out of the source (${source.length})`)
      else if (!holdsText(span.text, source.slice(span.start, span.end)))
        problems.push(
          `${what} text ${JSON.stringify(span.text.slice(0, 60))} is not source[${span.start}, ${span.end}) = ${JSON.stringify(source.slice(span.start, span.end).slice(0, 60))}`
        )
    }
  }
  const cards = new Map<number, number>()
  for (const figure of briefing.figures) if (figure.key) cards.set(figure.group, (cards.get(figure.group) ?? 0) + 1)
  for (const [group, keys] of cards) if (keys > 1) problems.push(`figure group ${group} has ${keys} key figures`)
  const said = [...summary.lede, ...summary.keyPoints]
  for (const [i, one] of said.entries()) {
    for (const other of [...(summary.headline ? [summary.headline] : []), ...said.slice(i + 1)])
      if (one.start < other.end && other.start < one.end)
        problems.push(`summary passage at ${one.start} overlaps another at ${other.start}`)
  }
  for (const start of summary.figures)
    if (!briefing.figures.some((figure) => figure.start === start && figure.key))
      problems.push(`summary figure at ${start} is no key figure`)
  for (const start of summary.next)
    if (!briefing.events.some((event) => event.start === start && event.next))
      problems.push(`summary event at ${start} is not what happens next`)
  const ranks = new Map<string | null, number[]>()
  for (const quote of briefing.quotes) ranks.set(quote.speaker, [...(ranks.get(quote.speaker) ?? []), quote.rank])
  for (const [speaker, list] of ranks)
    if ([...list].sort((a, b) => a - b).some((rank, i) => rank !== i + 1))
      problems.push(`the quotes of ${speaker ?? 'nobody'} are not ranked 1 to ${list.length}`)
  const ids = briefing.speakers.map((speaker) => speaker.id)
  for (const id of summary.speakers) if (!ids.includes(id)) problems.push(`summary speaker ${id} is not a speaker`)
  if (new Set(ids).size !== ids.length) problems.push(`speaker ids are not unique: ${ids.join(', ')}`)
  const paragraphs = paragraphCount(source)
  for (const quote of briefing.quotes) {
    if (quote.speaker !== null && !ids.includes(quote.speaker))
      problems.push(`quote at ${quote.start} names unknown speaker ${quote.speaker}`)
    if (quote.paragraph >= paragraphs)
      problems.push(`quote at ${quote.start} has paragraph ${quote.paragraph} of ${paragraphs}`)
  }
  for (const event of briefing.events) {
    if (event.end < event.start || event.end > source.length)
      problems.push(`event ${JSON.stringify(event.when)} [${event.start}, ${event.end}) out of the source`)
    if (event.paragraph >= paragraphs)
      problems.push(`event at ${event.start} has paragraph ${event.paragraph} of ${paragraphs}`)
  }
  const occasions = briefing.events.map(
    (event) => `${event.next} ${event.date} ${event.when.toLowerCase().replace(/^(?:on|at) /, '')}`
  )
  if (new Set(occasions).size !== occasions.length) problems.push(`an occasion has two events: ${occasions.join('; ')}`)
  for (const issue of briefing.issues) {
    for (const index of issue.paragraphs)
      if (index >= paragraphs) problems.push(`issue ${issue.title} has paragraph ${index} of ${paragraphs}`)
  }
  return problems
}
