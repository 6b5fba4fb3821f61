/**
 * `npm run add -- URL` and `npm run add -- --feed URL` against a local `node:http` server on a
 * free port, serving the fixture pages of `tests/fixtures/ingest/` and the feeds of its
 * `feed-rss/` and `feed-atom/` (nothing reaches the internet): redirects, HTTP errors, content
 * types, size and time limits, the HTTP charset, and feeds filed once each, a failed item
 * reported while the others are filed.
 */
import { execFile } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parse as parseYaml } from 'yaml'
import { addFeed, addUrl, FeedRecord, fetchResource, readFeed } from '../src/lib/ingest/index.ts'

const ROOT = resolve(import.meta.dirname, '..')
const FIXTURES = join(import.meta.dirname, 'fixtures/ingest')
const base = mkdtempSync(join(tmpdir(), 'briefing-ingest-web-'))
let server: Server
let origin = ''
/** An item the RSS feed lists once the test adds it (a feed that gained a story). */
let extraItem = ''

/** A fixture page's bytes. */
const page = (name: string): Buffer => readFileSync(join(FIXTURES, name, 'input.html'))
/** A fixture feed, its links pointing at the server. */
const feed = (name: string): string =>
  readFileSync(join(FIXTURES, name, 'feed.xml'), 'utf8')
    .replaceAll('{{base}}', origin)
    .replace('</channel>', `${extraItem}</channel>`)

beforeAll(async () => {
  server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname
    const send = (status: number, type: string, body: string | Buffer, headers: Record<string, string> = {}): void => {
      response.writeHead(status, { 'content-type': type, ...headers })
      response.end(body)
    }
    const redirect = /^\/redirect\/(\d+)$/.exec(path)
    if (path.startsWith('/pages/')) send(200, 'text/html; charset=utf-8', page(path.slice(7)))
    else if (path === '/no-type') {
      response.writeHead(200)
      response.end(page('byline-by-prefix'))
    } else if (path === '/http-charset')
      // windows-1251 bytes, the charset only in the header
      send(
        200,
        'text/html; charset=windows-1251',
        Buffer.from(
          page('charset-windows-1251').toString('latin1').replace('<meta charset="windows-1251">', ''),
          'latin1'
        )
      )
    else if (redirect) {
      const left = Number(redirect[1])
      send(left ? 302 : 301, 'text/plain', '', {
        location: left ? `/redirect/${left - 1}` : `${origin}/pages/byline-by-prefix`
      })
    } else if (path === '/loop') send(302, 'text/plain', '', { location: '/loop' })
    else if (path === '/to-ftp') send(302, 'text/plain', '', { location: 'ftp://files.example.test/page.html' })
    else if (path === '/pdf') send(200, 'application/pdf', '%PDF-1.4')
    else if (path === '/big') {
      const body = `<!doctype html><p>${'x'.repeat(3000)}</p>`
      send(200, 'text/html', body, { 'content-length': String(Buffer.byteLength(body)) })
    } else if (path === '/big-chunked') {
      response.writeHead(200, { 'content-type': 'text/html' })
      for (let i = 0; i < 5; i++) response.write(`<p>${'y'.repeat(600)}</p>`)
      response.end()
    } else if (path === '/slow') setTimeout(() => send(200, 'text/html', page('byline-by-prefix')), 3000).unref()
    else if (path === '/slow-body') {
      response.writeHead(200, { 'content-type': 'text/html' })
      response.write('<!doctype html><p>')
      setTimeout(() => response.end('</p>'), 3000).unref()
    } else if (path === '/server-error') send(500, 'text/html', 'oops')
    else if (path === '/feed.xml') send(200, 'application/rss+xml; charset=utf-8', feed('feed-rss'))
    else if (path === '/atom.xml') send(200, 'application/atom+xml', feed('feed-atom'))
    else if (path === '/not-a-feed.xml') send(200, 'application/xml', '<note><to>Editor</to></note>')
    else send(404, 'text/html', '<!doctype html><title>Not found</title><p>Not found</p>')
  })
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterAll(async () => {
  server.closeAllConnections()
  await new Promise((done) => server.close(done))
  rmSync(base, { recursive: true, force: true })
})

