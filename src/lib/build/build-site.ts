/**
 * Build the site (`npm run build`, scripts/build.ts):
 *
 * 1. Extract every article in the content directory (default content/articles), apply its
 *    editorial corrections and generate its MDX briefing page (plugins/mdx) into a gitignored
 *    folder (src/content/briefings for the default output, src/generated/<key>/ otherwise).
 *    Incremental (src/lib/build/generate.ts): unchanged articles come from the content-hash
 *    cache in .cache/briefing/ and their pages are left untouched.
 *    A bad article (empty, binary, unreadable) is reported with its file and reason
 *    and never stops the others.
 * 2. `astro build` into the output directory (default dist).
 * 3. Index the site with Pagefind into OUT/pagefind, in shards; only the shards whose pages changed
 *    are indexed again, the others come from the cache (src/lib/search/search-index.ts).
 * 4. Print each briefing to OUT/pdf/<slug>.pdf when a system Chromium is found (skip with --no-pdf),
 *    reusing the cached PDF of an unchanged page (src/lib/pdf/pdf-cache.ts).
 *
 * Before anything: the output folder is checked (src/lib/build/out-dir.ts). A signal stops the
 * build cleanly (src/lib/build/interrupt.ts): the lock (src/lib/build/lock.ts) and Pagefind's
 * service go with it.
 */
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { findChromium, NO_CHROMIUM } from '../pdf/chromium.ts'
import { buildSearchIndex, loadPagefind } from '../search/search-index.ts'
import { ROOT } from './cache.ts'
import { defaultCacheDir, generateInWorker, type GenerateResult } from './generate.ts'
import { onInterrupt } from './interrupt.ts'
import { withLock } from './lock.ts'
import { checkOutDir, claimOutDir, isInside, markOutDir } from './out-dir.ts'

/** Options of {@link buildSite}. */
export interface BuildOptions {
  /** The extraction cache (default .cache/briefing/<hash of the folders>). */
  cacheDir?: string
  /** Worker threads for extraction (default: when more than 24 articles changed). */
  workers?: number | 'auto'
  /** Skip `astro build`, Pagefind and PDFs: only generate the pages. */
  generateOnly?: boolean
  /** Skip the Pagefind search index (the /search/ page then finds nothing). */
  search?: boolean
  /** How many shards the search index is split into (default 16; 1: a single Pagefind index). */
  searchShards?: number
  /** The articles' directory. */
  content?: string
  /** The site's output directory. */
  out?: string
  /** Build into `out` even when it is a non-empty folder that is not a site this tool built (its contents are replaced). */
  force?: boolean
  /** Print PDFs when Chromium is found (default true). */
  pdf?: boolean
  /** Progress lines. */
  log?: (line: string) => void
}

/** One article that could not be briefed. */
export interface BuildFailure {
  file: string
  reason: string
}

/** What {@link buildSite} returns. */
export interface BuildResult {
  outDir: string
  /** The generated MDX directory. */
  generatedDir: string
  /** The slugs built. */
  briefings: string[]
  failures: BuildFailure[]
  /** What step 1 did: extracted, written, removed, stale corrections. */
  generated: GenerateResult
  /** The PDFs printed (none when skipped). */
  pdfs: string[]
  /** Why PDFs were skipped, if they were. */
  pdfSkipped: string | null
}

/**
 * Generate the MDX briefings, build the site, index it, print PDFs.
 *
 * @param options directories and switches.
 * @returns what was built and what failed.
 */
