/**
 * Step 1 of the build, incremental: articles -> extraction -> corrections -> joins -> pages.
 *
 * - Every article's key is a hash of its text, its date and the pipeline version
 *   ({@link getPipelineVersion}); an article whose key matches the cache
 *   (`.cache/briefing/<dirs>/`, keyed by source file) is not extracted again.
 * - Corrections (`<name>.corrections.yaml`, src/lib/corrections) apply to every article on every
 *   run (they are cheap), then the speakers and issues are joined across briefings.
 * - A page is two files: its MDX body (`<slug>.mdx`, plugins/mdx) and its data (`<slug>.json`, the
 *   page model and the build's notices, src/schemas/briefing.ts, with a digest of both). It is
 *   generated again only when its inputs (extraction, corrections, joins, metadata, what changed)
 *   differ from the cached ones or a file is not the one written (truncated, edited: checked by
 *   size, time and hash), and each file is written (atomically) only when its bytes differ, so an
 *   unchanged page keeps its bytes and its mtime.
 * - The page of a deleted article, and its cache entry, are removed.
 * - When an article's text changes, the briefing records when and what changed (quotes and
 *   figures added and removed), against the previous build's extraction kept in the cache.
 * - Extraction and pages go to a pool of worker threads when there are many of them.
 * - It returns every page's incremental-build key (src/lib/site.ts), which the search index
 *   compares with the previous build's.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { basename, extname, join, relative } from 'node:path'
import { Worker } from 'node:worker_threads'
import { z } from 'zod'
import {
  applyCorrections,
  CORRECTIONS_MAX_BYTES,
  CorrectionsError,
  parseCorrections,
  type Corrections,
  type StaleCorrection
} from '../corrections/index.ts'
import { joinBriefings } from '../joins/index.ts'
import type { Briefing } from '../../../plugins/types.ts'
import type { BriefingChanges } from '../../schemas/briefing.ts'
import { compareBriefings, sitePageKeys, type KeyedBriefing } from '../site.ts'
import {
  getPipelineVersion,
  hash,
  readJson,
  readSealedJson,
  removeTempFiles,
  ROOT,
  writeFileAtomic,
  writeSealedJson
} from './cache.ts'
import { runExtractJob, runPageJob, type ExtractJob, type FileRecord, type PageDone, type PageJob } from './jobs.ts'
import { WorkerPool, type Outcome } from './pool.ts'
import { assignSlugs, slugRecordSchema, type SlugCollision } from './slugs.ts'
import {
  ArticleError,
  dateFromFileName,
  decodeArticle,
  FileError,
  readArticleBytes,
  readArticleMeta,
  entryExists,
  readContentFile,
  type ArticleMeta
} from '../../../plugins/read/index.ts'

/** One article that could not be briefed. */
export interface GenerateFailure {
  file: string
  reason: string
}

export type { BriefingChanges }

/** What a briefing shows of its quotes and figures, to compare versions. */
interface Shown {
  quotes: { speaker: string | null; text: string }[]
  figures: { text: string; context: string }[]
}

/**
 * One article's cache entry, keyed by its source file (`entries/<key of the file name>.json`; its
 * paragraphs in `<key>.paragraphs.json`), sealed ({@link writeSealedJson}).
 */
interface CacheEntry {
  /** The article's file name. */
  file: string
  textHash: string
  extractKey: string
  briefing: Briefing
  shown: Shown
  updated: string | null
  changes: BriefingChanges | null
  /** A hash of everything the page is generated from. */
  pageKey: string
  /** The page's two files as written: hash, size and modification time (to find them damaged). */
  page?: { mdx: FileRecord; json: FileRecord }
  /** What the site's page keys need of the page (its digest among it). */
  keyed?: KeyedBriefing
}

const quoteShown = z.object({ speaker: z.string().nullable(), text: z.string() })
const fileRecord = z.object({ hash: z.string(), size: z.number(), mtimeMs: z.number() })
const figureShown = z.object({ text: z.string(), context: z.string() })
/**
 * What a cache entry must hold to be used. The seal proves the build wrote the bytes; this checks
 * the parts read before the extraction key is compared (what the page showed, what changed), and
 * the shape of the briefing's lists.
 */
