import { existsSync, readdirSync } from 'node:fs'
import { basename, join } from 'node:path'
import { parse as parseYaml } from 'yaml'
import { z } from 'zod'
import { checkWebUrl } from '../text/url.ts'
import { entryExists, readContentFile } from './content-file.ts'
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

/** The largest article read, in bytes (32 MB: a long report is well under 1 MB). */
export const ARTICLE_MAX_BYTES = 32 * 1024 * 1024

/**
 * Read and decode an article file (see {@link decodeArticle}): a regular file (or a link to one)
 * of at most {@link ARTICLE_MAX_BYTES}; with `root`, a link is followed only when its target stays
 * inside that folder (see {@link readContentFile}).
 *
 * @param path the file's path.
 * @param root the content folder the file must stay in (none: any file, as `npm run extract` reads).
 * @returns the text.
 * @throws {ArticleError} when the file is missing, unreadable, not a regular file or not article text.
 */
export function readArticle(path: string, root?: string): string {
  return decodeArticle(readArticleBytes(path, root), path)
}

/**
 * The bytes of an article file, read as {@link readArticle} reads them.
 *
 * @param path the file's path.
 * @param root the content folder the file must stay in, if any.
 * @returns the bytes.
 * @throws {ArticleError} when the file is missing, unreadable or not a regular file.
 */
export function readArticleBytes(path: string, root?: string): Buffer {
  try {
    return readContentFile(path, { root, maxBytes: ARTICLE_MAX_BYTES })
  } catch (error) {
    if (error instanceof FileError) throw new ArticleError(path, error.reason)
    throw error
  }
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

/** The largest metadata sidecar read, in bytes. */
export const META_MAX_BYTES = 64 * 1024

/** One line of text: trimmed, not empty, no control characters, at most `max` characters. */
const line = (max: number) =>
  z
    .string({ error: (issue) => `must be text, not ${describe(issue.input)}` })
    .trim()
    .min(1, { error: 'is empty' })
    .max(max, { error: `is longer than ${max} characters` })
    // eslint-disable-next-line no-control-regex
    .refine((value) => !/[\u0000-\u001f\u007f-\u009f]/.test(value), { error: 'holds a control character' })

/** A day that exists, written `YYYY-MM-DD` (a YAML timestamp counts as its day). */
const isoDay = z
  .union(
    [z.date().transform((date) => (Number.isNaN(date.getTime()) ? '' : date.toISOString().slice(0, 10))), z.string()],
    {
      error: (issue) => `must be a date written YYYY-MM-DD, not ${describe(issue.input)}`
    }
  )
  .refine((value) => isRealDay(value), {
    error: (issue) => `${JSON.stringify(issue.input)} is not a real date written YYYY-MM-DD`
  })

/** A web address that may be linked ({@link checkWebUrl}). */
const webUrl = z.unknown().transform((value, context) => {
  const check = checkWebUrl(value)
  if (check.ok) return check.url
  context.addIssue({ code: 'custom', message: check.reason })
  return z.NEVER
})

/**
 * The schema of a metadata sidecar (`<name>.meta.yaml`): each known key optional, other keys
 * ignored. {@link readArticleMeta} checks each key on its own, so one bad value drops only itself.
 */
export const articleMetaSchema = z.object({
  title: line(500).optional(),
  /** The publication date (ISO `YYYY-MM-DD`): anchors relative dates in the timeline. */
  date: isoDay.optional(),
  /** The original's URL: http or https only (see {@link checkWebUrl}). */
  url: webUrl.optional(),
  outlet: line(200).optional(),
  author: line(300).optional()
})

/**
 * An article's metadata, kept in a sidecar `<name>.meta.yaml` next to its text (written by
 * `npm run add`), so the article file stays the raw text the offsets point into.
 */
export type ArticleMeta = z.output<typeof articleMetaSchema>

/** Options of {@link readArticleMeta}. */
export interface ReadMetaOptions {
  /** The content folder the sidecar must stay in (a link out of it is not followed). */
  root?: string
  /** Told each value dropped, with the file, the key and the reason. */
  warn?: (message: string) => void
}

/**
 * Read an article's metadata sidecar (see {@link articleMetaSchema}); a missing file gives `{}`.
 * Each known key is checked on its own: a value of the wrong type, a date that does not exist
 * (`2025-13-45`), a URL that is not http(s) is dropped, and `warn` is told so, naming the file.
 *
 * @param path the sidecar's path (`<name>.meta.yaml`).
 * @param options the content folder and the warning callback.
 * @returns the metadata.
 * @throws {ArticleError} when the file cannot be used at all: not a regular file, a link out of
 *   the content folder, larger than {@link META_MAX_BYTES}, not valid YAML (an alias bomb
 *   included), or not a mapping of keys to values.
 */
export function readArticleMeta(path: string, options: ReadMetaOptions = {}): ArticleMeta {
  if (!entryExists(path)) return {}
  let source: string
  try {
    source = new TextDecoder('utf-8', { fatal: false }).decode(
      readContentFile(path, { root: options.root, maxBytes: META_MAX_BYTES })
    )
  } catch (error) {
    if (error instanceof FileError) throw new ArticleError(path, error.reason)
    throw error
  }
  let data: unknown
  try {
    data = parseYaml(source, { maxAliasCount: 100 })
  } catch (error) {
    throw new ArticleError(path, `invalid metadata YAML: ${(error as Error).message.split('\n')[0]}`)
  }
  if (data === null || data === undefined) return {}
  if (typeof data !== 'object' || Array.isArray(data))
    throw new ArticleError(
      path,
      `the metadata must be a mapping of keys (title, date, url, outlet, author) to values, not ${describe(data)}`
    )
  const record = data as Record<string, unknown>
  const meta: Record<string, unknown> = {}
  for (const [key, schema] of Object.entries(articleMetaSchema.shape)) {
    if (record[key] === undefined || record[key] === null) continue
    const result = schema.safeParse(record[key])
    if (result.success) meta[key] = result.data
    else options.warn?.(`${path}: ${key} ${result.error.issues[0]!.message}; ignored`)
  }
  return meta as ArticleMeta
}

/**
 * Whether a string is a day that exists, written `YYYY-MM-DD` (`2025-02-29` is not).
 *
 * @param value the string.
 * @returns whether it is a real ISO day.
 */
export function isRealDay(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
  if (!match) return false
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const date = new Date(Date.UTC(year, month - 1, day))
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
}

/** What a YAML value is, for messages. */
function describe(value: unknown): string {
  if (value === null || value === undefined) return 'nothing'
  if (Array.isArray(value)) return 'a list'
  if (value instanceof Date) return 'a timestamp'
  if (typeof value === 'object') return 'a mapping'
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)
  return `a ${typeof value} (${String(value)})`
}
