/**
 * Print every built briefing (DIR/briefings/<slug>/) to DIR/pdf/<slug>.pdf (`npm run pdf`,
 * scripts/pdf.ts; step 4 of the build) with the system Chromium (playwright-core): A4, a running header
 * with the briefing's title, a "Page X of Y" footer, bookmarks (outline) and tags.
 */
import { existsSync, mkdirSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { writeFileAtomic } from '../build/cache.ts'
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
 * Print every briefing of a built site to PDF.
 *
 * @param outDir the built site (with `briefings/<slug>/index.html`).
 * @param options `slugs` to print only some; `log` for each PDF written, `warn` for notices (default `log`).
 * @returns the PDF paths written.
 */
export async function printBriefingPdfs(
  outDir: string,
  options: { slugs?: string[]; log?: (line: string) => void; warn?: (line: string) => void } = {}
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
    for (const slug of slugs) {
      await page.goto(`${server.url}/briefings/${encodeURIComponent(slug)}/`, { waitUntil: 'load' })
      await page.addStyleTag({ url: PDF_STYLE_PATH })
      const title = (await page.locator('h1').first().textContent())?.trim() ?? slug
      const path = join(pdfDir, `${slug}.pdf`)
      // Written whole or not at all (a build stopped while printing leaves no half PDF).
      const pdf = await page.pdf({
        format: 'A4',
        printBackground: true,
        displayHeaderFooter: true,
        headerTemplate: `<div style="font: 8pt Helvetica, Arial, sans-serif; color: #444; width: 100%; padding: 0 16mm; white-space: nowrap; overflow: hidden; text-overflow: ellipsis;">${escapeHtml(title)}</div>`,
        footerTemplate:
          '<div style="font: 8pt Helvetica, Arial, sans-serif; color: #444; width: 100%; padding: 0 16mm; text-align: right;">Page <span class="pageNumber"></span> of <span class="totalPages"></span></div>',
        margin: { top: '20mm', bottom: '18mm', left: '16mm', right: '16mm' },
        outline: true,
        tagged: true
      })
      writeFileAtomic(path, pdf)
      written.push(path)
      log(`pdf: ${path}`)
    }
  } finally {
    await browser.close()
    await server.close()
  }
  return written
}
