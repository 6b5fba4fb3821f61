/**
 * Watch mode end to end: `node scripts/dev.ts` (the Astro dev server on 127.0.0.1) over a
 * temporary content folder; real file changes: an article edited, one added, a corrections
 * sidecar added, one deleted, one filed by `npm run add -- --feed` from a local server; the served page
 * follows each. The pages' CSP runs no inline script (Vite's client is a file of the origin), and a
 * `javascript:` URL in a sidecar is never linked. With a Chromium, an open page reloads by itself
 * when its article is saved, with no CSP violation.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process'
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { freePort } from '../scripts/bench/measure-watch.ts'
import { CHROMIUM_ARGS, findChromium } from '../src/lib/pdf/chromium.ts'

const ROOT = resolve(import.meta.dirname, '..')
const EXAMPLE = 'starmer-white-house'

/** Poll a page until `check` accepts its status and body. */
async function waitFor(
  url: string,
  check: (status: number, body: string) => boolean,
  timeoutMs = 15_000
): Promise<{ ms: number; body: string }> {
  const started = performance.now()
  for (;;) {
    const response = await fetch(url).catch(() => null)
    const body = response ? await response.text() : ''
    if (response && check(response.status, body)) return { ms: performance.now() - started, body }
    if (performance.now() - started > timeoutMs)
      throw new Error(`${url}: still not as expected after ${timeoutMs} ms (status ${response?.status})`)
    await new Promise((done) => setTimeout(done, 20))
  }
}

