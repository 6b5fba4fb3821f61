/**
 * The search index's worker thread (see src/lib/search/search-index.ts): it drives Pagefind's
 * service while the build's main thread runs Astro, so indexing overlaps the site's build.
 *
 * 1. At once: the pages the previous build indexed whose key (src/lib/site.ts) has not changed,
 *    read from Astro's own copies (the bytes it copies into the output for a page it does not
 *    render again), each only if its bytes still hash as they did.
 * 2. While Astro renders: every page it renders (sent by the main thread; Astro renders the pages
 *    the index still needs first). In a rebuild, once every page with a key is in, Pagefind writes
 *    the index while Astro finishes.
 * 3. When Astro is done: the pages it wrote that neither gave (read from the output), and the
 *    check that every page in the index is the one Astro wrote (its size; a page Astro rendered
 *    again is compared byte for byte as it comes); the index is written again when a page was
 *    added, and made again from the output when a page does not match.
 *
 * Pages go to Pagefind one file at a time (`addHTMLFile`, a few in flight), never as one glob.
 */
import { createHash } from 'node:crypto'
import { cpSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { parentPort, workerData } from 'node:worker_threads'
import { writeFileAtomic } from '../build/cache.ts'
import { manifestPath, type Manifest } from './manifest.ts'
import { hasSearchBody, htmlFiles, urlOfFile } from './pages.ts'
import type { SearchIndexResult, SearchWorkerData } from './search-index.ts'

/** A page in the index. */
interface Indexed {
  file: string
  hash: string
  size: number
  /** Where its bytes came from. */
  from: 'previous' | 'rendered' | 'output'
}

const data = workerData as SearchWorkerData
const started = performance.now()
const hashOf = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex').slice(0, 32)
/** Pages sent to Pagefind at the same time. */
const IN_FLIGHT = 8

const pagefind = await import('pagefind')
let { index, errors } = await pagefind.createIndex({})
if (!index) throw new Error(`pagefind: ${errors.join('; ')}`)

const indexed = new Map<string, Indexed>()
/** Pages seen that Pagefind does not index (no `data-pagefind-body`). */
const skipped = new Set<string>()
/** Why the index must be made again from the output, when it must. */
let invalid: string | null = null
const counts = { previous: 0, rendered: 0, output: 0 }
/** The pages with a key not yet in; when none is left, the index is written (ahead of Astro). */
const awaited = new Set(Object.keys(data.pageKeys))
let astroDone = false
/** The index being written, and whether a page came in since it started. */
let writing = null as Promise<void> | null
let stale = false
const temp = join(data.cacheDir, 'search', `pagefind.${process.pid}.tmp`)

/** Write the index into the temporary folder. */
async function write(): Promise<void> {
  rmSync(temp, { recursive: true, force: true })
  const written = await index!.writeFiles({ outputPath: temp })
  if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`)
}

/**
 * A page with a key is in: when it is the last one and Astro still runs, write the index now, while
 * Astro copies the unchanged pages, if most of the index came from the previous build (a rebuild).
 * When most pages were rendered, Astro is near its end anyway, and writing (Pagefind's peak of
 * memory, about three times what it holds) waits for Astro's process to be gone.
 */
function arrived(url: string): void {
  if (!awaited.delete(url) || awaited.size || astroDone || writing) return
  if (counts.previous < 0.9 * (counts.previous + counts.rendered + counts.output)) return
  writing = write()
  writing.catch(() => {})
}

/** Send one page to Pagefind (an index written meanwhile may miss it: it is written again). */
async function toPagefind(url: string, file: string, bytes: Uint8Array): Promise<void> {
  if (writing) stale = true
  const added = await index!.addHTMLFile({ url, content: Buffer.from(bytes).toString('utf8') })
  if (writing) stale = true
  if (added.errors.length) throw new Error(`pagefind: ${file}: ${added.errors.join('; ')}`)
}

/** Add one page to the index (unless it is in already), remembering where it came from. */
async function add(url: string, file: string, bytes: Uint8Array, from: Indexed['from']): Promise<void> {
  const hash = hashOf(bytes)
  const known = indexed.get(url)
  if (known) {
    if (known.hash !== hash) invalid ??= `${file} is not the page the previous build indexed`
    return
  }
  if (!hasSearchBody(bytes)) {
    skipped.add(url)
    arrived(url)
    return
  }
  indexed.set(url, { file, hash, size: bytes.byteLength, from })
  counts[from]++
  await toPagefind(url, file, bytes)
  arrived(url)
}

/**
 * Index every page of the output: Pagefind indexes every page when none has `data-pagefind-body`.
 *
 * @param files the output's HTML files.
 */
async function everyPage(files: string[]): Promise<void> {
  await bounded(files, async (file) => {
    const bytes = readFileSync(join(data.outDir, file))
    const url = urlOfFile(file)
    skipped.delete(url)
    indexed.set(url, { file, hash: hashOf(bytes), size: bytes.byteLength, from: 'output' })
    counts.output++
    await toPagefind(url, file, bytes)
  })
}

/** Run `work` over items, a few at a time. */
async function bounded<T>(items: T[], work: (item: T) => Promise<void>): Promise<void> {
  let next = 0
  await Promise.all(
    Array.from({ length: Math.min(IN_FLIGHT, items.length) }, async () => {
      while (next < items.length) await work(items[next++]!)
    })
  )
}

// 1. The pages the previous build indexed, unchanged since: Astro's own copies, which it puts in the
// output for the pages it does not render again.
const fromPrevious = bounded(data.predicted, async ([url, page]) => {
  if (indexed.has(url) || skipped.has(url)) return
  let bytes: Uint8Array
  try {
    bytes = readFileSync(join(data.astroPagesDir, page.file))
  } catch {
    return
  }
  // A copy that changed or went since it was indexed: the page is taken from what Astro does.
  if (hashOf(bytes) === page.hash) await add(url, page.file, bytes, 'previous')
})
fromPrevious.catch(() => {})

// 2. The pages Astro renders, as it renders them.
await new Promise<void>((resolve, reject) => {
  parentPort!.on('message', (message: { type: 'page'; file: string; bytes: Uint8Array } | { type: 'done' }) => {
    if (message.type === 'page') {
      add(urlOfFile(message.file), message.file, message.bytes, 'rendered')
        .then(() => parentPort!.postMessage({ type: 'ack' }))
        .catch(reject)
    } else resolve()
  })
})
astroDone = true
const astroFinished = performance.now()
await fromPrevious

// 3. The output: pages neither source gave, pages gone, pages that are not those indexed.
const files = htmlFiles(data.outDir)
const present = new Set<string>()
const unknown: string[] = []
for (const file of files) {
  const url = urlOfFile(file)
  present.add(url)
  const page = indexed.get(url)
  if (!page) {
    if (!skipped.has(url)) unknown.push(file)
  } else if (statSync(join(data.outDir, file)).size !== page.size) invalid ??= `${file} is not the page indexed`
}
for (const [url, page] of indexed) if (!present.has(url)) invalid ??= `${page.file} is gone`
await bounded(unknown, (file) => add(urlOfFile(file), file, readFileSync(join(data.outDir, file)), 'output'))
if (!indexed.size) await everyPage(files)
let full = data.reason
if (invalid) {
  // Made again from the output, every page as Astro wrote it.
  full = invalid
  await writing?.catch(() => {})
  await index!.deleteIndex()
  ;({ index, errors } = await pagefind.createIndex({}))
  if (!index) throw new Error(`pagefind: ${errors.join('; ')}`)
  indexed.clear()
  skipped.clear()
  counts.previous = counts.rendered = counts.output = 0
  writing = null
  await bounded(files, (file) => add(urlOfFile(file), file, readFileSync(join(data.outDir, file)), 'output'))
  if (!indexed.size) await everyPage(files)
}
if (writing) await writing
if (!writing || stale) await write()
const target = join(data.outDir, 'pagefind')
rmSync(target, { recursive: true, force: true })
try {
  renameSync(temp, target)
} catch {
  // The cache is on another file system.
  cpSync(temp, target, { recursive: true })
}
await pagefind.close()

mkdirSync(dirname(manifestPath(data.cacheDir)), { recursive: true })
writeFileAtomic(
  manifestPath(data.cacheDir),
  JSON.stringify({
    key: data.key,
    siteVersion: data.siteVersion,
    pages: Object.fromEntries(
      [...indexed].map(([url, page]) => [
        url,
        { file: page.file, key: data.pageKeys[url] ?? null, hash: page.hash, size: page.size }
      ])
    )
  } satisfies Manifest)
)
const finished = performance.now()
parentPort!.postMessage({
  type: 'result',
  result: {
    pages: indexed.size,
    fromPrevious: counts.previous,
    rendered: counts.rendered,
    fromOutput: counts.output,
    full,
    ms: finished - started,
    afterAstroMs: finished - astroFinished
  } satisfies SearchIndexResult
})
if (existsSync(temp)) rmSync(temp, { recursive: true, force: true })