const cacheEntrySchema = z.object({
  file: z.string(),
  textHash: z.string(),
  extractKey: z.string(),
  briefing: z.looseObject({
    title: z.string().nullable(),
    speakers: z.array(z.looseObject({ id: z.string(), name: z.string() })),
    mentioned: z.array(z.looseObject({ id: z.string(), name: z.string() })),
    quotes: z.array(z.looseObject({ speaker: z.string().nullable(), text: z.string() })),
    figures: z.array(z.looseObject({ text: z.string(), context: z.string() })),
    issues: z.array(z.looseObject({ title: z.string() })),
    events: z.array(z.looseObject({})),
    captions: z.array(z.looseObject({}))
  }),
  shown: z.object({ quotes: z.array(quoteShown), figures: z.array(figureShown) }),
  updated: z.string().nullable(),
  changes: z
    .object({
      addedQuotes: z.array(quoteShown),
      removedQuotes: z.array(quoteShown),
      addedFigures: z.array(figureShown),
      removedFigures: z.array(figureShown),
      changedFigures: z.array(z.object({ from: z.string(), to: z.string(), context: z.string() }))
    })
    .nullable(),
  pageKey: z.string(),
  page: z.object({ mdx: fileRecord, json: fileRecord }).optional(),
  keyed: z
    .object({
      slug: z.string(),
      title: z.string(),
      date: z.string().nullable(),
      digest: z.string(),
      speakers: z.array(z.object({ slug: z.string() })),
      mentioned: z.array(z.object({ slug: z.string() })).optional(),
      issues: z.array(z.object({ slug: z.string() }))
    })
    .optional()
})

/**
 * The key of an article's cache entry: a hash of its file name (the cache follows the file, never
 * the slug, so a new file never inherits another article's history).
 *
 * @param name the article's file name.
 * @returns the key.
 */
export function entryKey(name: string): string {
  return hash('article', name).slice(0, 24)
}

/** Options of {@link generateBriefings}. */
export interface GenerateOptions {
  /** The articles' folder. */
  contentDir: string
  /** Where the pages go (`<slug>.mdx` and `<slug>.json`). */
  generatedDir: string
  /** The cache folder (default `.cache/briefing/<hash of both folders>`). */
  cacheDir?: string
  /** Worker threads for extraction and pages: a number, or `auto` (default: threads when more than 24 jobs wait). */
  workers?: number | 'auto'
  /** Whether this build prints the PDFs (default true): pages link to a PDF only when it does. */
  pdf?: boolean
  /** Progress lines. */
  log?: (line: string) => void
  /** The clock, for `updated` (tests). */
  now?: () => Date
}

/** What {@link generateBriefings} returns. */
export interface GenerateResult {
  /** The slugs with a page. */
  briefings: string[]
  failures: GenerateFailure[]
  /** The slugs extracted this run (cache misses). */
  extracted: string[]
  /** The slugs whose page was written this run. */
  written: string[]
  /** The slugs whose page was removed (article deleted). */
  removed: string[]
  /** Stale corrections, by article file. */
  stale: { file: string; corrections: StaleCorrection[] }[]
  /** Corrections files that could not be used, by article file. */
  correctionErrors: GenerateFailure[]
  /** Entries of the content folder not read, and why (hidden files, folders): reported, not failures. */
  skipped: GenerateFailure[]
  /** Metadata values or files that could not be used (the article was built without them), by file. */
  warnings: GenerateFailure[]
  /** New articles whose name's slug another article holds (they got a numbered one). */
  collisions: SlugCollision[]
  /** Every briefing, speaker and issue page's URL and incremental-build key (src/lib/site.ts). */
  pageKeys: Record<string, string>
  /** Milliseconds spent. */
  ms: number
  /** Of which: reading the articles and the cache, extracting, correcting and joining, writing the pages. */
  phases: { readMs: number; extractMs: number; joinMs: number; pagesMs: number }
}

/**
 * The default cache folder of a content folder and its generated pages:
 * `.cache/briefing/<hash of both>` (it records the content folder in `source.json`, so
 * {@link pruneCaches} can drop the caches of folders that are gone).
 *
 * @param contentDir the articles' folder.
 * @param generatedDir the pages' folder.
 * @returns the cache folder.
 */
export function defaultCacheDir(contentDir: string, generatedDir: string): string {
  return join(ROOT, '.cache/briefing', hash(contentDir, generatedDir).slice(0, 12))
}

/**
 * Remove the default caches (in `.cache/briefing/`) whose content folder no longer exists, such as
 * those of temporary test sites.
 */
