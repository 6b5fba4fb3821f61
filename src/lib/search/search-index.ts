/**
 * The search index (steps 2 and 3 of the build, src/lib/build/build-site.ts): one Pagefind index
 * of the built site, the same as Pagefind's crawl of the output would make, built while Astro
 * builds instead of after it.
 *
 * {@link startSearchIndex} starts a worker thread (src/lib/search/search-worker.ts) before
 * `astro build`. It feeds Pagefind's Node API one page at a time, a few in flight:
 *
 * - at once, the pages the previous build indexed whose key has not changed (the keys of
 *   src/lib/site.ts: a briefing's digest, a speaker's or issue's hash of its briefings' digests),
 *   from the previous output, which the build moves aside before Astro empties it;
 * - as Astro renders them, the pages it renders ({@link searchIntegration} wraps Astro's
 *   prerenderer and passes each page's bytes on; the worker acknowledges each, and Astro waits
 *   when too many are in flight);
 * - when Astro is done, the pages it wrote that neither gave (those it copied from its own
 *   cache without the index having them).
 *
 * Then Pagefind writes the index while the pages taken from the previous build are compared
 * with those Astro wrote; a page that differs (or one gone, or the site's code changed, or
 * another Pagefind) makes the index again from the output. The manifest of the pages indexed,
 * their keys and the hashes of their bytes is `CACHE/search/manifest.json`.
 */
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'
import type { AstroIntegration } from 'astro'
import { ROOT } from '../build/cache.ts'
import { predictPages, type PredictedPage } from './manifest.ts'

/** Pages handed to the worker and not yet indexed, at most, before Astro waits. */
const IN_FLIGHT = 32

/** What {@link startSearchIndex} needs. */
export interface SearchIndexOptions {
  /** The site's output folder (the index goes to `OUT/pagefind`). */
  outDir: string
  /** The build cache folder (the manifest goes to `CACHE/search/`). */
  cacheDir: string
  /** Each briefing, speaker and issue page's key (`GenerateResult.pageKeys`). */
  pageKeys: Record<string, string>
  /** The site's code version (`getSiteVersion`). */
  siteVersion: string
}

/** What the worker is given. */
export interface SearchWorkerData extends SearchIndexOptions {
  /** The previous output, moved aside, or null. */
  previousDir: string | null
  /** Pagefind's version and the indexer's. */
  key: string
  /** The pages the previous index holds whose key is unchanged. */
  predicted: PredictedPage[]
  /** Why there are none, when there are none. */
  reason: string | null
}

/** What the search index did. */
export interface SearchIndexResult {
  /** Pages in the index. */
  pages: number
  /** Of which: taken from the previous build, rendered by Astro, read from the output after it. */
  fromPrevious: number
  rendered: number
  fromOutput: number
  /** Why no page came from the previous build, or why the index was made again; null otherwise. */
  full: string | null
  /** Milliseconds in all, and after Astro was done. */
  ms: number
  afterAstroMs: number
}

/** A search index being built. */
export interface SearchSession {
  /** Hand the index a page Astro rendered (its file, relative to the output, and its bytes); resolves once taken. */
  page: (file: string, bytes: Uint8Array) => Promise<void>
  /** The pages the index takes from the previous build (URL paths): Astro renders the others first. */
  taken: string[]
  /** An Astro integration that hands the rendered pages to the index (for an `astro build` in this process). */
  integration: AstroIntegration
  /** Astro is done: index what is left, write the index. */
  finish: () => Promise<SearchIndexResult>
  /** Astro failed: stop, and put the previous output back if Astro left none. */
  abort: () => Promise<void>
}

/** The indexer's key: Pagefind's version and the indexer's code. */
function indexerKey(): string {
  const hash = createHash('sha256')
  try {
    hash.update(JSON.parse(readFileSync(join(ROOT, 'node_modules/pagefind/package.json'), 'utf8')).version)
  } catch {
    hash.update('?')
  }
  for (const file of ['search-index.ts', 'search-worker.ts', 'pages.ts', 'manifest.ts'])
    hash.update(readFileSync(fileURLToPath(new URL(`./${file}`, import.meta.url))))
  return hash.digest('hex').slice(0, 16)
}

/** Move every entry of one folder into another (created), `.git` aside (Astro keeps it too). */
function moveEntries(from: string, to: string): string[] {
  mkdirSync(to, { recursive: true })
  const moved: string[] = []
  for (const name of readdirSync(from)) {
    if (name === '.git') continue
    renameSync(join(from, name), join(to, name))
    moved.push(name)
  }
  return moved
}

/**
 * Move the previous output's files aside (into the cache), where the worker reads the pages it
 * can take from them: `astro build` empties the output first.
 *
 * @returns the folder they are in, or null when there is no output or they cannot be moved
 *   (another file system: then every page is indexed from what Astro renders and writes).
 */
function moveAside(outDir: string, previousDir: string): string | null {
  rmSync(previousDir, { recursive: true, force: true })
  if (!existsSync(outDir)) return null
  try {
    moveEntries(outDir, previousDir)
    return previousDir
  } catch {
    try {
      moveEntries(previousDir, outDir)
      rmSync(previousDir, { recursive: true, force: true })
    } catch {
      // What could not be moved back stays aside until the next build (the output is built again).
    }
    return null
  }
}