/** Run `node scripts/add.ts ARGS` without blocking the server in this process. */
function runAdd(args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(process.execPath, ['scripts/add.ts', ...args], { cwd: ROOT, encoding: 'utf8' }, (error, stdout, stderr) =>
      done({ status: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr })
    )
  })
}

/** The files of a folder (none when it does not exist). */
const filesIn = (dir: string): string[] => (existsSync(dir) ? readdirSync(dir).sort() : [])

describe('fetching', () => {
  it('follows redirects up to a cap', async () => {
    const fetched = await fetchResource(`${origin}/redirect/3`)
    expect(fetched.url).toBe(`${origin}/pages/byline-by-prefix`)
    expect(new TextDecoder().decode(fetched.bytes)).toContain('Ferry operator adds winter sailings')
    await expect(fetchResource(`${origin}/redirect/3`, { maxRedirects: 2 })).rejects.toThrow(
      `${origin}/redirect/3: more than 2 redirects`
    )
    await expect(fetchResource(`${origin}/loop`)).rejects.toThrow(/: more than 5 redirects$/)
  })

  it('refuses what is not http(s), an HTTP error or not an HTML page, naming the URL', async () => {
    await expect(fetchResource('ftp://files.example.test/page.html')).rejects.toThrow(
      'ftp://files.example.test/page.html: only http and https URLs can be fetched, not ftp'
    )
    await expect(fetchResource('file:///etc/hostname')).rejects.toThrow(/only http and https URLs/)
    await expect(fetchResource(`${origin}/to-ftp`)).rejects.toThrow(/redirected to a ftp URL, not http or https/)
    await expect(fetchResource(`${origin}/missing/x`)).rejects.toThrow(`${origin}/missing/x: HTTP 404 Not Found`)
    await expect(fetchResource(`${origin}/server-error`)).rejects.toThrow(/: HTTP 500 Internal Server Error$/)
    await expect(fetchResource(`${origin}/pdf`)).rejects.toThrow(
      `${origin}/pdf: not an HTML page (content type application/pdf)`
    )
    await expect(fetchResource(`${origin}/pages/empty`, { kind: 'feed' })).rejects.toThrow(
      /not an RSS or Atom feed \(content type text\/html\)/
    )
    const closed = await new Promise<number>((done) => {
      const probe = createServer()
      probe.listen(0, '127.0.0.1', () => {
        const port = (probe.address() as AddressInfo).port
        probe.close(() => done(port))
      })
    })
    await expect(fetchResource(`http://127.0.0.1:${closed}/`)).rejects.toThrow(/the connection was refused/)
  })

  it('stops at the size limit, declared or not', async () => {
    await expect(fetchResource(`${origin}/big`, { maxBytes: 1000 })).rejects.toThrow(
      /\/big: too large \(\d+ bytes; the limit is 1000\)/
    )
    await expect(fetchResource(`${origin}/big-chunked`, { maxBytes: 1000 })).rejects.toThrow(
      /\/big-chunked: too large \(more than 1000 bytes\)/
    )
    expect((await fetchResource(`${origin}/big`)).bytes.length).toBeGreaterThan(3000)
  })

  it('stops at the time limit, waiting for the headers or the body', async () => {
    await expect(fetchResource(`${origin}/slow`, { timeoutMs: 300 })).rejects.toThrow(
      `${origin}/slow: timed out after 300 ms`
    )
    await expect(fetchResource(`${origin}/slow-body`, { timeoutMs: 300 })).rejects.toThrow(/timed out after 300 ms/)
  })
})