export function pruneCaches(): void {
  const root = join(ROOT, '.cache/briefing')
  if (!existsSync(root)) return
  for (const name of readdirSync(root)) {
    const source = readJson<{ contentDir: string }>(join(root, name, 'source.json'))
    if (source && !existsSync(source.contentDir)) rmSync(join(root, name), { recursive: true, force: true })
  }
}

/** What {@link listContent} finds in a content folder. */
export interface ContentListing {
  /** The article files (sorted): every entry that is not hidden, a folder, a sidecar or a note. */
  articles: string[]
  /** Entries not read, with the reason: hidden files, folders. */
  skipped: GenerateFailure[]
  /** Entries that look like articles but cannot be one (a folder named `x.txt`). */
  failures: GenerateFailure[]
}

/** Files that are never articles: sidecars, notes, data, temporary files. */
const NOT_AN_ARTICLE = /\.(md|mdx|json|ya?ml|tmp)$|~$/i
/** Hidden files too common to report. */
const QUIET = new Set(['.DS_Store', '.gitkeep', '.gitignore', '.keep', '.git'])

/**
 * The entries of a content folder, sorted and sorted out: the article files (regular files, and
 * links, which {@link readArticleBytes} follows only when they stay inside the folder), and each
 * entry that is not read, with the reason. Read from the folder's listing alone (no `stat` of a
 * link's target), so a dangling or looping link is one reported article, never a failed build.
 *
 * @param dir the content folder.
 * @param shown how a path is shown in messages (default: as is).
 * @returns the articles, the skipped entries and the failures.
 */
export function listContent(dir: string, shown: (path: string) => string = (path) => path): ContentListing {
  const listing: ContentListing = { articles: [], skipped: [], failures: [] }
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
    a.name < b.name ? -1 : a.name > b.name ? 1 : 0
  )
  for (const entry of entries) {
    const { name } = entry
    const path = join(dir, name)
    if (name === 'README' || NOT_AN_ARTICLE.test(name) || QUIET.has(name)) continue
    if (name.startsWith('.'))
      listing.skipped.push({ file: shown(path), reason: 'hidden file, not read (remove the leading dot to build it)' })
    else if (entry.isDirectory()) {
      if (/\.(txt|text)$/i.test(name))
        listing.failures.push({ file: shown(path), reason: 'is a directory, not a file' })
      else
        listing.skipped.push({
          file: shown(path),
          reason: 'a folder, not read (articles are read from the top of the content folder)'
        })
    } else listing.articles.push(path)
  }
  return listing
}

/**
 * The article files of a directory (see {@link listContent}).
 *
 * @param dir the directory.
 * @returns the paths, sorted.
 */
export function articleFiles(dir: string): string[] {
  return listContent(dir).articles
}

/**
 * The sidecar files of an article: `<name>.meta.yaml` and `<name>.corrections.yaml` next to it.
 *
 * @param file the article's path.
 * @returns their paths.
 */
export function sidecars(file: string): { meta: string; corrections: string } {
  const stem = join(file, '..', basename(file, extname(file)))
  return { meta: `${stem}.meta.yaml`, corrections: `${stem}.corrections.yaml` }
}

/** Cache entries read before, by path, with the mtime and size they had (a long-running dev server reads each once). */
const entryMemo = new Map<string, { mtimeMs: number; size: number; entry: CacheEntry }>()

/** Read a cache entry, from memory when its file has not changed since. */
function readEntry(path: string): CacheEntry | undefined {
  let stat
  try {
    stat = statSync(path)
  } catch {
    entryMemo.delete(path)
    return undefined
  }
  const memo = entryMemo.get(path)
  if (memo && memo.mtimeMs === stat.mtimeMs && memo.size === stat.size) return memo.entry
  // The seal proves the bytes are the ones written; the schema, that they are what this code reads.
  const entry = readSealedJson(path, cacheEntrySchema) as CacheEntry | undefined
  if (entry) entryMemo.set(path, { mtimeMs: stat.mtimeMs, size: stat.size, entry })
  return entry
}

