/**
 * What a build does when it is stopped (Ctrl-C, `kill`, a closed terminal): SIGINT, SIGTERM and
 * SIGHUP run every registered clean-up at once (remove the lock, stop child processes), wait (at
 * most {@link STOP_WAIT_MS}) for those that end something to be done, so that no child process
 * outlives the build (a child that ends after its parent is left to the system to reap, and some
 * containers never do), then end the process with the signal's conventional status (130, 143, 129).
 * A second signal ends it at once. Child processes started through playwright-core (Chromium) are
 * ended by its own exit handler.
 */

/** A clean-up: what it ends is over when its promise (if any) settles. */
export type Cleanup = () => void | Promise<unknown>

/** The clean-ups to run, most recent last. */
const cleanups = new Set<Cleanup>()

const SIGNALS = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 } as const

/** How long a stopped build waits for its child processes to end. */
export const STOP_WAIT_MS = 3000

let installed = false
let stopping = false

/** Run every clean-up, wait for them, then end the process as the signal asks. */
function onSignal(signal: keyof typeof SIGNALS): void {
  const code = SIGNALS[signal]
  if (stopping) process.exit(code)
  stopping = true
  process.exitCode = code
  const pending: Promise<unknown>[] = []
  for (const cleanup of [...cleanups].reverse()) {
    try {
      const result = cleanup()
      if (result) pending.push(result.catch(() => {}))
    } catch {
      // The others still run.
    }
  }
  cleanups.clear()
  const timeout = new Promise((done) => setTimeout(done, STOP_WAIT_MS))
  void Promise.race([Promise.all(pending), timeout]).then(() => process.exit(code))
}

/**
 * Whether the process is being stopped by a signal: what fails meanwhile (a child process killed
 * by the clean-up) is no failure to report.
 *
 * @returns whether a signal arrived.
 */
export function isStopping(): boolean {
  return stopping
}

/**
 * Register a clean-up to run if the process is stopped by a signal.
 *
 * @param cleanup what to do: remove a lock (synchronously), kill a child process (returning a
 *   promise that settles when it is gone).
 * @returns a function that unregisters it (call it once the resource is released normally).
 */
export function onInterrupt(cleanup: Cleanup): () => void {
  if (!installed) {
    installed = true
    for (const signal of Object.keys(SIGNALS) as (keyof typeof SIGNALS)[]) process.on(signal, () => onSignal(signal))
  }
  cleanups.add(cleanup)
  return () => {
    cleanups.delete(cleanup)
  }
}
