/**
 * `node scripts/bench/measure-rebuild.ts [--articles 200] [--rounds 3] [--seed 1] [--keep] [--site DIR]`: how
 * long a one-article rebuild takes against a plain `astro build` of the same pages. Prints one JSON
 * line (medians of the rounds, and every round).
 *
 * 1. Generates N articles in a temporary folder (scripts/bench/generate-articles.ts, the bench's
 *    synthetic articles).
 * 2. Full build: `node scripts/build.ts --content DIR --out OUT --cache CACHE --no-pdf` with an
 *    empty cache and a fresh Astro cache; then a build with nothing changed.
 *    With `--site DIR`, steps 1 and 2's full build are skipped: DIR holds a site the bench already
 *    built that way (`articles/`, `site/`, `cache/`, as scripts/bench/measure-scale.ts lays them
 *    out), which is rebuilt in place and left for its owner to remove (`fullBuildSeconds` is null).
 * 3. Then, each round: a one-article rebuild (one article gets a new paragraph with a quote and a
 *    figure; same command); the same with `--no-search` after another article changes; a plain
 *    `astro build` of the same generated pages (no extraction, no search index), in a child process
 *    with the environment the build gives Astro; then, not timed, a build that brings the search
 *    index up to date with the article the `--no-search` build changed (otherwise the next round's
 *    rebuild would index two articles' pages after Astro).
 *
 * Every timing is the wall clock of a child process, so Node and Astro start-up are included. The
 * build's own log gives the phases: extraction and pages, `astro build`, the search index (and how
 * much of it came after Astro).
 */
import { spawnSync } from 'node:child_process'
import { appendFileSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { listArticles } from '../../plugins/read/index.ts'
import { ROOT } from '../../src/lib/build/cache.ts'
import { writeArticles } from './generate-articles.ts'

/** What one build's log says about its phases (NaN when it does not say). */
export interface BuildPhases {
  /** Extraction and pages, in all and by part. */
  generateMs: number
  readMs: number
  extractMs: number
  joinMs: number
  pagesMs: number
  /** `astro build`. */
  astroMs: number
  /** The search index, in all and after `astro build` was done. */
  searchMs: number
  searchAfterAstroMs: number
}

/**
 * The phases of a build from its log.
 *
 * @param stdout what `node scripts/build.ts` printed.
 * @returns the phases.
 */
export function buildPhases(stdout: string): BuildPhases {
  const number = (pattern: RegExp): number => Number(pattern.exec(stdout)?.[1] ?? NaN)
  return {
    generateMs: number(/generated in [^\n]*; (\d+) ms[:)]/),
    readMs: number(/generated in [^\n]* ms: read (\d+)/),
    extractMs: number(/generated in [^\n]*, extract (\d+)/),
    joinMs: number(/generated in [^\n]*, join (\d+)/),
    pagesMs: number(/generated in [^\n]*, pages (\d+)\)/),
    astroMs: number(/astro build: (\d+) ms/),
    searchMs: number(/search index of [^\n]*; (\d+) ms, of which/),
    searchAfterAstroMs: number(/of which (\d+) ms after astro build/)
  }
}

/** Run a command, return seconds (throws with its output when it fails hard). */
function timed(args: string[], env: NodeJS.ProcessEnv = {}, strict = false): { seconds: number; stdout: string } {
  const started = performance.now()
  const run = spawnSync(process.execPath, args, {
    cwd: ROOT,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
    encoding: 'utf8',
    maxBuffer: 64 << 20
  })
  const seconds = (performance.now() - started) / 1000
  if (run.status !== 0 && (strict || run.status !== 1))
    throw new Error(`${args.join(' ')} failed (${run.status}):\n${run.stdout}\n${run.stderr}`)
  return { seconds, stdout: run.stdout }
}

