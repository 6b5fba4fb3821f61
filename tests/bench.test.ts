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
    pages: number
    rounds: number
    fullBuildSeconds: number | null
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

  it(
    'measures every part once at the smallest sizes: extraction, a full build beside plain Astro, the rebuild on that same site, watch mode, large inputs (no timing asserted)',
    { timeout: 300_000 },
    () => {
      // One run of the whole bench: the 3-article site of part 2 is the one part 5 rebuilds (no second full build).
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
        '0.2'
      )
      expect(run.stderr).toBe('')
      expect(run.status).toBe(0)
      const report = JSON.parse(run.stdout) as Report
      // 1. Extraction: both sides on one core and on all cores over the same texts.
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
      // Linearity: the corpus run together 1, 4 and 16 times, each extracted as one document.
      expect(report.linearity.map((row) => row.factor)).toEqual([1, 4, 16])
      const [one, four, sixteen] = report.linearity
      expect(four!.bytes).toBeGreaterThan(3.9 * one!.bytes)
      expect(sixteen!.bytes).toBeGreaterThan(3.9 * four!.bytes)
      for (const row of report.linearity) expect(row.mbPerS).toBeGreaterThan(0)
      // 2. A full build from text, and the plain Astro build of its pages.
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
      // 5. The incremental-build target on part 2's site: its full build is that build.
      expect(report.rebuildNote).toBeNull()
      expect(report.rebuildTarget).toMatchObject({ articles: 3, rounds: 1, fullBuildSeconds: build.seconds })
      const target = report.rebuildTarget!
      expect(target.pages).toBeGreaterThan(3)
      expect(target.oneArticleRebuildSeconds).toBeGreaterThan(0)
      expect(target.plainAstroBuildSeconds).toBeGreaterThan(0)
      expect(target.oneArticleOverPlainSeconds).toBeCloseTo(
        target.oneArticleRebuildSeconds - target.plainAstroBuildSeconds,
        1
      )
      // 6. The watch target: one save, seen by the open page (or over HTTP without a Chromium).
      expect(report.watchNote).toBeNull()
      expect(report.watch!.articles).toBeGreaterThanOrEqual(3)
      expect(report.watch!.watchLatencyMs.rounds).toHaveLength(1)
      expect(report.watch!.watchLatencyMs.median).toBeGreaterThan(0)
      // 7. Large inputs (the 10 MB article and 1 MB line by default; 0.2 MB each here): a valid document (over
      // 1,000 quotes, each slicing back to its text), the long line shown as written.
      expect(report.largeNote).toBeNull()
      expect(report.large!.article.bytes).toBeGreaterThanOrEqual(200_000)
      expect(report.large!.article.quotes).toBeGreaterThan(1000)
      expect(report.large!.article.valid).toBe(true)
      expect(report.large!.line.shownAsWritten).toBe(true)
    }
  )
})
