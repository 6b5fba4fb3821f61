/**
 * `node scripts/generate-articles.ts --count N --out DIR [--seed S]`: synthetic articles for scale tests.
 *
 * Recombines the paragraphs of the bundled example article (content/articles) and of the test
 * fixtures' articles (tests/fixtures/**\/input.txt, tests/fixtures/site/articles) into N
 * realistic-looking articles: a headline, then paragraphs mostly from one "base" article in their
 * order, with some from others. The people's names are swapped for other first name + surname
 * pairs drawn from the same texts (consistently within an article, surnames too), and numbers are
 * replaced by others of the same number of digits (years kept). Nothing comes from ../shared.
 * Hostile fixtures (MDX/HTML lookalikes) are left out: this is about volume, not escaping.
 *
 * Deterministic: the same seed, count and sources give byte-identical files. Files are named
 * `gen-NNNN-<slug>_YYYY-MM-DD.txt` so the build reads a date from each.
 */
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { parseArgs } from 'node:util'

const ROOT = resolve(dirname(import.meta.filename), '../..')

/** Fixture folders whose text is built to break things, not to read like news. */
const HOSTILE = /(^|\/)(hostile[^/]*|mdx|clean)(\/|$)/

/** One source article: its lines (first one the headline) and the people it names. */
export interface SourceArticle {
  path: string
  lines: string[]
}

/** A small, fast, seedable PRNG (mulberry32). */
export function prng(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** Every file under a directory, recursively, sorted. */
function walk(dir: string): string[] {
  const out: string[] = []
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) out.push(...walk(path))
    else out.push(path)
  }
  return out
}

/**
 * The source articles: the bundled examples and the fixtures' article texts (no hostile ones).
 *
 * @param root the project root.
 * @returns the articles, in a fixed order.
 */
export function sourceArticles(root = ROOT): SourceArticle[] {
  const paths = [
    ...walk(join(root, 'content/articles')).filter((path) => path.endsWith('.txt')),
    ...walk(join(root, 'tests/fixtures'))
      .filter((path) => /(\/input\.txt|\/site\/articles\/[^/]+\.txt)$/.test(path))
      .filter((path) => !HOSTILE.test(path.slice(root.length)))
  ]
  return paths
    .map((path) => ({
      path,
      lines: readFileSync(path, 'utf8')
        .replace(/^\ufeff/, '')
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter((line) => line.length > 0)
    }))
    .filter((article) => article.lines.length >= 2)
}

/** Words that start a capitalised pair but are no first name. */
const NOT_FIRST = new Set(
  'The A An And But If In On At Of For To By With From As It He She They We I This That These Those His Her Their Our Its Mr Mrs Ms Dr Sir Dame Lord Lady President Prime Minister Chancellor Secretary Councillor Mayor Chief Minister General Professor Speaking Asked When While After Before During Since Under Over About Labour Conservative Liberal Green National Royal Labor Narrow United European North South East West New Old Great Harbour Valley Northern Southern Eastern Western Central Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October November December Downing White House Street Road Council Party Fund Association Union Bank Office Department Ministry Government Parliament Commons Senate Court Police Health Service Rail Water Trust Board Committee'.split(
    ' '
  )
)

/**
 * The people named in some texts: capitalised "First Surname" pairs, first names and surnames kept apart.
 *
 * @param texts the source lines.
 * @returns the full names (with their parts), sorted for determinism.
 */
export function namesIn(texts: string[]): { full: string[]; first: string[]; last: string[] } {
  const full = new Set<string>()
  for (const text of texts) {
    for (const match of text.matchAll(/\b([A-Z][a-z]{2,})\s([A-Z][a-z]{2,}(?:-[A-Z][a-z]+)?)\b(?!\s[A-Z][a-z])/g)) {
      const [, first, last] = match
      if (NOT_FIRST.has(first!) || NOT_FIRST.has(last!)) continue
      full.add(`${first} ${last}`)
    }
  }
  const sorted = [...full].sort()
  return {
    full: sorted,
    first: [...new Set(sorted.map((name) => name.split(' ')[0]!))].sort(),
    last: [...new Set(sorted.map((name) => name.split(' ')[1]!))].sort()
  }
}

const pick = <T>(random: () => number, items: readonly T[]): T => items[Math.floor(random() * items.length)]!
const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * Replace every number with another of as many digits (4-digit years from 1900 to 2099 kept).
 *
 * @param line the text.
 * @param random the PRNG.
 * @returns the text with new numbers.
 */
