/**
 * The search index (src/lib/search/search-index.ts): one Pagefind index, fed page by page while
 * Astro builds, which must find what Pagefind's own crawl of the built folder finds. Every search
 * goes through Pagefind's JS API and WebAssembly over HTTP (tests/helpers/search.ts), and is
 * compared with a crawl of the same output: the same pages, the same scores, the same order
 * (pages of equal score aside).
 *
 * - driven through its Astro integration by a stand-in for Astro (which empties the output, renders
 *   some pages through the prerenderer, keeping a copy of each as its incremental build does, and
 *   copies the others from those copies): a first build, a build with nothing changed (every page
 *   from the previous build), a changed, a deleted and an added page, a page without a key, a copy
 *   changed since it was indexed, an output that is not what Astro copied, a page rendered again
 *   under its old key, an unreadable manifest and a site with no `data-pagefind-body`;
 * - a real build (`node scripts/build.ts`): an edited article is found by a word only it has, in
 *   the browser too; a deleted one is not; queries drawn from the pages find what the crawl finds.
 */
import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  unlinkSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import type { AstroPrerenderer } from 'astro'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { writeArticles } from '../scripts/bench/generate-articles.ts'
import { CHROMIUM_ARGS, findChromium } from '../src/lib/pdf/chromium.ts'
import { startSearchIndex, type SearchIndexResult } from '../src/lib/search/search-index.ts'
import { previewSite } from '../src/lib/serve/preview.ts'
import { closeSearchServers, crawlIndex, openSearch, ranked, searchQueries, type Hit } from './helpers/search.ts'

const ROOT = resolve(import.meta.dirname, '..')
const base = mkdtempSync(join(tmpdir(), 'briefing-search-'))
afterAll(() => rmSync(base, { recursive: true, force: true }))
afterAll(closeSearchServers)

/** A made-up word for page `i`: four letters, none a prefix of another, in no dictionary. */
function word(i: number): string {
  return `qq${String.fromCharCode(97 + Math.floor(i / 26))}${String.fromCharCode(97 + (i % 26))}`
}

/** A page like the site's: navigation and footer outside the indexed `main`. */
function html(title: string, text: string, indexed = true): string {
  return (
    `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>${title} – Briefing</title></head><body>` +
    `<header><nav><a href="/">Briefings</a> <a href="/speakers/">Speakers</a></nav></header>` +
    `<main id="main"${indexed ? ' data-pagefind-body' : ''}><h1>${title}</h1><p>${text}</p>` +
    `<h2 id="more">More on the council</h2><p>The council said the budget would pass on Tuesday.</p></main>` +
    `<footer><p>Check before you cite.</p></footer></body></html>`
  )
}

/** The URL of page `i` of the synthetic site. */
const urlOf = (i: number): string => `/${['briefings', 'speakers', 'issues'][i % 3]}/page-${i}/`

/** The pages of the synthetic site, by URL: the indexed ones with a key, home and search without. */
function sitePages(count: number, indexed = true): Map<string, string> {
  const pages = new Map<string, string>()
  for (let i = 0; i < count; i++)
    pages.set(
      urlOf(i),
      html(`Page ${i}`, `The council debated water bills and rail fares. Only this page says ${word(i)}.`, indexed)
    )
  pages.set('/', html('Home', 'Every briefing. qqhome appears only here.', false))
  pages.set('/search/', html('Search', 'Search the briefings.', false))
  return pages
}

/** The file of a URL (`/a/` -> `a/index.html`). */
const fileOf = (url: string): string => `${url.slice(1)}index.html`
/** A page's key: a hash of its content, as the build's keys hash what a page shows. */
const keyOf = (content: string): string => createHash('sha256').update(content).digest('hex').slice(0, 24)

/** The keys of the pages that have one (briefings, speakers, issues): a hash of their content. */
function keysOf(pages: Map<string, string>): Record<string, string> {
  return Object.fromEntries(
    [...pages].filter(([url]) => url.split('/').length > 3).map(([url, content]) => [url, keyOf(content)])
  )
}

/** A site's folders: its output, the build's cache, Astro's copies of the pages it rendered. */
interface Site {
  outDir: string
  cacheDir: string
  astroPagesDir: string
}

