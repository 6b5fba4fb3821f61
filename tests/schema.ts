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
  paragraph: offset
})

/** One figure, located by offsets in the source. */
export const figureSchema = z.strictObject({
  text: z.string().min(1),
  display: z.string().min(1),
  value: z.number().finite().nullable(),
  unit: z.string().min(1).nullable(),
  context: z.string(),
  key: z.boolean(),
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

/** One event: the time as written, what happens, the resolved ISO date/month/year or null. */
export const eventSchema = z.strictObject({
  when: z.string().min(1),
  what: z.string().min(1),
  date: z
    .string()
    .regex(/^\d{4}(-\d\d(-\d\d)?)?$/)
    .nullable()
})

/** The whole document `npm run extract` prints for one article. */
export const briefingSchema = z.strictObject({
  title: z.string().min(1).nullable(),
  speakers: z.array(speakerSchema),
  mentioned: z.array(speakerSchema.extend({ quoted: z.literal(false) })),
  quotes: z.array(quoteSchema),
  figures: z.array(figureSchema),
  captions: z.array(captionSchema),
  issues: z.array(issueSchema),
  events: z.array(eventSchema)
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
  const spans: [string, { text: string; start: number; end: number }[]][] = [
    ['quote', briefing.quotes],
    ['figure', briefing.figures],
    ['caption', briefing.captions]
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
  const ids = briefing.speakers.map((speaker) => speaker.id)
  if (new Set(ids).size !== ids.length) problems.push(`speaker ids are not unique: ${ids.join(', ')}`)
  const paragraphs = paragraphCount(source)
  for (const quote of briefing.quotes) {
    if (quote.speaker !== null && !ids.includes(quote.speaker))
      problems.push(`quote at ${quote.start} names unknown speaker ${quote.speaker}`)
    if (quote.paragraph >= paragraphs)
      problems.push(`quote at ${quote.start} has paragraph ${quote.paragraph} of ${paragraphs}`)
  }
  for (const issue of briefing.issues) {
    for (const index of issue.paragraphs)
      if (index >= paragraphs) problems.push(`issue ${issue.title} has paragraph ${index} of ${paragraphs}`)
  }
  return problems
}
