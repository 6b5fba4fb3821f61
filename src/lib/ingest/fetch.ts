/**
 * Fetch a page or a feed over http(s) for `npm run add`: redirects followed up to a cap (each one
 * checked to stay on http or https), a size limit and a time limit over the whole exchange, and a
 * clear error naming the URL and the reason for anything else (an HTTP error, a wrong content
 * type, too large, a timeout, no connection).
 */
import { FileError } from '../../../plugins/read/index.ts'
import { checkWebUrl } from '../../../plugins/text/url.ts'

/** A URL that could not be fetched as wanted: the message names the URL and the reason. */
export class FetchError extends FileError {}

/** What is wanted: an HTML page or a feed (RSS or Atom). */
export type FetchKind = 'page' | 'feed'

/** Options of {@link fetchResource}. */
export interface FetchOptions {
  /** What is wanted (default `page`): decides the accepted content types. */
  kind?: FetchKind
  /** The most bytes of the body (default 5 MB). */
  maxBytes?: number
  /** The most time for the whole exchange, redirects and body included, in ms (default 20 s). */
  timeoutMs?: number
  /** The most redirects followed (default 5). */
  maxRedirects?: number
}

/** A fetched resource. */
export interface Fetched {
  /** The URL asked for. */
  requested: string
  /** The URL the content came from, after redirects. */
  url: string
  /** The `Content-Type` header (empty when there was none). */
  contentType: string
  bytes: Uint8Array
}

/** The defaults of {@link FetchOptions}. */
export const FETCH_DEFAULTS = { maxBytes: 5_000_000, timeoutMs: 20_000, maxRedirects: 5 } as const

const ACCEPT: Record<FetchKind, string> = {
  page: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.1',
  feed: 'application/rss+xml,application/atom+xml,application/xml;q=0.9,text/xml;q=0.9,*/*;q=0.1'
}

/** Whether a content type (without parameters) is what is wanted; an empty one is judged by the bytes later. */
function acceptable(kind: FetchKind, mediaType: string): boolean {
  if (!mediaType) return true
  if (kind === 'page') return mediaType === 'text/html' || mediaType === 'application/xhtml+xml'
  return /(?:^|[/+])xml$/.test(mediaType) || mediaType === 'text/plain' || mediaType === 'application/octet-stream'
}

/**
 * An http(s) URL, or a {@link FetchError} saying why not.
 *
 * @param value the URL as given.
 * @returns the parsed URL.
 */
export function httpUrl(value: string): URL {
  let url: URL
  try {
    url = new URL(value)
  } catch {
    throw new FetchError(value, 'not a valid URL')
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new FetchError(value, `only http and https URLs can be fetched, not ${url.protocol.slice(0, -1)}`)
  // The check every linked address passes (plugins/text/url.ts): no control or invisible
  // character (the parser drops a tab), no user name or password.
  const check = checkWebUrl(value)
  if (!check.ok) throw new FetchError(value, check.reason)
  return url
}

/** A network error's reason in words. */
function networkReason(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause
  const code = cause?.code ?? (error as NodeJS.ErrnoException).code
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return 'the host was not found'
  if (code === 'ECONNREFUSED') return 'the connection was refused'
  if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET') return 'the connection was closed'
  return `could not be fetched (${code ?? cause?.message ?? (error as Error).message})`
}

/**
 * Fetch a page or feed.
 *
 * @param value the URL.
 * @param options kind, size and time limits, redirect cap.
 * @returns the final URL, content type and bytes.
 * @throws {FetchError} for anything but a successful response of the wanted kind within the limits.
 */
export async function fetchResource(value: string, options: FetchOptions = {}): Promise<Fetched> {
  const kind = options.kind ?? 'page'
  const maxBytes = options.maxBytes ?? FETCH_DEFAULTS.maxBytes
  const timeoutMs = options.timeoutMs ?? FETCH_DEFAULTS.timeoutMs
  const maxRedirects = options.maxRedirects ?? FETCH_DEFAULTS.maxRedirects
  let url = httpUrl(value)
  const controller = new AbortController()
  const timer = setTimeout(() => controller.abort(), timeoutMs)
  const timedOut = (): FetchError =>
    new FetchError(value, `timed out after ${timeoutMs >= 1000 ? `${timeoutMs / 1000} s` : `${timeoutMs} ms`}`)
  try {
    for (let redirects = 0; ; redirects++) {
      let response: Response
      try {
        response = await fetch(url, {
          redirect: 'manual',
          signal: controller.signal,
          headers: { accept: ACCEPT[kind], 'user-agent': 'Mozilla/5.0 (compatible; briefing/0.1; +npm run add)' }
        })
      } catch (error) {
        if (controller.signal.aborted) throw timedOut()
        throw new FetchError(value, networkReason(error))
      }
      if (response.status >= 300 && response.status < 400 && response.headers.has('location')) {
        await response.body?.cancel()
        if (redirects >= maxRedirects) throw new FetchError(value, `more than ${maxRedirects} redirects`)
        const next = new URL(response.headers.get('location')!, url)
        if (next.protocol !== 'http:' && next.protocol !== 'https:')
          throw new FetchError(value, `redirected to a ${next.protocol.slice(0, -1)} URL, not http or https`)
        url = next
        continue
      }
      if (!response.ok) {
        await response.body?.cancel()
        throw new FetchError(value, `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`)
      }
      const contentType = response.headers.get('content-type') ?? ''
      const mediaType = contentType.split(';')[0]!.trim().toLowerCase()
      if (!acceptable(kind, mediaType)) {
        await response.body?.cancel()
        const feedHint =
          kind === 'page' && /(?:rss|atom)\+xml$/.test(mediaType) ? ': a feed, to be added with --feed' : ''
        throw new FetchError(
          value,
          `not ${kind === 'page' ? 'an HTML page' : 'an RSS or Atom feed'} (content type ${mediaType}${feedHint})`
        )
      }
      const declared = Number(response.headers.get('content-length') ?? NaN)
      if (declared > maxBytes) {
        await response.body?.cancel()
        throw new FetchError(value, `too large (${declared} bytes; the limit is ${maxBytes})`)
      }
      const chunks: Uint8Array[] = []
      let size = 0
      try {
        for await (const chunk of response.body ?? []) {
          size += chunk.byteLength
          if (size > maxBytes) {
            controller.abort()
            throw new FetchError(value, `too large (more than ${maxBytes} bytes)`)
          }
          chunks.push(chunk)
        }
      } catch (error) {
        if (error instanceof FetchError) throw error
        if (controller.signal.aborted) throw timedOut()
        throw new FetchError(value, networkReason(error))
      }
      const bytes = new Uint8Array(size)
      let at = 0
      for (const chunk of chunks) {
        bytes.set(chunk, at)
        at += chunk.byteLength
      }
      return { requested: value, url: url.href, contentType, bytes }
    }
  } finally {
    clearTimeout(timer)
  }
}
