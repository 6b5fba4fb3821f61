import { readFileSync } from 'node:fs'
import { basename } from 'node:path'

/** An article that cannot be read as text. */
export class ArticleError extends Error {
  /** The file's path. */
  path: string
  /**
   * @param path the file's path.
   * @param reason why it cannot be used.
   */
  constructor(path: string, reason: string) {
    super(`${path}: ${reason}`)
    this.name = 'ArticleError'
    this.path = path
  }
}

/**
 * Decode an article's bytes as text: UTF-8 (with or without BOM), UTF-16 with a BOM, else
 * Windows-1252. A byte-order mark is kept as U+FEFF at offset 0, as Node's
 * `readFileSync(path, 'utf8')` keeps it, so offsets into the returned text are offsets into
 * the file's text. Empty, whitespace-only and binary input is refused with a reason.
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
    if (bytes.includes(0)) throw new ArticleError(path, 'binary file (it contains NUL bytes; UTF-16 text needs a byte-order mark), not article text')
    try {
      text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes)
    } catch {
      // Not UTF-8: read it as Windows-1252, the usual encoding of pasted Western text.
      text = new TextDecoder('windows-1252').decode(bytes)
    }
  }
  if (text.length === 0) throw new ArticleError(path, 'empty file: there is no article text to brief')
  if (text.trim().length === 0) throw new ArticleError(path, 'the file holds only white space: there is no article text to brief')
  // eslint-disable-next-line no-control-regex
  const control = text.match(/[\u0000-\u0008\u000e-\u001f]/g)?.length ?? 0
  if (control > 0 && control / text.length > 0.01) throw new ArticleError(path, 'binary file (control characters), not article text')
  return text
}

/**
 * Read and decode an article file (see {@link decodeArticle}).
 *
 * @param path the file's path.
 * @returns the text.
 * @throws {ArticleError} when the file is missing, unreadable or not article text.
 */
export function readArticle(path: string): string {
  let bytes: Uint8Array
  try {
    bytes = readFileSync(path)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory, not a file' : `cannot be read (${code ?? (error as Error).message})`
    throw new ArticleError(path, reason)
  }
  return decodeArticle(bytes, path)
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
