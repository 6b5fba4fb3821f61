/**
 * `node scripts/measure-watch.ts [--rounds 5] [--articles N] [--via browser|fetch] [--pause MS]`:
 * watch-mode latency. Prints one JSON line.
 *
 * Starts the dev server (scripts/dev.ts, in this process) on 127.0.0.1 over a temporary copy of
 * content/articles and the site fixtures (plus N generated articles, default 0) and opens a
 * briefing. Then, each round, it saves the article with a new headline and waits until the new
 * headline shows:
 *
 * - `--via browser` (the default when a Chromium is found, scripts/pdf.ts): in the page open in
 *   headless Chromium, which reloads by itself (Vite's full reload); what a reader sees;
 * - `--via fetch` (the default otherwise): polling the page over HTTP, one request after another
 *   (and, like the open page, one request after Astro's second reload).
 *
 * The latency of a round runs from just before the file is written to the moment the new headline
 * shows, so it includes the watcher, the extraction, the page generation, Astro's reload of the
 * collection and the page's render. Between rounds it waits `--pause` ms (default 1500): Astro's
 * dev server writes its content store to disk 500 ms after the last change and then reloads the
 * page a second time, so a save during that work waits for it (saves under a second apart took
 * 1 to 2 s on 2 cores); the pause measures one save at a time, as an editor makes them.
 */
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ROOT } from '../../src/lib/build/cache.ts'
import { startDev } from '../../src/lib/dev/dev-server.ts'

/** A free TCP port on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer()
    server.on('error', fail)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number }
      server.close(() => done(port))
    })
  })
}

/**
 * Poll a URL until its body contains `token`.
 *
 * @param url the page.
 * @param token the text to wait for.
 * @param timeoutMs give up after this long.
 * @returns the milliseconds from `since` to the response that showed it.
 */
export async function waitForText(url: string, token: string, since: number, timeoutMs = 20_000): Promise<number> {
  for (;;) {
    const response = await fetch(url).catch(() => null)
    const body = response ? await response.text() : ''
    if (body.includes(token)) return performance.now() - since
    if (performance.now() - since > timeoutMs)
      throw new Error(`measure-watch: "${token}" did not show on ${url} within ${timeoutMs} ms`)
    await new Promise((done) => setTimeout(done, 5))
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { parseCommandLine, wholeNumber } = await import('../../src/lib/cli.ts')
  const { values } = parseCommandLine(process.argv.slice(2), {
    rounds: { type: 'string', default: '5' },
    articles: { type: 'string', default: '0' },
    pause: { type: 'string', default: '1500' },
    via: { type: 'string' }
  })
  const rounds = wholeNumber(values.rounds, '--rounds', { min: 1, max: 1000 })!
  const extra = wholeNumber(values.articles, '--articles', { min: 0, max: 100_000 })!
  const pause = wholeNumber(values.pause, '--pause', { min: 0, max: 600_000 })!
  const { findChromium, CHROMIUM_ARGS } = await import('../../src/lib/pdf/chromium.ts')
  const chromium = findChromium()
  const via = values.via ?? (chromium ? 'browser' : 'fetch')
  if (via !== 'browser' && via !== 'fetch')
    throw new Error(`measure-watch: --via must be browser or fetch (got ${via})`)
  if (via === 'browser' && !chromium)
    throw new Error('measure-watch: --via browser needs a Chromium (see scripts/pdf.ts)')
  const base = mkdtempSync(join(tmpdir(), 'briefing-watch-'))
  const contentDir = join(base, 'articles')
  const { mkdirSync } = await import('node:fs')
  mkdirSync(contentDir)
  copyFileSync(join(ROOT, 'content/articles/starmer-white-house.txt'), join(contentDir, 'starmer-white-house.txt'))
  for (const name of readdirSync(join(ROOT, 'tests/fixtures/site/articles')))
    copyFileSync(join(ROOT, 'tests/fixtures/site/articles', name), join(contentDir, name))
  if (extra > 0) (await import('./generate-articles.ts')).writeArticles(contentDir, extra)
  const article = join(contentDir, 'starmer-white-house.txt')
  const original = readFileSync(article, 'utf8')
  const server = await startDev({
    content: contentDir,
    port: await freePort(),
    cacheDir: join(base, 'cache'),
    log: () => {}
  })
  const url = `${server.url}/briefings/starmer-white-house/`
  const latencies: number[] = []
  const generation: number[] = []
  const articles = readdirSync(contentDir).filter((name) => !name.startsWith('.')).length
  const browser =
    via === 'browser'
      ? await (await import('playwright-core')).chromium.launch({ executablePath: chromium!, args: CHROMIUM_ARGS })
      : null
  try {
    await waitForText(url, '<h1', performance.now(), 60_000)
    const page = browser ? await browser.newPage() : null
    if (page) {
      await page.goto(url)
      await page.waitForLoadState('networkidle')
    }
    await new Promise((done) => setTimeout(done, pause))
    for (let round = 1; round <= rounds; round++) {
      const token = `Revision ${round} ${Date.now().toString(36)}`
      const lines = original.split('\n')
      lines[0] = `${token}: ${lines[0]}`
      const regenerated = server.nextRegeneration().then(() => performance.now())
      const since = performance.now()
      writeFileSync(article, lines.join('\n'))
      if (page) {
        await page.waitForFunction((text) => document.querySelector('h1')?.textContent?.includes(text), token, {
          timeout: 20_000,
          polling: 5
        })
        latencies.push(performance.now() - since)
      } else latencies.push(await waitForText(url, token, since))
      generation.push((await regenerated) - since)
      await new Promise((done) => setTimeout(done, pause))
      // An open page reloads once more when Astro has written its store; so does this.
      if (!page) await (await fetch(url)).text()
    }
  } finally {
    await browser?.close()
    await server.stop()
    rmSync(base, { recursive: true, force: true })
    rmSync(server.generatedDir, { recursive: true, force: true })
  }
  const sorted = [...latencies].sort((a, b) => a - b)
  const ms = (value: number): number => Math.round(value)
  process.stdout.write(
    `${JSON.stringify({
      watchLatencyMs: {
        median: ms(sorted[Math.floor(sorted.length / 2)]!),
        min: ms(sorted[0]!),
        max: ms(sorted[sorted.length - 1]!),
        rounds: latencies.map(ms)
      },
      pageWrittenMs: generation.map(ms),
      via,
      pauseMs: pause,
      articles
    })}\n`
  )
  process.exit(0)
}
