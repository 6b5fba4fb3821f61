/**
 * Step 1 of the build, incremental: articles -> extraction -> corrections -> joins -> pages.
 *
 * - Every article's key is a hash of its text, its date and the pipeline version
 *   ({@link getPipelineVersion}); an article whose key matches the cache
 *   (`.cache/briefing/<dirs>/`) is not extracted again.
 * - Corrections (`<name>.corrections.yaml`, src/lib/corrections) apply to every article on every
 *   run (they are cheap), then the speakers and issues are joined across briefings.
 * - A page is two files: its MDX body (`<slug>.mdx`, plugins/mdx) and its data (`<slug>.json`, the
 *   page model and the build's notices, src/schemas/briefing.ts, with a digest of both). It is
 *   generated again only when its inputs (extraction, corrections, joins, metadata, what changed)
 *   differ from the cached ones, and each file is written (atomically) only when its bytes differ,
 *   so an unchanged page keeps its bytes and its mtime. A page someone edited by hand keeps the
 *   edit, and its digest follows it.
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
import {
  applyCorrections,
  CorrectionsError,
  parseCorrections,
  type Corrections,
  type StaleCorrection
} from '../corrections/index.ts'
import { joinBriefings } from '../joins/index.ts'
import { slugify } from '../../../plugins/names/index.ts'
import type { Briefing } from '../../../plugins/types.ts'
import { briefingDataSchema, type BriefingChanges } from '../../schemas/briefing.ts'
import { compareBriefings, sitePageKeys, type KeyedBriefing } from '../site.ts'
import { getPipelineVersion, hash, readJson, removeTempFiles, ROOT, writeFileAtomic } from './cache.ts'
import {
  dataJson,
  keyedOf,
  pageData,
  runExtractJob,
  runPageJob,
  stampOf,
  type ExtractJob,
  type FileStamp,
  type PageDone,
  type PageJob
} from './jobs.ts'
import { WorkerPool, type Outcome } from './pool.ts'
import {
  ArticleError,
  dateFromFileName,
  decodeArticle,
  readArticleMeta,
  type ArticleMeta
} from '../../../plugins/read/index.ts'

export type { BriefingChanges }

/** One article that could not be briefed. */
export interface GenerateFailure {
  file: string
  reason: string
}

/** What a briefing shows of its quotes and figures, to compare versions. */
interface Shown {
  quotes: { speaker: string | null; text: string }[]
  figures: { text: string; context: string }[]
}

/** One article's cache entry (`entries/<slug>.json`; its paragraphs in `<slug>.paragraphs.json`). */
interface CacheEntry {
  file: string
  textHash: string
  extractKey: string
  briefing: Briefing
  shown: Shown
  updated: string | null
  changes: BriefingChanges | null
  /** A hash of everything the page is generated from. */
  pageKey: string
  /** What the site's page keys need of the page (its digest among it). */
  keyed: KeyedBriefing
  /** The page's two files as the build left them: a change means someone edited one. */
  stamps: { mdx: FileStamp; json: FileStamp }
}

/** Options of {@link generateBriefings}. */
export interface GenerateOptions {
  /** The articles' folder. */
  contentDir: string
  /** Where the MDX pages go. */
  generatedDir: string
  /** The cache folder (default `.cache/briefing/<hash of both folders>`). */
  cacheDir?: string
  /** Worker threads for extraction and pages: a number, or `auto` (default: threads when more than 24 jobs wait). */
  workers?: number | 'auto'
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

/**
 * The article files of a directory: every regular, non-hidden file that is not a sidecar,
 * Markdown or JSON (sorted).
 *
 * @param dir the directory.
 * @returns the paths.
 */
export function articleFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => !name.startsWith('.') && !/\.(md|mdx|json|ya?ml|tmp)$/i.test(name) && name !== 'README')
    .map((name) => join(dir, name))
    .filter((path) => statSync(path).isFile())
    .sort()
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
  const entry = readJson<CacheEntry>(path)
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