/** The folders of a test site. */
const siteIn = (dir: string): Site => ({
  outDir: join(dir, 'dist'),
  cacheDir: join(dir, 'cache'),
  astroPagesDir: join(dir, 'astro-cache/dist')
})

/**
 * A build as Astro makes it, with the search index beside it: the output is emptied, the pages in
 * `render` (and those Astro has no copy of) go through the prerenderer (the integration hands them
 * to the index) and are written, with a copy kept as Astro's incremental build keeps one; the
 * others are copied from those copies. Then the index is finished.
 *
 * @param site the site's folders.
 * @param pages every page, by URL.
 * @param options which pages Astro renders (default all), their keys (default from their content),
 *   bytes that land in the output instead of what Astro copied (something else writing there).
 * @returns what the index did.
 */
async function fakeBuild(
  site: Site,
  pages: Map<string, string>,
  options: {
    render?: (url: string) => boolean
    keys?: Record<string, string>
    written?: Map<string, string>
  } = {}
): Promise<SearchIndexResult> {
  const keys = options.keys ?? keysOf(pages)
  const session = startSearchIndex({ ...site, pageKeys: keys, siteVersion: 'test-site' })
  let prerenderer: AstroPrerenderer | undefined
  const hooks = session.integration.hooks as {
    'astro:build:start': (params: { setPrerenderer: (value: unknown) => void }) => void
  }
  const astro: AstroPrerenderer = {
    name: 'astro:default',
    getStaticPaths: async () => [...pages.keys()].map((url) => ({ pathname: url.replace(/\/$/, '') || '/' })) as never,
    render: async (request) => new Response(pages.get(new URL(request.url).pathname)!)
  }
  hooks['astro:build:start']({
    setPrerenderer: (value) => (prerenderer = (value as (base: AstroPrerenderer) => AstroPrerenderer)(astro))
  })
  rmSync(site.outDir, { recursive: true, force: true })
  mkdirSync(site.outDir, { recursive: true })
  for (const path of await prerenderer!.getStaticPaths()) {
    const url = path.pathname === '/' ? '/' : `${path.pathname}/`
    const copy = join(site.astroPagesDir, fileOf(url))
    let content: string
    if ((options.render?.(url) ?? true) || !existsSync(copy)) {
      const response = await prerenderer!.render(new Request(`http://localhost${url}`), { routeData: {} as never })
      content = await (response instanceof Response ? response : response.response).text()
      mkdirSync(dirname(copy), { recursive: true })
      writeFileSync(copy, content)
    } else content = readFileSync(copy, 'utf8')
    mkdirSync(dirname(join(site.outDir, fileOf(url))), { recursive: true })
    writeFileSync(join(site.outDir, fileOf(url)), options.written?.get(url) ?? content)
  }
  return session.finish()
}

/** Search one bundle of a site with every query, one after the other. */
async function searchAll(outDir: string, queries: string[], bundle = 'pagefind'): Promise<Hit[][]> {
  const site = await openSearch(outDir, bundle)
  try {
    const found: Hit[][] = []
    for (const query of queries) found.push(await site.hits(query))
    return found
  } finally {
    await site.close()
  }
}

/** The URLs each query finds in the built index. */
async function searchUrls(outDir: string, ...queries: string[]): Promise<string[][]> {
  return (await searchAll(outDir, queries)).map((hits) => hits.map((hit) => hit.url))
}

/**
 * Check that the built index finds what Pagefind's crawl of the same output finds: for every query
 * the same pages, scores (to float rounding) and order, pages of equal score in any order.
 */
async function expectSameAsCrawl(outDir: string, queries: string[]): Promise<void> {
  await crawlIndex(outDir)
  const built = await searchAll(outDir, queries)
  const crawled = await searchAll(outDir, queries, 'pagefind-crawl')
  for (const [i, query] of queries.entries()) {
    const a = ranked(built[i]!)
    const b = ranked(crawled[i]!)
    expect(
      a.map((hit) => hit.url),
      query
    ).toEqual(b.map((hit) => hit.url))
    for (const [j, hit] of a.entries()) expect(hit.score, query).toBeCloseTo(b[j]!.score, 3)
  }
  rmSync(join(outDir, 'pagefind-crawl'), { recursive: true, force: true })
}

