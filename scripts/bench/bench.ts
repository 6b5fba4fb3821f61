/**
 * `npm run bench [-- --quick --extract-only --sizes 1000,10000 --no-plain --plain-limit-gb 8 --no-real --no-pdf --target-articles 200 --rebuild-rounds N --watch-rounds N --rounds N --warmup N --threads N --dir DIR --json --check]`
 *
 * One run, side by side:
 * 1. Extraction throughput. `extractBriefing` over every article of the dev corpus
 *    (`../shared/corpus/dev/*.txt`, else `content/articles/*.txt`) against a plain `compromise`
 *    pass (`nlp(text).sentences().json()`) over the same texts, each on one core (a child process
 *    pinned with `taskset -c 0` when there is one) and on all cores (a child process with a pool
 *    of worker threads, scripts/bench-workers.ts, one per core). Warm-up passes first (60 by
 *    default: about 3.4 MB of the dev corpus; on one pinned core V8's optimising compiler shares
 *    the core with the passes, and with 20 the timed rounds still swung 2x), then timed rounds
 *    (21 by default; a round is one pass over every text); the median round gives MB/s (10^6
 *    bytes of the files) and articles/s.
 *    The target is at least 1 MB/s on one core.
 *    Then linearity (scripts/bench-linearity.ts, same pinned core): the corpus run together into
 *    one document of 1, 4 and 16 copies (`--linearity 1,4,16`), each extracted whole, median of 5
 *    (after warm-up passes of about 3 MB);
 *    linear extraction keeps the MB/s of the largest at about that of the smallest.
 * 2. Full site builds of 1,000 and 10,000 synthetic articles (scripts/bench/generate-articles.ts,
 *    seed 1): `node scripts/build.ts --content DIR --out DIR --cache DIR --no-pdf` in a fresh
 *    temporary folder (cold caches: extraction, pages, Astro, search), wall time and the peak
 *    memory of the whole process tree (scripts/bench/process-tree.ts) and of each kind of process,
 *    with the build's own phases; then, side by side, the plain `astro build` of the same generated
 *    pages through an MDX content collection (scripts/bench/plain-astro.ts), stopped when its tree
 *    goes over `--plain-limit-gb` (8 by default). `--sizes` sets the sizes (`--quick`: 1,000 only).
 *    The targets: under 2 GB at 1,000 articles, under 4 GB at 10,000; at 1,000, the full build
 *    from text no longer than the plain Astro build.
 * 3. The real archive: the articles of ../shared/corpus/dev and ../shared/corpus/polnear-train,
 *    copied to a temporary folder, built the same way (skipped, saying so, when they are absent);
 *    the target: under 2 GB.
 * 4. PDF time per briefing: `node scripts/pdf.ts --out DIR` over a small built site of 5 generated
 *    articles, when a Chromium is found (skipped with a note otherwise).
 * 5. The incremental-build target, 200 articles (`node scripts/measure-rebuild.ts --rounds N`, 3
 *    rounds by default, 1 with `--quick`): the full build, the one-article rebuild and a plain
 *    `astro build` of the same generated pages side by side, medians of interleaved rounds. The
 *    target: the one-article rebuild costs at most the plain Astro build + 0.5 s. When part 2
 *    built a site of as many articles (`--sizes 200`), that site is rebuilt instead of a new one.
 * 6. The watch-mode target (`node scripts/measure-watch.ts --articles 200`, 5 rounds, 3 with
 *    `--quick`): from saving an article to the page open in headless Chromium (polled over HTTP
 *    when there is no Chromium) showing the change, with 200 other articles in the folder. The
 *    target: under 1 s.
 * 7. Large inputs (`node scripts/bench/measure-large.ts`; skip with `--no-large`): a 10 MB article
 *    of about 115,000 paragraphs through the extract CLI (wall time, peak RSS, a valid document)
 *    and a 1 MB single line of markup lookalikes through extraction and the MDX stage. These used
 *    to be tests; `npm test` keeps only checks that do not depend on the machine's speed.
 *
 * Progress goes to stderr when it is a terminal; the end is a one-screen summary (or `--json`).
 * `--extract-only` measures only part 1 (what tests/bench.test.ts runs).
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs'
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os'
import { dirname, join, relative, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { measureLinearity, type LinearityRow } from './bench-linearity.ts'
import { loadSide, measurePool } from './bench-workers.ts'
import { writeArticles } from './generate-articles.ts'
import type { LargeMeasure } from './measure-large.ts'
import { copyRealArchive, measureFullBuild, measurePlainBuild, type MeasuredBuild } from './measure-scale.ts'
import { runMeasured } from './process-tree.ts'
import { listArticles } from '../../plugins/read/index.ts'

/** Extraction must reach this many MB/s on one core. */
export const TARGET_MB_PER_S = 1

