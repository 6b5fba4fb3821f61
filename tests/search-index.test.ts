/**
 * The incremental search index (src/lib/search/search-index.ts): pages sharded by URL, each shard a
 * Pagefind bundle kept in the build cache and indexed again only when one of its pages changes;
 * the search page merges the shards. Every search here goes through Pagefind's own JS API and
 * WebAssembly, over HTTP, with the shards merged as the search page merges them
 * (tests/helpers/search.ts), and, on a real build, through the search page in headless Chromium.
 *
 * - a full index from an empty cache indexes each page exactly as one Pagefind index of the site
 *   does (the same fragments), and finds the same pages;
 * - nothing changed: nothing is indexed again;
 * - a changed page is found by its new text, not its old; only its shard is indexed again;
 * - a deleted page vanishes from the index, an added one is found, a shard left empty goes;
 * - a missing, unreadable or outdated manifest gives a full index, a damaged bundle in the cache
 *   is indexed again;
 * - pages without `data-pagefind-body` stay out, as with Pagefind's crawl;
 * - a real build (`node scripts/build.ts`): an edited article is found by a word only it has, in
 *   the browser; a deleted one is not.
 */
import { spawn } from 'node:child_process'
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  unlinkSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildSearchIndex, shardOf } from '../src/lib/search/search-index.ts'

/** The sharded index under test (the build's default is one index: {@link SEARCH_SHARDS}). */
const SHARDS = 16
import { generateArticles } from '../scripts/bench/measure-rebuild.ts'
import { CHROMIUM_ARGS, findChromium } from '../src/lib/pdf/chromium.ts'
import { previewSite } from '../src/lib/serve/preview.ts'
import { closeSearchServers, openSearch } from './helpers/search.ts'

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

/** The pages of the synthetic site: `path -> html`. */
function sitePages(count: number): Map<string, string> {
  const pages = new Map<string, string>()
  const kinds = ['briefings', 'speakers', 'issues']
  for (let i = 0; i < count; i++) {
    const kind = kinds[i % 3]!
    pages.set(
      `${kind}/page-${i}/index.html`,
      html(`Page ${i}`, `The council debated water bills and rail fares. Only this page says ${word(i)}.`)
    )
  }
  pages.set('index.html', html('Home', 'Every briefing. qqhome appears only here.', false))
  pages.set('search/index.html', html('Search', 'Search the briefings.', false))
  return pages
}

/** Write pages into a site folder (replacing it). */
function writeSite(dir: string, pages: Map<string, string>): void {
  rmSync(dir, { recursive: true, force: true })
  for (const [path, content] of pages) {
    mkdirSync(dirname(join(dir, path)), { recursive: true })
    writeFileSync(join(dir, path), content)
  }
}

/** Every file under a folder, relative paths. */
function files(dir: string, prefix = ''): string[] {
  const out: string[] = []
  for (const entry of readdirSync(join(dir, prefix), { withFileTypes: true })) {
    const path = prefix ? `${prefix}/${entry.name}` : entry.name
    if (entry.isDirectory()) out.push(...files(dir, path))
    else out.push(path)
  }
  return out.sort()
}

/** Search a site once. */
async function searchOnce(outDir: string, ...queries: string[]): Promise<string[][]> {
  const site = await openSearch(outDir)
  try {
    const found: string[][] = []
    for (const query of queries) found.push(await site.search(query))
    return found
  } finally {
    await site.close()
  }
}

/** The URL of page `i` of the synthetic site. */
const urlOf = (i: number): string => `/${['briefings', 'speakers', 'issues'][i % 3]}/page-${i}/`