describe('npm run dev: watch mode', () => {
  const base = mkdtempSync(join(tmpdir(), 'briefing-watch-test-'))
  const contentDir = join(base, 'articles')
  const article = join(contentDir, `${EXAMPLE}.txt`)
  let child: ChildProcess
  let url = ''
  let generatedDir = ''
  let output = ''

  beforeAll(async () => {
    mkdirSync(contentDir)
    copyFileSync(join(ROOT, 'content/articles', `${EXAMPLE}.txt`), article)
    const port = await freePort()
    // Astro's dev server leaves content collections alone under Vitest: the server runs as a user would start it.
    const env = Object.fromEntries(
      Object.entries(process.env).filter(([key]) => !key.startsWith('VITEST') && key !== 'NODE_ENV' && key !== 'TEST')
    )
    child = spawn(process.execPath, ['scripts/dev.ts', '--content', contentDir, '--port', String(port)], {
      cwd: ROOT,
      env: { ...env, ASTRO_TELEMETRY_DISABLED: '1' }
    })
    child.stdout!.on('data', (chunk) => (output += chunk))
    child.stderr!.on('data', (chunk) => (output += chunk))
    await new Promise<void>((done, fail) => {
      const timer = setTimeout(() => fail(new Error(`the dev server did not start:\n${output}`)), 60_000)
      child.stdout!.on('data', () => {
        const match = /dev: serving (\S+)\/ and watching .* \(pages in (\S+)\)/.exec(output)
        if (match) {
          clearTimeout(timer)
          url = match[1]!
          generatedDir = join(ROOT, match[2]!)
          done()
        }
      })
      child.on('exit', (code) => fail(new Error(`the dev server exited (${code}):\n${output}`)))
    })
    await waitFor(`${url}/briefings/${EXAMPLE}/`, (status) => status === 200, 60_000)
  })

  afterAll(async () => {
    if (child && child.exitCode === null) {
      const exited = new Promise((done) => child.once('exit', done))
      child.kill('SIGTERM')
      await Promise.race([exited, new Promise((done) => setTimeout(done, 5000))])
      if (child.exitCode === null) child.kill('SIGKILL')
    }
    rmSync(base, { recursive: true, force: true })
    if (generatedDir.includes('src/generated/dev-')) rmSync(generatedDir, { recursive: true, force: true })
  })

  it('serves 127.0.0.1 and updates a briefing when its article is saved, extracting only that article', async () => {
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
    const text = readFileSync(article, 'utf8')
    output = ''
    writeFileSync(article, text.replace(/^[^\n]*/, 'Watch mode headline one'))
    const { ms } = await waitFor(
      `${url}/briefings/${EXAMPLE}/`,
      (status, body) => status === 200 && body.includes('Watch mode headline one')
    )
    console.info(`watch: the saved headline showed after ${Math.round(ms)} ms`)
    expect(output).toMatch(new RegExp(`dev: wrote ${EXAMPLE} \\(1 extracted`))
  })

  it("shows a saved briefing as soon as its page is written, before Astro's content store catches up", async () => {
    const text = readFileSync(article, 'utf8')
    output = ''
    writeFileSync(article, text.replace(/^[^\n]*/, 'Watch mode headline early'))
    const wrote = new RegExp(`dev: wrote ${EXAMPLE} \\(`)
    await new Promise<void>((done, fail) => {
      const timer = setTimeout(() => fail(new Error(`no page written:\n${output}`)), 20_000)
      const check = (): void => {
        if (!wrote.test(output)) return
        clearTimeout(timer)
        child.stdout!.off('data', check)
        done()
      }
      child.stdout!.on('data', check)
      check()
    })
    // One request, right after the write: the route reads the page's files in dev, not Astro's store
    // (written 500 ms after the last change).
    const body = await (await fetch(`${url}/briefings/${EXAMPLE}/`)).text()
    // The title, from the page's data (the MDX body's source text has the new line anyway).
    expect(/<h1[^>]*>([^<]*)<\/h1>/.exec(body)?.[1]).toContain('Watch mode headline early')
  })

  it("serves pages whose CSP runs Vite's client as a file of the origin, never an inline script", async () => {
    const html = await (await fetch(`${url}/briefings/${EXAMPLE}/`)).text()
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1] ?? ''
    expect(html).toContain('src="/@vite/client"')
    const scripts = /script-src ([^;]*)/.exec(csp)?.[1]
    expect(scripts).toBe("'self'")
    expect(csp).toMatch(/default-src 'none'/)
    // Inline styles only (Vite's hot-reloaded styles, Astro's error overlay): CSS, never script.
    expect(/style-src ([^;]*)/.exec(csp)?.[1]).toBe("'self' 'unsafe-inline'")
  })

  it('adds a briefing for a new article and lists it on the home page', async () => {
    // Its sidecar's URL is a script: dropped, never linked, even where the CSP would not save it.
    writeFileSync(join(contentDir, 'new-bridge.meta.yaml'), 'outlet: The Bridge Post\nurl: "javascript:alert(1)"\n')
    writeFileSync(
      join(contentDir, 'new-bridge.txt'),
      'Town gets a new footbridge\n\n"It will be open by June," said Mayor Rosa Kent.\n'
    )
    await waitFor(
      `${url}/briefings/new-bridge/`,
      (status, body) => status === 200 && body.includes('Town gets a new footbridge')
    )
    await waitFor(`${url}/`, (status, body) => body.includes('/briefings/new-bridge/'))
    const page = await (await fetch(`${url}/briefings/new-bridge/`)).text()
    expect(page).toContain('The Bridge Post')
    expect(page).not.toMatch(/href="\s*javascript:/i)
    expect(output).toMatch(/new-bridge\.meta\.yaml: url only http and https addresses are linked, not "javascript:"/)
  })

  it('applies a corrections sidecar when it is saved', async () => {
    writeFileSync(
      join(contentDir, 'new-bridge.corrections.yaml'),
      'speakers:\n  - match: Rosa Kent\n    rename: Rosalind Kent\n  - match: Nobody At All\n    role: ghost\n'
    )
    // The renamed speaker and the warning for the stale correction both show.
    await waitFor(
      `${url}/briefings/new-bridge/`,
      (status, page) => page.includes('Rosalind Kent') && /no longer matches/.test(page)
    )
  })

  it('shows the articles that npm run add -- --feed files while it runs', async () => {
    // A feed and its item's page on a local server; the CLI runs as a user would run it.
    const item = readFileSync(join(ROOT, 'tests/fixtures/ingest/byline-by-prefix/input.html'))
    const feedServer = createServer((request, response) => {
      if (request.url === '/feed.xml') {
        response.writeHead(200, { 'content-type': 'application/rss+xml' })
        response.end(
          `<rss version="2.0"><channel><title>T</title><item><title>Ferry</title><link>${feedOrigin}/ferry</link><guid>ferry-1</guid></item></channel></rss>`
        )
      } else {
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
        response.end(item)
      }
    })
    await new Promise<void>((done) => feedServer.listen(0, '127.0.0.1', done))
    const feedOrigin = `http://127.0.0.1:${(feedServer.address() as AddressInfo).port}`
    try {
      const added = await new Promise<string>((done, fail) =>
        execFile(
          process.execPath,
          ['scripts/add.ts', '--feed', `${feedOrigin}/feed.xml`, '--content', contentDir],
          { cwd: ROOT, encoding: 'utf8' },
          (error, stdout, stderr) => (error ? fail(new Error(stderr)) : done(stdout))
        )
      )
      expect(added).toContain('1 new, 0 filed before, 0 failed')
      const slug = 'ferry-operator-adds-winter-sailings-to-the-islands'
      await waitFor(
        `${url}/briefings/${slug}/`,
        (status, body) => status === 200 && body.includes('Ferry operator adds winter sailings to the islands')
      )
      await waitFor(`${url}/`, (status, body) => body.includes(`/briefings/${slug}/`))
    } finally {
      feedServer.closeAllConnections()
      await new Promise((done) => feedServer.close(done))
    }
  })

  it('removes the briefing of a deleted article', async () => {
    unlinkSync(join(contentDir, 'new-bridge.txt'))
    await waitFor(`${url}/briefings/new-bridge/`, (status) => status === 404)
    await waitFor(`${url}/`, (status, body) => status === 200 && !body.includes('/briefings/new-bridge/'))
  })

  const chromium = findChromium()
  it.skipIf(!chromium)('reloads the open page by itself when the article is saved (headless Chromium)', async () => {
    const { chromium: launcher } = await import('playwright-core')
    const browser = await launcher.launch({ executablePath: chromium!, args: CHROMIUM_ARGS })
    try {
      const page = await browser.newPage()
      const violations: string[] = []
      page.on('console', (message) => {
        if (/Content Security Policy|Content-Security-Policy/i.test(message.text()))
          violations.push(`${message.text()} (${JSON.stringify(message.location())})`)
      })
      await page.goto(`${url}/briefings/${EXAMPLE}/`)
      await page.waitForLoadState('networkidle')
      const text = readFileSync(article, 'utf8')
      writeFileSync(article, text.replace(/^[^\n]*/, 'Watch mode headline two'))
      await page.waitForFunction(
        () => document.querySelector('h1')?.textContent?.includes('Watch mode headline two'),
        undefined,
        { timeout: 15_000 }
      )
      expect(violations, violations.join('\n')).toEqual([])
    } finally {
      await browser.close()
    }
  })
})