export async function buildSite(options: BuildOptions = {}): Promise<BuildResult> {
  const log = options.log ?? ((line: string) => process.stdout.write(`${line}\n`))
  const contentDir = resolve(options.content ?? join(ROOT, 'content/articles'))
  const outDir = resolve(options.out ?? join(ROOT, 'dist'))
  const isDefault = outDir === resolve(ROOT, 'dist')
  // Before anything is written: astro build empties the output folder (src/lib/build/out-dir.ts).
  if (!options.generateOnly) checkOutDir(outDir, { force: options.force, contentDir })
  const key = createHash('sha1').update(outDir).digest('hex').slice(0, 10)
  const generatedDir = isDefault ? join(ROOT, 'src/content/briefings') : join(ROOT, 'src/generated', key)

  // 1. Extract and generate, incrementally (src/lib/build/generate.ts).
  const cacheDir = resolve(options.cacheDir ?? defaultCacheDir(contentDir, generatedDir))
  // On a worker thread, while this thread loads Astro (about 0.3 s each, in parallel).
  const astroModule = options.generateOnly ? null : import('astro')
  astroModule?.catch(() => {})
  const generated = await generateInWorker({
    contentDir,
    generatedDir,
    cacheDir: options.cacheDir ? cacheDir : undefined,
    workers: options.workers,
    log
  })
  const failures: BuildFailure[] = generated.failures
  const built = generated.briefings
  log(
    `build: ${built.length} briefing page${built.length === 1 ? '' : 's'} generated in ${relative(ROOT, generatedDir)} ` +
      `(${generated.extracted.length} extracted, ${built.length - generated.extracted.length} from the cache; ${generated.written.length} written, ${generated.removed.length} removed; ${Math.round(generated.ms)} ms)`
  )
  const staleCount = generated.stale.reduce((sum, s) => sum + s.corrections.length, 0)
  if (staleCount)
    log(
      `build: ${staleCount} correction${staleCount === 1 ? '' : 's'} not applied (matching nothing in the text now, or a merge into itself or in a cycle; see the warnings above and on the pages)`
    )

  if (options.generateOnly)
    return {
      outDir,
      generatedDir,
      briefings: built,
      failures,
      generated,
      pdfs: [],
      pdfSkipped: 'skipped (generate only)'
    }

  // Astro caches of other output folders whose generated pages are gone (temporary sites) go.
  const astroCaches = join(ROOT, 'node_modules/.astro')
  if (existsSync(astroCaches)) {
    for (const name of readdirSync(astroCaches)) {
      if (/^[0-9a-f]{10}$/.test(name) && name !== key && !existsSync(join(ROOT, 'src/generated', name)))
        rmSync(join(astroCaches, name), { recursive: true, force: true })
    }
  }

  // 2. Astro. Builds in one project share its .astro/ folder, so they take turns.
  process.env.BRIEFING_CONTENT_DIR = generatedDir
  process.env.BRIEFING_OUT_DIR = outDir
  process.env.ASTRO_TELEMETRY_DISABLED = '1'
  const { build } = await astroModule!
  // Pagefind's service starts while Astro builds (it takes about 0.1 s).
  const pagefind = options.search === false ? undefined : loadPagefind()
  pagefind?.catch(() => {})
  // Stopped by a signal: Pagefind's service process ends with the build.
  let closePagefind: (() => void) | undefined
  const stopPagefind = onInterrupt(() => closePagefind?.())
  pagefind?.then((module) => (closePagefind = () => void module.close())).catch(() => {})
  let astroStarted = 0
  const shown = relative(process.cwd(), outDir) || outDir
  const astroBuild = withLock(
    join(ROOT, 'node_modules/.astro-build.lock'),
    async () => {
      astroStarted = performance.now()
      claimOutDir(outDir)
      // Astro writes its server chunks into the output folder when that path starts with the
      // working directory's (as a string), else into <cwd>/.astro/; either must be where the
      // project's node_modules resolve. So the build runs in the project (an output inside it), or
      // in node_modules/.astro-out/ (an output elsewhere, even /x/site-out beside /x/site).
      const cwd = process.cwd()
      const astroCwd = isInside(ROOT, outDir) ? ROOT : join(ROOT, 'node_modules/.astro-out')
      mkdirSync(astroCwd, { recursive: true })
      process.chdir(astroCwd)
      try {
        await build({
          root: ROOT,
          outDir,
          cacheDir: isDefault ? undefined : join(ROOT, 'node_modules/.astro', key),
          logLevel: 'warn',
          telemetry: false
        } as Parameters<typeof build>[0])
      } finally {
        process.chdir(cwd)
      }
      markOutDir(outDir)
    },
    { log }
  )
  await astroBuild.catch(async (error) => {
    stopPagefind()
    await pagefind?.then((module) => module.close()).catch(() => {})
    throw error
  })
  log(`build: site built in ${shown} (astro build: ${Math.round(performance.now() - astroStarted)} ms)`)

  // 3. The search index, re-indexing only the shards whose pages changed (src/lib/search/search-index.ts).
  if (options.search === false) {
    stopPagefind()
    log('build: search index skipped (--no-search)')
  } else {
    const result = await buildSearchIndex({ outDir, cacheDir, pagefind, shards: options.searchShards }).finally(
      stopPagefind
    )
    const where = join(relative(process.cwd(), outDir) || outDir, 'pagefind')
    const what = result.full
      ? `all ${result.shards} shards indexed: ${result.full}`
      : `${result.rebuilt.length} of ${result.shards} shards re-indexed, ${result.changed.length} page${result.changed.length === 1 ? '' : 's'} changed`
    const { scanMs, indexMs, outputMs } = result.phases
    log(
      `build: search index of ${result.pages} pages in ${where}, ${what} ` +
        `(${Math.round(result.ms)} ms: pages hashed ${Math.round(scanMs)} ms, shards indexed ${Math.round(indexMs)} ms, bundles placed ${Math.round(outputMs)} ms)`
    )
  }

  // 4. PDFs.
  const pdfs: string[] = []
  let pdfSkipped: string | null = null
  let pdfReused = 0
  if (options.pdf === false) pdfSkipped = 'skipped (--no-pdf)'
  else if (!findChromium()) pdfSkipped = `skipped: ${NO_CHROMIUM}`
  else {
    const { printPdfsWithCache } = await import('../pdf/pdf-cache.ts')
    const result = await printPdfsWithCache({ outDir, cacheDir: join(cacheDir, 'pdf'), slugs: built, log })
    pdfs.push(...result.pdfs)
    pdfReused = result.reused
  }
  log(
    pdfSkipped
      ? `build: PDFs ${pdfSkipped}`
      : `build: ${pdfs.length} PDF${pdfs.length === 1 ? '' : 's'} in ${join(relative(process.cwd(), outDir) || outDir, 'pdf')} (${pdfReused} from the cache)`
  )
  return { outDir, generatedDir, briefings: built, failures, generated, pdfs, pdfSkipped }
}
