import { spawnSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import { benchCorpus, median } from '../scripts/bench/bench.ts'
import { measurePool } from '../scripts/bench/bench-workers.ts'
import { listArticles } from '../plugins/read/index.ts'
import { node, root } from './helpers/run-extract.ts'

/** A measured build in the report. */
interface Build {
  articles: number
  failed: string | null
  seconds: number
  pages: number | null
  peakTreeRss: number | null
  peakByProcess: Record<string, number>
  phases: { generateMs: number; astroMs: number; searchAfterAstroMs: number } | null
}

/** The parts of `npm run bench -- --json` these tests read. */
interface Report {
  articles: number
  target: number
  met: boolean
  threads: number
  sides: { side: string; threads: number; rounds: number[]; mbPerS: number; articlesPerS: number; peakRss: number }[]
  linearity: { factor: number; bytes: number; medianMs: number; mbPerS: number }[]
  builds: { build: Build; plain: Build | null }[]
  real: Build | null
  realNote: string | null
  pdf: unknown
  pdfNote: string | null
  rebuildTarget: {
    articles: number
    rounds: number
    oneArticleRebuildSeconds: number
    plainAstroBuildSeconds: number
    oneArticleOverPlainSeconds: number
  } | null
  rebuildNote: string | null
  watch: { articles: number; via: string; watchLatencyMs: { median: number; rounds: number[] } } | null
  watchNote: string | null
  large: { article: { bytes: number; valid: boolean; quotes: number }; line: { shownAsWritten: boolean } } | null
  largeNote: string | null
}

const bench = (...args: string[]) =>
  spawnSync(
    node,
    [
      'scripts/bench/bench.ts',
      '--json',
      '--rounds',
      '1',
      '--warmup',
      '0',
      '--dir',
      'content/articles',
      '--threads',
      '2',
      ...args
    ],
    { cwd: root, encoding: 'utf8' }
  )

describe('bench', () => {
  it('takes the median of the rounds', () => {
    expect(median([5, 1, 3])).toBe(3)
    expect(median([4, 1, 3, 2])).toBe(2.5)
  })

  it('lists the .txt articles of an explicit folder, without a note', () => {
    const explicit = benchCorpus(`${root}/content/articles`)
    expect(explicit.files.length).toBeGreaterThan(0)
    expect(explicit.note).toBeNull()
  })

  it('runs a pass over every text on a pool of worker threads', async () => {
    const files = listArticles(`${root}/content/articles`)
    const pool = await measurePool('extract', [...files, ...files, ...files], { threads: 2, warmup: 1, rounds: 2 })
    expect(pool.threads).toBe(2)
    expect(pool.rounds).toHaveLength(2)
    for (const ms of pool.rounds) expect(ms).toBeGreaterThan(0)
  })

  it('measures both sides on one core and on all cores over the same texts (no timing asserted)', () => {
    const run = bench('--extract-only')
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    const report = JSON.parse(run.stdout) as Report
    expect(report.target).toBe(1)
    expect(report.sides.map((side) => `${side.side}/${side.threads}`)).toEqual([
      'extract/1',
      'compromise/1',
      'extract/2',
      'compromise/2'
    ])
    for (const side of report.sides) {
      expect(side.rounds).toHaveLength(1)
      expect(side.mbPerS).toBeGreaterThan(0)
      expect(side.articlesPerS).toBeGreaterThan(0)
      expect(side.peakRss).toBeGreaterThan(0)
    }
    expect(report.met).toBe(report.sides[0]!.mbPerS >= 1)
    expect(report.builds).toEqual([])
    // linearity: the corpus run together 1, 4 and 16 times, each extracted as one document
    expect(report.linearity.map((row) => row.factor)).toEqual([1, 4, 16])
    const [one, four, sixteen] = report.linearity
    expect(four!.bytes).toBeGreaterThan(3.9 * one!.bytes)
    expect(sixteen!.bytes).toBeGreaterThan(3.9 * four!.bytes)
    for (const row of report.linearity) expect(row.mbPerS).toBeGreaterThan(0)
  })

  it(
    'times a full build and the plain Astro build of its pages, the rebuild against plain Astro, watch mode and large inputs (no timing asserted)',
    { timeout: 300_000 },
    () => {
      const run = bench(
        '--sizes',
        '3',
        '--no-pdf',
        '--no-real',
        '--target-articles',
        '3',
        '--rebuild-rounds',
        '1',
        '--watch-rounds',
        '1',
        '--large-megabytes',
        '1'
      )
      expect(run.stderr).toBe('')
      expect(run.status).toBe(0)
      const report = JSON.parse(run.stdout) as Report
      expect(report.builds).toHaveLength(1)
      const { build, plain } = report.builds[0]!
      expect(build).toMatchObject({ articles: 3, failed: null })
      expect(build.pages).toBeGreaterThan(3)
      expect(build.phases!.astroMs).toBeGreaterThan(0)
      expect(build.peakTreeRss).toBeGreaterThan(0)
      // The build's own process and Astro's child process, each measured (Pagefind's may come and go
      // between two samples on three articles).
      expect(Object.keys(build.peakByProcess)).toEqual(
        expect.arrayContaining(['node build.ts', 'node astro-process.ts'])
      )
      // The same pages, through an MDX content collection.
      expect(plain).toMatchObject({ articles: 3, failed: null, pages: build.pages })
      expect(report.real).toBeNull()
      expect(report.realNote).toBe('skipped (--no-real)')
      expect(report.pdf).toBeNull()
      expect(report.pdfNote).toBe('skipped (--no-pdf)')
      // The incremental-build target: the rebuild and the plain Astro build of the same pages, side by side.
      expect(report.rebuildNote).toBeNull()
      expect(report.rebuildTarget).toMatchObject({ articles: 3, rounds: 1 })
      const target = report.rebuildTarget!
      expect(target.oneArticleRebuildSeconds).toBeGreaterThan(0)
      expect(target.plainAstroBuildSeconds).toBeGreaterThan(0)
      expect(target.oneArticleOverPlainSeconds).toBeCloseTo(
        target.oneArticleRebuildSeconds - target.plainAstroBuildSeconds,
        1
      )
      // The watch target: one save, seen by the open page (or over HTTP without a Chromium).
      expect(report.watchNote).toBeNull()
      expect(report.watch!.articles).toBeGreaterThanOrEqual(3)
      expect(report.watch!.watchLatencyMs.rounds).toHaveLength(1)
      expect(report.watch!.watchLatencyMs.median).toBeGreaterThan(0)
      // Large inputs (the 10 MB article by default; 1 MB here): a valid document, the long line shown as written.
      expect(report.largeNote).toBeNull()
      expect(report.large!.article.bytes).toBeGreaterThanOrEqual(1_000_000)
      expect(report.large!.article.valid).toBe(true)
      expect(report.large!.line.shownAsWritten).toBe(true)
    }
  )
})