if (import.meta.main) {
  const { parseCommandLine, wholeNumber } = await import('../../src/lib/cli.ts')
  const { values } = parseCommandLine(process.argv.slice(2), {
    articles: { type: 'string', default: '200' },
    rounds: { type: 'string', default: '3' },
    seed: { type: 'string', default: '1' },
    keep: { type: 'boolean', default: false },
    site: { type: 'string' }
  })
  const rounds = wholeNumber(values.rounds, '--rounds', { min: 1, max: 1000 })!
  const reused = values.site ? resolve(values.site) : null
  const base = reused ?? mkdtempSync(join(tmpdir(), 'briefing-rebuild-'))
  const contentDir = join(base, 'articles')
  const outDir = join(base, reused ? 'site' : 'dist')
  const cacheDir = join(base, 'cache')
  const key = (await import('node:crypto')).createHash('sha1').update(outDir).digest('hex').slice(0, 10)
  const generatedDir = join(ROOT, 'src/generated', key)
  const astroCache = join(ROOT, 'node_modules/.astro', key)
  try {
    const files = reused
      ? listArticles(contentDir)
      : writeArticles(
          contentDir,
          wholeNumber(values.articles, '--articles', { min: 2, max: 100_000 })!,
          wholeNumber(values.seed, '--seed', { min: 0, max: 2 ** 31 })!
        )
    const count = files.length
    if (count < 2) throw new Error(`measure-rebuild: ${contentDir} holds ${count} article(s); 2 at least`)
    const build = ['scripts/build.ts', '--content', contentDir, '--out', outDir, '--cache', cacheDir, '--no-pdf']
    const full = reused ? null : timed(build)
    const noop = timed(build)
    // Rounds, interleaved so a busy machine weighs on every kind alike; medians reported.
    const plainScript = `const { build } = await import('astro'); await build({ root: ${JSON.stringify(ROOT)}, outDir: ${JSON.stringify(outDir)}, cacheDir: ${JSON.stringify(astroCache)}, logLevel: 'warn', telemetry: false })`
    const runs: {
      one: ReturnType<typeof timed>[]
      oneNoSearch: ReturnType<typeof timed>[]
      plain: ReturnType<typeof timed>[]
    } = { one: [], oneNoSearch: [], plain: [] }
    for (let round = 0; round < rounds; round++) {
      appendFileSync(
        files[(round * 7 + Math.floor(count / 2)) % count]!,
        `\n"We will spend £${10 + round} million more," Alice Whitfield said on Tuesday.\n`
      )
      runs.one.push(timed(build))
      appendFileSync(
        files[(round * 7 + Math.floor(count / 3)) % count]!,
        `\n"Another ${20 + round} schools will close," said Omar Okafor on Friday.\n`
      )
      runs.oneNoSearch.push(timed([...build, '--no-search']))
      runs.plain.push(
        timed(
          ['--input-type=module', '-e', plainScript],
          { BRIEFING_CONTENT_DIR: generatedDir, BRIEFING_OUT_DIR: outDir },
          true
        )
      )
      // Not timed: the search index catches up with the article the --no-search build changed.
      if (round < rounds - 1) timed(build)
    }
    const median = (list: ReturnType<typeof timed>[]): ReturnType<typeof timed> =>
      [...list].sort((a, b) => a.seconds - b.seconds)[Math.floor(list.length / 2)]!
    const one = median(runs.one)
    const oneNoSearch = median(runs.oneNoSearch)
    const plain = median(runs.plain)
    const all = (list: ReturnType<typeof timed>[]): number[] => list.map((run) => Number(run.seconds.toFixed(2)))
    // Each round's rebuild against the plain build of its own round (the load moves between rounds).
    const overs = runs.one.map((run, i) => Number((run.seconds - runs.plain[i]!.seconds).toFixed(2)))
    const line = (stdout: string): string => /briefing pages? generated in [^\n]*/.exec(stdout)?.[0] ?? ''
    process.stdout.write(
      `${JSON.stringify({
        articles: count,
        pages: Number(/search index of (\d+) pages/.exec((full ?? noop).stdout)?.[1] ?? NaN),
        fullBuildSeconds: full ? Number(full.seconds.toFixed(2)) : null,
        noChangeRebuildSeconds: Number(noop.seconds.toFixed(2)),
        oneArticleRebuildSeconds: Number(one.seconds.toFixed(2)),
        oneArticleRebuildNoSearchSeconds: Number(oneNoSearch.seconds.toFixed(2)),
        plainAstroBuildSeconds: Number(plain.seconds.toFixed(2)),
        oneArticleOverPlainSeconds: Number((one.seconds - plain.seconds).toFixed(2)),
        oneArticleOverPlainByRound: overs,
        oneArticleNoSearchOverPlainSeconds: Number((oneNoSearch.seconds - plain.seconds).toFixed(2)),
        rounds,
        roundsSeconds: {
          oneArticle: all(runs.one),
          oneArticleNoSearch: all(runs.oneNoSearch),
          plainAstro: all(runs.plain)
        },
        fullPhases: full ? buildPhases(full.stdout) : null,
        noChangePhases: buildPhases(noop.stdout),
        oneArticlePhases: buildPhases(one.stdout),
        oneArticleSearchAfterAstroMs: runs.one.map((run) => buildPhases(run.stdout).searchAfterAstroMs),
        full: full ? line(full.stdout) : null,
        oneArticle: line(one.stdout),
        oneArticleSearch: /search index of [^\n]*/.exec(one.stdout)?.[0] ?? ''
      })}\n`
    )
  } finally {
    if (!values.keep && !reused) {
      rmSync(base, { recursive: true, force: true })
      rmSync(generatedDir, { recursive: true, force: true })
      rmSync(astroCache, { recursive: true, force: true })
    }
  }
}
