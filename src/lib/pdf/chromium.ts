/** The system Chromium the PDFs, the browser tests and the watch measurement use (never a browser download). */
import { existsSync } from 'node:fs'
import { delimiter, join } from 'node:path'
import type { Browser } from 'playwright-core'

/**
 * The launch arguments for headless Chromium: no GPU, no network of its own. The sandbox is
 * playwright-core's `chromiumSandbox` option (off unless asked; {@link launchChromium} asks).
 */
export const CHROMIUM_ARGS = [
  '--headless',
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

/** Why Chromium's sandbox could not start, once found (it is not tried again in this process). */
let sandboxFailure: string | null = null

/**
 * Launch the system Chromium with its sandbox where the machine allows it; where it does not
 * (as root, or in a container without user namespaces), without it, saying so once.
 *
 * @param options `log` for the notice.
 * @returns the browser, and whether it runs sandboxed.
 * @throws {Error} when no Chromium is found.
 */
export async function launchChromium(
  options: { log?: (line: string) => void } = {}
): Promise<{ browser: Browser; sandboxed: boolean }> {
  const executablePath = findChromium()
  if (!executablePath) throw new Error(NO_CHROMIUM)
  const { chromium } = await import('playwright-core')
  if (sandboxFailure === null) {
    try {
      const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS, chromiumSandbox: true })
      return { browser, sandboxed: true }
    } catch (error) {
      sandboxFailure =
        process.getuid?.() === 0
          ? 'it refuses to run as root'
          : ((error as Error).message.split('\n').find((line) => /sandbox/i.test(line)) ?? '').trim()
      options.log?.(
        `pdf: Chromium's sandbox cannot start on this machine${sandboxFailure ? ` (${sandboxFailure.slice(0, 160)})` : ''}; printing without it (the pages printed are the site's own, under their Content-Security-Policy)`
      )
    }
  }
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS, chromiumSandbox: false })
  return { browser, sandboxed: false }
}