const QUERIES = (count: number): string[] => [
  word(0),
  word(17),
  word(count - 1),
  'council',
  'water bills',
  'rail',
  'budget Tuesday',
  'qqhome',
  'qqnewword'
]

describe('the search index, fed while Astro builds', () => {
  const COUNT = 60
  const site = siteIn(join(base, 'site'))
  const pages = sitePages(COUNT)

  it('indexes a first build from the pages Astro renders, as the crawl does', async () => {
    const result = await fakeBuild(site, pages)
    expect(result).toMatchObject({ pages: COUNT, fromPrevious: 0, rendered: COUNT, fromOutput: 0 })
    expect(result.full).toBe('no index from a previous build')
    await expectSameAsCrawl(site.outDir, QUERIES(COUNT))
    const [first, home] = await searchUrls(site.outDir, word(0), 'qqhome')
    expect(first).toEqual([urlOf(0)])
    // The home and search pages have no data-pagefind-body: left out, as by Pagefind's crawl.
    expect(home).toEqual([])
  })

  it('takes every page from the previous build when nothing changed (Astro copies them from its cache)', async () => {
    const result = await fakeBuild(site, pages, { render: (url) => !url.includes('/page-') })
    expect(result).toMatchObject({ pages: COUNT, fromPrevious: COUNT, rendered: 0, fromOutput: 0, full: null })
    await expectSameAsCrawl(site.outDir, QUERIES(COUNT))
  })

  it('finds a changed page by its new text and not by its old; the others come from the previous build', async () => {
    pages.set(urlOf(4), pages.get(urlOf(4))!.replace(word(4), 'qqnewword'))
    const result = await fakeBuild(site, pages, { render: (url) => url === urlOf(4) || !url.includes('/page-') })
    expect(result).toMatchObject({ fromPrevious: COUNT - 1, rendered: 1, fromOutput: 0, full: null })
    const [now, old, shared] = await searchUrls(site.outDir, 'qqnewword', word(4), 'council')
    expect(now).toEqual([urlOf(4)])
    expect(old).toEqual([])
    expect(shared).toHaveLength(COUNT)
    await expectSameAsCrawl(site.outDir, QUERIES(COUNT))
  })

  it('drops a deleted page and finds an added one', async () => {
    pages.delete(urlOf(9))
    pages.set('/issues/added/', html('Added', 'A new issue page says qqzadded.'))
    const result = await fakeBuild(site, pages, { render: (url) => url === '/issues/added/' })
    expect(result).toMatchObject({ pages: COUNT, fromPrevious: COUNT - 1, rendered: 1, full: null })
    const [deleted, added, shared] = await searchUrls(site.outDir, word(9), 'qqzadded', 'council')
    expect(deleted).toEqual([])
    expect(added).toEqual(['/issues/added/'])
    expect(shared).not.toContain(urlOf(9))
    await expectSameAsCrawl(site.outDir, QUERIES(COUNT))
  })

  it('reads a page Astro copied from its cache that the index did not have (no key)', async () => {
    const keys = keysOf(pages)
    delete keys[urlOf(5)]
    const result = await fakeBuild(site, pages, { render: () => false, keys })
    expect(result).toMatchObject({ fromPrevious: COUNT - 1, rendered: 0, fromOutput: 1, full: null })
    await expectSameAsCrawl(site.outDir, QUERIES(COUNT))
  })

  it('reads from the output a page whose copy changed since it was indexed', async () => {
    await fakeBuild(site, pages, { render: () => false })
    const copy = join(site.astroPagesDir, fileOf(urlOf(10)))
    writeFileSync(copy, html('Copied', 'Another build wrote this copy: qqothercopy.'))
    const result = await fakeBuild(site, pages, { render: () => false })
    expect(result).toMatchObject({ fromPrevious: COUNT - 1, fromOutput: 1, full: null })
    const [other, mine] = await searchUrls(site.outDir, 'qqothercopy', word(10))
    expect(other).toEqual([urlOf(10)])
    expect(mine).toEqual([])
    await expectSameAsCrawl(site.outDir, QUERIES(COUNT))
    writeFileSync(copy, pages.get(urlOf(10))!)
    await fakeBuild(site, pages, { render: (url) => url === urlOf(10) })
  })

  it('makes the index again from the output when the output is not the page indexed', async () => {
    const other = pages.get(urlOf(7))!.replace(word(7), 'qqdifferent-and-longer')
    const result = await fakeBuild(site, pages, { render: () => false, written: new Map([[urlOf(7), other]]) })
    expect(result.full).toMatch(/is not the page indexed/)
    expect(result).toMatchObject({ pages: COUNT, fromPrevious: 0, fromOutput: COUNT })
    const [now] = await searchUrls(site.outDir, 'qqdifferent')
    expect(now).toEqual([urlOf(7)])
    await expectSameAsCrawl(site.outDir, QUERIES(COUNT))
  })

  it('holds what Astro rendered when it renders again a page whose key did not change', async () => {
    await fakeBuild(site, pages, { render: () => false })
    const keys = keysOf(pages)
    pages.set(urlOf(8), pages.get(urlOf(8))!.replace(word(8), 'qqzz'))
    await fakeBuild(site, pages, { render: (url) => url === urlOf(8), keys })
    const [now, old] = await searchUrls(site.outDir, 'qqzz', word(8))
    expect(now).toEqual([urlOf(8)])
    expect(old).toEqual([])
    await expectSameAsCrawl(site.outDir, QUERIES(COUNT))
  })

  it('indexes everything from what Astro writes when the manifest is unreadable', async () => {
    writeFileSync(join(site.cacheDir, 'search/manifest.json'), '{"key": "not json at all')
    const result = await fakeBuild(site, pages, { render: (url) => url === urlOf(11) })
    expect(result).toMatchObject({ fromPrevious: 0, rendered: 1, fromOutput: COUNT - 1 })
    expect(result.full).toBe('no index from a previous build')
    await expectSameAsCrawl(site.outDir, QUERIES(COUNT))
  })

  it('indexes every page when no page has data-pagefind-body, as the crawl does', async () => {
    const plain = siteIn(join(base, 'plain'))
    const result = await fakeBuild(plain, sitePages(6, false))
    expect(result.pages).toBe(8)
    await expectSameAsCrawl(plain.outDir, ['qqhome', 'council', word(3)])
  })
})

