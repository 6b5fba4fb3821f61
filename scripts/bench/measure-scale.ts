/**
 * The bench's site builds at scale: a full build from text (`node scripts/build.ts --no-pdf`, cold
 * caches: extraction, generation, Astro, search), and side by side the plain `astro build` of the
 * same generated pages through an MDX content collection (scripts/bench/plain-astro.ts), each with
 * the wall time and the peak memory of its whole process tree (scripts/bench/process-tree.ts) and
 * the load average before and after (the machine is shared).
 */
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs'
import { loadavg } from 'node:os'
import { join } from 'node:path'
import { ROOT } from '../../src/lib/build/cache.ts'
import { buildPhases, type BuildPhases } from './measure-rebuild.ts'
import { makePlainProject, plainBuildArgs } from './plain-astro.ts'
import { runMeasured } from './process-tree.ts'

/** One measured build. */
export interface MeasuredBuild {
  /** What was built. */
  label: string
  articles: number
  /** The articles' size, in 10^6 bytes. */
  megabytes: number
  /** Null when it succeeded; otherwise why not. */
  failed: string | null
  /** HTML pages in the output. */
  pages: number | null
  seconds: number
  peakTreeRss: number | null
  peakProcessRss: number | null
  /** The peak of each kind of process (the build, Astro's child process, Pagefind…). */
  peakByProcess: Record<string, number>
  /** The build's own phases (the plain build has none). */
  phases: BuildPhases | null
  /** The one-minute load average before and after. */
  load: [number, number]
}

/** A test runner's variables (VITEST, TEST, NODE_ENV…) would change how Astro and Vite behave. */
function cleanEnv(): NodeJS.ProcessEnv {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !/^(NODE_ENV|DEV|PROD|SSR|MODE|BASE_URL|TEST|VITEST.*)$/.test(key))
  )
  return { ...env, ASTRO_TELEMETRY_DISABLED: '1' }
}

/** The HTML files under a folder. */
function countHtml(dir: string): number {
  if (!existsSync(dir)) return 0
  let count = 0
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true }))
    if (entry.isFile() && entry.name.endsWith('.html')) count++
  return count
}

/** The size of the `.txt` files of a folder, in 10^6 bytes, and their count. */
function articlesIn(dir: string): { count: number; megabytes: number } {
  const files = readdirSync(dir).filter((name) => name.endsWith('.txt'))
  return { count: files.length, megabytes: files.reduce((sum, name) => sum + statSync(join(dir, name)).size, 0) / 1e6 }
}

/**
 * A full build from text with cold caches.
 *
 * @param label what is built.
 * @param contentDir the articles.
 * @param workDir a folder for the output and the cache (created).
 * @param progress progress lines.
 * @returns the measure, and the generated pages' folder (to build the baseline from; the caller removes it).
 */
export async function measureFullBuild(
  label: string,
  contentDir: string,
  workDir: string,
  progress: (line: string) => void = () => {}
): Promise<{ build: MeasuredBuild; generatedDir: string | null; astroCache: string | null }> {
  mkdirSync(workDir, { recursive: true })
  const outDir = join(workDir, 'site')
  const { count, megabytes } = articlesIn(contentDir)
  const before = loadavg()[0]!
  const run = await runMeasured(
    process.execPath,
    ['scripts/build.ts', '--content', contentDir, '--out', outDir, '--cache', join(workDir, 'cache'), '--no-pdf'],
    { cwd: ROOT, env: cleanEnv(), onLine: (line) => progress(`  ${line}`) }
  )
  const generated = /generated in (src\/generated\/([0-9a-f]{10}))/.exec(run.stdout)
  const failed =
    run.status === 0 || run.status === 1
      ? null
      : `exit ${run.status ?? run.signal}: ${run.stderr.trim().split('\n').slice(-3).join(' ')}`
  return {
    build: {
      label,
      articles: count,
      megabytes,
      failed,
      pages: countHtml(outDir),
      seconds: run.seconds,
      peakTreeRss: run.peakTreeRss,
      peakProcessRss: run.peakProcessRss,
      peakByProcess: run.peakByProcess,
      phases: buildPhases(run.stdout),
      load: [before, loadavg()[0]!]
    },
    generatedDir: generated ? join(ROOT, generated[1]!) : null,
    astroCache: generated ? join(ROOT, 'node_modules/.astro', generated[2]!) : null
  }
}

