/**
 * The search index's manifest (`CACHE/search/manifest.json`): the pages the last index holds,
 * each with its key and the hash of its bytes, and what they were built with. The next build takes
 * from Astro's copies the pages whose key is unchanged (src/lib/search/search-index.ts).
 */
import { join } from 'node:path'
import { readJson } from '../build/cache.ts'

/** One indexed page. */
export interface ManifestPage {
  /** Its file, relative to the output folder. */
  file: string
  /** Its key (src/lib/site.ts), when the build gave one. */
  key: string | null
  /** A hash of its bytes. */
  hash: string
  /** Its size in bytes. */
  size: number
}

/** The manifest. */
export interface Manifest {
  /** Pagefind's version and the indexer's code. */
  key: string
  /** The site's code (`getSiteVersion`). */
  siteVersion: string
  /** The indexed pages, by URL. */
  pages: Record<string, ManifestPage>
}

/** A page the index may take from the previous build: its URL and what it was. */
export type PredictedPage = [url: string, page: ManifestPage]

/**
 * Where the manifest of a cache lives.
 *
 * @param cacheDir the build cache folder.
 * @returns the path.
 */
export function manifestPath(cacheDir: string): string {
  return join(cacheDir, 'search', 'manifest.json')
}

/**
 * The pages of the previous index whose key is the same now, or why there are none.
 *
 * @param cacheDir the build cache folder.
 * @param key the indexer's key now.
 * @param siteVersion the site's version now.
 * @param pageKeys the pages' keys now.
 * @returns the pages, or the reason.
 */
export function predictPages(
  cacheDir: string,
  key: string,
  siteVersion: string,
  pageKeys: Record<string, string>
): { pages: PredictedPage[]; reason: string | null } {
  const previous = readJson<Manifest>(manifestPath(cacheDir))
  let reason: string | null = null
  if (!previous || typeof previous.pages !== 'object' || !previous.pages) reason = 'no index from a previous build'
  else if (previous.key !== key) reason = 'the previous index is from another Pagefind or indexer'
  else if (previous.siteVersion !== siteVersion) reason = "the site's code changed"
  if (reason) return { pages: [], reason }
  return {
    pages: Object.entries(previous!.pages).filter(([url, page]) => page.key !== null && pageKeys[url] === page.key),
    reason: null
  }
}
