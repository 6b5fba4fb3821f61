/**
 * `node scripts/measure-rebuild.ts [--articles 200] [--rounds 3] [--search-quality] [--keep]`: how long
 * a build takes with and without the cache. Prints one JSON line (medians of the rounds, and every
 * round); with `--search-quality`, also how the sharded search index's results compare with one
 * Pagefind index of the same pages ({@link compareSearch}).
 *
 * 1. Generates N articles in a temporary folder by recombining paragraphs of the bundled example
 *    and the test fixtures, with names and numbers changed ({@link generateArticles}).
 * 2. Full build: `node scripts/build.ts --content DIR --out OUT --cache CACHE --no-pdf` with an
 *    empty cache and a fresh Astro cache.
 * 3. Then, each round: one-article rebuild (one article gets a new paragraph, a new quote and
 *    figure; same command); the same with `--no-search` after another article changes (no
 *    Pagefind); plain `astro build` of the same generated pages (no extraction, no Pagefind), in a child
 *    process with the same environment the build gives Astro; then, not timed, a build that brings
 *    the search index up to date with the article the `--no-search` build changed (the index is
 *    incremental: otherwise the next round's rebuild would re-index two articles' pages).
 *
 * Every timing is the wall clock of a child process, so Node and Astro start-up are included. The
 * build's own log gives the phases: extraction and pages, `astro build`, the search index (and, with
 * the sharded index of scripts/build-search.ts, how many shards it indexed and how long that took).
 */
import { spawnSync } from 'node:child_process'
import {
  appendFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { ROOT } from '../../src/lib/build/cache.ts'

/** A small deterministic PRNG (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const FIRST = [
  'Alice',
  'Omar',
  'Priya',
  'Tomasz',
  'Grace',
  'Kwame',
  'Ingrid',
  'Mateo',
  'Aisha',
  'Callum',
  'Yuki',
  'Fatima',
  'Eamon',
  'Lena',
  'Rhys'
]
const LAST = [
  'Whitfield',
  'Okafor',
  'Lindqvist',
  'Moreno',
  'Haddad',
  'Kowalski',
  'Fraser',
  'Nakamura',
  'Adeyemi',
  'Castell',
  'Brennan',
  'Varga',
  'Osei',
  'Patel',
  'Duarte'
]
const TOPICS = [
  'water bills',
  'rail fares',
  'school funding',
  'housing targets',
  'energy prices',
  'bus routes',
  'hospital waiting lists',
  'flood defences',
  'steel tariffs',
  'port expansion'
]

/** Every paragraph of the texts the project ships: the example article and the test fixtures. */
function sourceParagraphs(): string[] {
  const files: string[] = []
  const walk = (dir: string): void => {
    if (!existsSync(dir)) return
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name)
      if (entry.isDirectory()) walk(path)
      else if (entry.name.endsWith('.txt')) files.push(path)
    }
  }
  walk(join(ROOT, 'content/articles'))
  walk(join(ROOT, 'tests/fixtures'))
  const paragraphs: string[] = []
  for (const file of files.sort()) {
    for (const line of readFileSync(file, 'utf8').split(/\r?\n/))
      if (line.trim().length > 60 && line.length < 2000) paragraphs.push(line.trim())
  }
  return paragraphs
}

/**
 * Write `count` articles into `dir`: a headline, then 12 to 28 paragraphs drawn from the bundled
 * texts, with two invented people swapped in for capitalised names and numbers shifted.
 *
 * @param dir the folder (created).
 * @param count how many.
 * @returns the file paths.
 */
