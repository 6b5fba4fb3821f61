/**
 * File articles from the web: `npm run add -- URL` fetches one page and files it as a saved page
 * is filed (the URL in its sidecar); `npm run add -- --feed URL` fetches an RSS or Atom feed and
 * files every item's page not filed before (see `record.ts`), reporting each failed item and
 * filing the others.
 */
import { join, resolve } from 'node:path'
import { addArticle, type AddOptions } from '../add/add-article.ts'
import { ROOT } from '../build/cache.ts'
import { fetchResource, type FetchOptions } from './fetch.ts'
import { readFeed } from './feed.ts'
import { FeedRecord } from './record.ts'

/** What {@link addArticle} returns. */
export type Added = ReturnType<typeof addArticle>

/** Options of {@link addUrl} and {@link addFeed}: where and how to file, and the fetch limits. */
export interface IngestOptions extends Pick<AddOptions, 'content' | 'date' | 'slug' | 'defaults'> {
  /** Limits of every fetch (size, time, redirects). */
  fetch?: Omit<FetchOptions, 'kind'>
}

/**
 * Fetch a page and file it.
 *
 * @param url the page's http(s) URL.
 * @param options folder, date, slug, default metadata, fetch limits.
 * @returns the stored files.
 * @throws {FetchError} when the page cannot be fetched as HTML; `PageError` when it holds no article.
 */
export async function addUrl(url: string, options: IngestOptions = {}): Promise<Added> {
  const page = await fetchResource(url, { ...options.fetch, kind: 'page' })
  return addArticle(page.bytes, url, {
    content: options.content,
    date: options.date,
    slug: options.slug,
    defaults: options.defaults,
    url: page.url,
    contentType: page.contentType || 'text/html'
  })
}

/** What {@link addFeed} did. */
export interface FeedResult {
  /** The items filed now. */
  added: (Added & { url: string })[]
  /** How many items were filed before (in the record). */
  known: number
  /** The items that could not be filed, with the reason (they are tried again next time). */
  failed: { url: string; reason: string }[]
  /** The record's path. */
  record: string
}

/**
 * Fetch a feed and file every item not filed before. Each item's page is fetched and filed as
 * {@link addUrl} does, with the item's title and date for what the page does not give; each filed
 * item is recorded at once. A failed item is reported in the result and not recorded.
 *
 * @param url the feed's http(s) URL.
 * @param options folder, fetch limits; `onItem` is told of each item as it is done.
 * @returns what was filed, known and failed.
 * @throws {FetchError} or `FeedError` when the feed itself cannot be fetched or read.
 */
export async function addFeed(
  url: string,
  options: IngestOptions & { onItem?: (item: { url: string; added?: Added; reason?: string }) => void } = {}
): Promise<FeedResult> {
  const contentDir = resolve(options.content ?? join(ROOT, 'content/articles'))
  const fetched = await fetchResource(url, { ...options.fetch, kind: 'feed' })
  const feed = readFeed(fetched.bytes, url, fetched.contentType)
  const record = new FeedRecord(contentDir)
  const result: FeedResult = { added: [], known: 0, failed: [], record: record.path }
  for (const entry of feed.entries) {
    if (record.has(url, entry.key, entry.url)) {
      result.known++
      continue
    }
    const where = entry.url ?? entry.key
    if (!entry.url) {
      const reason = 'the item has no http(s) link to its page'
      result.failed.push({ url: where, reason })
      options.onItem?.({ url: where, reason })
      continue
    }
    try {
      const added = await addUrl(entry.url, {
        content: contentDir,
        fetch: options.fetch,
        defaults: { title: entry.title ?? undefined, date: entry.date ?? undefined }
      })
      record.add(url, { key: entry.key, url: entry.url, file: `${added.slug}.txt`, filed: new Date().toISOString() })
      result.added.push({ ...added, url: entry.url })
      options.onItem?.({ url: entry.url, added })
    } catch (error) {
      const message = (error as Error).message
      const reason = message.startsWith(`${entry.url}: `) ? message.slice(entry.url.length + 2) : message
      result.failed.push({ url: entry.url, reason })
      options.onItem?.({ url: entry.url, reason })
    }
  }
  return result
}
