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
  affiliation: z.string().nullable()
})

/** A quote as the page shows it. */
export const pageQuoteSchema = z.object({
  /** The anchor id of its highlighted span in the source text (`q-3`). */
  id: z.string(),
  /** The speaker's id, or `null`. */
  speaker: z.string().nullable(),
  text: z.string(),
  kind: z.enum(['direct', 'partial', 'indirect']),
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
  text: z.string(),
  value: z.number().nullable(),
  unit: z.string().nullable(),
  context: z.string(),
  key: z.boolean(),
  paragraph: index,
  start: index,
  end: index
})

/** An issue as the page shows it. */
export const pageIssueSchema = z.object({
  title: z.string(),
  slug: z.string(),
  keywords: z.array(z.string()),
  paragraphs: z.array(index),
  /** The first sentence of (up to four of) its paragraphs. */
  gist: z.array(pagePointSchema)
})

/** A dated (or datable) event. */
export const pageEventSchema = z.object({
  when: z.string(),
  what: z.string(),
  date: z.string().nullable(),
  /** Whether it is what happens next (the extraction's `next`). */
  next: z.boolean()
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
  /** The PDF's URL. */
  pdf: z.string(),
  lede: pagePointSchema.nullable(),
  keyPoints: z.array(pagePointSchema),
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
/** A dated (or datable) event. */
export type PageEvent = z.infer<typeof pageEventSchema>
/** The briefing page model. */
export type BriefingPage = z.infer<typeof briefingPageSchema>
