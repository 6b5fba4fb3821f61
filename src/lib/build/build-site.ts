/**
 * Build the site (`npm run build`, scripts/build.ts):
 *
 * 1. Extract every article in the content directory (default content/articles), apply its
 *    editorial corrections and generate its briefing page (plugins/mdx: the MDX body and the
 *    page's data as JSON) into a gitignored folder (src/content/briefings for the default output,
 *    src/generated/<key>/ otherwise). Incremental (src/lib/build/generate.ts): unchanged articles
 *    come from the content-hash cache in .cache/briefing/ and their pages are left untouched.
 *    A bad article (empty, binary, unreadable) is reported with its file and reason
 *    and never stops the others.
 * 2. `astro build` into the output directory (default dist), in a child process
 *    (src/lib/build/astro-process.ts) started while the pages are generated, and meanwhile
 * 3. the Pagefind index into OUT/pagefind, on a worker thread: the pages unchanged since the
 *    previous build from Astro's own copies of them, the others as Astro renders or writes them
 *    (src/lib/search/search-index.ts).
 * 4. Print each briefing to OUT/pdf/<slug>.pdf when a system Chromium is found (skip with --no-pdf),
 *    reusing the cached PDF of an unchanged page (src/lib/pdf/pdf-cache.ts).
 *
 * Before anything: the output folder is checked (src/lib/build/out-dir.ts). A signal stops the
 * build cleanly (src/lib/build/interrupt.ts): the lock (src/lib/build/lock.ts), Astro's child
 * process and Pagefind's service go with it.
 */
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { findChromium, NO_CHROMIUM } from '../pdf/chromium.ts'
import { startSearchIndex, type SearchSession } from '../search/search-index.ts'
import { startAstroProcess, type AstroProcess } from './astro-process.ts'
import { getSiteVersion, ROOT } from './cache.ts'
import { defaultCacheDir, generateInWorker, type GenerateResult } from './generate.ts'
import { onInterrupt } from './interrupt.ts'
import { withLock } from './lock.ts'
import { checkOutDir, claimOutDir, isInside, markOutDir } from './out-dir.ts'

/** Options of {@link buildSite}. */
export interface BuildOptions {
  /** The extraction cache (default .cache/briefing/<hash of the folders>). */
  cacheDir?: string
  /** Worker threads for extraction and pages (default: when more than 24 jobs wait). */
  workers?: number | 'auto'
  /** Skip `astro build`, Pagefind and PDFs: only generate the pages. */
  generateOnly?: boolean
  /** Skip the Pagefind search index (the /search/ page then finds nothing). */
  search?: boolean
  /** The articles' directory. */
  content?: string
  /** The site's output directory. */
  out?: string
  /** Build into `out` even when it is a non-empty folder that is not a site this tool built (its contents are replaced). */
  force?: boolean
  /** Print PDFs when Chromium is found (default true). */
  pdf?: boolean
  /** The site's public address (default: `site` in astro.config.mjs): pages and PDFs link to it. */
  site?: string
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
  /** The generated pages' directory (`<slug>.mdx` and `<slug>.json`). */
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
 * Generate the briefing pages, build the site and its search index, print PDFs.
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
  // On a worker thread, while Astro's child process loads Astro (about 0.3 s each, in parallel).
  // Astro writes its server chunks into the output folder when that path starts with the working
  // directory's (as a string), else into <cwd>/.astro/; either must be where the project's
  // node_modules resolve. So Astro runs in the project (an output inside it), or in
  // node_modules/.astro-out/ (an output elsewhere, even /x/site-out beside /x/site).
  const astroCwd = isInside(ROOT, outDir) ? ROOT : join(ROOT, 'node_modules/.astro-out')
  mkdirSync(astroCwd, { recursive: true })
  const astro = options.generateOnly
    ? null
    : startAstroProcess(
        {
          ...process.env,
          BRIEFING_CONTENT_DIR: generatedDir,
          BRIEFING_OUT_DIR: outDir,
          ASTRO_TELEMETRY_DISABLED: '1',
          ...(options.site ? { BRIEFING_SITE: options.site } : {})
        },
        astroCwd
      )
  // Stopped by a signal: Astro's child process ends with the build (which waits for it to be gone).
  const stopAstro = astro ? onInterrupt(() => astro.kill()) : () => {}
  const generated = await generateInWorker({
    contentDir,
    generatedDir,
    cacheDir: options.cacheDir ? cacheDir : undefined,
    workers: options.workers,
    // the pages link to their PDF only when this build prints it
    pdf: !options.generateOnly && options.pdf !== false && Boolean(findChromium()),
    log
  }).catch((error: unknown) => {
    void astro?.kill()
    stopAstro()
    throw error
  })
  const failures: BuildFailure[] = generated.failures
  const built = generated.briefings
  const { readMs, extractMs, joinMs, pagesMs } = generated.phases
  log(
    `build: ${built.length} briefing page${built.length === 1 ? '' : 's'} generated in ${relative(ROOT, generatedDir)} ` +
      `(${generated.extracted.length} extracted, ${built.length - generated.extracted.length} from the cache; ${generated.written.length} written, ${generated.removed.length} removed; ` +
      `${Math.round(generated.ms)} ms: read ${Math.round(readMs)}, extract ${Math.round(extractMs)}, join ${Math.round(joinMs)}, pages ${Math.round(pagesMs)})`
  )
  const staleCount = generated.stale.reduce((sum, s) => sum + s.corrections.length, 0)
  if (staleCount)
    log(
      `build: ${staleCount} correction${staleCount === 1 ? '' : 's'} not applied (matching nothing in the text now, or a merge into itself or in a cycle; see the warnings above and on the pages)`
    )