/**
 * The plain `astro build` of the same generated pages through an MDX content collection.
 *
 * @param label what is built.
 * @param generatedDir the build's generated pages.
 * @param workDir a folder for the project and its output (created).
 * @param limitBytes stop it when its process tree goes over this much memory (it would not fit).
 * @returns the measure.
 */
export async function measurePlainBuild(
  label: string,
  generatedDir: string,
  workDir: string,
  limitBytes?: number
): Promise<MeasuredBuild> {
  const project = join(workDir, 'plain-project')
  const outDir = join(workDir, 'plain-site')
  const entries = makePlainProject(generatedDir, project)
  const before = loadavg()[0]!
  const run = await runMeasured(process.execPath, plainBuildArgs(project, outDir), {
    cwd: ROOT,
    env: cleanEnv(),
    limitBytes
  })
  const failed = run.stoppedOverLimit
    ? `stopped after ${run.seconds.toFixed(0)} s at ${((limitBytes ?? 0) / 1e9).toFixed(1)} GB (the limit set for it)`
    : run.status === 0
      ? null
      : `exit ${run.status ?? run.signal}: ${run.stderr.trim().split('\n').slice(-3).join(' ')}`
  const pages = countHtml(outDir)
  rmSync(project, { recursive: true, force: true })
  rmSync(outDir, { recursive: true, force: true })
  return {
    label,
    articles: entries,
    megabytes: 0,
    failed,
    pages,
    seconds: run.seconds,
    peakTreeRss: run.peakTreeRss,
    peakProcessRss: run.peakProcessRss,
    peakByProcess: run.peakByProcess,
    phases: null,
    load: [before, loadavg()[0]!]
  }
}

/**
 * Copy the real articles the bench builds (`../shared/corpus/dev` and `polnear-train`, `.txt`
 * only) into a temporary folder, never into the project.
 *
 * @param into the folder (created).
 * @returns how many, or null when the corpora are absent.
 */
export function copyRealArchive(into: string): number | null {
  const corpora = ['dev', 'polnear-train'].map((name) => join(ROOT, '..', 'shared', 'corpus', name))
  if (!corpora.every((dir) => existsSync(dir))) return null
  mkdirSync(into, { recursive: true })
  let count = 0
  for (const dir of corpora) {
    for (const name of readdirSync(dir)) {
      if (!name.endsWith('.txt')) continue
      // The two corpora never share a name; a clash would keep both.
      const target = existsSync(join(into, name)) ? join(into, `dev-${name}`) : join(into, name)
      cpSync(join(dir, name), target)
      count++
    }
  }
  return count
}

if (import.meta.main) {
  // `node scripts/bench/measure-scale.ts [--sizes 250,1000,4000,10000] [--seed 1] [--plain] [--plain-limit-gb 8]`:
  // a full build of each size of synthetic articles (and, with --plain, the plain Astro build beside
  // it), one JSON line each: wall time, the build's phases, the peak memory of the tree and of each
  // kind of process (docs/benchmarks.md, where time and memory go).
  const { parseArgs } = await import('node:util')
  const { mkdtempSync } = await import('node:fs')
  const { tmpdir } = await import('node:os')
  const { writeArticles } = await import('./generate-articles.ts')
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string', default: '250,1000,4000,10000' },
      seed: { type: 'string', default: '1' },
      plain: { type: 'boolean', default: false },
      'plain-limit-gb': { type: 'string', default: '8' }
    }
  })
  for (const size of values.sizes.split(',').map(Number)) {
    const base = mkdtempSync(join(tmpdir(), 'briefing-scale-'))
    try {
      writeArticles(join(base, 'articles'), size, Number(values.seed) || 1)
      const full = await measureFullBuild(`${size} articles`, join(base, 'articles'), join(base, 'build'), (line) =>
        process.stderr.write(`${line}\n`)
      )
      const plain =
        values.plain && full.generatedDir
          ? await measurePlainBuild(
              `${size} articles, plain`,
              full.generatedDir,
              join(base, 'plain'),
              Number(values['plain-limit-gb']) * 1e9
            )
          : null
      if (full.generatedDir) rmSync(full.generatedDir, { recursive: true, force: true })
      if (full.astroCache) rmSync(full.astroCache, { recursive: true, force: true })
      process.stdout.write(`${JSON.stringify({ full: full.build, plain })}\n`)
    } finally {
      rmSync(base, { recursive: true, force: true })
    }
  }
}
