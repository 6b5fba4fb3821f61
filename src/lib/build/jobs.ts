/**
 * The page generator's two jobs on one article, run on the worker pool (src/lib/build/pool.ts,
 * src/lib/build/build-worker.ts) or on the generator's own thread when there are few:
 *
 * - extract: the article's text -> its briefing; the source paragraphs go to the cache
 *   (`<slug>.paragraphs.json`), where the page job reads them;
 * - page: the corrected briefing, the site-wide slugs and the build's notices -> the page's MDX body
 *   (`<slug>.mdx`, plugins/mdx) and its data (`<slug>.json`, src/schemas/briefing.ts) with the
 *   digest of both, each written only when its bytes change.
 */
import { statSync } from 'node:fs'
import { z } from 'zod'
import type { Briefing, SourceParagraph } from '../../../plugins/types.ts'
import { slugify } from '../../../plugins/names/index.ts'
import { briefingDataSchema, type BriefingData } from '../../schemas/briefing.ts'
import type { KeyedBriefing } from '../site.ts'
import { hash, readSealedJson, writeIfChanged, writeSealedJson } from './cache.ts'

/** Extract one article. */
export interface ExtractJob {
  kind: 'extract'
  text: string
  /** The article's path as messages show it. */
  path: string
  date: string | null
  /** Where its source paragraphs go. */
  paragraphsPath: string
}

/** What the build adds to the page model (src/schemas/briefing.ts). */
export type PageExtras = Pick<BriefingData, 'article' | 'updated' | 'changes' | 'corrections'>

/** Generate one page. */
export interface PageJob {
  kind: 'page'
  slug: string
  /** The article file's name, shown as the source. */
  source: string
  /** For a new extraction when the cache lost the paragraphs. */
  text: string
  path: string
  date: string | null
  /** The briefing, corrections applied. */
  briefing: Briefing
  /** Site-wide slugs: speaker id -> slug, issue title -> slug. */
  speakerSlugs: Map<string, string>
  issueSlugs: Map<string, string>
  /** Whether the build prints the briefing's PDF (the page links to it only then). */
  pdf: boolean
  extras: PageExtras
  paragraphsPath: string
  mdxPath: string
  jsonPath: string
}

/** A file as the build wrote it: a hash of its bytes, its size and modification time (to find it damaged). */
export interface FileRecord {
  hash: string
  size: number
  mtimeMs: number
}

/** What a page job did. */
export interface PageDone {
  /** What the site's page keys need of the briefing. */
  keyed: KeyedBriefing
  /** Whether either file was written. */
  written: boolean
  /** The files as written (or found unchanged). */
  files: { mdx: FileRecord; json: FileRecord }
}

/** The source paragraphs kept beside a cache entry (sealed: see `writeSealedJson`). */
export const paragraphsSchema = z.array(z.looseObject({ text: z.string() }))

/** The extraction engine and the page stage, loaded when first needed. */
const engine = (): Promise<typeof import('../../../plugins/index.ts')> => import('../../../plugins/index.ts')
const mdxStage = (): Promise<typeof import('../../../plugins/mdx/index.ts')> => import('../../../plugins/mdx/index.ts')

/**
 * Run an extract job.
 *
 * @param job the article.
 * @returns its briefing (its paragraphs are written to `job.paragraphsPath`).
 */
export async function runExtractJob(job: ExtractJob): Promise<Briefing> {
  const { extractBriefing } = await engine()
  const { briefing, file } = extractBriefing(job.text, { path: job.path, date: job.date })
  writeSealedJson(job.paragraphsPath, file.data.paragraphs ?? [])
  return briefing
}

/**
 * The record of a file just written (or found with these bytes).
 *
 * @param path the file.
 * @param content its content.
 * @returns its record.
 */
function recordOf(path: string, content: string): FileRecord {
  const { size, mtimeMs } = statSync(path)
  return { hash: hash(content), size, mtimeMs }
}

/**
 * The digest of a page: a hash of its MDX body and of its data (without the digest).
 *
 * @param mdx the MDX body.
 * @param data the data, as compact JSON.
 * @returns the digest.
 */
export function pageDigest(mdx: string, data: string): string {
  return hash('briefing page', mdx, data).slice(0, 32)
}

/**
 * A page's data, checked against its schema (src/schemas/briefing.ts), with the digest of it and
 * its MDX body.
 *
 * @param fields the page model and the build's additions (a digest it holds is replaced).
 * @param mdx the page's MDX body.
 * @returns the data.
 * @throws a zod error when the fields do not fit the schema.
 */
export function pageData(fields: unknown, mdx: string): BriefingData {
  const data = briefingDataSchema.parse({ ...(fields as object), digest: '' })
  const { digest: _digest, ...body } = data
  data.digest = pageDigest(mdx, JSON.stringify(body))
  return data
}

/**
 * What the site's page keys need of a page's data.
 *
 * @param data the page's data.
 * @returns the keyed briefing.
 */
export function keyedOf(data: BriefingData): KeyedBriefing {
  return {
    slug: data.slug,
    title: data.title,
    date: data.date,
    digest: data.digest,
    speakers: data.speakers.map((speaker) => ({ slug: speaker.slug })),
    mentioned: data.mentioned.map((person) => ({ slug: person.slug })),
    issues: data.issues.map((issue) => ({ slug: issue.slug }))
  }
}

/**
 * The JSON of a page's data as the build writes it (two-space indents, for people who open it).
 *
 * @param data the page's data.
 * @returns the file's content.
 */
export function dataJson(data: BriefingData): string {
  return `${JSON.stringify(data, null, 2)}\n`
}

/**
 * Run a page job.
 *
 * @param job the page.
 * @returns what it wrote and what the page keys need.
 */
export async function runPageJob(job: PageJob): Promise<PageDone> {
  let paragraphs = readSealedJson(job.paragraphsPath, paragraphsSchema) as SourceParagraph[] | undefined
  if (!paragraphs) {
    // The cache lost the paragraphs (or they are damaged): extract again.
    const { extractBriefing } = await engine()
    paragraphs = extractBriefing(job.text, { path: job.path, date: job.date }).file.data.paragraphs ?? []
    writeSealedJson(job.paragraphsPath, paragraphs)
  }
  const { briefingToMdx } = await mdxStage()
  const { mdx, page } = briefingToMdx({
    briefing: job.briefing,
    paragraphs,
    slug: job.slug,
    source: job.source,
    date: job.date,
    speakerSlug: (speaker) => job.speakerSlugs.get(speaker.id) ?? slugify(speaker.name, `speaker-${speaker.id}`),
    issueSlug: (title) => job.issueSlugs.get(title) ?? slugify(title, 'issue'),
    pdf: job.pdf
  })
  const data = pageData({ ...page, ...job.extras }, mdx)
  // The body first: a reader that sees the new data finds its body in place.
  const json = dataJson(data)
  const wroteMdx = writeIfChanged(job.mdxPath, mdx)
  const wroteJson = writeIfChanged(job.jsonPath, json)
  return {
    keyed: keyedOf(data),
    written: wroteMdx || wroteJson,
    files: { mdx: recordOf(job.mdxPath, mdx), json: recordOf(job.jsonPath, json) }
  }
}
