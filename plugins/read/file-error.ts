/**
 * An input file that cannot be used: the message names the file and the reason
 * (`content/articles/x.txt: empty file: …`).
 */
export class FileError extends Error {
  /** The file's path. */
  readonly path: string
  /** Why it cannot be used, without the path. */
  readonly reason: string
  /**
   * @param path the file's path.
   * @param reason why it cannot be used.
   */
  constructor(path: string, reason: string) {
    super(`${path}: ${reason}`)
    this.name = new.target.name
    this.path = path
    this.reason = reason
  }
}