/** The two measured sides. */
export type Side = 'extract' | 'compromise'

/** What one side's child process measured. */
export interface SideResult {
  side: Side
  /** Worker threads (1: the child's main thread alone). */
  threads: number
  /** Milliseconds of each timed round (one pass over every text). */
  rounds: number[]
  /** Peak resident set size of the child, in bytes. */
  peakRss: number
  /** Resident set size before the side's code was loaded, in bytes. */
  baseRss: number
}

const root = resolve(dirname(import.meta.filename), '../..')

/**
 * The corpus to time: the dev corpus when present, else the bundled examples.
 *
 * @param dir an explicit folder of `.txt` articles (default: the dev corpus, then content/articles).
 * @returns the folder, its sorted `.txt` paths, and a note when it fell back.
 */
export function benchCorpus(dir?: string): { dir: string; files: string[]; note: string | null } {
  if (dir) return { dir, files: listArticles(dir), note: null }
  const dev = resolve(root, '..', 'shared', 'corpus', 'dev')
  const files = listArticles(dev)
  if (files.length > 0) return { dir: dev, files, note: null }
  const examples = join(root, 'content', 'articles')
  return {
    dir: examples,
    files: listArticles(examples),
    note: `dev corpus absent (${relative(root, dev)}): timing the bundled examples instead`
  }
}

/**
 * The median of some numbers.
 *
 * @param values at least one number.
 * @returns the middle value (mean of the two middle ones for an even count).
 */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = sorted.length >> 1
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

/**
 * Time one side in this process: on the main thread alone, or with a pool of worker threads.
 *
 * @returns the round times and memory.
 */
async function measure(
  side: Side,
  files: string[],
  warmup: number,
  rounds: number,
  threads: number
): Promise<SideResult> {
  const baseRss = process.memoryUsage.rss()
  if (threads > 1) {
    const pool = await measurePool(side, files, { threads, warmup, rounds })
    return { side, threads, rounds: pool.rounds, peakRss: process.resourceUsage().maxRSS * 1024, baseRss }
  }
  const { count, run } = await loadSide(side, files)
  const pass = (): void => {
    for (let index = 0; index < count; index++) run(index)
  }
  for (let i = 0; i < warmup; i++) pass()
  const times: number[] = []
  for (let i = 0; i < rounds; i++) {
    const start = performance.now()
    pass()
    times.push(performance.now() - start)
  }
  return { side, threads: 1, rounds: times, peakRss: process.resourceUsage().maxRSS * 1024, baseRss }
}

/**
 * Run one side in a child process: one thread pinned to CPU 0 with `taskset` when available, or
 * a pool of `threads` worker threads, unpinned.
 *
 * @returns the child's result and whether it was pinned.
 */
function runSide(
  side: Side,
  dir: string,
  warmup: number,
  rounds: number,
  threads: number
): { result: SideResult; pinned: boolean } {
  const args = [
    import.meta.filename,
    '--worker',
    side,
    '--dir',
    dir,
    '--warmup',
    String(warmup),
    '--rounds',
    String(rounds),
    '--threads',
    String(threads)
  ]
  const pinned = threads === 1 && process.platform === 'linux' && spawnSync('taskset', ['-c', '0', 'true']).status === 0
  const child = pinned
    ? spawnSync('taskset', ['-c', '0', process.execPath, ...args], { encoding: 'utf8' })
    : spawnSync(process.execPath, args, { encoding: 'utf8' })
  if (child.status !== 0)
    throw new Error(
      `bench ${side} (${threads} thread${threads > 1 ? 's' : ''}) failed (exit ${child.status}): ${child.stderr.trim()}`
    )
  return { result: JSON.parse(child.stdout) as SideResult, pinned }
}