/** Worker threads for `count` jobs: the option, or with `auto` a few when there are many jobs. */
function threadsFor(workers: GenerateOptions['workers'], count: number): number {
  if (workers === 'auto' || workers === undefined) return count > 24 ? Math.min(4, availableParallelism()) : 1
  return Math.max(1, workers)
}

/**
 * Take a page someone edited by hand (its MDX body or its data) as it now is: check its data
 * against the schema and give it the digest of what it now shows.
 *
 * @returns what the page keys need and the files' stamps, or the reason it cannot be used.
 */
function adoptEdit(mdxPath: string, jsonPath: string): { keyed: KeyedBriefing; stamps: CacheEntry['stamps'] } | string {
  let fields: unknown
  try {
    fields = JSON.parse(readFileSync(jsonPath, 'utf8'))
  } catch (error) {
    return `not valid JSON (${(error as Error).message})`
  }
  const checked = briefingDataSchema.safeParse(fields)
  if (!checked.success)
    return `does not fit the page schema (${checked.error.issues[0]?.path.join('.')}: ${checked.error.issues[0]?.message})`
  const data = pageData(checked.data, readFileSync(mdxPath, 'utf8'))
  if (data.digest !== checked.data.digest) writeFileAtomic(jsonPath, dataJson(data))
  return { keyed: keyedOf(data), stamps: { mdx: stampOf(mdxPath), json: stampOf(jsonPath) } }
}

