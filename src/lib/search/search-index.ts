/**
 * The search index, built incrementally (step 3 of the build, src/lib/build/build-site.ts).
 *
 * Pagefind has no incremental mode, so the index is sharded: every indexed page goes to one of
 * {@link SEARCH_SHARDS} shards by a hash of its URL path (all page kinds mixed, so each shard is a
 * sample of the whole site and its ranking statistics stay close to a single index), and each
 * shard is its own Pagefind bundle. The search page merges them in the browser with Pagefind's
 * multisite feature (`mergeIndex`; public/scripts/search.js reads the list from
 * `OUT/pagefind/shards.json`).
 *
 * The bundles and a manifest (each shard's pages and the hash of their HTML bytes, each bundle's
 * files and the hash of their bytes) live in the build cache, `CACHE/search/`, because `astro build` empties the
 * output folder. A build re-indexes only the shards one of whose pages was added, removed or
 * changed, then copies every bundle into the output:
 *
 * - `OUT/pagefind/`: the first non-empty shard, with Pagefind's scripts, styles and WebAssembly;
 * - `OUT/pagefind/shards/<n>/`: each other non-empty shard, only its own index files
 *   (`pagefind-entry.json`, `pagefind.*.pf_meta`, `index/`, `fragment/`, `filter/`);
 * - `OUT/pagefind/shards.json`: `{ "bundles": ["/pagefind/shards/<n>/", …] }`.
 *
 * A missing, unreadable or outdated manifest (other Pagefind version, shard count or version of
 * this file) re-indexes every shard; a bundle whose files are missing or whose bytes hash
 * differently is re-indexed. The output gets copies (copy-on-write where the file system offers
 * it), never hard links, so damage to one never reaches the other.
 */
