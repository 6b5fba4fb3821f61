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
 *   from Astro's own copy of each (its incremental build keeps one per page with a `cacheKey`, and
 *   copies it into the output when it does not render the page again), each only if its bytes
 *   still hash as the manifest says;
 * - as Astro renders them, the pages it renders ({@link searchIntegration} wraps Astro's
 *   prerenderer and passes each page's bytes on; the worker acknowledges each, and Astro waits
 *   when too many are in flight);
 * - when Astro is done, the pages it wrote that neither gave (those it copied from its own
 *   cache without the index having them).
 *
 * Then Pagefind writes the index; when Astro is done, every page in the index must be in the
 * output with the size it was indexed with, and a page Astro rendered again is compared byte for
 * byte as it comes in. A page that differs (or one gone) makes the index again from the output;
 * the site's code changed or another Pagefind means nothing is taken from the previous build. The manifest of the pages indexed,
 * their keys and the hashes of their bytes is `CACHE/search/manifest.json`.
 */
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
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
  /**
   * Where Astro keeps a copy of each page it rendered with a `cacheKey` (its cache folder's `dist/`,
   * `experimental.incrementalBuild`): the bytes it copies into the output for a page it does not
   * render again.
   */
  astroPagesDir: string
  /** The build cache folder (the manifest goes to `CACHE/search/`). */
  cacheDir: string
  /** Each briefing, speaker and issue page's key (`GenerateResult.pageKeys`). */
  pageKeys: Record<string, string>
  /** The site's code version (`getSiteVersion`). */
  siteVersion: string
}

/** What the worker is given. */
export interface SearchWorkerData extends SearchIndexOptions {
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
  /** Astro failed or the build was stopped: stop. */
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

/**
 * Start the search index before `astro build`: the worker begins at once with the pages it can
 * take from the previous build (from Astro's own copies, the bytes Astro will copy into the output).
 *
 * @param options the output and cache folders, the pages' keys, the site's version.
 * @returns the session: its Astro integration, then `finish` (or `abort`).
 */
export function startSearchIndex(options: SearchIndexOptions): SearchSession {
  const key = indexerKey()
  const { pages, reason } = predictPages(options.cacheDir, key, options.siteVersion, options.pageKeys)
  const worker = new Worker(new URL('./search-worker.ts', import.meta.url), {
    workerData: { ...options, key, predicted: pages, reason } satisfies SearchWorkerData
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
