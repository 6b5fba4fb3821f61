/**
 * The data of a briefing page, as the site reads it: the page model the page stage builds
 * (plugins/mdx, `briefingPageSchema`) with what the build adds (src/lib/build/generate.ts): where
 * the article comes from, when its text changed and what changed, the editorial corrections, and a
 * digest of everything the page shows. The generator writes it as `<slug>.json` beside the page's
 * MDX; the `briefings` collection (src/content.config.ts) reads it with this schema, and every type
 * of the site's briefing data is derived from it.
 */
import { z } from 'zod'
import { briefingPageSchema } from '../../plugins/mdx/index.ts'

const said = z.object({ speaker: z.string().nullable(), text: z.string() })
const figure = z.object({ text: z.string(), context: z.string() })

/** What changed in a briefing since the previous version of its article's text. */
export const briefingChangesSchema = z.object({
  addedQuotes: z.array(said),
  removedQuotes: z.array(said),
  addedFigures: z.array(figure),
  removedFigures: z.array(figure),
  /** A figure replaced by another in the same sentence (`£40 million` -> `£45 million`). */
  changedFigures: z.array(z.object({ from: z.string(), to: z.string(), context: z.string() }))
})

/** Where the article comes from (its `<name>.meta.yaml` sidecar). */
export const briefingArticleSchema = z.object({
  url: z.string().nullable(),
  outlet: z.string().nullable(),
  author: z.string().nullable()
})

/** The editorial corrections' outcome: how many apply, those that no longer match, an unusable file. */
export const briefingCorrectionsSchema = z.object({
  applied: z.number().int(),
  stale: z.array(z.string()),
  error: z.string().nullable()
})

/** A briefing page's data: the page model and the build's additions. */
export const briefingDataSchema = briefingPageSchema.extend({
  article: briefingArticleSchema,
  /** When the article's text last changed (ISO instant), or null when it never did since first built. */
  updated: z.string().nullable(),
  /** What that change did to the quotes and figures. */
  changes: briefingChangesSchema.nullable(),
  corrections: briefingCorrectionsSchema,
  /**
   * A hash of everything the page shows (this data, its digest aside, and the MDX body): pages that
   * join briefings hash their briefings' digests instead of their data.
   */
  digest: z.string()
})

/** What changed in a briefing since the previous version of its text. */
export type BriefingChanges = z.infer<typeof briefingChangesSchema>
/** A briefing page's data. */
export type BriefingData = z.infer<typeof briefingDataSchema>