/** Whether a file still has the stamp the build recorded. */
function unchanged(path: string, stamp: FileStamp | undefined): boolean {
  if (!stamp) return false
  try {
    const { size, mtimeMs } = statSync(path)
    return size === stamp.size && mtimeMs === stamp.mtimeMs
  } catch {
    return false
  }
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
  const failures: GenerateFailure[] = []
  const correctionErrors: GenerateFailure[] = []
  const items: Item[] = []
  const used = new Set<string>()
  for (const file of articleFiles(contentDir)) {
    const shown = shownPath(file)
    try {
      let bytes: Uint8Array
      try {
        bytes = readFileSync(file)
      } catch (error) {
        throw new ArticleError(
          shown,
          `cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`
        )
      }
      const text = decodeArticle(bytes, shown)
      const { meta: metaPath, corrections: correctionsPath } = sidecars(file)
      const meta = readArticleMeta(metaPath)
      const date = meta.date ?? dateFromFileName(file)
      let slug = slugify(basename(file, extname(file)), 'briefing')
      while (used.has(slug)) slug += '-2'
      used.add(slug)
      const correctionsSource = existsSync(correctionsPath) ? readFileSync(correctionsPath, 'utf8') : ''
      let corrections: Corrections = {}
      let correctionError: string | null = null
      try {
        corrections = parseCorrections(correctionsSource, shownPath(correctionsPath))
      } catch (error) {
        correctionError = error instanceof CorrectionsError ? error.message : String(error)
        correctionErrors.push({ file: shown, reason: correctionError })
        log(`build: WARNING ${correctionError} (corrections not applied)`)
      }
      const textHash = hash(bytes)
      const extractKey = hash(version, textHash, date)
      const cached = readEntry(join(entriesDir, `${slug}.json`))
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
  const paragraphsPath = (slug: string): string => join(entriesDir, `${slug}.paragraphs.json`)

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
    const read = performance.now()
    const misses = items.filter((item) => item.cached?.extractKey !== item.extractKey)
    const extractions = await run(
      misses.map((item): ExtractJob => ({
        kind: 'extract',
        text: item.text,
        path: item.shown,
        date: item.date,
        paragraphsPath: paragraphsPath(item.slug)
      })),
      runExtractJob
    )
    misses.forEach((item, i) => {
      const outcome = extractions[i]!
      if ('ok' in outcome) item.briefing = outcome.ok
      else item.error = outcome.error
    })
    const extracted = performance.now()
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
        for (const s of result.stale) log(`build: WARNING ${item.shown}: stale correction (${s.kind}: ${s.reason})`)
      }
      return result
    })
    const joins = joinBriefings(
      ok.map((item, i) => ({
        slug: item.slug,
        speakers: corrected[i]!.briefing.speakers,
        issues: corrected[i]!.briefing.issues
      }))
    )

    // Pages: the unchanged ones as they are, the others generated again.
    const entries = new Map<string, CacheEntry>()
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
        basename(item.file)
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
        keyed: previous?.keyed as KeyedBriefing,
        stamps: previous?.stamps as CacheEntry['stamps']
      }
      entries.set(item.slug, entry)
      const mdxPath = join(generatedDir, `${item.slug}.mdx`)
      const jsonPath = join(generatedDir, `${item.slug}.json`)
      if (previous?.pageKey === pageKey && previous.keyed && existsSync(mdxPath) && existsSync(jsonPath)) {
        if (unchanged(mdxPath, previous.stamps?.mdx) && unchanged(jsonPath, previous.stamps?.json)) continue
        const adopted = adoptEdit(mdxPath, jsonPath)
        if (typeof adopted !== 'string') {
          Object.assign(entry, adopted)
          continue
        }
        log(`build: WARNING ${shownPath(jsonPath)} ${adopted}: the page is generated again`)
      }
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
          paragraphsPath: paragraphsPath(item.slug),
          mdxPath,
          jsonPath
        }
      })
    }
    const joined = performance.now()
    const pages = await run(
      jobs.map(({ job }) => job),
      runPageJob
    )
    const written: string[] = []
    const failed = new Set<string>()
    jobs.forEach(({ item }, i) => {
      const outcome = pages[i]!
      if ('error' in outcome) {
        failed.add(item.slug)
        failures.push({ file: item.shown, reason: `page generation failed: ${outcome.error}` })
        log(`build: SKIPPED ${item.shown}: page generation failed: ${outcome.error}`)
        return
      }
      const entry = entries.get(item.slug)!
      entry.keyed = outcome.ok.keyed
      entry.stamps = outcome.ok.stamps
      if (outcome.ok.written) written.push(item.slug)
    })
    const briefings: string[] = []
    const keyed: KeyedBriefing[] = []
    for (const item of ok) {
      if (failed.has(item.slug)) continue
      const entry = entries.get(item.slug)!
      if (JSON.stringify(item.cached) !== JSON.stringify(entry))
        writeFileAtomic(join(entriesDir, `${item.slug}.json`), JSON.stringify(entry))
      briefings.push(item.slug)
      keyed.push(entry.keyed)
    }

    // Pages of deleted (or now failing) articles go; so do their cache entries when the article is gone.
    const keep = new Set(briefings)
    const present = new Set(items.map((item) => item.slug))
    const removed = new Set<string>()
    for (const name of readdirSync(generatedDir)) {
      const slug = /^(.+)\.(mdx|json)$/.exec(name)?.[1]
      if (slug === undefined || keep.has(slug)) continue
      rmSync(join(generatedDir, name), { force: true })
      removed.add(slug)
    }
    for (const name of readdirSync(entriesDir)) {
      const slug = name.replace(/(\.paragraphs)?\.json$/, '')
      if (!present.has(slug)) rmSync(join(entriesDir, name), { force: true })
    }
    const pageKeys = Object.fromEntries(sitePageKeys(keyed.sort(compareBriefings)))
    return {
      briefings,
      failures,
      extracted: misses.filter((item) => item.briefing).map((item) => item.slug),
      written,
      removed: [...removed],
      stale,
      correctionErrors,
      pageKeys,
      ms: performance.now() - started,
      phases: {
        readMs: read - started,
        extractMs: extracted - read,
        joinMs: joined - extracted,
        pagesMs: performance.now() - joined
      }
    }
  } finally {
    await pool?.close()
  }
}
