/**
 * The lock that makes builds of one project take turns (they share its .astro/ folder): a
 * directory created atomically, holding `owner.json` (the process id, host and start time of the
 * build that holds it). A build stopped by a signal removes it on the way out
 * (src/lib/build/interrupt.ts); a lock left by a process that no longer runs (killed with
 * SIGKILL, a crash, a reboot) is found at once by its process id, removed, and the build says so.
 */
import { mkdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { hostname } from 'node:os'
import { join } from 'node:path'
import { z } from 'zod'
import { writeFileAtomic } from './cache.ts'
import { onInterrupt } from './interrupt.ts'

/** Who holds a lock. */
const ownerSchema = z.object({ pid: z.number().int().positive(), host: z.string(), started: z.string() })

/** Who holds a lock. */
export type LockOwner = z.infer<typeof ownerSchema>

/** Options of {@link withLock}. */
export interface LockOptions {
  /** Told when the build waits for another one, and when a stale lock is removed. */
  log?: (line: string) => void
  /** How long to wait for another build before giving up (default 15 minutes). */
  timeoutMs?: number
}

/** A lock without an owner file this long after it was made is stale (its maker died in between). */
const OWNERLESS_MS = 30_000
/** A lock of another host, whose process cannot be asked, is stale after this long. */
const FOREIGN_MS = 10 * 60_000

/**
 * Who holds a lock, if its owner file can be read.
 *
 * @param lock the lock directory.
 * @returns the owner, or `undefined`.
 */
export function lockOwner(lock: string): LockOwner | undefined {
  try {
    const result = ownerSchema.safeParse(JSON.parse(readFileSync(join(lock, 'owner.json'), 'utf8')))
    return result.success ? result.data : undefined
  } catch {
    return undefined
  }
}

/**
 * Whether a process runs on this machine.
 *
 * @param pid its id.
 * @returns whether it runs (a process of another user counts).
 */
export function processRuns(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/**
 * Why a lock held by someone else is stale, or `null` when its holder may still be running.
 *
 * @param lock the lock directory.
 * @returns the reason, or `null`.
 */
function staleReason(lock: string): string | null {
  const owner = lockOwner(lock)
  let age: number
  try {
    age = Date.now() - statSync(lock).mtimeMs
  } catch {
    return null // Released meanwhile: try again.
  }
  if (!owner) return age > OWNERLESS_MS ? 'it names no build that holds it' : null
  if (owner.host === hostname()) {
    if (owner.pid === process.pid) return null
    return processRuns(owner.pid) ? null : `process ${owner.pid}, which made it, no longer runs`
  }
  return age > FOREIGN_MS ? `it was made on ${owner.host} more than ten minutes ago` : null
}

/**
 * Run `task` holding a lock directory. A lock held by a running build is waited for (saying so
 * once); a stale one is removed at once (saying why).
 *
 * @param lock the lock directory's path.
 * @param task what to do.
 * @param options how to report, how long to wait.
 * @returns what `task` returns.
 */
export async function withLock<T>(lock: string, task: () => Promise<T>, options: LockOptions = {}): Promise<T> {
  const log = options.log ?? (() => {})
  const timeoutMs = options.timeoutMs ?? 15 * 60_000
  const started = Date.now()
  let waiting = false
  for (;;) {
    try {
      mkdirSync(lock)
      break
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
      const stale = staleReason(lock)
      if (stale) {
        log(`build: removed a stale build lock (${lock}): ${stale}`)
        rmSync(lock, { recursive: true, force: true })
        continue
      }
      if (!waiting) {
        const owner = lockOwner(lock)
        log(
          `build: waiting for another build of this project to finish${owner ? ` (process ${owner.pid} on ${owner.host}, since ${owner.started})` : ''}; lock: ${lock}`
        )
        waiting = true
      }
      if (Date.now() - started > timeoutMs)
        throw new Error(`build: waited too long for ${lock} (another build holds it)`, { cause: error })
      await new Promise((done) => setTimeout(done, 250))
    }
  }
  const release = (): void => rmSync(lock, { recursive: true, force: true })
  const unregister = onInterrupt(release)
  try {
    writeFileAtomic(
      join(lock, 'owner.json'),
      JSON.stringify({ pid: process.pid, host: hostname(), started: new Date().toISOString() } satisfies LockOwner)
    )
    return await task()
  } finally {
    unregister()
    release()
  }
}