describe('npm run add -- URL', () => {
  it('files a page like a saved one, the URL in its sidecar', async () => {
    const contentDir = join(base, 'url')
    const added = await addUrl(`${origin}/pages/date-itemprop-time`, { content: contentDir })
    expect(added.format).toBe('html')
    expect(readFileSync(added.file, 'utf8')).toBe(readFileSync(join(FIXTURES, 'date-itemprop-time/output.txt'), 'utf8'))
    expect(parseYaml(readFileSync(added.metaFile!, 'utf8'))).toEqual({
      ...JSON.parse(readFileSync(join(FIXTURES, 'date-itemprop-time/output.meta.json'), 'utf8')),
      url: `${origin}/pages/date-itemprop-time`,
      outlet: '127.0.0.1'
    })
    // A page naming its canonical URL is recorded by it; one served without a content type is judged by its bytes.
    const canonical = await addUrl(`${origin}/no-type`, { content: contentDir })
    expect(parseYaml(readFileSync(canonical.metaFile!, 'utf8')).url).toBe(
      'https://www.exampleledger.test/transport/winter-sailings'
    )
  })

  it('decodes a page by the charset of its HTTP header', async () => {
    const added = await addUrl(`${origin}/http-charset`, { content: join(base, 'url-charset') })
    expect(readFileSync(added.file, 'utf8')).toMatch(/^Городской совет одобрил ремонт набережной\n/)
  })

  it('files from the command line, and refuses with the URL and the reason, filing nothing', async () => {
    const contentDir = join(base, 'url-cli')
    const run = await runAdd([`${origin}/redirect/1`, '--content', contentDir])
    expect(run.status, run.stderr).toBe(0)
    expect(run.stdout).toMatch(
      /^add: .*ferry-operator-adds-winter-sailings-to-the-islands\.txt \(html\) and .*\.meta\.yaml\n$/
    )
    for (const [path, reason] of [
      ['/pdf', 'not an HTML page (content type application/pdf)'],
      ['/missing/page', 'HTTP 404 Not Found'],
      ['/pages/empty', 'no article body found in the HTML page']
    ]) {
      const failed = await runAdd([`${origin}${path}`, '--content', join(base, 'url-cli-failed')])
      expect(failed.status).toBe(1)
      expect(failed.stderr).toContain(`add: ${origin}${path}: ${reason}`)
    }
    expect(filesIn(join(base, 'url-cli-failed'))).toEqual([])
  })
})