  if (!astro)
    return {
      outDir,
      generatedDir,
      briefings: built,
      failures,
      generated,
      pdfs: [],
      pdfSkipped: 'skipped (generate only)'
    }
  try {
    await buildAndIndex(astro)
  } catch (error) {
    void astro.kill()
    throw error
  } finally {
    stopAstro()
  }

  // 4. PDFs.
  const pdfs: string[] = []
  let pdfSkipped: string | null = null
  let pdfReused = 0
  if (options.pdf === false) pdfSkipped = 'skipped (--no-pdf)'
  else if (!findChromium()) pdfSkipped = `skipped: ${NO_CHROMIUM}`
  else {
    const { printPdfsWithCache } = await import('../pdf/pdf-cache.ts')
    const result = await printPdfsWithCache({
      outDir,
      cacheDir: join(cacheDir, 'pdf'),
      slugs: built,
      site: options.site,
      log
    })
    pdfs.push(...result.pdfs)
    pdfReused = result.reused
  }
  log(
    pdfSkipped
      ? `build: PDFs ${pdfSkipped}`
      : `build: ${pdfs.length} PDF${pdfs.length === 1 ? '' : 's'} in ${join(relative(process.cwd(), outDir) || outDir, 'pdf')} (${pdfReused} from the cache)`
  )
  return { outDir, generatedDir, briefings: built, failures, generated, pdfs, pdfSkipped }

  /** Steps 2 and 3: Astro (in its child process) and the search index on a worker thread meanwhile. */
  async function buildAndIndex(astro: AstroProcess): Promise<void> {
    // Astro caches of other output folders whose generated pages are gone (temporary sites) go.
    const astroCaches = join(ROOT, 'node_modules/.astro')
    if (existsSync(astroCaches)) {
      for (const name of readdirSync(astroCaches)) {
        if (/^[0-9a-f]{10}$/.test(name) && name !== key && !existsSync(join(ROOT, 'src/generated', name)))
          rmSync(join(astroCaches, name), { recursive: true, force: true })
      }
    }
    // Builds in one project share its .astro/ folder, so they take turns.
    let astroStarted = 0
    let search: SearchSession | undefined
    // Stopped by a signal: the search index's worker and Pagefind's service end with the build.
    const stopSearch = onInterrupt(() => search?.abort())
    try {
      await withLock(
        join(ROOT, 'node_modules/.astro-build.lock'),
        async () => {
          astroStarted = performance.now()
          claimOutDir(outDir)
          const astroCache = isDefault ? undefined : join(ROOT, 'node_modules/.astro', key)
          if (options.search !== false)
            search = startSearchIndex({
              outDir,
              cacheDir,
              astroPagesDir: join(astroCache ?? join(ROOT, 'node_modules/.astro'), 'dist'),
              pageKeys: generated.pageKeys,
              siteVersion: getSiteVersion()
            })
          await astro
            .build(
              {
                root: ROOT,
                outDir,
                cacheDir: astroCache,
                search: Boolean(search),
                taken: search?.taken ?? []
              },
              search?.page
            )
            .catch(async (error) => {
              await search?.abort().catch(() => {})
              throw error
            })
          markOutDir(outDir)
        },
        { log }
      )
      const shown = relative(process.cwd(), outDir) || outDir
      log(`build: site built in ${shown} (astro build: ${Math.round(performance.now() - astroStarted)} ms)`)
      if (!search) log('build: search index skipped (--no-search)')
      else {
        const result = await search.finish()
        const sources = `${result.fromPrevious} from the previous build, ${result.rendered} as Astro rendered them, ${result.fromOutput} from the output`
        log(
          `build: search index of ${result.pages} pages in ${join(shown, 'pagefind')} (${sources}${result.full ? `; ${result.full}` : ''}; ` +
            `${Math.round(result.ms)} ms, of which ${Math.round(result.afterAstroMs)} ms after astro build)`
        )
      }
    } finally {
      stopSearch()
    }
  }
}
