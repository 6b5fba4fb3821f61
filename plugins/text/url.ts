/**
 * The one check every web address from outside goes through before it becomes a link (a sidecar's
 * `url`, front matter, a saved page's canonical URL, a feed item): parsed by the WHATWG URL parser
 * (`new URL`), `http:` or `https:` only, no control or invisible formatting characters anywhere in
 * what was written (the parser would silently drop a tab inside `java\tscript:`), no user name or
 * password (`https://trusted.example@elsewhere.example/`), at most {@link MAX_URL_LENGTH} characters.
 */

/** The longest address accepted, in characters. */
export const MAX_URL_LENGTH = 2048

/** The outcome of {@link checkWebUrl}: the address as the parser writes it, or why it was refused. */
export type WebUrlCheck = { ok: true; url: string } | { ok: false; reason: string }

/** C0 and C1 controls, DEL, and invisible format characters (bidi overrides, zero-width marks). */
const INVISIBLE = /[\p{Cc}\p{Cf}]/u

/**
 * Check a web address given as data.
 *
 * @param value the address as written (anything: a YAML value may be a number or a list).
 * @param base the address a relative one is resolved against (a page's own, for its links); none:
 *   only absolute addresses are accepted.
 * @returns `{ ok: true, url }` with the parser's serialisation (`https://example.org/a%20b`), or
 *   `{ ok: false, reason }` saying why it is refused.
 */
export function checkWebUrl(value: unknown, base?: string): WebUrlCheck {
  if (typeof value !== 'string') return { ok: false, reason: `not a web address (${kindOf(value)})` }
  const written = value.trim()
  if (!written) return { ok: false, reason: 'an empty web address' }
  if (written.length > MAX_URL_LENGTH)
    return { ok: false, reason: `a web address longer than ${MAX_URL_LENGTH} characters` }
  const invisible = INVISIBLE.exec(written)
  if (invisible) {
    const code = invisible[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')
    return { ok: false, reason: `a web address with a control or invisible character (U+${code})` }
  }
  let url: URL
  try {
    url = new URL(written, base)
  } catch {
    return { ok: false, reason: `not a web address (${quoteShort(written)})` }
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    return { ok: false, reason: `only http and https addresses are linked, not ${quoteShort(url.protocol)}` }
  if (url.username || url.password) return { ok: false, reason: 'a web address with a user name or password' }
  return { ok: true, url: url.href }
}

/**
 * A web address fit to link, or `null` (see {@link checkWebUrl}).
 *
 * @param value the address as written.
 * @param base the address a relative one is resolved against, if any.
 * @returns the parser's serialisation, or `null` when it is refused.
 */
export function safeWebUrl(value: unknown, base?: string): string | null {
  const check = checkWebUrl(value, base)
  return check.ok ? check.url : null
}

/** What kind of YAML or JSON value this is, for messages (`a list`, `a number`). */
function kindOf(value: unknown): string {
  if (value === null || value === undefined) return 'nothing'
  if (Array.isArray(value)) return 'a list'
  if (value instanceof Date) return 'a date'
  return typeof value === 'object' ? 'a mapping' : `a ${typeof value}`
}

/** A value for a message: quoted, cut at 60 characters. */
function quoteShort(value: string): string {
  return JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value)
}
