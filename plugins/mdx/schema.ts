/**
 * The briefing page model as one zod schema: everything a briefing page shows, as the page stage
 * builds it from one article's extraction ({@link buildBriefingPage}). The types of the model are
 * derived from it (`z.infer`); the site's collection schema (src/schemas) extends it with what the
 * build adds. To show something new on the page, add it here first.
 */
import { z } from 'zod'

const index = z.number().int()

/** A sentence that points at a source paragraph. */
export const pagePointSchema = z.object({
  text: z.string(),
  /** The source paragraph index (0-based). */
  paragraph: index
})

/** A speaker as the page shows it. */
export const pageSpeakerSchema = z.object({
  id: z.string(),
  name: z.string(),
  role: z.string().nullable(),
  affiliation: z.string().nullable(),
  aliases: z.array(z.string()),
  quoted: z.boolean(),
  type: z.enum(['person', 'organisation', 'unnamed']),
  /** The normalised comparison key (see `speakerKey`). */
  key: z.string(),
  /** The site-wide speaker slug. */
  slug: z.string(),
  /** How many quotes the speaker has in this briefing. */
  quotes: index
})

/** Someone the article names but does not quote. */
export const pageMentionSchema = z.object({
  name: z.string(),
  role: z.string().nullable(),
  affiliation: z.string().nullable(),
  type: z.enum(['person', 'organisation', 'unnamed']),
  /** The site-wide speaker slug (the speakers index lists everyone named). */
  slug: z.string()
})

/** A quote as the page shows it. */
export const pageQuoteSchema = z.object({
  /** The anchor id of its highlighted span in the source text (`q-3`). */
  id: z.string(),
  /** The speaker's id, or `null`. */
  speaker: z.string().nullable(),
  /** The source slice (offsets), mojibake included. */
  text: z.string(),
  /** The same words cleaned for readers: what the page shows. */
  display: z.string(),
  /**
   * For reported speech that opens with a pronoun standing for its speaker (`he would push …`):
   * the speaker's short name, shown as an editorial insertion in its place (`[Lund] would push …`),
   * and how many characters of `display` the pronoun takes. `null` otherwise.
   */
  subject: z.object({ name: z.string(), replaces: index }).nullable(),
  kind: z.enum(['direct', 'partial', 'indirect']),
  /** How telling it is, in [0, 1] (the extraction's weight). */
  weight: z.number(),
  /** Its place among its speaker's quotes, 1 = most telling. */
  rank: index,
  paragraph: index,
  start: index,
  end: index,
  /** The slugs of the issues whose paragraphs hold the quote. */
  issues: z.array(z.string())
})

/** A figure as the page shows it. */
export const pageFigureSchema = z.object({
  /** The anchor id of its highlighted span (`f-2`). */
  id: z.string(),
  /** The source slice (offsets), mojibake included. */
  text: z.string(),
  /** The same cleaned for readers: what the page shows. */
  display: z.string(),
  value: z.number().nullable(),
  unit: z.string().nullable(),
  context: z.string(),
  key: z.boolean(),
  /** Its card: figures sharing a context share a group, and the page shows one card per group. */
  group: index,
  /** How much it tells, in [0, 1] (the extraction's weight). */
  weight: z.number(),
  paragraph: index,
  start: index,
  end: index
})

/** An issue as the page shows it. */
export const pageIssueSchema = z.object({
  title: z.string(),
  slug: z.string(),
  keywords: z.array(z.string()),
  paragraphs: z.array(index)
})

/** A dated (or datable) event. */
export const pageEventSchema = z.object({
  when: z.string(),
  what: z.string(),
  date: z.string().nullable(),
  /** Whether it is what happens next (the extraction's `next`). */
  next: z.boolean(),
  /** The source paragraph it is told in. */
  paragraph: index
})

/** What the page says first, chosen by the extraction (`summary`): references into the model's lists. */
export const pageSummarySchema = z.object({
  /** The main speakers' ids, most telling first (each shown with their quote of rank 1). */
  speakers: z.array(z.string()),
  /** Up to three key figures' ids (`f-2`), most telling first. */
  figures: z.array(z.string()),
  /** What happens next: up to three indexes into `events`, in timeline order. */
  next: z.array(index)
})

/** The briefing page model. */
export const briefingPageSchema = z.object({
  slug: z.string(),
  title: z.string(),
  /** The source file's name. */
  source: z.string(),
  /** The article's date (ISO), when known. */
  date: z.string().nullable(),
  words: index,
  /** Minutes, at 200 words a minute. */
  readingTime: index,
  /** The PDF's URL, or `null` when this build prints none (no Chromium, `--no-pdf`): no link then. */
  pdf: z.string().nullable(),
  /** What happened: the sentences that carry the news (never the headline). */
  lede: z.array(pagePointSchema),
  keyPoints: z.array(pagePointSchema),
  summary: pageSummarySchema,
  speakers: z.array(pageSpeakerSchema),
  /** People the article names but does not quote. */
  mentioned: z.array(pageMentionSchema),
  quotes: z.array(pageQuoteSchema),
  figures: z.array(pageFigureSchema),
  issues: z.array(pageIssueSchema),
  events: z.array(pageEventSchema),
  captions: z.array(pagePointSchema)
})

/** A sentence that points at a source paragraph. */
export type PagePoint = z.infer<typeof pagePointSchema>
/** A speaker as the page shows it. */
export type PageSpeaker = z.infer<typeof pageSpeakerSchema>
/** Someone named, not quoted. */
export type PageMention = z.infer<typeof pageMentionSchema>
/** A quote as the page shows it. */
export type PageQuote = z.infer<typeof pageQuoteSchema>
/** A figure as the page shows it. */
export type PageFigure = z.infer<typeof pageFigureSchema>
/** An issue as the page shows it. */
export type PageIssue = z.infer<typeof pageIssueSchema>
/** What the page says first. */
export type PageSummary = z.infer<typeof pageSummarySchema>
/** A dated (or datable) event. */
export type PageEvent = z.infer<typeof pageEventSchema>
/** The briefing page model. */
export type BriefingPage = z.infer<typeof briefingPageSchema>
