import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import { parse as parseYaml } from 'yaml'
import { FileError } from './file-error.ts'

/** An article that cannot be read as text. */
export class ArticleError extends FileError {}

/**
 * Decode an article's bytes as text: UTF-8 (with or without BOM), UTF-16 with a BOM, and any
 * byte that is not well-formed UTF-8 as Windows-1252 (see {@link decodeUtf8OrCp1252}). A
 * byte-order mark is kept as U+FEFF at offset 0, as Node's `readFileSync(path, 'utf8')` keeps
 * it, so for UTF-8 files offsets into the returned text are offsets into that text. Empty, whitespace-only and binary input is refused with a reason.
 *
 * @param bytes the file's content.
 * @param path the file's path, for the error message.
 * @returns the text.
 * @throws {ArticleError} when the bytes are not usable article text.
 */
export function decodeArticle(bytes: Uint8Array, path: string): string {
  let text: string
  if (bytes[0] === 0xff && bytes[1] === 0xfe) text = new TextDecoder('utf-16le', { ignoreBOM: true }).decode(bytes)
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = new TextDecoder('utf-16be', { ignoreBOM: true }).decode(bytes)
  else {
    if (bytes.includes(0))
      throw new ArticleError(
        path,
        'binary file (it contains NUL bytes; UTF-16 text needs a byte-order mark), not article text'
      )
    text = decodeUtf8OrCp1252(bytes)
  }
  if (text.length === 0) throw new ArticleError(path, 'empty file: there is no article text to brief')
  if (text.trim().length === 0)
    throw new ArticleError(path, 'the file holds only white space: there is no article text to brief')
  // eslint-disable-next-line no-control-regex
  const control = text.match(/[\u0000-\u0008\u000e-\u001f]/g)?.length ?? 0
  if (control > 0 && control / text.length > 0.01)
    throw new ArticleError(path, 'binary file (control characters), not article text')
  return text
}

/**
 * The length of the well-formed UTF-8 sequence at `at`, or 0 when the byte there starts none.
 *
 * @param bytes the file's content.
 * @param at a byte index.
 * @returns 1 to 4, or 0.
 */
function utf8SequenceLength(bytes: Uint8Array, at: number): number {
  const lead = bytes[at]!
  if (lead < 0x80) return 1
  const cont = (k: number, low = 0x80, high = 0xbf): boolean =>
    at + k < bytes.length && bytes[at + k]! >= low && bytes[at + k]! <= high
  if (lead >= 0xc2 && lead <= 0xdf) return cont(1) ? 2 : 0
  if (lead >= 0xe0 && lead <= 0xef) {
    const second = lead === 0xe0 ? cont(1, 0xa0) : lead === 0xed ? cont(1, 0x80, 0x9f) : cont(1)
    return second && cont(2) ? 3 : 0
  }
  if (lead >= 0xf0 && lead <= 0xf4) {
    const second = lead === 0xf0 ? cont(1, 0x90) : lead === 0xf4 ? cont(1, 0x80, 0x8f) : cont(1)
    return second && cont(2) && cont(3) ? 4 : 0
  }
  return 0
}

/**
 * Decode bytes that are not all well-formed UTF-8. When well-formed multi-byte sequences
 * outnumber the stray bytes (UTF-8 with a pasted cp1252 `0x93` quote), the UTF-8 text is kept
 * and each stray byte is read as Windows-1252, one character per byte; otherwise the whole file
 * is Windows-1252 (where `É’` is the bytes `C9 92`, which UTF-8 would misread as `ɒ`).
 *
 * @param bytes the file's content (a UTF-8 byte-order mark is kept as U+FEFF).
 * @returns the text.
 */
