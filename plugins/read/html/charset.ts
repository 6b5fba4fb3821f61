/**
 * The character encoding of an HTML page's bytes, found as a browser finds it (the HTML
 * standard's sniffing algorithm, through `html-encoding-sniffer`): a byte-order mark, then the
 * HTTP `Content-Type` header's charset when the page was fetched, then a `<meta charset>` or
 * `<meta http-equiv="Content-Type">` in the first 1024 bytes.
 */
import htmlEncodingSniffer from 'html-encoding-sniffer'
import { decodeUtf8OrCp1252 } from '../read.ts'

/** Where a page's encoding was found. */
export type CharsetSource = 'bom' | 'http' | 'meta' | 'guess'

/** A page's encoding and where it was found. */
export interface PageCharset {
  /** The WHATWG encoding name (`UTF-8`, `windows-1251`, `Shift_JIS`…), or `null` when nothing declares one. */
  encoding: string | null
  source: CharsetSource
}

/**
 * The charset parameter of a `Content-Type` value (`text/html; charset="windows-1251"`).
 *
 * @param contentType the header's value.
 * @returns the label, or `undefined`.
 */
export function charsetOfContentType(contentType: string | null | undefined): string | undefined {
  const match = /;\s*charset\s*=\s*(?:"([^"]*)"|([^\s;]+))/i.exec(contentType ?? '')
  const label = (match?.[1] ?? match?.[2])?.trim()
  return label || undefined
}

/**
 * Find the encoding of an HTML page's bytes.
 *
 * @param bytes the page.
 * @param contentType the HTTP `Content-Type` header when the page was fetched.
 * @returns the encoding and its source (`guess` with a `null` encoding when nothing declares one).
 */
export function sniffCharset(bytes: Uint8Array, contentType?: string | null): PageCharset {
  const fromBom = htmlEncodingSniffer(bytes, { xml: true, defaultEncoding: null })
  if (fromBom) return { encoding: fromBom, source: 'bom' }
  const label = charsetOfContentType(contentType)
  const fromHttp = label
    ? htmlEncodingSniffer(bytes, { xml: true, transportLayerEncodingLabel: label, defaultEncoding: null })
    : null
  if (fromHttp) return { encoding: fromHttp, source: 'http' }
  const fromMeta = htmlEncodingSniffer(bytes, { defaultEncoding: null })
  return fromMeta ? { encoding: fromMeta, source: 'meta' } : { encoding: null, source: 'guess' }
}

/** Whether bytes are well-formed UTF-8 with at least one multi-byte sequence. */
function isUtf8WithMultiByte(bytes: Uint8Array): boolean {
  if (!bytes.some((byte) => byte >= 0x80)) return false
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes)
    return true
  } catch {
    return false
  }
}

/** Single-byte legacy encodings: text in them is almost never also well-formed multi-byte UTF-8. */
const SINGLE_BYTE = /^(windows-125\d|iso-8859-\d+|koi8-[ru]|macintosh|ibm866|x-mac-cyrillic)$/i

/**
 * Decode an HTML page's bytes with the encoding it declares (see {@link sniffCharset}), through
 * `TextDecoder` with that label. With no declaration the bytes are read as UTF-8, a stray byte as
 * Windows-1252 (`decodeUtf8OrCp1252`, as for article files). A page declared in a single-byte
 * legacy encoding whose bytes are well-formed UTF-8 with multi-byte sequences (a page saved again
 * as UTF-8 with its old declaration) is read as UTF-8.
 *
 * @param bytes the page.
 * @param contentType the HTTP `Content-Type` header when the page was fetched.
 * @returns the text (without a byte-order mark) and the encoding used.
 */
export function decodeHtml(
  bytes: Uint8Array,
  contentType?: string | null
): { text: string; encoding: string; source: CharsetSource } {
  const { encoding, source } = sniffCharset(bytes, contentType)
  if (encoding && encoding.toUpperCase() !== 'UTF-8' && !(SINGLE_BYTE.test(encoding) && isUtf8WithMultiByte(bytes)))
    return { text: new TextDecoder(encoding).decode(bytes), encoding, source }
  const text = decodeUtf8OrCp1252(bytes).replace(/^\uFEFF/, '')
  return { text, encoding: 'UTF-8', source: encoding && SINGLE_BYTE.test(encoding) ? 'guess' : source }
}
