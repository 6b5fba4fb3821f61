/**
 * Print every built briefing (DIR/briefings/<slug>/) to DIR/pdf/<slug>.pdf (`npm run pdf`,
 * scripts/pdf.ts; step 4 of the build) with the system Chromium (playwright-core): A4, a short
 * running header, a "Page X of Y" footer, bookmarks (outline) and tags. Links go to the site's
 * public address (the pages' canonical address, or `site`), never to the server printed from; the
 * source text is an appendix left out unless `withSource`, and links into it then go online; page 1
 * gives the production date.
 */
import { existsSync, mkdirSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { writeFileAtomic } from '../build/cache.ts'
import { formatDate } from '../dates.ts'
import { previewSite } from '../serve/preview.ts'
import { launchChromium } from './chromium.ts'

/** Replaces the print stylesheet's generic margin boxes: the PDF has its own header (the title) and footer. */
const PDF_PAGE_STYLE =
  '@page { @top-left { content: none } @top-center { content: none } @bottom-right { content: none } }'

/**
 * Where the printer serves {@link PDF_PAGE_STYLE} (intercepted, never on the site): a stylesheet of
 * the page's own origin, which its CSP (`style-src 'self'`) allows, so nothing bypasses the CSP.
 */
const PDF_STYLE_PATH = '/__briefing-pdf-page.css'

/** Escape text for the header template (HTML). */
function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`)
}

/**
 * The running header's text: short, whatever the title's length.
 *
 * @param title the briefing's title.
 * @param max the most characters of the title kept (default 60).
 * @returns `Briefing · <title, cut on a word with …>`.
 */
export function runningHeader(title: string, max = 60): string {
  const words = title.trim().split(/\s+/u)
  let short = ''
  for (const word of words) {
    if ((short ? `${short} ${word}` : word).length > max) return `Briefing · ${short.replace(/[,;:.–—-]+$/u, '')} …`
    short = short ? `${short} ${word}` : word
  }
  return `Briefing · ${short}`
}

/**
 * The site's public address, from a page's canonical link (`<link rel="canonical">`, which the
 * pages carry when astro.config.mjs has a `site`): the address without the page's own path.
 *
 * @param canonical the page's canonical address.
 * @param path the page's path (`/briefings/<slug>/`).
 * @returns the address, without a trailing slash, or `null`.
 */
export function siteOf(canonical: string | null, path: string): string | null {
  if (!canonical || !/^https?:\/\//u.test(canonical)) return null
  const at = canonical.lastIndexOf(path)
  return (at > 0 ? canonical.slice(0, at) : new URL(canonical).origin).replace(/\/$/u, '')
}

/**
 * Print every briefing of a built site to PDF.
 *
 * @param outDir the built site (with `briefings/<slug>/index.html`).
 * @param options `slugs` to print only some; `log` for each PDF written, `warn` for notices (default `log`).
 * @returns the PDF paths written.
 */
export async function printBriefingPdfs(
  outDir: string,
  options: {
    slugs?: string[]
    /** The site's public address (default: each page's canonical address). */
    site?: string
    /** Print the source text too (default false: the appendix is left out, its links go online). */
    withSource?: boolean
    /** The production date printed on page 1 (default today, UTC; ISO). */
    produced?: string
    log?: (line: string) => void
    warn?: (line: string) => void
  } = {}
): Promise<string[]> {
  const log = options.log ?? ((line: string) => process.stdout.write(`${line}\n`))
  const warn = options.warn ?? log
  const briefingsDir = join(outDir, 'briefings')
  const slugs =
    options.slugs ??
    (existsSync(briefingsDir)
      ? readdirSync(briefingsDir).filter((name) => existsSync(join(briefingsDir, name, 'index.html')))
      : [])
  const pdfDir = join(outDir, 'pdf')
  mkdirSync(pdfDir, { recursive: true })
  const { browser } = await launchChromium({ log: warn })
  const server = await previewSite(outDir).catch(async (error) => {
    await browser.close()
    throw error
  })
  const written: string[] = []
  try {
    // The page's CSP applies: the PDF's own header and footer replace the stylesheet's @page
    // margin boxes through a stylesheet of the page's origin, served here.
    const context = await browser.newContext()
    await context.route(`${server.url}${PDF_STYLE_PATH}`, (route) =>
      route.fulfill({ contentType: 'text/css', body: PDF_PAGE_STYLE })
    )
    const page = await context.newPage()
    await page.emulateMedia({ media: 'print', colorScheme: 'light' })
    const produced = formatDate(options.produced ?? new Date().toISOString().slice(0, 10))
    for (const slug of slugs) {
      const path = `/briefings/${encodeURIComponent(slug)}/`
      await page.goto(`${server.url}${path}`, { waitUntil: 'load' })
      await page.addStyleTag({ url: PDF_STYLE_PATH })
      const title = (await page.locator('h1').first().textContent())?.trim() ?? slug
      const canonical = await page
        .locator('link[rel="canonical"]')
        .first()
        .getAttribute('href')
        .catch(() => null)
      const site = (options.site ?? siteOf(canonical, path) ?? '').replace(/\/$/u, '')
      // Links as readers of the PDF follow them (DevTools' evaluation: the page's CSP still bars its own scripts).
      await page.evaluate(
        ({ site, path, withSource, produced }) => {
          const source = document.getElementById('source')
          const online = `${site}${path}`
          for (const link of document.querySelectorAll('a[href]')) {
            const href = link.getAttribute('href') ?? ''
            if (href.startsWith('/') && !href.startsWith('//')) link.setAttribute('href', `${site}${href}`)
            else if (href.startsWith('#') && !withSource) {
              const target = document.getElementById(decodeURIComponent(href.slice(1)))
              if (!target || source?.contains(target)) {
                link.setAttribute('href', `${online}${href}`)
                link.setAttribute('data-online', '')
              }
            }
          }
          if (withSource) document.documentElement.classList.add('print-with-source')
          const date = document.querySelector('[data-produced]')
          if (date) {
            date.textContent = produced
            date.closest('[hidden]')?.removeAttribute('hidden')
          }
        },
        { site, path, withSource: options.withSource === true, produced }
      )
      const file = join(pdfDir, `${slug}.pdf`)
      // Written whole or not at all (a build stopped while printing leaves no half PDF).
      const pdf = await page.pdf({
        format: 'A4',
        printBackground: true,
        displayHeaderFooter: true,
        headerTemplate: `<div style="font: 8pt Helvetica, Arial, sans-serif; color: #444; width: 100%; padding: 0 16mm; white-space: nowrap; overflow: hidden; text-overflow: ellipsis;">${escapeHtml(runningHeader(title))}</div>`,
        footerTemplate:
          '<div style="font: 8pt Helvetica, Arial, sans-serif; color: #444; width: 100%; padding: 0 16mm; text-align: right;">Page <span class="pageNumber"></span> of <span class="totalPages"></span></div>',
        margin: { top: '20mm', bottom: '18mm', left: '16mm', right: '16mm' },
        outline: true,
        tagged: true
      })
      writeFileAtomic(file, pdf)
      written.push(file)
      log(`pdf: ${file}`)
    }
  } finally {
    await browser.close()
    await server.close()
  }
  return written
}
