/**
 * End to end: build a site from a fixture content directory (the bundled example,
 * a second article quoting Keir Starmer, a hostile article, an empty and a binary
 * file) once, serve it on 127.0.0.1 with a tiny static server, and drive the system
 * Chromium (playwright-core): speaker cards and roles, quote links landing on their
 * highlighted source, the joined speaker page, Pagefind search, axe-core.
 * Skips (saying why) only when no Chromium is found.
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { extractBriefing } from '../plugins/index.ts'
import { speakerKey } from '../plugins/names/index.ts'
import { CHROMIUM_ARGS, findChromium } from '../src/lib/pdf/chromium.ts'
import { readArticle } from '../plugins/read/index.ts'
import { previewSite, type SitePreview } from '../src/lib/serve/preview.ts'
import { sharedSite, type SharedSite } from './helpers/shared-site.ts'

const chromiumPath = findChromium()
const SKIP = 'SKIPPED: no Chromium found (apt-get install chromium, or set CHROMIUM_PATH)'
if (!chromiumPath) console.warn(`e2e: ${SKIP}`)

const EXAMPLE = 'starmer-white-house'
// github-slugger keeps the underscore (plugins/names slugify).
const SECOND = 'northern-rail_2025-03-10'

describe.skipIf(!chromiumPath)(
  chromiumPath ? 'site end to end (headless Chromium)' : `site end to end: ${SKIP}`,
  () => {
    let site: SharedSite
    let server: SitePreview
    let browser: Browser
    let context: BrowserContext
    let page: Page

    /** What the engine yields for a fixture article, now. */
    const extract = (name: string) => {
      const path = join(site.contentDir, name)
      return extractBriefing(readArticle(path), { path, date: null }).briefing
    }

    beforeAll(async () => {
      // The site the browser and HTML tests share (tests/helpers/shared-site.ts).
      site = await sharedSite()
      if (site.status !== 0 && site.status !== 1)
        throw new Error(`the fixture site did not build:\n${site.stdout}\n${site.stderr}`)
      server = await previewSite(site.outDir)
      const { chromium } = await import('playwright-core')
      browser = await chromium.launch({ executablePath: chromiumPath!, args: CHROMIUM_ARGS })
      context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
      page = await context.newPage()
    })

    afterAll(async () => {
      await browser?.close()
      await server?.close()
    })

    it('builds the good articles and reports the bad ones by file and reason', () => {
      expect(site.status, site.stdout + site.stderr).toBe(1)
      expect(site.stdout).toMatch(/empty\.txt: empty file/)
      expect(site.stdout).toMatch(/photo\.txt: binary file/)
      expect(site.stdout).toMatch(/leak\.txt: is a symbolic link to .*, outside the content folder; not read/)
      expect(site.stdout).toMatch(/dangling\.txt: is a symbolic link to a file that does not exist/)
      expect(site.stdout).toMatch(/build: 7 of 11 articles built \(2 warnings: see above\); 4 failed/)
      expect(site.stdout).toMatch(/search index of \d+ pages/)
    })

    it('lists the briefings newest first on the home page', async () => {
      await page.goto(`${server.url}/`)
      const links = await page
        .locator('.briefing-summary__title a')
        .evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')))
      expect(links).toHaveLength(7)
      expect(links[0]).toBe('/briefings/council-script_2026-03-02/')
      expect(links.indexOf(`/briefings/${SECOND}/`)).toBe(1)
      expect(links).toContain(`/briefings/${EXAMPLE}/`)
    })

    it('renders every speaker of the example as a card with the role the engine gives', async () => {
      const briefing = extract(`${EXAMPLE}.txt`)
      await page.goto(`${server.url}/briefings/${EXAMPLE}/`)
      await expect(page.locator('h1').textContent()).resolves.toBeTruthy()
      const cards = page.locator('#who-said-what .speaker-card')
      const unattributed = briefing.quotes.some(
        (quote) => !briefing.speakers.some((speaker) => speaker.id === quote.speaker)
      )
        ? 1
        : 0
      expect(await cards.count()).toBe(briefing.speakers.length + unattributed)
      for (const speaker of briefing.speakers) {
        const card = page.locator(`#speaker-${speaker.id}`)
        await expect(card.locator('.speaker-card__name').textContent()).resolves.toBe(speaker.name)
        if (speaker.role) await expect(card.locator('.speaker-card__title').textContent()).resolves.toBe(speaker.role)
        else expect(await card.locator('.speaker-card__title').count()).toBe(0)
        if (speaker.affiliation)
          await expect(card.locator('.speaker-card__affiliation').textContent()).resolves.toBe(speaker.affiliation)
      }
      const starmer = briefing.speakers.find((speaker) => speakerKey(speaker.name) === 'keir starmer')
      if (starmer?.role && /prime minister/i.test(starmer.role)) {
        await expect(page.locator(`#speaker-${starmer.id} .speaker-card__title`).textContent()).resolves.toMatch(
          /Prime Minister/
        )
      }
    })

    it('shows the page parts in order, with no script and a strict CSP', async () => {
      await page.goto(`${server.url}/briefings/${EXAMPLE}/`)
      const ids = await page.locator('main .section').evaluateAll((sections) => sections.map((section) => section.id))
      expect(ids).toEqual(['summary', 'who-said-what', 'at-a-glance', 'issues', 'timeline', 'source', 'method'])
      expect(await page.locator('script').count()).toBe(0)
      await expect(
        page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')
      ).resolves.toContain("script-src 'none'")
      // the shared site is built with --no-pdf: no link to a PDF that does not exist
      expect(await page.locator('a[href$=".pdf"]').count()).toBe(0)
      const glance = page.locator('#at-a-glance svg[role="img"], #at-a-glance .glance__empty')
      expect(await glance.count()).toBe(1)
    })

    it('a quote link lands on its highlighted place in the source paragraph (CSS :target)', async (test) => {
      const briefing = extract(`${EXAMPLE}.txt`)
      if (briefing.quotes.length === 0) {
        console.warn('e2e: the engine yields no quotes yet; the quote-link check is skipped')
        test.skip()
        return
      }
      await page.goto(`${server.url}/briefings/${EXAMPLE}/`)
      const link = page.locator('#who-said-what a.quote__source').first()
      const href = (await link.getAttribute('href'))!
      expect(href).toMatch(/^#q-\d+$/)
      const quote = briefing.quotes[Number(href.slice(3)) - 1]!
      await link.click()
      await page.waitForFunction((hash) => location.hash === hash, href)
      // Scrolling may be smooth: wait until the highlighted span is in view.
      await page.waitForFunction(
        () => {
          const box = document.querySelector(':target')?.getBoundingClientRect()
          return Boolean(box) && box!.top >= 0 && box!.bottom <= innerHeight
        },
        undefined,
        { timeout: 5_000 }
      )
      const target = await page.evaluate(() => {
        const element = document.querySelector(':target')!
        const box = element.getBoundingClientRect()
        return {
          tag: element.tagName,
          id: element.id,
          paragraph: element.closest('.para')?.id,
          background: getComputedStyle(element).backgroundColor,
          visible: box.top >= 0 && box.bottom <= innerHeight
        }
      })
      expect(target).toEqual({
        tag: 'MARK',
        id: href.slice(1),
        paragraph: `p-${quote.paragraph + 1}`,
        background: 'rgb(255, 221, 0)',
        visible: true
      })
      await expect(page.locator(href).textContent()).resolves.toContain(quote.text.slice(0, 20))
    })

    it('shows hostile article text as text', async () => {
      let alerted = false
      page.once('dialog', async (dialog) => {
        alerted = true
        await dialog.dismiss()
      })
      await page.goto(`${server.url}/briefings/hostile-lines/`)
      const source = (await page.locator('#source').textContent()) ?? ''
      for (const line of [
        "fs from 'fs'",
        'const x = 1',
        '{process.exit(1)}',
        '<script>alert(1)</script>',
        '<!-- a comment that MDX cannot parse -->',
        '{bold} and <b>final</b>'
      ]) {
        expect(source.includes(line) || source.includes(line.replace(/'/g, '’')), line).toBe(true)
      }
      expect(await page.locator('main script, main b').count()).toBe(0)
      expect(alerted).toBe(false)
    })

    it('joins Keir Starmer across the two articles on one speaker page', async (test) => {
      const inBoth = [`${EXAMPLE}.txt`, 'northern-rail_2025-03-10.txt'].every((name) =>
        extract(name).speakers.some((speaker) => speakerKey(speaker.name) === 'keir starmer')
      )
      if (!inBoth) {
        console.warn('e2e: the engine does not yet find Keir Starmer in both articles; the join check is skipped')
        test.skip()
        return
      }
      await page.goto(`${server.url}/speakers/keir-starmer/`)
      await expect(page.locator('h1').textContent()).resolves.toBe('Keir Starmer')
      const briefings = await page
        .locator('main .speaker-briefing h2 a')
        .evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')))
      expect(briefings).toEqual(expect.arrayContaining([`/briefings/${EXAMPLE}/`, `/briefings/${SECOND}/`]))
      // Every quote links to its briefing's highlighted span and says which briefing and when.
      const quoteLinks = await page
        .locator('main a.quote__source')
        .evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')))
      expect(quoteLinks.length).toBeGreaterThan(0)
      for (const href of quoteLinks) expect(href).toMatch(/^\/briefings\/[\w-]+\/#q-\d+$/)
      await expect(page.locator('main').textContent()).resolves.toContain('10 March 2025')
    })

    it('finds a quote with Pagefind search', async () => {
      await page.goto(`${server.url}/search/`)
      const input = page.locator('.pagefind-ui__search-input')
      await input.waitFor({ timeout: 15_000 })
      await input.fill('trains that turn up on time')
      const result = page.locator('.pagefind-ui__result-link').first()
      await result.waitFor({ timeout: 15_000 })
      const hrefs = await page
        .locator('.pagefind-ui__result-link')
        .evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')))
      expect(
        hrefs.some((href) => href?.startsWith(`/briefings/${SECOND}/`) || href?.startsWith('/speakers/keir-starmer/'))
      ).toBe(true)
    })

    describe('accessibility (axe-core)', () => {
      const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')

      /** Run axe on a page (CSP bypassed only to inject axe). */
      async function axe(path: string, colorScheme: 'light' | 'dark'): Promise<string[]> {
        const axeContext = await browser.newContext({
          bypassCSP: true,
          colorScheme,
          viewport: { width: 1280, height: 900 }
        })
        const axePage = await axeContext.newPage()
        await axePage.goto(`${server.url}${path}`)
        if (path === '/search/') await axePage.locator('#search-input').waitFor({ timeout: 15_000 })
        await axePage.addScriptTag({ content: axeSource })
        const violations = await axePage.evaluate(async () => {
          const result = await (
            window as unknown as {
              axe: {
                run: (context: Document) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }>
              }
            }
          ).axe.run(document)
          return result.violations.map(
            (violation) =>
              `${violation.id}: ${violation.nodes
                .map((node) => node.target.join(' '))
                .slice(0, 5)
                .join(', ')}`
          )
        })
        await axeContext.close()
        return violations
      }

      for (const [name, path] of [
        ['home', '/'],
        ['briefing', `/briefings/${EXAMPLE}/`],
        ['speaker', '/speakers/keir-starmer/'],
        ['search', '/search/']
      ] as const) {
        it(`${name} page has no violations (light and dark)`, async () => {
          expect(await axe(path, 'light')).toEqual([])
          expect(await axe(path, 'dark')).toEqual([])
        })
      }
    })
  }
)
