/**
 * What a build does when it is stopped (Ctrl-C, `kill`, a closed terminal): SIGINT, SIGTERM and
 * SIGHUP run every registered clean-up at once (remove the lock, stop child processes), then the
 * process ends with the signal's conventional status (130, 143, 129). Child processes started
 * through playwright-core (Chromium) are ended by its own exit handler.
 */

/** The clean-ups to run, most recent last. */
const cleanups = new Set<() => void>()

const SIGNALS = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 } as const

let installed = false

/** Run every clean-up, then end the process as the signal asks. */
function onSignal(signal: keyof typeof SIGNALS): void {
  for (const cleanup of [...cleanups].reverse()) {
    try {
      cleanup()
    } catch {
      // The others still run.
    }
  }
  cleanups.clear()
  process.exit(SIGNALS[signal])
}

/**
 * Register a clean-up to run (synchronously) if the process is stopped by a signal.
 *
 * @param cleanup what to do: remove a lock, kill a child process.
 * @returns a function that unregisters it (call it once the resource is released normally).
 */
export function onInterrupt(cleanup: () => void): () => void {
  if (!installed) {
    installed = true
    for (const signal of Object.keys(SIGNALS) as (keyof typeof SIGNALS)[]) process.on(signal, () => onSignal(signal))
  }
  cleanups.add(cleanup)
  return () => {
    cleanups.delete(cleanup)
  }
}
