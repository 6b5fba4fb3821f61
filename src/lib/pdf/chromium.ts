/** The system Chromium the PDFs, the browser tests and the watch measurement use (never a browser download). */
import { existsSync } from 'node:fs'
import { delimiter, join } from 'node:path'

/** The launch arguments for headless Chromium in a sandbox-less container. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync'
]

/**
 * The system Chromium: CHROMIUM_PATH, else `chromium`, `chromium-browser` or `google-chrome` on PATH.
 *
 * @returns its path, or `null` when there is none.
 */
export function findChromium(): string | null {
  const fromEnv = process.env.CHROMIUM_PATH
  if (fromEnv && existsSync(fromEnv)) return fromEnv
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    for (const name of ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable']) {
      const candidate = join(dir, name)
      if (dir && existsSync(candidate)) return candidate
    }
  }
  return null
}

/** The message when no Chromium is found. */
export const NO_CHROMIUM =
  'no Chromium found: install it with `apt-get install chromium` (or set CHROMIUM_PATH to a Chromium or Chrome binary)'
