/**
 * Search a built site the way its search page does: the site is served on 127.0.0.1 (Astro's
 * preview server), its own
 * Pagefind bundle (`OUT/pagefind/pagefind.js` and its WebAssembly) is loaded through Pagefind's JS
 * API, and every shard listed in `OUT/pagefind/shards.json` is merged into it (src/lib/search/search-index.ts).
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { previewSite, type SitePreview } from '../../src/lib/serve/preview.ts'

/** An open search over one built site. */
export interface SiteSearch {
  /** The URLs of every result for a query, best first. */
  search: (query: string) => Promise<string[]>
  /** Stop the Pagefind instance. */
  close: () => Promise<void>
}

interface PagefindApi {
  createInstance: (options: { basePath: string }) => {
    mergeIndex: (path: string) => Promise<void>
    search: (term: string) => Promise<{ results: { data: () => Promise<{ url: string }> }[] }>
    destroy: () => Promise<void>
  }
}

let loads = 0

/** One preview server per built site, kept for the test file (it reads the files on every request). */
const servers = new Map<string, Promise<SitePreview>>()

/** Stop the preview servers {@link openSearch} started (in `afterAll`). */
export async function closeSearchServers(): Promise<void> {
  const running = [...servers.values()]
  servers.clear()
  await Promise.all(running.map(async (server) => (await server).close()))
}

/**
 * Open a built site for searching.
 *
 * @param outDir the built site.
 * @returns the search function (URL paths, as the search page links them) and a close function
 *   (the site's preview server stays up until {@link closeSearchServers}).
 */
export async function openSearch(outDir: string): Promise<SiteSearch> {
  if (!servers.has(outDir)) servers.set(outDir, previewSite(outDir))
  const server = await servers.get(outDir)!
  // A fresh copy of the module each time: the file may have been rebuilt.
  const api = (await import(
    `${pathToFileURL(join(outDir, 'pagefind/pagefind.js')).href}?load=${loads++}`
  )) as PagefindApi
  const instance = api.createInstance({ basePath: `${server.url}/pagefind/` })
  const list = join(outDir, 'pagefind/shards.json')
  const bundles: string[] = existsSync(list)
    ? (JSON.parse(readFileSync(list, 'utf8')) as { bundles: string[] }).bundles
    : []
  await Promise.all(bundles.map((bundle) => instance.mergeIndex(`${server.url}${bundle}`)))
  return {
    search: async (query) => {
      const { results } = await instance.search(query)
      // (Pagefind puts the server's origin before each URL, the bundle being loaded from it.)
      return Promise.all(results.map(async (result) => (await result.data()).url.replace(server.url, '')))
    },
    close: () => instance.destroy()
  }
}