import { createHash } from 'node:crypto'
import { constants, copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { hash, readJson, ROOT, writeFileAtomic } from '../build/cache.ts'

/**
 * How many shards the index is split into by default: one, the exact index (a search finds what
 * one Pagefind index finds). More shards (`--search-shards N`) make a one-article rebuild index
 * only the shards it touches, at a cost in search precision and bytes (README, *The search index*).
 * Changing it re-indexes everything once.
 */
export const SEARCH_SHARDS = 1

/** How many shards are indexed at the same time (Pagefind spreads each over the cores itself). */
const CONCURRENCY = 2

/** The Pagefind module (`import('pagefind')`). */
export type PagefindModule = typeof import('pagefind')

/** Options of {@link buildSearchIndex}. */
export interface SearchIndexOptions {
  /** The built site (indexed, and where `pagefind/` is written). */
  outDir: string
  /** The build cache folder; the shards and the manifest go to `CACHE/search/`. */
  cacheDir: string
  /** How many shards (default {@link SEARCH_SHARDS}). */
  shards?: number
  /** How many shards are indexed at the same time (default 2). */
  concurrency?: number
  /** Pagefind, already loaded (see {@link loadPagefind}); loaded when needed otherwise. */
  pagefind?: Promise<PagefindModule>
}

/** What {@link buildSearchIndex} did. */
export interface SearchIndexResult {
  /** Pages in the index. */
  pages: number
  /** Shards that hold pages (each a bundle). */
  shards: number
  /** The shards re-indexed by this build (their numbers). */
  rebuilt: number[]
  /** Why every shard was re-indexed, or null when the cache was used. */
  full: string | null
  /** The URLs of pages added, changed or removed since the last index. */
  changed: string[]
  /** Wall time in milliseconds. */
  ms: number
  /** Of which: reading and hashing the pages, indexing the shards, placing the bundles in the output. */
  phases: { scanMs: number; indexMs: number; outputMs: number }
}

/** One shard in the manifest. */
interface ShardRecord {
  /** A hash of the shard's pages (URL and HTML hash of each). */
  digest: string
  /** The bundle's files (relative paths) and the hash of their bytes. */
  files: Record<string, string>
}

/** The manifest, `CACHE/search/manifest.json`. */
interface Manifest {
  key: string
  /** Each page's URL and the hash of its HTML bytes. */
  pages: Record<string, string>
  /** The non-empty shards, by number. */
  shards: Record<string, ShardRecord>
}

/** A page to index. */
interface Page {
  /** Path relative to the output folder, with `/`. */
  file: string
  /** Its URL path (`/briefings/x/`; Pagefind percent-encodes it in the index). */
  url: string
  /** A hash of its bytes. */
  hash: string
}

/**
 * Which shard a page goes to: a stable hash of its URL path.
 *
 * @param url the URL path (`/briefings/slug/`).
 * @param shards how many shards.
 * @returns the shard's number, 0 to `shards - 1`.
 */
export function shardOf(url: string, shards: number = SEARCH_SHARDS): number {
  return createHash('sha1').update(url).digest().readUInt32BE(0) % shards
}

/**
 * Load Pagefind and start its indexing service, so that it is ready when the pages are (the build
 * calls this before `astro build`).
 *
 * Shards keep Pagefind's own word index chunks (about 22 kB compressed). A query loads the chunk
 * holding each of its words from every shard, so smaller chunks would load fewer bytes, but
 * Pagefind looks for a prefix's longer words only in the chunk whose range holds the prefix: with
 * chunks of about 4 kB (its unstable `PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE` at 2500) searches missed
 * pages one index finds.
 *
 * @returns the module, once its service answers.
 */
export async function loadPagefind(): Promise<PagefindModule> {
  const pagefind = await import('pagefind')
  const { index } = await pagefind.createIndex({})
  await index?.deleteIndex()
  return pagefind
}

/** The cache key: anything that changes how pages are indexed or bundled. */
function cacheKey(shards: number): string {
  let version = '?'
  try {
    version = JSON.parse(readFileSync(join(ROOT, 'node_modules/pagefind/package.json'), 'utf8')).version
  } catch {
    // Unknown: still a key.
  }
  return hash('search-shards', String(shards), version, readFileSync(fileURLToPath(import.meta.url))).slice(0, 16)
}

/** Every HTML file under `dir` (paths relative to it), Pagefind's own folder left out. */
function htmlFiles(dir: string, prefix = ''): string[] {
  const files: string[] = []
  for (const entry of readdirSync(join(dir, prefix), { withFileTypes: true })) {
    const path = prefix ? `${prefix}/${entry.name}` : entry.name
    if (entry.isDirectory()) {
      if (path !== 'pagefind') files.push(...htmlFiles(dir, path))
    } else if (entry.name.endsWith('.html')) files.push(path)
  }
  return files.sort()
}

/** Whether the HTML has a `data-pagefind-body` attribute in a tag (not in text, where `<` is escaped). */
function hasBody(html: Buffer): boolean {
  for (let at = html.indexOf('data-pagefind-body'); at >= 0; at = html.indexOf('data-pagefind-body', at + 1)) {
    if (html.lastIndexOf('<', at) > html.lastIndexOf('>', at)) return true
  }
  return false
}

/** Every file of a folder, relative paths with `/`, and the hash of each one's bytes. */
function listFiles(dir: string, prefix = ''): Record<string, string> {
  const files: Record<string, string> = {}
  for (const entry of readdirSync(join(dir, prefix), { withFileTypes: true })) {
    const path = prefix ? `${prefix}/${entry.name}` : entry.name
    if (entry.isDirectory()) Object.assign(files, listFiles(dir, path))
    else files[path] = hash(readFileSync(join(dir, path))).slice(0, 32)
  }
  return files
}

/** Whether a bundle in the cache still has exactly the files the manifest lists, byte for byte. */
function bundleIntact(dir: string, files: Record<string, string>): boolean {
  const names = Object.keys(files)
  if (!names.includes('pagefind-entry.json')) return false
  for (const name of names) {
    try {
      if (typeof files[name] !== 'string' || hash(readFileSync(join(dir, name))).slice(0, 32) !== files[name])
        return false
    } catch {
      return false
    }
  }
  return true
}

/** The files every bundle gets from Pagefind but only the primary one needs (scripts, styles, WebAssembly). */
function isIndexFile(path: string): boolean {
  return path === 'pagefind-entry.json' || path.endsWith('.pf_meta') || /^(index|fragment|filter)\//.test(path)
}

/** Paths Pagefind's glob (wax) takes literally. */
const SAFE_PATH = /^[A-Za-z0-9._/-]+$/

/** Index the pages of one shard into `dir` (replaced). */
async function indexShard(
  pagefind: PagefindModule,
  outDir: string,
  pages: Page[],
  dir: string
): Promise<Record<string, string>> {
  const { index, errors } = await pagefind.createIndex({})
  if (!index) throw new Error(`pagefind: ${errors.join('; ')}`)
  try {
    const safe = pages.filter((page) => SAFE_PATH.test(page.file))
    if (safe.length) {
      // Pagefind reads the files itself (twice as fast as sending them) and makes each URL as
      // its directory crawl does.
      const added = await index.addDirectory({ path: outDir, glob: `{${safe.map((page) => page.file).join(',')}}` })
      if (added.errors.length) throw new Error(`pagefind: ${added.errors.join('; ')}`)
      if (added.page_count !== safe.length)
        throw new Error(`pagefind: indexed ${added.page_count} of ${safe.length} pages`)
    }
    for (const page of pages.filter((page) => !SAFE_PATH.test(page.file))) {
      // The URL as Pagefind's crawl makes it: the path, percent-encoded.
      const added = await index.addHTMLFile({
        url: encodeURI(page.url),
        content: readFileSync(join(outDir, page.file), 'utf8')
      })
      if (added.errors.length) throw new Error(`pagefind: ${page.file}: ${added.errors.join('; ')}`)
    }
    const temp = `${dir}.${process.pid}.tmp`
    rmSync(temp, { recursive: true, force: true })
    const written = await index.writeFiles({ outputPath: temp })
    if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`)
    rmSync(dir, { recursive: true, force: true })
    renameSync(temp, dir)
    return listFiles(dir)
  } finally {
    await index.deleteIndex()
  }
}

/**
 * Put files of one folder into another: copies, copy-on-write where the file system offers it
 * (`COPYFILE_FICLONE`: a reflink on Btrfs, XFS, APFS; a plain copy elsewhere), never hard links,
 * so damage to the output's files never reaches the cache, nor the other way round.
 */
function placeFiles(from: string, to: string, files: string[]): void {
  const made = new Set<string>()
  for (const file of files) {
    const target = join(to, file)
    const folder = dirname(target)
    if (!made.has(folder)) {
      mkdirSync(folder, { recursive: true })
      made.add(folder)
    }
    copyFileSync(join(from, file), target, constants.COPYFILE_FICLONE)
  }
}

/**
 * Index the built site into `OUT/pagefind/`, re-indexing only the shards whose pages changed
 * since the last build with the same cache folder.
 *
 * Which pages are indexed is what Pagefind's directory crawl would index: the pages with a
 * `data-pagefind-body` element when there are any, every HTML page otherwise.
 *
 * @param options the output and cache folders.
 * @returns what was indexed and re-indexed.
 */
export async function buildSearchIndex(options: SearchIndexOptions): Promise<SearchIndexResult> {
  const started = performance.now()
  const { outDir } = options
  const count = options.shards ?? SEARCH_SHARDS
  if (!Number.isInteger(count) || count < 1)
    throw new Error(`search index: the number of shards must be a whole number from 1 (got ${count})`)
  const searchDir = join(options.cacheDir, 'search')
  const shardsDir = join(searchDir, 'shards')
  const manifestPath = join(searchDir, 'manifest.json')
  const key = cacheKey(count)

  // The pages and their hashes.
  const all = htmlFiles(outDir).map((file) => {
    const bytes = readFileSync(join(outDir, file))
    return {
      file,
      url: `/${file.replace(/(^|\/)index\.html$/, '$1')}`,
      hash: hash(bytes).slice(0, 32),
      body: hasBody(bytes)
    }
  })
  const pages: Page[] = all.some((page) => page.body) ? all.filter((page) => page.body) : all

  // The shards they fall in.
  const shards = new Map<number, Page[]>()
  for (const page of pages) {
    const shard = shardOf(page.url, count)
    if (!shards.has(shard)) shards.set(shard, [])
    shards.get(shard)!.push(page)
  }
  const digests = new Map(
    [...shards].map(([shard, list]) => [shard, hash(...list.flatMap((page) => [page.url, page.hash]))])
  )

  // What the cache holds.
  const previous = readJson<Manifest>(manifestPath)
  let full: string | null = null
  if (!previous) full = existsSync(manifestPath) ? 'the cached manifest is unreadable' : 'no cached index'
  else if (previous.key !== key) full = 'the cached index is from another Pagefind or shard layout'
  else if (
    typeof previous.shards !== 'object' ||
    typeof previous.pages !== 'object' ||
    !previous.shards ||
    !previous.pages
  )
    full = 'the cached manifest is incomplete'
  const cached: Record<string, ShardRecord> = full ? {} : previous!.shards
  const changed = new Set<string>()
  const before = full ? {} : previous!.pages
  const urls = new Set(pages.map((page) => page.url))
  for (const page of pages) if (before[page.url] !== page.hash) changed.add(page.url)
  for (const url of Object.keys(before)) if (!urls.has(url)) changed.add(url)

  mkdirSync(shardsDir, { recursive: true })
  for (const name of readdirSync(shardsDir)) {
    // Leftovers of a killed build, and shards that are now empty or unknown.
    const shard = Number(name)
    if (!/^\d+$/.test(name) || !shards.has(shard) || full)
      rmSync(join(shardsDir, name), { recursive: true, force: true })
  }
  const dirty = [...shards.keys()]
    .filter((shard) => {
      const record = cached[String(shard)]
      return (
        !record ||
        record.digest !== digests.get(shard) ||
        !record.files ||
        !bundleIntact(join(shardsDir, String(shard)), record.files)
      )
    })
    .sort((a, b) => a - b)

  const scanned = performance.now()

  // Re-index the shards that changed, a few at a time.
  const records: Record<string, ShardRecord> = {}
  for (const [shard] of shards) if (!dirty.includes(shard)) records[String(shard)] = cached[String(shard)]!
  let pagefind: PagefindModule | undefined
  if (dirty.length || !shards.size) pagefind = await (options.pagefind ?? loadPagefind())
  // Nothing is recorded while shards are rewritten: a build killed now re-indexes them.
  if (dirty.length) rmSync(manifestPath, { force: true })
  const queue = [...dirty]
  await Promise.all(
    Array.from({ length: Math.min(options.concurrency ?? CONCURRENCY, queue.length) }, async () => {
      for (let shard = queue.shift(); shard !== undefined; shard = queue.shift()) {
        const files = await indexShard(pagefind!, outDir, shards.get(shard)!, join(shardsDir, String(shard)))
        records[String(shard)] = { digest: digests.get(shard)!, files }
      }
    })
  )
  mkdirSync(searchDir, { recursive: true })
  writeFileAtomic(
    manifestPath,
    JSON.stringify({
      key,
      pages: Object.fromEntries(pages.map((page) => [page.url, page.hash])),
      shards: records
    } satisfies Manifest)
  )

  const indexed = performance.now()

  // The output: the first shard with Pagefind's own files, the others' index files beside it.
  const target = join(outDir, 'pagefind')
  rmSync(target, { recursive: true, force: true })
  const order = [...shards.keys()].sort((a, b) => a - b)
  const bundles: string[] = []
  if (!order.length) {
    // No page at all: an empty index, as Pagefind writes it.
    const { index, errors } = await pagefind!.createIndex({})
    if (!index) throw new Error(`pagefind: ${errors.join('; ')}`)
    const written = await index.writeFiles({ outputPath: target })
    if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`)
  }
  for (const [i, shard] of order.entries()) {
    const files = Object.keys(records[String(shard)]!.files)
    const from = join(shardsDir, String(shard))
    if (i === 0) placeFiles(from, target, files)
    else {
      placeFiles(from, join(target, 'shards', String(shard)), files.filter(isIndexFile))
      // A language only this shard has still needs its WebAssembly beside the primary bundle.
      const wasm = files.filter((file) => /^wasm\..*\.pagefind$/.test(file) && !existsSync(join(target, file)))
      placeFiles(from, target, wasm)
      bundles.push(`/pagefind/shards/${shard}/`)
    }
  }
  writeFileAtomic(join(target, 'shards.json'), `${JSON.stringify({ bundles })}\n`)
  if (pagefind || options.pagefind) await (pagefind ?? (await options.pagefind!)).close()

  const done = performance.now()
  return {
    pages: pages.length,
    shards: order.length,
    rebuilt: dirty,
    full,
    changed: [...changed].sort(),
    ms: done - started,
    phases: { scanMs: scanned - started, indexMs: indexed - scanned, outputMs: done - indexed }
  }
}