/**
 * Start the search index before `astro build`: move the previous output aside (Astro would empty
 * it) and start the worker, which begins with the pages it can take from it.
 *
 * @param options the output and cache folders, the pages' keys, the site's version.
 * @returns the session: its Astro integration, then `finish` (or `abort`).
 */
export function startSearchIndex(options: SearchIndexOptions): SearchSession {
  const key = indexerKey()
  const previousDir = join(options.cacheDir, 'search', 'previous')
  const moved = moveAside(options.outDir, previousDir)
  const { pages, reason } = moved
    ? predictPages(options.cacheDir, key, options.siteVersion, options.pageKeys)
    : { pages: [], reason: 'no previous output' }
  const worker = new Worker(new URL('./search-worker.ts', import.meta.url), {
    workerData: { ...options, previousDir: moved, key, predicted: pages, reason } satisfies SearchWorkerData
  })
  // Astro renders first the pages the index does not have yet, so that it has them all early.
  const taken = pages.map(([url]) => url)
  const takenPaths = new Set(taken.map((url) => url.replace(/\/$/, '')))
  const needed = (pathname: string): boolean => !takenPaths.has(encodeURI(pathname).replace(/\/$/, ''))
  let failure: Error | null = null
  let inFlight = 0
  let waiting: (() => void)[] = []
  let settle: { done: (result: SearchIndexResult) => void; fail: (error: Error) => void } | null = null
  const result = new Promise<SearchIndexResult>((done, fail) => (settle = { done, fail }))
  result.catch(() => {})
  worker.on('message', (message: { type: 'ack' } | { type: 'result'; result: SearchIndexResult }) => {
    if (message.type === 'ack') {
      inFlight--
      const wake = waiting
      waiting = []
      for (const resume of wake) resume()
    } else settle!.done(message.result)
  })
  worker.on('error', (error: Error) => {
    failure = error
    for (const resume of waiting.splice(0)) resume()
    settle!.fail(error)
  })
  worker.on('exit', (code) => {
    if (code !== 0) settle!.fail(failure ?? new Error(`the search index stopped (exit ${code})`))
  })

  /** Hand a page Astro rendered to the worker, waiting while too many are in flight. */
  const page = async (file: string, bytes: Uint8Array): Promise<void> => {
    while (inFlight >= IN_FLIGHT && !failure) await new Promise<void>((resume) => waiting.push(resume))
    if (failure) return
    inFlight++
    const copy = bytes.slice()
    worker.postMessage({ type: 'page', file, bytes: copy }, [copy.buffer])
  }

  return {
    page,
    taken,
    integration: searchIntegration(page, needed),
    finish: async () => {
      worker.postMessage({ type: 'done' })
      try {
        return await result
      } finally {
        await worker.terminate()
      }
    },
    abort: async () => {
      await worker.terminate()
      if (!moved) return
      // Astro stopped before writing anything: the previous site goes back; otherwise it goes.
      const left = existsSync(options.outDir) ? readdirSync(options.outDir).filter((name) => name !== '.git') : []
      if (!left.length) moveEntries(moved, options.outDir)
      rmSync(moved, { recursive: true, force: true })
    }
  }
}

/**
 * An Astro integration that hands each page Astro renders to `page` (its output file, relative to
 * the output folder, and its bytes): it wraps Astro's prerenderer, leaving every page as it is,
 * and has Astro render first the pages `first` says (the order Astro builds pages in changes
 * nothing in them).
 *
 * @param page where the pages go.
 * @param first whether a path (`/briefings/x`) comes first.
 * @returns the integration.
 */
export function searchIntegration(
  page: (file: string, bytes: Uint8Array) => Promise<void>,
  first: (pathname: string) => boolean = () => false
): AstroIntegration {
  return {
    name: 'briefing-search-index',
    hooks: {
      'astro:build:start': ({ setPrerenderer }) => {
        setPrerenderer((base) => ({
          name: 'briefing-search-index',
          setup: () => base.setup?.() ?? Promise.resolve(),
          getStaticPaths: async () => {
            const paths = await base.getStaticPaths()
            return [...paths.filter((path) => first(path.pathname)), ...paths.filter((path) => !first(path.pathname))]
          },
          ...(base.collectStaticImages ? { collectStaticImages: () => base.collectStaticImages!() } : {}),
          teardown: () => base.teardown?.() ?? Promise.resolve(),
          render: async (request, options) => {
            const rendered = await base.render(request, options)
            const response = rendered instanceof Response ? rendered : rendered.response
            const { pathname } = new URL(request.url)
            // Only pages written as `<path>/index.html` with content (build.format 'directory'); the
            // others (404.html, redirects) are read from the output if Pagefind needs them.
            if (response.status !== 200 || !response.body || !pathname.endsWith('/')) return rendered
            const bytes = new Uint8Array(await response.arrayBuffer())
            await page(`${decodeURI(pathname).slice(1)}index.html`, bytes)
            const copy = new Response(bytes, {
              status: response.status,
              statusText: response.statusText,
              headers: response.headers
            })
            return rendered instanceof Response ? copy : { ...rendered, response: copy }
          }
        }))
      }
    }
  }
}