export function generateArticles(dir: string, count: number): string[] {
  mkdirSync(dir, { recursive: true })
  const pool = sourceParagraphs()
  const files: string[] = []
  for (let i = 0; i < count; i++) {
    const next = random(i + 1)
    const pick = <T>(list: T[]): T => list[Math.floor(next() * list.length)]!
    const a = `${pick(FIRST)} ${pick(LAST)}`
    const b = `${pick(FIRST)} ${pick(LAST)}`
    const topic = pick(TOPICS)
    const lines = [`${a} and ${b} clash over ${topic} as council vote ${i + 1} looms`]
    const n = 12 + Math.floor(next() * 17)
    for (let k = 0; k < n; k++) {
      const swapped = pick(pool)
        .replace(/\b(Keir Starmer|Donald Trump|Starmer|Trump)\b/g, (name) => (name.length > 7 ? a : a.split(' ')[1]!))
        .replace(/\b(Volodymyr Zelensky|Zelensky|Emmanuel Macron|Macron)\b/g, (name) =>
          name.length > 8 ? b : b.split(' ')[1]!
        )
        .replace(/\d+/g, (digits) => String((Number(digits) + i) % 1000))
      lines.push(swapped)
    }
    const month = String(1 + (i % 12)).padStart(2, '0')
    const day = String(1 + (i % 28)).padStart(2, '0')
    const file = join(dir, `generated-${String(i + 1).padStart(3, '0')}_2025-${month}-${day}.txt`)
    writeFileSync(file, `${lines.join('\n\n')}\n`)
    files.push(file)
  }
  return files
}

/** How one kind of query compares: counts of queries. */
export interface SearchComparison {
  queries: number
  /** The same set of pages found. */
  samePages: number
  /** Every page the single index finds is found. */
  nothingLost: number
  /** The single index's first result is among the first five. */
  firstInTopFive: number
  /** The single index's scores of the first five results, over its own first five's (mean). */
  topFiveRelevance: number
  /** Pages found beyond the single index's (mean). */
  extraPages: number
  /** Up to three queries for which a page the single index finds is not found. */
  lostIn: string[]
}

/**
 * The queries {@link compareSearch} runs: 40 single words, 40 runs of two to four words of page
 * text and 30 pairs of a rare word (among the twentieth of the words on fewest pages) and a common
 * one (on a tenth of the pages or more), drawn from the indexed text of the built pages (words of
 * five letters or more) with a fixed seed.
 *
 * @param outDir the built site.
 * @param seed the seed.
 * @returns the queries by kind.
 */
export function searchQueries(outDir: string, seed = 7): Record<'words' | 'phrases' | 'rareAndCommon', string[]> {
  const texts: string[] = []
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name)
      if (entry.isDirectory() && !entry.name.startsWith('pagefind')) walk(path)
      else if (entry.name.endsWith('.html')) {
        const html = readFileSync(path, 'utf8')
        const body = /<main[^>]*data-pagefind-body[^>]*>([\s\S]*)<\/main>/.exec(html)?.[1]
        if (body) texts.push(body.replace(/<[^>]+>/g, ' ').replace(/&[#\w]+;/g, ' '))
      }
    }
  }
  walk(outDir)
  texts.sort()
  const next = random(seed)
  const pick = <T>(list: T[]): T => list[Math.floor(next() * list.length)]!
  const pages = new Map<string, number>()
  for (const text of texts)
    for (const word of new Set(text.toLowerCase().split(/[^a-z]+/)))
      if (word.length > 4) pages.set(word, (pages.get(word) ?? 0) + 1)
  const vocabulary = [...pages.keys()].sort()
  // Rare: the twentieth of the words on fewest pages; common: on a tenth of the pages or more.
  const rare = [...vocabulary]
    .sort((a, b) => pages.get(a)! - pages.get(b)!)
    .slice(0, Math.max(1, Math.ceil(vocabulary.length / 20)))
  const common = vocabulary.filter((word) => pages.get(word)! >= texts.length / 10)
  return {
    words: Array.from({ length: 40 }, () => pick(vocabulary)),
    phrases: Array.from({ length: 40 }, () => {
      const words = pick(texts)
        .split(/[^A-Za-z0-9£]+/)
        .filter(Boolean)
      const at = Math.floor(next() * Math.max(1, words.length - 4))
      return words.slice(at, at + 2 + Math.floor(next() * 3)).join(' ')
    }),
    rareAndCommon: Array.from({ length: 30 }, () => `${pick(rare)} ${pick(common)}`)
  }
}

/**
 * Compare the built site's search index (`OUT/pagefind`, its shards merged as the search page
 * merges them) with one Pagefind index of the same site, as the build made before the index was
 * sharded (`addDirectory` over the whole folder), through Pagefind's JS API over HTTP, with the
 * queries of {@link searchQueries}.
 *
 * @param outDir the built site.
 * @param seed the queries' seed.
 * @returns a comparison per kind of query.
 */