/** What the page shows of a briefing's quotes and figures. */
function shownOf(briefing: Briefing): Shown {
  const name = new Map([...briefing.speakers, ...briefing.mentioned].map((speaker) => [speaker.id, speaker.name]))
  return {
    quotes: briefing.quotes.map((quote) => ({
      speaker: quote.speaker === null ? null : (name.get(quote.speaker) ?? null),
      text: quote.text
    })),
    figures: briefing.figures.map((figure) => ({ text: figure.text, context: figure.context }))
  }
}

/** The quotes and figures of `now` not in `before`, and the other way round. */
function diff(before: Shown, now: Shown): BriefingChanges | null {
  const quoteKey = (quote: Shown['quotes'][number]): string =>
    `${quote.speaker ?? ''}\u0000${quote.text.replace(/\s+/g, ' ').trim()}`
  const figureKey = (figure: Shown['figures'][number]): string =>
    `${figure.text}\u0000${figure.context.replace(/\s+/g, ' ').trim()}`
  const minus = <T>(a: T[], b: T[], key: (item: T) => string): T[] => {
    const keys = new Set(b.map(key))
    return a.filter((item) => !keys.has(key(item)))
  }
  const changes: BriefingChanges = {
    addedQuotes: minus(now.quotes, before.quotes, quoteKey),
    removedQuotes: minus(before.quotes, now.quotes, quoteKey),
    addedFigures: minus(now.figures, before.figures, figureKey),
    removedFigures: minus(before.figures, now.figures, figureKey),
    changedFigures: []
  }
  // A removed and an added figure whose sentences read the same but for their numbers: changed
  // (or, with the same text, unchanged).
  const shape = (figure: Shown['figures'][number]): string =>
    figure.context
      .replace(figure.text, '\u0000')
      .replace(/\d[\d,.]*/g, '#')
      .replace(/\s+/g, ' ')
      .trim()
      .toLowerCase()
  for (const removed of [...changes.removedFigures]) {
    const added = changes.addedFigures.find((candidate) => shape(candidate) === shape(removed))
    if (!added) continue
    // The same figure in a sentence that changed elsewhere is no change to the figure.
    if (added.text !== removed.text)
      changes.changedFigures.push({ from: removed.text, to: added.text, context: added.context })
    changes.removedFigures.splice(changes.removedFigures.indexOf(removed), 1)
    changes.addedFigures.splice(changes.addedFigures.indexOf(added), 1)
  }
  return changes
}

/**
 * Whether a generated file is the one written: same size and modification time, or, when either
 * changed, the same bytes (by hash). A truncated or edited page is generated again.
 *
 * @param path the file.
 * @param record the file as written.
 * @returns whether it can be kept.
 */
function fileIntact(path: string, record: FileRecord | undefined): boolean {
  if (!record) return false
  try {
    const stat = statSync(path)
    if (!stat.isFile() || stat.size !== record.size) return false
    if (stat.mtimeMs === record.mtimeMs) return true
    return hash(readFileSync(path, 'utf8')) === record.hash
  } catch {
    return false
  }
}

/** Worker threads for `count` jobs: the option, or with `auto` a few when there are many jobs. */
function threadsFor(workers: GenerateOptions['workers'], count: number): number {
  if (workers === 'auto' || workers === undefined) return count > 24 ? Math.min(4, availableParallelism()) : 1
  return Math.max(1, workers)
}

/**
 * {@link generateBriefings} on a worker thread (src/lib/build/generate-worker.ts), so the caller
 * can do something else meanwhile (the build loads Astro).
 *
 * @param options folders, workers, log (`now` is not passed on).
 * @returns what {@link generateBriefings} returns.
 */
export function generateInWorker(options: GenerateOptions): Promise<GenerateResult> {
  const { log, now: _now, ...data } = options
  return new Promise((done, fail) => {
    const worker = new Worker(new URL('./generate-worker.ts', import.meta.url), { workerData: data })
    let result: GenerateResult | undefined
    worker.on('message', (message: { log?: string; result?: GenerateResult }) => {
      if (message.log !== undefined) log?.(message.log)
      if (message.result) result = message.result
    })
    worker.on('error', fail)
    worker.on('exit', (code) =>
      result ? done(result) : fail(new Error(`the page generation worker stopped (exit ${code})`))
    )
  })
}

/**
 * Generate the briefing pages of a content folder, incrementally (see the module comment).
 *
 * @param options folders, workers, log.
 * @returns what was extracted, written, removed, what failed, the stale corrections, the page keys.
 */
