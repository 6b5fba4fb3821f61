/**
 * The items of an RSS 2.0 or Atom feed, read with `@rowanmanning/feed-parser`: for each, the key
 * it is recorded by (its guid or id, else its link), its link, title and published date.
 */
import { parseFeed } from '@rowanmanning/feed-parser'
import { charsetOfContentType, FileError } from '../../../plugins/read/index.ts'

/** A feed that cannot be read: the message names the URL and the reason. */
export class FeedError extends FileError {}

/** One item of a feed. */
export interface FeedEntry {
  /** What the item is recorded by: its guid (RSS) or id (Atom), else its link. */
  key: string
  /** The item's page, or `null` when it has none. */
  url: string | null
  title: string | null
  /** The published (else updated) day, ISO `YYYY-MM-DD`. */
  date: string | null
}

/** A feed's title and items. */
export interface FeedContent {
  title: string | null
  /** The items, oldest first (so they are filed in the order they were published). */
  entries: FeedEntry[]
}

/** The encoding of an XML document: its byte-order mark, the HTTP charset, its `<?xml encoding?>`, else UTF-8. */
function decodeXml(bytes: Uint8Array, contentType?: string): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes)
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes)
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes)
  const declared =
    charsetOfContentType(contentType) ??
    /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(
      new TextDecoder('latin1').decode(bytes.subarray(0, 200))
    )?.[1]
  try {
    return new TextDecoder(declared ?? 'utf-8').decode(bytes)
  } catch {
    return new TextDecoder('utf-8').decode(bytes)
  }
}

/**
 * Read a feed's items.
 *
 * @param input the feed's text or bytes.
 * @param source the feed's URL or file, for errors.
 * @param contentType the HTTP `Content-Type` header, when fetched.
 * @returns the feed's title and items, oldest first.
 * @throws {FeedError} when the input is not an RSS or Atom feed.
 */
export function readFeed(input: string | Uint8Array, source: string, contentType?: string): FeedContent {
  const text = typeof input === 'string' ? input : decodeXml(input, contentType)
  let feed: ReturnType<typeof parseFeed>
  try {
    feed = parseFeed(text)
  } catch (error) {
    const code = (error as { code?: string }).code
    throw new FeedError(
      source,
      code === 'INVALID_FEED' ? 'not an RSS or Atom feed' : `the feed cannot be read: ${(error as Error).message}`
    )
  }
  const entries: FeedEntry[] = []
  for (const item of feed.items) {
    const url = item.url && /^https?:\/\//i.test(item.url) ? item.url : null
    const key = item.id?.trim() || url
    if (!key) continue
    const date = item.published ?? item.updated
    entries.push({
      key,
      url,
      title: item.title?.replace(/\s+/g, ' ').trim() || null,
      date: date && !Number.isNaN(date.getTime()) ? date.toISOString().slice(0, 10) : null
    })
  }
  // Feeds list the newest first: file the oldest first (by date when every item has one).
  entries.reverse()
  if (entries.every((entry) => entry.date)) entries.sort((a, b) => a.date!.localeCompare(b.date!))
  return { title: feed.title, entries }
}