export async function compareSearch(
  outDir: string,
  seed = 7
): Promise<Record<'words' | 'phrases' | 'rareAndCommon', SearchComparison>> {
  const single = join(outDir, 'pagefind-single')
  const pagefind = await import('pagefind')
  const { index } = await pagefind.createIndex({})
  await index!.addDirectory({ path: outDir })
  await index!.writeFiles({ outputPath: single })
  await pagefind.close()
  const { previewSite } = await import('../../src/lib/serve/preview.ts')
  const server = await previewSite(outDir)
  try {
    type Instance = {
      mergeIndex: (path: string) => Promise<void>
      search: (term: string) => Promise<{ results: { id: string; score: number }[] }>
    }
    // One copy of Pagefind's module per index: its WebAssembly state is the module's.
    const load = async (copy: string): Promise<{ createInstance: (options: { basePath: string }) => Instance }> =>
      import(`${pathToFileURL(join(outDir, 'pagefind/pagefind.js')).href}?${copy}`)
    const one = (await load('single')).createInstance({ basePath: `${server.url}/pagefind-single/` })
    const sharded = (await load('sharded')).createInstance({ basePath: `${server.url}/pagefind/` })
    const { bundles } = JSON.parse(readFileSync(join(outDir, 'pagefind/shards.json'), 'utf8')) as { bundles: string[] }
    await Promise.all(bundles.map((bundle) => sharded.mergeIndex(`${server.url}${bundle}`)))

    const kinds = searchQueries(outDir, seed)
    const out = {} as Record<keyof typeof kinds, SearchComparison>
    for (const [kind, queries] of Object.entries(kinds) as [keyof typeof kinds, string[]][]) {
      const total: SearchComparison = {
        queries: queries.length,
        samePages: 0,
        nothingLost: 0,
        firstInTopFive: 0,
        topFiveRelevance: 0,
        extraPages: 0,
        lostIn: []
      }
      for (const query of queries) {
        const a = (await one.search(query)).results
        const b = (await sharded.search(query)).results
        const found = new Set(b.map((result) => result.id))
        const scores = new Map(a.map((result) => [result.id, result.score]))
        if (a.length === b.length && a.every((result) => found.has(result.id))) total.samePages++
        if (a.every((result) => found.has(result.id))) total.nothingLost++
        else if (total.lostIn.length < 3) total.lostIn.push(query)
        if (!a.length || b.slice(0, 5).some((result) => result.id === a[0]!.id)) total.firstInTopFive++
        const ideal = a.slice(0, 5).reduce((sum, result) => sum + result.score, 0)
        total.topFiveRelevance += ideal
          ? b.slice(0, 5).reduce((sum, result) => sum + (scores.get(result.id) ?? 0), 0) / ideal
          : 1
        total.extraPages += b.length - a.length
      }
      total.topFiveRelevance = Number((total.topFiveRelevance / queries.length).toFixed(2))
      total.extraPages = Number((total.extraPages / queries.length).toFixed(1))
      out[kind] = total
    }
    return out
  } finally {
    await server.close()
    rmSync(single, { recursive: true, force: true })
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

if (import.meta.url === `file://${process.argv[1]}`) {
  const { parseCommandLine, wholeNumber } = await import('../../src/lib/cli.ts')
  const { values } = parseCommandLine(process.argv.slice(2), {
    articles: { type: 'string', default: '200' },
    rounds: { type: 'string', default: '3' },
    'search-quality': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false }
  })
  const count = wholeNumber(values.articles, '--articles', { min: 1, max: 100_000 })!
  const rounds = wholeNumber(values.rounds, '--rounds', { min: 1, max: 1000 })!
  const base = mkdtempSync(join(tmpdir(), 'briefing-rebuild-'))
  const contentDir = join(base, 'articles')
  const outDir = join(base, 'dist')
  const cacheDir = join(base, 'cache')
  const key = (await import('node:crypto')).createHash('sha1').update(outDir).digest('hex').slice(0, 10)
  const generatedDir = join(ROOT, 'src/generated', key)
  const astroCache = join(ROOT, 'node_modules/.astro', key)
  try {
    const files = generateArticles(contentDir, count)
    const build = ['scripts/build.ts', '--content', contentDir, '--out', outDir, '--cache', cacheDir, '--no-pdf']
    const full = timed(build)
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
      // Not timed: the search index catches up with the article the --no-search build changed, so
      // that the next one-article rebuild re-indexes only what its own article changed.
      if (round < rounds - 1) timed(build)
    }
    // The search index as the last rebuild left it (the plain Astro build emptied the output).
    const searchQuality = values['search-quality'] ? (timed(build), await compareSearch(outDir)) : undefined
    const median = (list: ReturnType<typeof timed>[]): ReturnType<typeof timed> =>
      [...list].sort((a, b) => a.seconds - b.seconds)[Math.floor(list.length / 2)]!
    const one = median(runs.one)
    const oneNoSearch = median(runs.oneNoSearch)
    const plain = median(runs.plain)
    const all = (list: ReturnType<typeof timed>[]): number[] => list.map((run) => Number(run.seconds.toFixed(2)))
    const line = (stdout: string): string => /briefing pages? generated in [^\n]*/.exec(stdout)?.[0] ?? ''
    const phases = (
      stdout: string
    ): {
      generateMs: number
      astroMs: number
      pagefindMs: number
      shardsIndexed: number | null
      shardsIndexMs: number | null
    } => ({
      generateMs: Number(/generated in [^\n]*; (\d+) ms\)/.exec(stdout)?.[1] ?? NaN),
      astroMs: Number(/astro build: (\d+) ms/.exec(stdout)?.[1] ?? NaN),
      pagefindMs: Number(/search index of [^\n]*\((\d+) ms/.exec(stdout)?.[1] ?? NaN),
      // The sharded index (src/lib/search/search-index.ts) says how many shards it indexed and how long that took.
      shardsIndexed: /search index of [^\n]*all (\d+) shards indexed/.test(stdout)
        ? Number(/all (\d+) shards indexed/.exec(stdout)![1])
        : /(\d+) of \d+ shards re-indexed/.test(stdout)
          ? Number(/(\d+) of \d+ shards re-indexed/.exec(stdout)![1])
          : null,
      shardsIndexMs: /shards indexed (\d+) ms/.test(stdout) ? Number(/shards indexed (\d+) ms/.exec(stdout)![1]) : null
    })
    process.stdout.write(
      `${JSON.stringify({
        articles: count,
        fullBuildSeconds: Number(full.seconds.toFixed(2)),
        noChangeRebuildSeconds: Number(noop.seconds.toFixed(2)),
        oneArticleRebuildSeconds: Number(one.seconds.toFixed(2)),
        oneArticleRebuildNoSearchSeconds: Number(oneNoSearch.seconds.toFixed(2)),
        plainAstroBuildSeconds: Number(plain.seconds.toFixed(2)),
        oneArticleOverPlainSeconds: Number((one.seconds - plain.seconds).toFixed(2)),
        oneArticleNoSearchOverPlainSeconds: Number((oneNoSearch.seconds - plain.seconds).toFixed(2)),
        rounds,
        roundsSeconds: {
          oneArticle: all(runs.one),
          oneArticleNoSearch: all(runs.oneNoSearch),
          plainAstro: all(runs.plain)
        },
        fullPhases: phases(full.stdout),
        noChangePhases: phases(noop.stdout),
        oneArticlePhases: phases(one.stdout),
        oneArticleSearchMs: runs.one.map((run) => phases(run.stdout).pagefindMs),
        oneArticleShardsIndexed: runs.one.map((run) => phases(run.stdout).shardsIndexed),
        full: line(full.stdout),
        oneArticle: line(one.stdout),
        oneArticleSearch: /search index of [^\n]*/.exec(one.stdout)?.[0] ?? '',
        ...(searchQuality ? { searchQuality } : {})
      })}\n`
    )
  } finally {
    if (!values.keep) {
      rmSync(base, { recursive: true, force: true })
      rmSync(generatedDir, { recursive: true, force: true })
      rmSync(astroCache, { recursive: true, force: true })
    }
  }
}