export async function generateBriefings(options: GenerateOptions): Promise<GenerateResult> {
  const started = performance.now()
  const log = options.log ?? (() => {})
  const now = options.now ?? (() => new Date())
  const { contentDir, generatedDir } = options
  const cacheDir = options.cacheDir ?? defaultCacheDir(contentDir, generatedDir)
  const entriesDir = join(cacheDir, 'entries')
  if (!options.cacheDir) pruneCaches()
  mkdirSync(entriesDir, { recursive: true })
  if (!existsSync(join(cacheDir, 'source.json')))
    writeFileAtomic(join(cacheDir, 'source.json'), JSON.stringify({ contentDir }))
  mkdirSync(generatedDir, { recursive: true })
  removeTempFiles(generatedDir)
  removeTempFiles(entriesDir)
  const version = getPipelineVersion()
  const shownPath = (file: string): string =>
    file.startsWith(process.cwd() + '/') ? relative(process.cwd(), file) : file

  // Read every article and its sidecars; find the cache misses.
  interface Item {
    file: string
    shown: string
    slug: string
    text: string
    textHash: string
    date: string | null
    meta: ArticleMeta
    extractKey: string
    cached: CacheEntry | undefined
    briefing?: Briefing
    error?: string
    corrections: Corrections
    correctionsSource: string
    correctionError: string | null
  }
  const listing = listContent(contentDir, shownPath)
  const failures: GenerateFailure[] = [...listing.failures]
  const correctionErrors: GenerateFailure[] = []
  const warnings: GenerateFailure[] = []
  const warn = (file: string, reason: string): void => {
    warnings.push({ file, reason })
    log(`build: WARNING ${file}: ${reason}`)
  }
  for (const entry of listing.skipped) log(`build: skipped ${entry.file}: ${entry.reason}`)
  for (const failure of listing.failures) log(`build: SKIPPED ${failure.file}: ${failure.reason}`)

  // Slugs, stable per file (src/lib/build/slugs.ts).
  const slugsPath = join(cacheDir, 'slugs.json')
  const previousSlugs = readSealedJson(slugsPath, slugRecordSchema) ?? {}
  const { slugs, collisions } = assignSlugs(
    listing.articles.map((file) => basename(file)),
    previousSlugs
  )
  for (const collision of collisions)
    warn(
      shownPath(join(contentDir, collision.file)),
      `its URL would be /briefings/${collision.wanted}/, which ${collision.holder} has; it is built at /briefings/${collision.slug}/ (rename the file to choose another)`
    )
  const slugRecord = Object.fromEntries(slugs)
  if (JSON.stringify(slugRecord) !== JSON.stringify(previousSlugs)) writeSealedJson(slugsPath, slugRecord)

  const items: Item[] = []
  for (const file of listing.articles) {
    const shown = shownPath(file)
    const name = basename(file)
    const slug = slugs.get(name)!
    try {
      let bytes: Uint8Array
      try {
        bytes = readArticleBytes(file, contentDir)
      } catch (error) {
        if (error instanceof FileError) throw new ArticleError(shown, error.reason)
        throw error
      }
      const text = decodeArticle(bytes, shown)
      const { meta: metaPath, corrections: correctionsPath } = sidecars(file)
      let meta: ArticleMeta = {}
      try {
        meta = readArticleMeta(shownPath(metaPath), {
          root: contentDir,
          warn: (message) => warn(shownPath(metaPath), message.slice(shownPath(metaPath).length + 2))
        })
      } catch (error) {
        if (!(error instanceof FileError)) throw error
        warn(shownPath(metaPath), `${error.reason} (the article is built without its metadata)`)
      }
      const date = meta.date ?? dateFromFileName(file)
      let correctionsSource = ''
      let corrections: Corrections = {}
      let correctionError: string | null = null
      try {
        if (entryExists(correctionsPath))
          correctionsSource = new TextDecoder().decode(
            readContentFile(shownPath(correctionsPath), { root: contentDir, maxBytes: CORRECTIONS_MAX_BYTES })
          )
        corrections = parseCorrections(correctionsSource, shownPath(correctionsPath))
      } catch (error) {
        correctionError =
          error instanceof CorrectionsError || error instanceof FileError ? error.message : String(error)
        correctionErrors.push({ file: shown, reason: correctionError })
        log(`build: WARNING ${correctionError} (corrections not applied)`)
      }
      const textHash = hash(bytes)
      const extractKey = hash(version, textHash, date)
      let cached = readEntry(join(entriesDir, `${entryKey(name)}.json`))
      // Another file's entry (a hash collision, or a file renamed over) is no history of this one.
      if (cached && cached.file !== name) cached = undefined
      items.push({
        file,
        shown,
        slug,
        text,
        textHash,
        date,
        meta,
        extractKey,
        cached,
        corrections,
        correctionsSource,
        correctionError
      })
    } catch (error) {
      const reason = error instanceof ArticleError ? error.reason : `failed: ${(error as Error).message}`
      failures.push({ file: shown, reason })
      log(`build: SKIPPED ${shown}: ${reason}`)
    }
  }

  const paragraphsPath = (item: Item): string => join(entriesDir, `${entryKey(basename(item.file))}.paragraphs.json`)
  const read = performance.now()

  // The jobs run on a pool of worker threads when there are many, on this thread otherwise.
  let pool: WorkerPool<ExtractJob | PageJob, Briefing | PageDone> | undefined
  const run = async <J extends ExtractJob | PageJob, R>(
    jobs: J[],
    inline: (job: J) => Promise<R>
  ): Promise<Outcome<R>[]> => {
    const threads = threadsFor(options.workers, jobs.length)
    if (!pool && threads > 1 && jobs.length > 1)
      pool = new WorkerPool(new URL('./build-worker.ts', import.meta.url), threads)
    if (pool) return (await Promise.all(jobs.map((job) => pool!.run(job)))) as Outcome<R>[]
    const outcomes: Outcome<R>[] = []
    for (const job of jobs) {
      try {
        outcomes.push({ ok: await inline(job) })
      } catch (error) {
        outcomes.push({ error: (error as Error).message })
      }
    }
    return outcomes
  }

  try {
    // Extract the misses.
    const misses = items.filter((item) => item.cached?.extractKey !== item.extractKey)
    const extractions = await run(
      misses.map((item): ExtractJob => ({
        kind: 'extract',
        text: item.text,
        path: item.shown,
        date: item.date,
        paragraphsPath: paragraphsPath(item)
      })),
      runExtractJob
    )
    misses.forEach((item, i) => {
      const outcome = extractions[i]!
      if ('ok' in outcome) item.briefing = outcome.ok
      else item.error = outcome.error
    })
    const extractedAt = performance.now()
    const ok: Item[] = []
    for (const item of items) {
      if (item.cached?.extractKey === item.extractKey) item.briefing = item.cached.briefing
      if (item.briefing) ok.push(item)
      else {
        const reason = `extraction failed: ${item.error ?? 'no result'}`
        failures.push({ file: item.shown, reason })
        log(`build: SKIPPED ${item.shown}: ${reason}`)
      }
    }

    // Corrections, joins.
    const stale: GenerateResult['stale'] = []
    const corrected = ok.map((item) => {
      const result = applyCorrections(item.briefing!, item.corrections)
      if (result.stale.length) {
        stale.push({ file: item.shown, corrections: result.stale })
        // At most ten lines per article: the page lists them all.
        for (const s of result.stale.slice(0, 10))
          log(`build: WARNING ${item.shown}: correction not applied (${s.kind}: ${s.reason})`)
        if (result.stale.length > 10)
          log(
            `build: WARNING ${item.shown}: ${result.stale.length - 10} more corrections not applied (listed on the page)`
          )
      }
      return result
    })
    const joins = joinBriefings(
      ok.map((item, i) => ({
        slug: item.slug,
        // everyone named: the speakers index lists the people named but not quoted too
        speakers: [...corrected[i]!.briefing.speakers, ...(corrected[i]!.briefing.mentioned ?? [])],
        issues: corrected[i]!.briefing.issues
      }))
    )
    const joined = performance.now()

    // Pages: the unchanged ones as they are, the others generated again.
    const entries = new Map<Item, CacheEntry>()
    const jobs: { item: Item; job: PageJob }[] = []
    for (const [i, item] of ok.entries()) {
      const { briefing, applied, stale: itemStale } = corrected[i]!
      const shownNow = shownOf(briefing)
      const previous = item.cached
      let updated = previous?.updated ?? null
      let changes = previous?.changes ?? null
      if (previous && previous.textHash !== item.textHash) {
        updated = now().toISOString()
        changes = diff(previous.shown, shownNow)
      }
      const speakerSlugs = joins.speakers.get(item.slug) ?? new Map<string, string>()
      const issueSlugs = joins.issues.get(item.slug) ?? new Map<string, string>()
      const pageKey = hash(
        version,
        item.extractKey,
        item.correctionsSource,
        JSON.stringify([...speakerSlugs]),
        JSON.stringify([...issueSlugs]),
        JSON.stringify(item.meta),
        updated,
        JSON.stringify(changes),
        basename(item.file),
        item.slug,
        String(options.pdf !== false)
      )
      const entry: CacheEntry = {
        file: basename(item.file),
        textHash: item.textHash,
        extractKey: item.extractKey,
        briefing: item.briefing!,
        shown: shownNow,
        updated,
        changes,
        pageKey,
        page: previous?.page,
        keyed: previous?.keyed
      }
      entries.set(item, entry)
      const mdxPath = join(generatedDir, `${item.slug}.mdx`)
      const jsonPath = join(generatedDir, `${item.slug}.json`)
      if (
        previous?.pageKey === pageKey &&
        previous.keyed &&
        fileIntact(mdxPath, previous.page?.mdx) &&
        fileIntact(jsonPath, previous.page?.json)
      )
        continue
      jobs.push({
        item,
        job: {
          kind: 'page',
          slug: item.slug,
          source: basename(item.file),
          text: item.text,
          path: item.shown,
          date: item.date,
          briefing,
          speakerSlugs,
          issueSlugs,
          pdf: options.pdf !== false,
          extras: {
            article: { url: item.meta.url ?? null, outlet: item.meta.outlet ?? null, author: item.meta.author ?? null },
            updated,
            changes,
            corrections: {
              applied,
              stale: itemStale.map((s) => `${s.kind}: ${s.reason}`),
              error: item.correctionError
            }
          },
          paragraphsPath: paragraphsPath(item),
          mdxPath,
          jsonPath
        }
      })
    }
    const pages = await run(
      jobs.map(({ job }) => job),
      runPageJob
    )
    const written: string[] = []
    const failed = new Set<Item>()
    jobs.forEach(({ item }, i) => {
      const outcome = pages[i]!
      if ('error' in outcome) {
        failed.add(item)
        failures.push({ file: item.shown, reason: `page generation failed: ${outcome.error}` })
        log(`build: SKIPPED ${item.shown}: page generation failed: ${outcome.error}`)
        return
      }
      const entry = entries.get(item)!
      entry.keyed = outcome.ok.keyed
      entry.page = outcome.ok.files
      if (outcome.ok.written) written.push(item.slug)
    })
    const briefings: string[] = []
    const keyed: KeyedBriefing[] = []
    for (const item of ok) {
      if (failed.has(item)) continue
      const entry = entries.get(item)!
      if (JSON.stringify(item.cached) !== JSON.stringify(entry))
        writeSealedJson(join(entriesDir, `${entryKey(basename(item.file))}.json`), entry)
      briefings.push(item.slug)
      keyed.push(entry.keyed!)
    }

    // Pages of deleted (or now failing) articles go; so do their cache entries when the article is gone.
    const keep = new Set(briefings)
    const present = new Set(listing.articles.map((file) => entryKey(basename(file))))
    const removed = new Set<string>()
    for (const name of readdirSync(generatedDir)) {
      const slug = /^(.+)\.(mdx|json)$/.exec(name)?.[1]
      if (slug === undefined || keep.has(slug)) continue
      rmSync(join(generatedDir, name), { force: true })
      removed.add(slug)
    }
    for (const name of readdirSync(entriesDir)) {
      const key = name.replace(/(\.paragraphs)?\.json$/, '')
      if (!present.has(key)) rmSync(join(entriesDir, name), { force: true })
    }
    return {
      briefings,
      failures,
      extracted: misses.filter((item) => item.briefing).map((item) => item.slug),
      written,
      removed: [...removed],
      stale,
      correctionErrors,
      skipped: listing.skipped,
      warnings,
      collisions,
      pageKeys: Object.fromEntries(sitePageKeys(keyed.sort(compareBriefings))),
      ms: performance.now() - started,
      phases: {
        readMs: read - started,
        extractMs: extractedAt - read,
        joinMs: joined - extractedAt,
        pagesMs: performance.now() - joined
      }
    }
  } finally {
    await pool?.close()
  }
}