/**
 * Time extraction of the corpus run together into one document, in a child pinned like the
 * one-core side.
 *
 * @param dir the corpus folder.
 * @param factors the sizes, in copies of the corpus.
 * @param warmup the bench's warm-up passes (0: none for linearity either).
 * @param rounds the bench's rounds (linearity takes at most 5).
 * @returns the rows (`scripts/bench-linearity.ts`).
 */
function runLinearity(dir: string, factors: number[], warmup: number, rounds: number): LinearityRow[] {
  if (factors.length === 0) return []
  const args = [
    import.meta.filename,
    '--worker',
    'linearity',
    '--dir',
    dir,
    '--linearity',
    factors.join(','),
    '--warmup',
    String(warmup),
    '--rounds',
    String(rounds)
  ]
  const pinned = process.platform === 'linux' && spawnSync('taskset', ['-c', '0', 'true']).status === 0
  const child = pinned
    ? spawnSync('taskset', ['-c', '0', process.execPath, ...args], { encoding: 'utf8' })
    : spawnSync(process.execPath, args, { encoding: 'utf8' })
  if (child.status !== 0) throw new Error(`bench linearity failed (exit ${child.status}): ${child.stderr.trim()}`)
  return JSON.parse(child.stdout) as LinearityRow[]
}

/** Seconds a one-article rebuild may cost beyond the plain Astro build of the same pages. */
export const TARGET_REBUILD_OVER_PLAIN_S = 0.5

/** Watch mode: milliseconds from saving an article to the updated page, at most. */
export const TARGET_WATCH_MS = 1000

/** Peak memory (the whole process tree) of a full build, at most, by the number of articles. */
export const TARGET_PEAK_BYTES = { upTo1000: 2e9, upTo10000: 4e9 }

/** What `scripts/bench/measure-rebuild.ts` prints (the fields the bench reports). */
export interface RebuildMeasure {
  articles: number
  pages: number
  rounds: number
  /** The full build's (part 2's, when the target rebuilt its site; the script's own says null). */
  fullBuildSeconds: number | null
  noChangeRebuildSeconds: number
  oneArticleRebuildSeconds: number
  oneArticleRebuildNoSearchSeconds: number
  plainAstroBuildSeconds: number
  oneArticleOverPlainSeconds: number
  oneArticleOverPlainByRound: number[]
  oneArticleNoSearchOverPlainSeconds: number
  oneArticleSearchAfterAstroMs: number[]
}

/** What `scripts/bench/measure-watch.ts` prints. */
export interface WatchMeasure {
  watchLatencyMs: { median: number; min: number; max: number; rounds: number[] }
  pageWrittenMs: number[]
  /** How the page was watched: an open page in Chromium, or polling over HTTP. */
  via: 'browser' | 'fetch'
  pauseMs: number
  articles: number
}

/** A test runner's variables (VITEST, TEST, NODE_ENV…) would change how Astro and Vite behave. */
function childEnv(): NodeJS.ProcessEnv {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !/^(NODE_ENV|DEV|PROD|SSR|MODE|BASE_URL|TEST|VITEST.*)$/.test(key))
  )
  return { ...env, ASTRO_TELEMETRY_DISABLED: '1' }
}

/**
 * Run one of the measuring scripts, which print one JSON line.
 *
 * @param args the script and its arguments.
 * @returns the parsed line, or the reason it failed.
 */
function measureScript<T>(args: string[]): { value: T } | { error: string } {
  const run = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8', maxBuffer: 256 << 20, env: childEnv() })
  const line = run.stdout.trim().split('\n').pop() ?? ''
  if (run.status !== 0 || !line.startsWith('{')) {
    const reason =
      run.stderr.split('\n').find((text) => /^\w*Error\b/.test(text)) ?? run.stderr.trim().split('\n').pop() ?? ''
    return { error: `${args[0]} failed (exit ${run.status}): ${reason}` }
  }
  return { value: JSON.parse(line) as T }
}

/** Remove what a build outside dist/ leaves in the project: its generated pages and Astro cache. */
function cleanBuild(generatedDir: string | null, astroCache: string | null): void {
  if (generatedDir) rmSync(generatedDir, { recursive: true, force: true })
  if (astroCache) rmSync(astroCache, { recursive: true, force: true })
}

