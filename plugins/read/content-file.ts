/**
 * Reading a file of the content folder safely: only a regular file is read, a symbolic link only
 * when its target stays inside the folder, and never more than a size limit. Each refusal is a
 * {@link FileError} naming the file and the reason, so one bad entry is one reported article,
 * never a failed build: a link to `/etc/passwd` is not published, a dangling or looping link, a
 * folder named `x.txt`, a FIFO (which would block the read forever) or a device are refused.
 */
import { closeSync, constants, fstatSync, lstatSync, openSync, readSync, realpathSync } from 'node:fs'
import { isAbsolute, relative } from 'node:path'
import { FileError } from './file-error.ts'

/** Options of {@link readContentFile}. */
export interface ContentFileOptions {
  /** The folder the file must stay in (its real path is compared); none: any place. */
  root?: string
  /** The largest size read, in bytes (default: no limit). */
  maxBytes?: number
}

/** `O_NOFOLLOW` and `O_NONBLOCK` where the platform has them: the file opened is the one checked, and opening a FIFO does not wait. */
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0)

/** A size for people: `13.2 MB`, `64 KB`, `900 bytes`. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1).replace(/\.0$/, '')} MB`
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`
  return `${bytes} bytes`
}

/** Why a file-system error stops a read, for people. */
function reasonOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code
  if (code === 'ENOENT') return 'no such file'
  if (code === 'ELOOP') return 'is a symbolic link that loops (or too many links in a row); not read'
  if (code === 'EACCES' || code === 'EPERM') return 'cannot be read (permission denied)'
  if (code === 'EISDIR') return 'is a directory, not a file'
  return `cannot be read (${code ?? (error as Error).message})`
}

/** What a non-regular file is, for people. */
function kindOf(stat: { isDirectory(): boolean; isFIFO(): boolean; isSocket(): boolean }): string {
  if (stat.isDirectory()) return 'is a directory, not a file'
  if (stat.isFIFO()) return 'is a named pipe (FIFO), not a regular file; not read'
  if (stat.isSocket()) return 'is a socket, not a regular file; not read'
  return 'is not a regular file (a device?); not read'
}

/**
 * Where a path really is: the path itself for a regular entry, the link's target (checked to stay
 * inside `root`) for a symbolic link.
 *
 * @param path the file's path.
 * @param root the folder it must stay in, if any.
 * @returns the real path to open.
 * @throws {FileError} for a dangling, looping or escaping link, or a path that does not exist.
 */
function resolveInside(path: string, root: string | undefined): string {
  let real: string
  try {
    // (the system's realpath: one call, where the JavaScript one asks for every folder of the path)
    real = realpathSync.native(path)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    let isLink = false
    try {
      isLink = lstatSync(path).isSymbolicLink()
    } catch {
      // Not there at all.
    }
    if (isLink && code === 'ENOENT')
      throw new FileError(path, 'is a symbolic link to a file that does not exist (a dangling link); not read')
    throw new FileError(path, reasonOf(error))
  }
  if (root !== undefined) {
    let realRoot: string
    try {
      realRoot = realpathSync.native(root)
    } catch (error) {
      throw new FileError(root, reasonOf(error))
    }
    const inside = relative(realRoot, real)
    if (inside === '' || inside.startsWith('..') || isAbsolute(inside))
      throw new FileError(
        path,
        `is a symbolic link to ${real}, outside the content folder; not read (only links that stay inside ${root} are followed)`
      )
  }
  return real
}

/**
 * Read a file of the content folder: a regular file, or a symbolic link whose target is a regular
 * file inside `root`; nothing else (see the module comment).
 *
 * @param path the file's path.
 * @param options `root` (the folder to stay in) and `maxBytes` (the size limit).
 * @returns the file's bytes.
 * @throws {FileError} naming the file and the reason it is not read.
 */
export function readContentFile(path: string, options: ContentFileOptions = {}): Buffer {
  const real = resolveInside(path, options.root)
  let fd: number
  try {
    fd = openSync(real, OPEN_FLAGS)
  } catch (error) {
    throw new FileError(path, reasonOf(error))
  }
  try {
    const stat = fstatSync(fd)
    if (!stat.isFile()) throw new FileError(path, kindOf(stat))
    if (options.maxBytes !== undefined && stat.size > options.maxBytes)
      throw new FileError(
        path,
        `is too large (${formatBytes(stat.size)}; the limit is ${formatBytes(options.maxBytes)}); not read`
      )
    const bytes = Buffer.allocUnsafe(stat.size)
    let read = 0
    while (read < stat.size) {
      const count = readSync(fd, bytes, read, stat.size - read, null)
      if (count === 0) break
      read += count
    }
    return read === stat.size ? bytes : bytes.subarray(0, read)
  } catch (error) {
    if (error instanceof FileError) throw error
    throw new FileError(path, reasonOf(error))
  } finally {
    closeSync(fd)
  }
}

/**
 * Whether a path names something that exists, a dangling link included (`existsSync` says no to one).
 *
 * @param path the path.
 * @returns whether there is an entry.
 */
export function entryExists(path: string): boolean {
  try {
    lstatSync(path)
    return true
  } catch {
    return false
  }
}
