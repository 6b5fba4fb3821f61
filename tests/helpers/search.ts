/**
 * Search a built site the way its search page does: the site is served on 127.0.0.1 (Astro's
 * preview server) and its Pagefind bundle (`OUT/pagefind/pagefind.js` and its WebAssembly) is
 * loaded through Pagefind's JS API. And the reference the build's index is held to: Pagefind's own
 * crawl of the built folder (`addDirectory`), searched the same way.
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { prng } from '../../scripts/bench/generate-articles.ts'
import { previewSite, type SitePreview } from '../../src/lib/serve/preview.ts'

/** One result: the page's URL path and its score. */
export interface Hit {
  url: string
  score: number
}

/** An open search over one built site. */
export interface SiteSearch {
  /** The URLs of every result for a query, best first. */
  search: (query: string) => Promise<string[]>
  /** Every result for a query with its score, best first. */
  hits: (query: string) => Promise<Hit[]>
  /** Every result's URL, its indexed text and its excerpt, best first. */
  texts: (query: string) => Promise<{ url: string; content: string; excerpt: string }[]>
  /** Stop the Pagefind instance. */
  close: () => Promise<void>
}

interface PagefindApi {
  createInstance: (options: { basePath: string }) => {
    search: (term: string) => Promise<{
      results: { score: number; data: () => Promise<{ url: string; content: string; excerpt: string }> }[]
    }>
    destroy: () => Promise<void>
  }
}

let loads = 0

/**
 * Pagefind's script fetches the index with the global `fetch`, whose kept-alive connections the
 * preview server may close at the moment one is reused (ECONNRESET, more often on a busy machine):
 * a request that fails that way is sent again, once or twice.
 */
function retryResetConnections(): void {
  const marker = Symbol.for('briefing.search.fetch')
  const current = globalThis.fetch as typeof fetch & { [marker]?: true }
  if (current[marker]) return
  const retrying = (async (input: Parameters<typeof fetch>[0], init?: Parameters<typeof fetch>[1]) => {
    for (let attempt = 0; ; attempt++) {
      try {
        return await current(input, init)
      } catch (error) {
        const code = (error as { cause?: { code?: string } }).cause?.code
        if (attempt >= 2 || (code !== 'ECONNRESET' && code !== 'UND_ERR_SOCKET')) throw error
      }
    }
  }) as typeof fetch & { [marker]?: true }
  retrying[marker] = true
  globalThis.fetch = retrying
}

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
 * @param bundle the Pagefind bundle's folder in it (default `pagefind`).
 * @returns the search functions (URL paths, as the search page links them) and a close function
 *   (the site's preview server stays up until {@link closeSearchServers}).
 */
export async function openSearch(outDir: string, bundle = 'pagefind'): Promise<SiteSearch> {
  retryResetConnections()
  if (!servers.has(outDir)) servers.set(outDir, previewSite(outDir))
  const server = await servers.get(outDir)!
  // A fresh copy of the module each time: the file may have been rebuilt.
  const api = (await import(
    `${pathToFileURL(join(outDir, bundle, 'pagefind.js')).href}?load=${loads++}`
  )) as PagefindApi
  const instance = api.createInstance({ basePath: `${server.url}/${bundle}/` })
  const hits = async (query: string): Promise<Hit[]> => {
    const { results } = await instance.search(query)
    // (Pagefind puts the server's origin before each URL, the bundle being loaded from it.)
    return Promise.all(
      results.map(async (result) => ({
        url: (await result.data()).url.replace(server.url, ''),
        score: result.score
      }))
    )
  }
  const texts = async (query: string) => {
    const { results } = await instance.search(query)
    return Promise.all(
      results.map(async (result) => {
        const data = await result.data()
        return { url: data.url.replace(server.url, ''), content: data.content, excerpt: data.excerpt }
      })
    )
  }
  return {
    hits,
    texts,
    search: async (query) => (await hits(query)).map((hit) => hit.url),
    close: () => instance.destroy()
  }
}

/**
 * Index a built folder with Pagefind's own crawl (`addDirectory` over the whole folder, the way
 * `npx pagefind --site OUT` does) into `OUT/<bundle>`.
 *
 * @param outDir the built site.
 * @param bundle the folder the crawl's bundle goes to.
 */
export async function crawlIndex(outDir: string, bundle = 'pagefind-crawl'): Promise<void> {
  rmSync(join(outDir, bundle), { recursive: true, force: true })
  const pagefind = await import('pagefind')
  try {
    const { index, errors } = await pagefind.createIndex({})
    if (!index) throw new Error(errors.join('; '))
    // The crawl skips the build's own bundle the way it skips any `pagefind` folder it wrote.
    const added = await index.addDirectory({ path: outDir, glob: '**/*.html' })
    if (added.errors.length) throw new Error(added.errors.join('; '))
    await index.writeFiles({ outputPath: join(outDir, bundle) })
  } finally {
    await pagefind.close()
  }
}

/**
 * Results as Pagefind ranks them, pages of equal score in URL order (the order of equal scores
 * follows the order pages were added to an index, which is not part of what it finds).
 *
 * @param hits some results.
 * @returns them, ties ordered.
 */
export function ranked(hits: Hit[]): Hit[] {
  return [...hits].sort((a, b) => b.score - a.score || (a.url < b.url ? -1 : +(a.url > b.url)))
}

/**
 * Queries drawn from a built site's pages, to compare two indexes of it: 40 single words, 40 runs of two to four words of page
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
  const next = prng(seed)
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
