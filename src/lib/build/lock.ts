/** The lock that makes builds of one project take turns (they share its .astro/ folder). */
import { mkdirSync, rmSync, statSync } from 'node:fs'

/**
 * Run `task` holding a lock directory (created atomically); a lock older than ten minutes is stale.
 *
 * @param lock the lock directory's path.
 * @param task what to do.
 * @returns what `task` returns.
 */
export async function withLock<T>(lock: string, task: () => Promise<T>): Promise<T> {
  const started = Date.now()
  for (;;) {
    try {
      mkdirSync(lock)
      break
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
      try {
        if (Date.now() - statSync(lock).mtimeMs > 10 * 60_000) rmSync(lock, { recursive: true, force: true })
      } catch {
        // Released meanwhile.
      }
      if (Date.now() - started > 15 * 60_000) throw new Error(`build: waited too long for ${lock}`, { cause: error })
      await new Promise((done) => setTimeout(done, 250))
    }
  }
  try {
    return await task()
  } finally {
    rmSync(lock, { recursive: true, force: true })
  }
}