const chromiumPath = findChromium()
const SKIP = 'SKIPPED: no Chromium found (apt-get install chromium, or set CHROMIUM_PATH)'
if (!chromiumPath) console.warn(`search-index: ${SKIP} (the browser half of the real build test)`)

describe('a real build', () => {
  const contentDir = join(base, 'real/articles')
  const outDir = join(base, 'real/dist')
  const cacheDir = join(base, 'real/cache')
  let generated: string | undefined
  const runs: { status: number | null; stdout: string; stderr: string }[] = []

  /** `node scripts/build.ts` over the temporary site. */
  function build(): Promise<{ status: number | null; stdout: string; stderr: string }> {
    return new Promise((done) => {
      const child = spawn(
        process.execPath,
        ['scripts/build.ts', '--content', contentDir, '--out', outDir, '--cache', cacheDir, '--no-pdf'],
        { cwd: ROOT, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } }
      )
      let stdout = ''
      let stderr = ''
      child.stdout.on('data', (chunk) => (stdout += chunk))
      child.stderr.on('data', (chunk) => (stderr += chunk))
      child.on('close', (status) => {
        generated ??= /generated in (src\/generated\/[0-9a-f]+)/.exec(stdout)?.[1]
        runs.push({ status, stdout, stderr })
        done({ status, stdout, stderr })
      })
    })
  }

  const EDITED = 'parks-budget'
  // The word is in no quote or figure: the page's "what changed" box, which lists removed quotes,
  // does not keep the old one on the page.
  const article = (word: string): string =>
    `Council spends more on parks\n\nThe council will spend £5 million on parks this year, the leader said.\n\nWork on the ${word} gardens begins in the spring.\n`

  beforeAll(async () => {
    writeArticles(contentDir, 4)
    writeFileSync(join(contentDir, `${EDITED}.txt`), article('Quorblaxian'))
    const first = await build()
    if (first.status !== 0) throw new Error(`the site did not build:\n${first.stdout}\n${first.stderr}`)
  })

  afterAll(() => {
    if (generated) rmSync(join(ROOT, generated), { recursive: true, force: true })
  })

  it('indexes the pages as Astro renders them and finds the article; queries find what the crawl finds', async () => {
    expect(runs[0]!.stdout).toMatch(
      /search index of \d+ pages in .* \(0 from the previous build, \d+ as Astro rendered/
    )
    const [found] = await searchUrls(outDir, 'Quorblaxian')
    expect(found).toContain(`/briefings/${EDITED}/`)
    const queries = searchQueries(outDir)
    await expectSameAsCrawl(outDir, [...queries.words.slice(0, 15), ...queries.phrases.slice(0, 15)])
  })

  it('after an edit, finds the article by its new word, not its old one, the other pages from the previous build', async () => {
    writeFileSync(join(contentDir, `${EDITED}.txt`), article('Zentrivane'))
    const run = await build()
    expect(run.status, run.stdout + run.stderr).toBe(0)
    const counts = /search index of (\d+) pages .*\((\d+) from the previous build, (\d+) as Astro rendered them/.exec(
      run.stdout
    )
    expect(counts, run.stdout).not.toBeNull()
    expect(Number(counts![2])).toBeGreaterThan(0)
    expect(Number(counts![3])).toBeGreaterThan(0)
    expect(Number(counts![3])).toBeLessThan(Number(counts![1]))
    const [now, old] = await searchUrls(outDir, 'Zentrivane', 'Quorblaxian')
    expect(now).toContain(`/briefings/${EDITED}/`)
    expect(old).toEqual([])
  })

  it.skipIf(!chromiumPath)('finds the new word on the search page in headless Chromium', async () => {
    const server = await previewSite(outDir)
    const { chromium } = await import('playwright-core')
    const browser: Browser = await chromium.launch({ executablePath: chromiumPath!, args: CHROMIUM_ARGS })
    try {
      const page = await browser.newPage()
      const errors: string[] = []
      page.on('pageerror', (error) => errors.push(String(error)))
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text())
      })
      await page.goto(`${server.url}/search/`)
      const input = page.locator('.pagefind-ui__search-input')
      await input.waitFor({ timeout: 15_000 })
      await input.fill('Zentrivane')
      // Results show as their data arrives.
      await expect
        .poll(
          () =>
            page
              .locator('.pagefind-ui__result-link')
              .evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href'))),
          { timeout: 15_000 }
        )
        .toContain(`/briefings/${EDITED}/`)
      await input.fill('council')
      await page
        .locator('.pagefind-ui__message')
        .filter({ hasText: /\d+ results? for council/ })
        .waitFor({ timeout: 15_000 })
      const message = await page.locator('.pagefind-ui__message').textContent()
      const [api] = await searchUrls(outDir, 'council')
      expect(message).toContain(`${api!.length} result`)
      expect(errors).toEqual([])
    } finally {
      await browser.close()
      await server.close()
    }
  })

  it('drops a deleted article from the index', async () => {
    unlinkSync(join(contentDir, `${EDITED}.txt`))
    const run = await build()
    expect(run.status, run.stdout + run.stderr).toBe(0)
    const [gone] = await searchUrls(outDir, 'Zentrivane')
    expect(gone).toEqual([])
  })

  it('takes every page from the previous build when nothing changed', async () => {
    const [before] = await searchUrls(outDir, 'council')
    const run = await build()
    expect(run.status, run.stdout + run.stderr).toBe(0)
    expect(run.stdout).toMatch(/search index of (\d+) pages .*\(\1 from the previous build, 0 as Astro rendered them/)
    const [after] = await searchUrls(outDir, 'council')
    expect(after!.length).toBeGreaterThan(4)
    expect([...after!].sort()).toEqual([...before!].sort())
    expect(readdirSync(join(cacheDir, 'search')).sort()).toEqual(['manifest.json'])
  })
})
