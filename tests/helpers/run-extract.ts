/** Run the real extract CLI (scripts/extract.ts) on Node 24 from node_modules/.bin. */
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'

/** The project root. */
export const root = join(import.meta.dirname, '..', '..')

/** The pinned Node 24 binary, falling back to the running node. */
export const node = existsSync(join(root, 'node_modules', '.bin', 'node'))
  ? join(root, 'node_modules', '.bin', 'node')
  : process.execPath

/** What one CLI run gave. */
export interface ExtractRun {
  /** Exit status (`null` when killed by a signal). */
  status: number | null
  stdout: string
  stderr: string
  /** stdout's non-empty lines. */
  lines: string[]
}

/**
 * Run `node scripts/extract.ts FILE...` from the project root.
 *
 * @param files the article paths.
 * @param timeout milliseconds before the run is killed (default 120 000).
 * @returns the exit status, output and stdout lines.
 */
export function runExtract(files: string[], timeout = 120_000): ExtractRun {
  const result = spawnSync(node, ['scripts/extract.ts', ...files], {
    cwd: root,
    encoding: 'utf8',
    timeout,
    maxBuffer: 256 << 20
  })
  if (result.error) throw result.error
  return {
    status: result.status,
    stdout: result.stdout,
    stderr: result.stderr,
    lines: result.stdout.split('\n').filter((line) => line !== '')
  }
}
