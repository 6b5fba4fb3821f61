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
 * Decode an article's bytes as text: UTF-8 (with or without BOM) or UTF-16 with a BOM.
 * Empty, whitespace-only, binary and undecodable input is refused with a reason.
 *
 * @param bytes the file's content.
 * @param path the file's path, for the error message.
 * @returns the text.
 */
export function decodeArticle(bytes: Uint8Array, path: string): string {
  let text: string
  if (bytes[0] === 0xff && bytes[1] === 0xfe) text = new TextDecoder('utf-16le').decode(bytes.subarray(2))
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = new TextDecoder('utf-16be').decode(bytes.subarray(2))
  else {
    if (bytes.includes(0)) throw new ArticleError(path, 'binary file (it contains NUL bytes), not article text')
    try {
      text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes)
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
 * Read and decode an article file.
 *
 * @param path the file's path.
 * @returns the text.
 */
export function readArticle(path: string): string {
  let bytes: Uint8Array
  try {
    bytes = readFileSync(path)
  } catch (error) {
    throw new ArticleError(path, `cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`)
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