const mb = (bytes: number | null): string => (bytes === null ? 'n/a' : `${(bytes / 1e6).toFixed(0)} MB`)
const gb = (bytes: number | null): string => (bytes === null ? 'n/a' : `${(bytes / 1e9).toFixed(2)} GB`)
const seconds = (value: number): string => `${value.toFixed(1)} s`

/** One summary line of a measured build. */
function buildLine(build: MeasuredBuild): string {
  const phases = build.phases
  const parts = [
    `${build.label.padEnd(52)}${seconds(build.seconds).padStart(9)}${gb(build.peakTreeRss).padStart(10)}${gb(build.peakProcessRss).padStart(10)}${String(build.pages ?? 'n/a').padStart(8)}`,
    phases
      ? `  read ${seconds(phases.readMs / 1000)}, extraction ${seconds(phases.extractMs / 1000)}, corrections and joins ${seconds(phases.joinMs / 1000)}, pages ${seconds(phases.pagesMs / 1000)}, astro ${seconds(phases.astroMs / 1000)}, search ${seconds(phases.searchMs / 1000)} (${seconds(phases.searchAfterAstroMs / 1000)} after astro)`
      : '',
    `  peak by process: ${Object.entries(build.peakByProcess)
      .filter(([, bytes]) => bytes > 50e6)
      .map(([kind, bytes]) => `${kind} ${gb(bytes)}`)
      .join(', ')}`,
    `  load ${build.load[0].toFixed(1)} -> ${build.load[1].toFixed(1)}`,
    build.failed ? `  FAILED: ${build.failed}` : ''
  ]
  return parts.filter(Boolean).join('\n')
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      rounds: { type: 'string', default: '21' },
      warmup: { type: 'string', default: '60' },
      threads: { type: 'string' },
      dir: { type: 'string' },
      worker: { type: 'string' },
      sizes: { type: 'string' },
      seed: { type: 'string', default: '1' },
      quick: { type: 'boolean', default: false },
      'extract-only': { type: 'boolean', default: false },
      linearity: { type: 'string', default: '1,4,16' },
      'no-pdf': { type: 'boolean', default: false },
      'no-large': { type: 'boolean', default: false },
      'large-megabytes': { type: 'string', default: '10' },
      'no-plain': { type: 'boolean', default: false },
      'no-real': { type: 'boolean', default: false },
      'plain-limit-gb': { type: 'string', default: '8' },
      'rebuild-rounds': { type: 'string' },
      'watch-rounds': { type: 'string' },
      'target-articles': { type: 'string', default: '200' },
      json: { type: 'boolean', default: false },
      check: { type: 'boolean', default: false }
    },
    allowPositionals: true
  })
  const rounds = Math.max(1, Number(values.rounds) || 21)
  const warmup = Math.max(0, Number(values.warmup) || 0)
  const cores = availableParallelism()
  const threads = Math.max(1, Number(values.threads) || cores)
  const corpus = benchCorpus(values.dir)
  const factors = values.linearity
    .split(',')
    .map(Number)
    .filter((n) => Number.isInteger(n) && n > 0)
  if (values.worker === 'linearity') {
    // at most 5 rounds; no warm-up when the bench was asked for none (`--warmup 0`, as the tests do)
    process.stdout.write(
      JSON.stringify(measureLinearity(corpus.files, factors, Math.min(5, rounds), warmup === 0 ? 0 : undefined)) + '\n'
    )
    return
  }
  if (values.worker) {
    process.stdout.write(
      JSON.stringify(await measure(values.worker as Side, corpus.files, warmup, rounds, threads)) + '\n'
    )
    return
  }
  if (corpus.files.length === 0) throw new Error(`no .txt articles in ${corpus.dir}`)
  const progress = (line: string): void => {
    if (process.stderr.isTTY) process.stderr.write(`bench: ${line}\n`)
  }
  const started = performance.now()
  // Other work on the machine skews the all-cores figures most: say how busy it was.
  const loadBefore = loadavg()[0]!

  // 1. Extraction throughput: one core, then all cores, each side.
  const bytes = corpus.files.reduce((sum, path) => sum + statSync(path).size, 0)
  const plan: [Side, number][] = [
    ['extract', 1],
    ['compromise', 1],
    ['extract', threads],
    ['compromise', threads]
  ]
  const sides = plan.map(([side, count]) => {
    progress(
      `${side} on ${count === 1 ? 'one core' : `${count} threads`} (${warmup} warm-up + ${rounds} rounds over ${corpus.files.length} articles)…`
    )
    return runSide(side, corpus.dir, warmup, rounds, count)
  })
  const rows = sides.map(({ result }) => {
    const s = median(result.rounds) / 1000
    return { ...result, medianMs: s * 1000, mbPerS: bytes / 1e6 / s, articlesPerS: corpus.files.length / s }
  })
  const extract = rows[0]!
  const met = extract.mbPerS >= TARGET_MB_PER_S
  progress(`linearity: the corpus run together ${factors.join(', ')} times…`)
  const linearity = runLinearity(corpus.dir, factors, warmup, rounds)

  // 2-6. Site builds side by side with plain Astro, the real archive, PDFs, the rebuild and watch targets.
  const builds: { build: MeasuredBuild; plain: MeasuredBuild | null }[] = []
  let real: MeasuredBuild | null = null
  let realNote: string | null = null
  let pdf: { seconds: number; pdfs: number; perBriefing: number; peakTreeRss: number | null } | null = null
  let pdfNote: string | null = null
  let rebuildTarget: RebuildMeasure | null = null
  let rebuildNote: string | null = null
  let watch: WatchMeasure | null = null
  let watchNote: string | null = null
  let large: LargeMeasure | null = null
  let largeNote: string | null = null
  const seed = Number(values.seed) || 1
  const sizes = (values.sizes ?? (values.quick ? '1000' : '1000,10000'))
    .split(',')
    .map(Number)
    .filter((n) => Number.isInteger(n) && n > 0)
  const plainLimit = Math.max(1, Number(values['plain-limit-gb']) || 8) * 1e9
  const targetArticles = Math.max(2, Number(values['target-articles']) || 200)
  if (!values['extract-only']) {
    const base = mkdtempSync(join(tmpdir(), 'briefing-bench-'))
    // A site of part 2 with as many articles as part 5 wants: part 5 rebuilds it in place of its own full build.
    let reused: { dir: string; build: MeasuredBuild; generatedDir: string | null; astroCache: string | null } | null =
      null
    try {
      // 2. Full builds from text, then the plain Astro build of the same generated pages.
      for (const size of sizes) {
        const work = join(base, `build-${size}`)
        const reuse = size === targetArticles && !reused
        const content = reuse ? join(work, 'articles') : join(base, `articles-${size}`)
        writeArticles(content, size, seed)
        progress(`full build of ${size} generated articles…`)
        const label = `${size.toLocaleString('en-GB')} synthetic articles`
        const full = await measureFullBuild(`full build, ${label}`, content, work, progress)
        let plain: MeasuredBuild | null = null
        if (!values['no-plain'] && full.generatedDir && !full.build.failed) {
          progress(`plain astro build of the same ${size} pages (stopped over ${gb(plainLimit)})…`)
          plain = await measurePlainBuild(
            `plain astro build, the same ${size.toLocaleString('en-GB')} MDX pages`,
            full.generatedDir,
            join(base, `plain-${size}`),
            plainLimit
          )
        }
        if (reuse && !full.build.failed) reused = { dir: work, ...full }
        else {
          cleanBuild(full.generatedDir, full.astroCache)
          rmSync(work, { recursive: true, force: true })
          rmSync(content, { recursive: true, force: true })
        }
        builds.push({ build: full.build, plain })
      }
      // 3. The real archive: the articles of ../shared/corpus (never copied into the project).
      const realDir = join(base, 'real-articles')
      const count = values['no-real'] ? null : copyRealArchive(realDir)
      if (values['no-real']) realNote = 'skipped (--no-real)'
      else if (count === null)
        realNote = 'skipped: ../shared/corpus/dev and ../shared/corpus/polnear-train are not there'
      else {
        progress(`full build of the ${count} real articles…`)
        const full = await measureFullBuild(
          `full build, ${count} real articles`,
          realDir,
          join(base, 'build-real'),
          progress
        )
        cleanBuild(full.generatedDir, full.astroCache)
        real = full.build
      }
      // 4. PDFs.
      const { findChromium, NO_CHROMIUM } = await import('../../src/lib/pdf/chromium.ts')
      if (values['no-pdf']) pdfNote = 'skipped (--no-pdf)'
      else if (!findChromium()) pdfNote = `skipped: ${NO_CHROMIUM}`
      else {
        const content = join(base, 'articles-pdf')
        writeArticles(content, 5, seed + 1)
        progress('PDFs: building a 5-article site, then printing it…')
        const site = await measureFullBuild('site for PDFs', content, join(base, 'build-pdf'))
        cleanBuild(site.generatedDir, site.astroCache)
        if (site.build.failed) throw new Error(`the PDF site build failed: ${site.build.failed}`)
        const out = join(base, 'build-pdf', 'site')
        const run = await runMeasured(process.execPath, ['scripts/pdf.ts', '--out', out], {
          cwd: root,
          env: childEnv()
        })
        const pdfs = existsSync(join(out, 'pdf'))
          ? readdirSync(join(out, 'pdf')).filter((name) => name.endsWith('.pdf')).length
          : 0
        if (run.status !== 0 || pdfs === 0)
          pdfNote = `failed (exit ${run.status}): ${run.stderr.trim().split('\n').pop()}`
        else pdf = { seconds: run.seconds, pdfs, perBriefing: run.seconds / pdfs, peakTreeRss: run.peakTreeRss }
      }
      // 5. The incremental-build target: on part 2's site of as many articles when there is one, else in
      // the script's own temporary folder from a full build of its own.
      const rebuildRounds = Math.max(1, Number(values['rebuild-rounds']) || (values.quick ? 1 : 3))
      progress(
        `${targetArticles} articles: ${reused ? "part 2's site" : 'full build'}, then ${rebuildRounds} round(s) of a one-article rebuild, the same without search and a plain astro build…`
      )
      const measured = measureScript<RebuildMeasure>([
        'scripts/bench/measure-rebuild.ts',
        '--rounds',
        String(rebuildRounds),
        ...(reused ? ['--site', reused.dir] : ['--articles', String(targetArticles), '--seed', String(seed)])
      ])
      if ('value' in measured)
        rebuildTarget = {
          ...measured.value,
          fullBuildSeconds: measured.value.fullBuildSeconds ?? reused!.build.seconds
        }
      else rebuildNote = measured.error
    } finally {
      if (reused) cleanBuild(reused.generatedDir, reused.astroCache)
      rmSync(base, { recursive: true, force: true })
    }
    // 6. The watch-mode target, in the script's own temporary folder.
    const watchRounds = Math.max(1, Number(values['watch-rounds']) || (values.quick ? 3 : 5))
    progress(`watch mode: saving an article among ${targetArticles} others and waiting for the open page to show it…`)
    const watched = measureScript<WatchMeasure>([
      'scripts/bench/measure-watch.ts',
      '--articles',
      String(targetArticles),
      '--rounds',
      String(watchRounds)
    ])
    if ('value' in watched) watch = watched.value
    else watchNote = watched.error
    // 7. Large inputs.
    if (values['no-large']) largeNote = 'skipped (--no-large)'
    else {
      // 10 MB by default (0.2 at least: the article must hold over 1,000 quotes); the line is 1 MB, or as large.
      const megabytes = Math.max(0.2, Number(values['large-megabytes']) || 10)
      const line = Math.min(1, megabytes)
      progress(
        `large inputs: a ${megabytes} MB article through the extract CLI, a ${line} MB line through the MDX stage…`
      )
      const measuredLarge = measureScript<LargeMeasure>([
        'scripts/bench/measure-large.ts',
        '--megabytes',
        String(megabytes),
        '--line-megabytes',
        String(line)
      ])
      if ('value' in measuredLarge) large = measuredLarge.value
      else largeNote = measuredLarge.error
    }
  }
  const totalSeconds = (performance.now() - started) / 1000
  const load = { before: loadBefore, after: loadavg()[0]! }
  const memoryTarget = (build: MeasuredBuild): number =>
    build.articles <= 1000 ? TARGET_PEAK_BYTES.upTo1000 : TARGET_PEAK_BYTES.upTo10000

  if (values.json) {
    process.stdout.write(
      JSON.stringify(
        {
          corpus: corpus.dir,
          articles: corpus.files.length,
          bytes,
          warmup,
          rounds,
          cores,
          threads,
          pinned: sides[0]!.pinned,
          target: TARGET_MB_PER_S,
          met,
          load,
          sides: rows,
          linearity,
          builds,
          real,
          realNote,
          pdf,
          pdfNote,
          rebuildTarget,
          rebuildNote,
          watch,
          watchNote,
          large,
          largeNote,
          seconds: totalSeconds
        },
        null,
        2
      ) + '\n'
    )
  } else {
    const out: string[] = []
    if (corpus.note) out.push(`note: ${corpus.note}`)
    out.push(
      `node ${process.version}, ${cores} core${cores === 1 ? '' : 's'} (${cpus()[0]?.model.trim() ?? 'unknown CPU'}), ${Math.round(totalSeconds)} s in all; load average ${load.before.toFixed(1)} before, ${load.after.toFixed(1)} after${load.before > 0.5 ? ' (other work was running when it started: figures may be low, all-cores ones most)' : ''}`,
      '',
      `extraction: ${relative(process.cwd(), corpus.dir) || '.'}: ${corpus.files.length} articles, ${(bytes / 1e6).toFixed(3)} MB; ${warmup} warm-up passes, median of ${rounds} rounds`,
      `${''.padEnd(38)}${'one core'.padStart(22)}${`all cores (${threads} threads)`.padStart(30)}`,
      `${''.padEnd(38)}${'MB/s'.padStart(8)}${'art/s'.padStart(8)}${'RSS'.padStart(8)}${'MB/s'.padStart(14)}${'art/s'.padStart(8)}${'RSS'.padStart(8)}`
    )
    const label: Record<Side, string> = {
      extract: 'extractBriefing (briefing pipeline)',
      compromise: 'compromise nlp().sentences().json()'
    }
    for (const side of ['extract', 'compromise'] as const) {
      const [one, all] = [
        rows.find((row) => row.side === side && row.threads === 1)!,
        rows.find((row) => row.side === side && row.threads === threads) ?? rows.find((row) => row.side === side)!
      ]
      out.push(
        `${label[side].padEnd(38)}${one.mbPerS.toFixed(2).padStart(8)}${one.articlesPerS.toFixed(0).padStart(8)}${mb(one.peakRss).padStart(8)}${all.mbPerS.toFixed(2).padStart(14)}${all.articlesPerS.toFixed(0).padStart(8)}${mb(all.peakRss).padStart(8)}`
      )
    }
    const speedup = rows[2]!.mbPerS / extract.mbPerS
    out.push(
      `one core: ${sides[0]!.pinned ? 'taskset -c 0' : 'one thread (not pinned: no taskset)'}; all cores: ${threads} worker threads, ${speedup.toFixed(2)}x the one-core rate`,
      `extraction takes ${(extract.medianMs / rows[1]!.medianMs).toFixed(2)}x the time of the compromise pass; target at least ${TARGET_MB_PER_S} MB/s on one core -> ${met ? 'met' : 'NOT met'} (${extract.mbPerS.toFixed(2)} MB/s)`
    )
    if (linearity.length > 0) {
      const first = linearity[0]!
      const last = linearity[linearity.length - 1]!
      out.push(
        `linearity (one document, one core): ${linearity.map((row) => `${row.factor}x ${(row.bytes / 1e6).toFixed(2)} MB ${row.mbPerS.toFixed(2)} MB/s`).join(' · ')}; the largest at ${(last.mbPerS / first.mbPerS).toFixed(2)}x the rate of the smallest`
      )
    }
    if (!values['extract-only']) {
      out.push(
        '',
        `site builds, side by side (cold caches, no PDFs; generated articles, seed ${seed}; memory: the peak of the whole process tree, and of its largest process)`,
        `${''.padEnd(52)}${'wall'.padStart(9)}${'tree'.padStart(10)}${'largest'.padStart(10)}${'pages'.padStart(8)}`
      )
      for (const { build, plain } of builds) {
        out.push(buildLine(build))
        if (plain) out.push(buildLine(plain))
        const memory = build.peakTreeRss !== null && build.peakTreeRss < memoryTarget(build)
        const time = plain ? (plain.failed ? !build.failed : build.seconds <= plain.seconds) : null
        out.push(
          `  -> peak memory under ${gb(memoryTarget(build))}: ${memory ? 'met' : 'NOT met'}` +
            (build.articles === 1000 && time !== null
              ? `; full build from text no longer than the plain astro build: ${time ? 'met' : 'NOT met'} (${seconds(build.seconds)} against ${plain?.failed ? 'a plain build that did not finish' : seconds(plain!.seconds)})`
              : '')
        )
      }
      if (real) {
        out.push(buildLine(real))
        const memory = real.peakTreeRss !== null && real.peakTreeRss < TARGET_PEAK_BYTES.upTo1000
        out.push(`  -> peak memory under ${gb(TARGET_PEAK_BYTES.upTo1000)}: ${memory ? 'met' : 'NOT met'}`)
      } else out.push(`real archive: ${realNote}`)
      out.push(
        '',
        pdf
          ? `PDF: ${pdf.pdfs} briefings printed in ${seconds(pdf.seconds)} (Chromium start included): ${pdf.perBriefing.toFixed(2)} s per briefing, peak memory ${gb(pdf.peakTreeRss)}`
          : `PDF: ${pdfNote}`
      )
      out.push('')
      if (rebuildTarget) {
        const r = rebuildTarget
        const over = r.oneArticleOverPlainSeconds
        out.push(
          `incremental build, ${r.articles} articles, ${r.pages} pages (scripts/bench/measure-rebuild.ts; medians of ${r.rounds} interleaved round${r.rounds === 1 ? '' : 's'}):`,
          `  full build ${seconds(r.fullBuildSeconds ?? NaN)}, no-change rebuild ${seconds(r.noChangeRebuildSeconds)}, one-article rebuild ${seconds(r.oneArticleRebuildSeconds)} (without search ${seconds(r.oneArticleRebuildNoSearchSeconds)}), plain astro build ${seconds(r.plainAstroBuildSeconds)}`,
          `  one-article rebuild - plain astro build = ${over.toFixed(2)} s (each round against its own plain build: ${r.oneArticleOverPlainByRound.map((value) => value.toFixed(2)).join(', ')} s; without search ${r.oneArticleNoSearchOverPlainSeconds.toFixed(2)} s; search after astro ${r.oneArticleSearchAfterAstroMs.map((ms) => `${ms} ms`).join(', ')}); target at most +${TARGET_REBUILD_OVER_PLAIN_S} s -> ${over <= TARGET_REBUILD_OVER_PLAIN_S ? 'met' : 'NOT met'}`
        )
      } else out.push(`incremental build: ${rebuildNote}`)
      if (watch) {
        const w = watch.watchLatencyMs
        out.push(
          `watch mode, ${watch.articles} articles (scripts/bench/measure-watch.ts, ${watch.via === 'browser' ? 'open page in headless Chromium' : 'page polled over HTTP'}, one save every ${(watch.pauseMs / 1000).toFixed(1)} s): save -> updated page median ${w.median} ms (${w.min}-${w.max} over ${w.rounds.length} rounds; page written after ${watch.pageWrittenMs.join(', ')} ms); target under ${TARGET_WATCH_MS} ms -> ${w.median < TARGET_WATCH_MS ? 'met' : 'NOT met'}`
        )
      } else out.push(`watch mode: ${watchNote}`)
      if (large) {
        const a = large.article
        out.push(
          `large inputs (scripts/bench/measure-large.ts): a ${(a.bytes / 1e6).toFixed(1)} MB article of ${a.paragraphs.toLocaleString('en-GB')} paragraphs through the extract CLI in ${seconds(a.seconds)}, peak RSS ${mb(a.peakRss)}, ${a.quotes.toLocaleString('en-GB')} quotes, ${a.valid ? 'a valid document' : `NOT a valid document: ${a.problems.join('; ') || `exit ${a.exitStatus}`}`}; a ${(large.line.bytes / 1e6).toFixed(1)} MB single line through extraction and the MDX stage in ${seconds(large.line.seconds)}, ${large.line.shownAsWritten ? 'shown as written' : 'NOT shown as written'}`
        )
      } else out.push(`large inputs: ${largeNote}`)
    }
    process.stdout.write(out.join('\n') + '\n')
  }
  if (values.check && !met) process.exitCode = 1
}

if (import.meta.main) {
  main().catch((error: unknown) => {
    process.stderr.write(`bench: ${(error as Error).message}\n`)
    process.exitCode = 1
  })
}