describe('the sharded search index', () => {
  const COUNT = 60
  const outDir = join(base, 'site/dist')
  const cacheDir = join(base, 'site/cache')
  const pages = sitePages(COUNT)

  beforeAll(() => writeSite(outDir, pages))

  it('indexes every page from an empty cache exactly as one Pagefind index does, and finds the same pages', async () => {
    const result = await buildSearchIndex({ outDir, cacheDir, shards: SHARDS })
    expect(result.full).toBe('no cached index')
    expect(result.pages).toBe(COUNT)
    const used = new Set([...Array(COUNT).keys()].map((i) => shardOf(urlOf(i), SHARDS)))
    expect(result.shards).toBe(used.size)
    expect(result.rebuilt).toEqual([...used].sort((a, b) => a - b))

    // The same site indexed the way the build did before: one Pagefind index of the folder.
    const single = join(base, 'site/single')
    writeSite(single, pages)
    const pagefind = await import('pagefind')
    const { index } = await pagefind.createIndex({})
    const added = await index!.addDirectory({ path: single })
    expect(added.errors).toEqual([])
    await index!.writeFiles({ outputPath: join(single, 'pagefind') })
    await pagefind.close()

    // Each page's fragment (its URL, text, title, anchors, word count) is named by a hash of its
    // content: the shards hold exactly the single index's fragments.
    const fragments = (dir: string): string[] =>
      files(dir)
        .filter((file) => /(^|\/)fragment\//.test(file))
        .map((file) => file.split('/').pop()!)
        .sort()
    expect(fragments(join(outDir, 'pagefind'))).toEqual(fragments(join(single, 'pagefind')))
    expect(fragments(join(outDir, 'pagefind'))).toHaveLength(COUNT)

    const queries = [word(0), word(17), word(COUNT - 1), 'council', 'water bills', 'rail', 'budget Tuesday', 'qqhome']
    const sharded = await searchOnce(outDir, ...queries)
    const one = await searchOnce(single, ...queries)
    for (const [i, query] of queries.entries()) expect([...sharded[i]!].sort(), query).toEqual([...one[i]!].sort())
    expect(sharded[0]).toEqual([urlOf(0)])
    expect(sharded[3]).toHaveLength(COUNT)
    // The home and search pages have no data-pagefind-body: left out, as by Pagefind's crawl.
    expect(sharded[7]).toEqual([])
  })

  it('puts Pagefind’s scripts in /pagefind/ only, each other shard’s index files beside them, and lists those shards', () => {
    const target = join(outDir, 'pagefind')
    const top = readdirSync(target)
    expect(top).toEqual(
      expect.arrayContaining([
        'pagefind.js',
        'pagefind-ui.js',
        'pagefind-ui.css',
        'pagefind-worker.js',
        'pagefind-entry.json',
        'wasm.en-gb.pagefind',
        'shards.json',
        'shards'
      ])
    )
    const { bundles } = JSON.parse(readFileSync(join(target, 'shards.json'), 'utf8')) as { bundles: string[] }
    const shardDirs = readdirSync(join(target, 'shards')).sort()
    expect(bundles.map((bundle) => bundle.replace(/^\/pagefind\/shards\/(\d+)\/$/, '$1')).sort()).toEqual(shardDirs)
    for (const shard of shardDirs) {
      for (const file of files(join(target, 'shards', shard)))
        expect(file).toMatch(
          /^(pagefind-entry\.json|pagefind\.[^/]+\.pf_meta|index\/[^/]+\.pf_index|fragment\/[^/]+\.pf_fragment)$/
        )
    }
  })

  it('indexes nothing again when no page changed', async () => {
    const before = files(join(outDir, 'pagefind'))
    // astro build empties the output folder: the bundles come back from the cache.
    rmSync(join(outDir, 'pagefind'), { recursive: true, force: true })
    const again = await buildSearchIndex({ outDir, cacheDir, shards: SHARDS })
    expect(again.full).toBeNull()
    expect(again.rebuilt).toEqual([])
    expect(again.changed).toEqual([])
    expect(files(join(outDir, 'pagefind'))).toEqual(before)
    const [found] = await searchOnce(outDir, word(5))
    expect(found).toEqual([urlOf(5)])
  })

  it('finds a changed page by its new text and not by its old, indexing only its shard again', async () => {
    const path = join(outDir, 'speakers/page-4/index.html')
    const shard = shardOf(urlOf(4), SHARDS)
    const other = [...new Set([...Array(COUNT).keys()].map((i) => shardOf(urlOf(i), SHARDS)))].find((s) => s !== shard)!
    const otherEntry = join(cacheDir, 'search/shards', String(other), 'pagefind-entry.json')
    const otherMtime = statSync(otherEntry).mtimeMs
    writeFileSync(path, readFileSync(path, 'utf8').replace(word(4), 'qqnewword'))
    const run = await buildSearchIndex({ outDir, cacheDir, shards: SHARDS })
    expect(run.full).toBeNull()
    expect(run.rebuilt).toEqual([shard])
    expect(run.changed).toEqual([urlOf(4)])
    expect(statSync(otherEntry).mtimeMs).toBe(otherMtime)
    const [now, old, shared] = await searchOnce(outDir, 'qqnewword', word(4), 'council')
    expect(now).toEqual([urlOf(4)])
    expect(old).toEqual([])
    expect(shared).toHaveLength(COUNT)
  })

  it('drops a deleted page from the index and finds an added one', async () => {
    rmSync(join(outDir, 'briefings/page-9'), { recursive: true })
    mkdirSync(join(outDir, 'issues/added'), { recursive: true })
    writeFileSync(join(outDir, 'issues/added/index.html'), html('Added', 'A new issue page says qqzadded.'))
    const run = await buildSearchIndex({ outDir, cacheDir, shards: SHARDS })
    expect(run.changed).toEqual(['/briefings/page-9/', '/issues/added/'])
    expect(run.rebuilt).toEqual(
      [...new Set([shardOf('/briefings/page-9/', SHARDS), shardOf('/issues/added/', SHARDS)])].sort((a, b) => a - b)
    )
    const [deleted, added, shared] = await searchOnce(outDir, word(9), 'qqzadded', 'council')
    expect(deleted).toEqual([])
    expect(added).toEqual(['/issues/added/'])
    expect(shared).toHaveLength(COUNT)
    expect(shared).not.toContain('/briefings/page-9/')
  })

  it('removes a shard whose pages are all gone', async () => {
    const shard = [...Array(COUNT).keys()]
      .map((i) => shardOf(urlOf(i), SHARDS))
      .find((s) => s !== shardOf('/issues/added/', SHARDS))!
    const gone = [...Array(COUNT).keys()].filter((i) => i !== 9 && shardOf(urlOf(i), SHARDS) === shard)
    for (const i of gone) rmSync(join(outDir, urlOf(i).slice(1)), { recursive: true })
    const run = await buildSearchIndex({ outDir, cacheDir, shards: SHARDS })
    expect(run.rebuilt).toEqual([])
    expect(existsSync(join(cacheDir, 'search/shards', String(shard)))).toBe(false)
    expect(JSON.parse(readFileSync(join(outDir, 'pagefind/shards.json'), 'utf8')).bundles).not.toContain(
      `/pagefind/shards/${shard}/`
    )
    const found = await searchOnce(outDir, 'council', ...gone.map(word))
    expect(found[0]).toHaveLength(COUNT - gone.length)
    for (const list of found.slice(1)) expect(list).toEqual([])
    // Back again.
    for (const i of gone) {
      mkdirSync(join(outDir, urlOf(i).slice(1)), { recursive: true })
      writeFileSync(join(outDir, urlOf(i).slice(1), 'index.html'), pages.get(`${urlOf(i).slice(1)}index.html`)!)
    }
    const back = await buildSearchIndex({ outDir, cacheDir, shards: SHARDS })
    expect(back.rebuilt).toEqual([shard])
    const [again] = await searchOnce(outDir, word(gone[0]!))
    expect(again).toEqual([urlOf(gone[0]!)])
  })

  it('indexes everything again when the manifest is missing, unreadable or from another layout', async () => {
    const manifest = join(cacheDir, 'search/manifest.json')
    const every = (run: Awaited<ReturnType<typeof buildSearchIndex>>): void => {
      expect(run.rebuilt).toHaveLength(run.shards)
      expect(run.pages).toBe(COUNT)
    }
    writeFileSync(manifest, '{"key": "not json at all')
    const unreadable = await buildSearchIndex({ outDir, cacheDir, shards: SHARDS })
    expect(unreadable.full).toBe('the cached manifest is unreadable')
    every(unreadable)

    const parsed = JSON.parse(readFileSync(manifest, 'utf8'))
    writeFileSync(manifest, JSON.stringify({ ...parsed, key: 'another-layout' }))
    const outdated = await buildSearchIndex({ outDir, cacheDir, shards: SHARDS })
    expect(outdated.full).toBe('the cached index is from another Pagefind or shard layout')
    every(outdated)

    rmSync(join(cacheDir, 'search'), { recursive: true })
    const missing = await buildSearchIndex({ outDir, cacheDir, shards: SHARDS })
    expect(missing.full).toBe('no cached index')
    every(missing)

    const [found, changed] = await searchOnce(outDir, word(20), 'qqnewword')
    expect(found).toEqual([urlOf(20)])
    expect(changed).toEqual([urlOf(4)])
  })

  it('indexes a shard again when its bundle in the cache is damaged, and copies (never links) bundles', async () => {
    // The output's files are copies: damage to one never reaches the other.
    for (const file of files(join(outDir, 'pagefind'))) expect(statSync(join(outDir, 'pagefind', file)).nlink).toBe(1)
    const shard = shardOf(urlOf(30), SHARDS)
    const dir = join(cacheDir, 'search/shards', String(shard))
    const chunk = files(dir).find((file) => file.startsWith('index/'))!
    writeFileSync(join(dir, chunk), 'truncated')
    const other = shardOf(urlOf(31), SHARDS)
    rmSync(join(cacheDir, 'search/shards', String(other), 'pagefind-entry.json'))
    // Same size, other bytes: found by the hash of the bytes, not the size.
    const third = [shardOf(urlOf(32), SHARDS), shardOf(urlOf(33), SHARDS), shardOf(urlOf(34), SHARDS)].find(
      (candidate) => candidate !== shard && candidate !== other
    )!
    const thirdDir = join(cacheDir, 'search/shards', String(third))
    const thirdChunk = files(thirdDir).find((file) => file.startsWith('fragment/'))!
    const bytes = readFileSync(join(thirdDir, thirdChunk))
    const middle = bytes.length >> 1
    bytes[middle] = bytes[middle]! ^ 0xff
    writeFileSync(join(thirdDir, thirdChunk), bytes)
    const run = await buildSearchIndex({ outDir, cacheDir, shards: SHARDS })
    expect(run.full).toBeNull()
    expect(run.rebuilt).toEqual([...new Set([shard, other, third])].sort((a, b) => a - b))
    const [a, b] = await searchOnce(outDir, word(30), word(31))
    expect(a).toEqual([urlOf(30)])
    expect(b).toEqual([urlOf(31)])
  })

  it('gives one Pagefind bundle and no shards with --search-shards 1', async () => {
    const run = await buildSearchIndex({ outDir, cacheDir: join(base, 'site/cache-1'), shards: 1 })
    expect(run.shards).toBe(1)
    expect(JSON.parse(readFileSync(join(outDir, 'pagefind/shards.json'), 'utf8'))).toEqual({ bundles: [] })
    expect(existsSync(join(outDir, 'pagefind/shards'))).toBe(false)
    const [found] = await searchOnce(outDir, word(40))
    expect(found).toEqual([urlOf(40)])
    await expect(buildSearchIndex({ outDir, cacheDir, shards: 0 })).rejects.toThrow(/number of shards/)
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
        [
          'scripts/build.ts',
          '--content',
          contentDir,
          '--out',
          outDir,
          '--cache',
          cacheDir,
          '--no-pdf',
          '--search-shards',
          String(SHARDS)
        ],
        {
          cwd: ROOT,
          env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' }
        }
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
    generateArticles(contentDir, 4)
    writeFileSync(join(contentDir, `${EDITED}.txt`), article('Quorblaxian'))
    const first = await build()
    if (first.status !== 0) throw new Error(`the site did not build:\n${first.stdout}\n${first.stderr}`)
  })

  afterAll(() => {
    if (generated) rmSync(join(ROOT, generated), { recursive: true, force: true })
  })

  it('indexes the site in shards and finds the article', async () => {
    expect(runs[0]!.stdout).toMatch(
      new RegExp(`search index of \\d+ pages in .*, all \\d+ shards indexed: no cached index`)
    )
    const [found] = await searchOnce(outDir, 'Quorblaxian')
    expect(found).toContain(`/briefings/${EDITED}/`)
  })

  it('after an edit, finds the article by its new word, not its old one, re-indexing only a few shards', async () => {
    writeFileSync(join(contentDir, `${EDITED}.txt`), article('Zentrivane'))
    const run = await build()
    expect(run.status, run.stdout + run.stderr).toBe(0)
    const shards = /(\d+) of (\d+) shards re-indexed/.exec(run.stdout)
    expect(shards, run.stdout).not.toBeNull()
    expect(Number(shards![1])).toBeGreaterThan(0)
    expect(Number(shards![1])).toBeLessThan(Number(shards![2]))
    expect(Number(shards![2])).toBeLessThanOrEqual(SHARDS)
    const [now, old] = await searchOnce(outDir, 'Zentrivane', 'Quorblaxian')
    expect(now).toContain(`/briefings/${EDITED}/`)
    expect(old).toEqual([])
  })

  it.skipIf(!chromiumPath)(
    'finds the new word on the search page in headless Chromium, every shard merged',
    async () => {
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
        const shardRequests = new Set<string>()
        page.on('request', (request) => {
          const match = /\/pagefind\/shards\/(\d+)\/pagefind-entry\.json/.exec(request.url())
          if (match) shardRequests.add(match[1]!)
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
        const { bundles } = JSON.parse(readFileSync(join(outDir, 'pagefind/shards.json'), 'utf8')) as {
          bundles: string[]
        }
        expect([...shardRequests].sort()).toEqual(bundles.map((bundle) => /(\d+)\/$/.exec(bundle)![1]!).sort())
        // A word on every briefing: results from more than one shard.
        await input.fill('council')
        await page
          .locator('.pagefind-ui__message')
          .filter({ hasText: /\d+ results? for council/ })
          .waitFor({ timeout: 15_000 })
        const message = await page.locator('.pagefind-ui__message').textContent()
        const [api] = await searchOnce(outDir, 'council')
        expect(message).toContain(`${api!.length} result`)
        expect(errors).toEqual([])
      } finally {
        await browser.close()
        await server.close()
      }
    }
  )

  it('drops a deleted article from the index', async () => {
    unlinkSync(join(contentDir, `${EDITED}.txt`))
    const run = await build()
    expect(run.status, run.stdout + run.stderr).toBe(0)
    const [gone] = await searchOnce(outDir, 'Zentrivane')
    expect(gone).toEqual([])
  })

  it('puts the index back from the cache on a build where nothing changed (astro build empties the output)', async () => {
    const [before] = await searchOnce(outDir, 'council')
    const run = await build()
    expect(run.status, run.stdout + run.stderr).toBe(0)
    expect(run.stdout).toMatch(/0 of \d+ shards re-indexed, 0 pages changed/)
    const [after] = await searchOnce(outDir, 'council')
    expect(after!.length).toBeGreaterThan(4)
    expect([...after!].sort()).toEqual([...before!].sort())
  })
})