export function decodeUtf8OrCp1252(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes)
  } catch {
    // Not all UTF-8: see below.
  }
  const cp1252 = new TextDecoder('windows-1252')
  const stray: number[] = []
  let multiByte = 0
  for (let i = 0; i < bytes.length;) {
    const length = utf8SequenceLength(bytes, i)
    if (length === 0) stray.push(i++)
    else {
      if (length > 1) multiByte++
      i += length
    }
  }
  if (multiByte <= stray.length) return cp1252.decode(bytes)
  const utf8 = new TextDecoder('utf-8', { ignoreBOM: true })
  let text = ''
  let run = 0
  for (const i of stray) {
    text += utf8.decode(bytes.subarray(run, i)) + cp1252.decode(bytes.subarray(i, i + 1))
    run = i + 1
  }
  return text + utf8.decode(bytes.subarray(run))
}

/**
 * Read an article file's bytes.
 *
 * @param path the file's path.
 * @returns the bytes.
 * @throws {ArticleError} when the file is missing, a directory or unreadable.
 */
export function readArticleBytes(path: string): Uint8Array {
  try {
    return readFileSync(path)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    const reason =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'is a directory, not a file'
          : `cannot be read (${code ?? (error as Error).message})`
    throw new ArticleError(path, reason)
  }
}

/**
 * Read and decode an article file (see {@link decodeArticle}).
 *
 * @param path the file's path.
 * @returns the text.
 * @throws {ArticleError} when the file is missing, unreadable or not article text.
 */
export function readArticle(path: string): string {
  return decodeArticle(readArticleBytes(path), path)
}

/**
 * The article's date when its file name carries one (`outlet_2016-09-19_slug.txt`).
 *
 * @param path the file's path.
 * @returns an ISO date or `null`.
 */
export function dateFromFileName(path: string): string | null {
  const match = /(?:^|[^\d])((?:19|20)\d\d)-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(?!\d)/.exec(basename(path))
  return match ? `${match[1]}-${match[2]}-${match[3]}` : null
}

/**
 * The article files of a folder: its `*.txt` files, sorted by name.
 *
 * @param dir the folder.
 * @returns their paths (`dir` joined with each name); empty when the folder does not exist.
 */
export function listArticles(dir: string): string[] {
  return existsSync(dir)
    ? readdirSync(dir)
        .filter((name) => name.endsWith('.txt'))
        .sort()
        .map((name) => join(dir, name))
    : []
}

/**
 * An article's metadata, kept in a sidecar `<name>.meta.yaml` next to its text (written by
 * `npm run add`), so the article file stays the raw text the offsets point into.
 */
export interface ArticleMeta {
  title?: string
  /** The publication date (ISO `YYYY-MM-DD`): anchors relative dates in the timeline. */
  date?: string
  /** The original's URL. */
  url?: string
  outlet?: string
  author?: string
}

/**
 * Read an article's metadata sidecar (see {@link ArticleMeta}); a missing file gives `{}`.
 * Unknown keys are ignored, values are kept only when they are strings (a YAML date becomes
 * its ISO day), and a date that is not an ISO day is dropped.
 *
 * @param path the sidecar's path (`<name>.meta.yaml`).
 * @returns the metadata.
 * @throws {ArticleError} when the file is not valid YAML.
 */
export function readArticleMeta(path: string): ArticleMeta {
  if (!existsSync(path)) return {}
  let data: unknown
  try {
    data = parseYaml(readFileSync(path, 'utf8'))
  } catch (error) {
    throw new ArticleError(path, `invalid metadata YAML: ${(error as Error).message.split('\n')[0]}`)
  }
  if (!data || typeof data !== 'object') return {}
  const record = data as Record<string, unknown>
  const meta: ArticleMeta = {}
  for (const key of ['title', 'date', 'url', 'outlet', 'author'] as const) {
    let value = record[key]
    if (value instanceof Date) value = value.toISOString().slice(0, 10)
    if (typeof value === 'string' && value.trim()) meta[key] = value.trim()
  }
  if (meta.date && !/^\d{4}-\d{2}-\d{2}$/.test(meta.date)) delete meta.date
  return meta
}
