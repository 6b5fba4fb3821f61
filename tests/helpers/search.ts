/**
 * Search a built site the way its search page does: the site is served on 127.0.0.1, its own
 * Pagefind bundle (`OUT/pagefind/pagefind.js` and its WebAssembly) is loaded through Pagefind's JS
 * API, and every shard listed in `OUT/pagefind/shards.json` is merged into it (src/lib/search/search-index.ts).
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { serveStatic, type StaticServer } from '../../src/lib/serve/static-server.ts'

/** An open search over one built site. */
export interface SiteSearch {
  /** The URLs of every result for a query, best first. */
  search: (query: string) => Promise<string[]>
  /** Stop the server and the Pagefind instance. */
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

/**
 * Open a built site for searching.
 *
 * @param outDir the built site.
 * @returns the search function (URL paths, as the search page links them) and a close function.
 */
export async function openSearch(outDir: string): Promise<SiteSearch> {
  const server: StaticServer = await serveStatic(outDir)
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
    close: async () => {
      await instance.destroy()
      await server.close()
    }
  }
}