export function swapNumbers(line: string, random: () => number): string {
  return line.replace(/\d+/g, (digits) => {
    if (/^(19|20)\d\d$/.test(digits)) return digits
    let out = String(1 + Math.floor(random() * 9))
    for (let i = 1; i < digits.length; i++) out += String(Math.floor(random() * 10))
    return digits.length === 1 ? String(2 + Math.floor(random() * 8)) : out
  })
}

/** A file-name slug of a headline. */
function slugOf(title: string): string {
  return (
    title
      .normalize('NFKD')
      .replace(/[^\w\s-]/g, '')
      .toLowerCase()
      .split(/\s+/)
      .filter(Boolean)
      .slice(0, 6)
      .join('-') || 'article'
  )
}

/** One generated article. */
export interface GeneratedArticle {
  name: string
  text: string
}

/**
 * Generate articles.
 *
 * @param count how many.
 * @param seed the PRNG seed.
 * @param sources the source articles (default: {@link sourceArticles}).
 * @returns the file names and texts, in order.
 */
export function generateArticles(count: number, seed = 1, sources = sourceArticles()): GeneratedArticle[] {
  if (sources.length === 0) throw new Error('no source articles found')
  const random = prng(seed)
  const names = namesIn(sources.flatMap((source) => source.lines))
  const articles: GeneratedArticle[] = []
  const start = Date.UTC(2024, 0, 1)
  for (let n = 0; n < count; n++) {
    const base = pick(random, sources)
    // People: each full name in the pool maps to a recombined first name + surname for this article.
    const swaps: [RegExp, string][] = []
    if (names.first.length > 0 && names.last.length > 0) {
      for (const name of names.full) {
        const last = name.split(' ')[1]!
        const newFirst = pick(random, names.first)
        const newLast = pick(random, names.last)
        swaps.push(
          [new RegExp(`\\b${escape(name)}\\b`, 'g'), `${newFirst} ${newLast}`],
          [new RegExp(`\\b${escape(last)}\\b`, 'g'), newLast]
        )
      }
    }
    const rewrite = (line: string): string => {
      let out = line
      for (const [pattern, replacement] of swaps) out = out.replace(pattern, replacement)
      return swapNumbers(out, random)
    }
    // Paragraphs: the base article's body in order, some dropped, others woven in.
    const body: string[] = []
    // Length: 1.5 to 7 kB of text, about what a news report runs to.
    const target = 1500 + Math.floor(random() * 5500)
    let size = 0
    for (const line of base.lines.slice(1)) {
      if (random() < 0.85 && size < target) {
        body.push(line)
        size += line.length + 1
      }
    }
    for (let guard = 0; size < target && guard < 100; guard++) {
      const other = pick(random, sources)
      const run = other.lines.slice(1)
      if (run.length === 0) continue
      const from = Math.floor(random() * run.length)
      const taken = run.slice(from, from + 1 + Math.floor(random() * 4))
      body.splice(Math.floor(random() * (body.length + 1)), 0, ...taken)
      size += taken.reduce((sum, line) => sum + line.length + 1, 0)
    }
    if (body.length === 0) body.push(pick(random, base.lines))
    const title = rewrite(base.lines[0]!)
    const text = [title, '', ...body.map(rewrite)].join('\n') + '\n'
    const date = new Date(start + Math.floor(random() * 3 * 365) * 86_400_000).toISOString().slice(0, 10)
    articles.push({ name: `gen-${String(n + 1).padStart(4, '0')}-${slugOf(title)}_${date}.txt`, text })
  }
  return articles
}

/**
 * Generate articles into a folder.
 *
 * @param dir the folder (created).
 * @param count how many.
 * @param seed the PRNG seed.
 * @returns the files' paths, in order.
 */
export function writeArticles(dir: string, count: number, seed = 1): string[] {
  mkdirSync(dir, { recursive: true })
  return generateArticles(count, seed).map((article) => {
    const path = join(dir, article.name)
    writeFileSync(path, article.text)
    return path
  })
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      count: { type: 'string', default: '100' },
      out: { type: 'string' },
      seed: { type: 'string', default: '1' }
    },
    allowPositionals: true
  })
  const count = Number(values.count)
  if (!values.out || !Number.isInteger(count) || count < 0) {
    process.stderr.write('usage: node scripts/bench/generate-articles.ts --count N --out DIR [--seed S]\n')
    process.exitCode = 2
    return
  }
  const files = writeArticles(values.out, count, Number(values.seed) || 0)
  const bytes = files.reduce((sum, file) => sum + statSync(file).size, 0)
  process.stdout.write(`generate-articles: ${files.length} articles, ${(bytes / 1e6).toFixed(2)} MB in ${values.out}\n`)
}

if (import.meta.main) {
  main().catch((error: unknown) => {
    process.stderr.write(`generate-articles: ${(error as Error).message}\n`)
    process.exitCode = 1
  })
}