describe('npm run add -- --feed URL', () => {
  it('reads RSS 2.0 and Atom items, oldest first', () => {
    const rss = readFeed(feed('feed-rss'), 'feed-rss')
    expect(rss.entries.map((entry) => [entry.key, entry.date])).toEqual([
      ['ledger-2016-1222-mill', '2016-12-22'],
      ['ledger-2016-1223-signals', '2016-12-23'],
      ['ledger-2018-0517-tram', '2018-05-17']
    ])
    const atom = readFeed(feed('feed-atom'), 'feed-atom')
    expect(atom.entries.map((entry) => entry.url)).toEqual([`${origin}/pages/no-date`, `${origin}/pages/blockquote`])
    expect(() => readFeed('<note>hi</note>', 'x.xml')).toThrow('x.xml: not an RSS or Atom feed')
  })

  it('files every new item once, reports a failed one and files the others', async () => {
    const contentDir = join(base, 'feed')
    const first = await addFeed(`${origin}/feed.xml`, { content: contentDir })
    expect(first.added.map((item) => item.slug)).toEqual([
      'council-buys-empty-mill-for-new-library',
      'tram-extension-approved-by-city-assembly'
    ])
    expect(first.failed).toEqual([{ url: `${origin}/missing/signal-fault`, reason: 'HTTP 404 Not Found' }])
    expect(first.known).toBe(0)
    expect(filesIn(contentDir)).toEqual([
      '.feeds.yaml',
      'council-buys-empty-mill-for-new-library.meta.yaml',
      'council-buys-empty-mill-for-new-library.txt',
      'tram-extension-approved-by-city-assembly.meta.yaml',
      'tram-extension-approved-by-city-assembly.txt'
    ])
    const record = parseYaml(readFileSync(join(contentDir, '.feeds.yaml'), 'utf8'))
    expect(
      record.feeds[`${origin}/feed.xml`].map((item: { key: string; file: string }) => [item.key, item.file])
    ).toEqual([
      ['ledger-2016-1222-mill', 'council-buys-empty-mill-for-new-library.txt'],
      ['ledger-2018-0517-tram', 'tram-extension-approved-by-city-assembly.txt']
    ])

    // Again: nothing new is filed; the failed item is tried again.
    const again = await addFeed(`${origin}/feed.xml`, { content: contentDir })
    expect([again.added.length, again.known, again.failed.length]).toEqual([0, 2, 1])

    // The feed gains a story: only it is filed.
    extraItem = `<item><title>Ferry winter sailings</title><link>${origin}/pages/byline-by-prefix</link><guid>ledger-2024-1104-ferry</guid><pubDate>Mon, 04 Nov 2024 07:15:00 GMT</pubDate></item>`
    try {
      const third = await addFeed(`${origin}/feed.xml`, { content: contentDir })
      expect(third.added.map((item) => item.slug)).toEqual(['ferry-operator-adds-winter-sailings-to-the-islands'])
      expect(third.known).toBe(2)
    } finally {
      extraItem = ''
    }
    expect(new FeedRecord(contentDir).has(`${origin}/feed.xml`, 'other-key', `${origin}/pages/byline-by-prefix`)).toBe(
      true
    )
  })

  it('takes the date the page lacks from the feed (Atom)', async () => {
    const contentDir = join(base, 'atom')
    const result = await addFeed(`${origin}/atom.xml`, { content: contentDir })
    expect(result.failed).toEqual([])
    const [school, inquiry] = result.added
    expect(parseYaml(readFileSync(school!.metaFile!, 'utf8')).date).toBe('2024-03-04')
    expect(parseYaml(readFileSync(inquiry!.metaFile!, 'utf8')).date).toBe('2024-10-08')
  })

  it('runs from the command line: one line per item, a summary, status 1 when an item failed', async () => {
    const contentDir = join(base, 'feed-cli')
    const run = await runAdd(['--feed', `${origin}/feed.xml`, '--content', contentDir])
    expect(run.status).toBe(1)
    expect(run.stdout).toMatch(/add: .*council-buys-empty-mill-for-new-library\.txt \(html\) and .* from http/)
    expect(run.stdout).toContain(`add: ${origin}/feed.xml: 2 new, 0 filed before, 1 failed (record: `)
    expect(run.stderr).toContain(`add: ${origin}/missing/signal-fault: HTTP 404 Not Found`)
    const atom = await runAdd(['--feed', `${origin}/atom.xml`, '--content', contentDir])
    expect(atom.status, atom.stderr).toBe(0)
    const bad = await runAdd(['--feed', `${origin}/not-a-feed.xml`, '--content', contentDir])
    expect(bad.status).toBe(1)
    expect(bad.stderr).toBe(`add: ${origin}/not-a-feed.xml: not an RSS or Atom feed\n`)
    for (const extra of [['extra.html'], ['--slug', 'one-slug']]) {
      const usage = await runAdd(['--feed', `${origin}/feed.xml`, ...extra])
      expect(usage.status).toBe(2)
      expect(usage.stderr).toMatch(/^add: --feed takes no FILE, --slug or --date \(each item has its own\)\nusage: /)
    }
    const asPage = await runAdd([`${origin}/feed.xml`, '--content', contentDir])
    expect(asPage.stderr).toContain(
      'not an HTML page (content type application/rss+xml: a feed, to be added with --feed)'
    )
  })
})
