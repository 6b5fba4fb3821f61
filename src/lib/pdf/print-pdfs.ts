/**
 * Print every built briefing (DIR/briefings/<slug>/) to DIR/pdf/<slug>.pdf (`npm run pdf`,
 * scripts/pdf.ts; step 4 of the build) with the system Chromium (playwright-core): A4, a running header
 * with the briefing's title, a "Page X of Y" footer, bookmarks (outline) and tags.
 */
import { existsSync, mkdirSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { previewSite } from '../serve/preview.ts'
import { CHROMIUM_ARGS, findChromium, NO_CHROMIUM } from './chromium.ts'

/** Replaces the print stylesheet's generic margin boxes: the PDF has its own header (the title) and footer. */
const PDF_PAGE_STYLE =
  '@page { @top-left { content: none } @top-center { content: none } @bottom-right { content: none } }'

/** Escape text for the header template (HTML). */
function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`)
}

/**
 * Print every briefing of a built site to PDF.
 *
 * @param outDir the built site (with `briefings/<slug>/index.html`).
 * @param options `slugs` to print only some.
 * @returns the PDF paths written.
 */
export async function printBriefingPdfs(
  outDir: string,
  options: { slugs?: string[]; log?: (line: string) => void } = {}
): Promise<string[]> {
  const log = options.log ?? ((line: string) => process.stdout.write(`${line}\n`))
  const executablePath = findChromium()
  if (!executablePath) throw new Error(NO_CHROMIUM)
  const briefingsDir = join(outDir, 'briefings')
  const slugs =
    options.slugs ??
    (existsSync(briefingsDir)
      ? readdirSync(briefingsDir).filter((name) => existsSync(join(briefingsDir, name, 'index.html')))
      : [])
  const pdfDir = join(outDir, 'pdf')
  mkdirSync(pdfDir, { recursive: true })
  const { chromium } = await import('playwright-core')
  const server = await previewSite(outDir)
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS })
  const written: string[] = []
  try {
    // bypassCSP: the PDF's own header and footer replace the stylesheet's @page margin boxes.
    const context = await browser.newContext({ bypassCSP: true })
    const page = await context.newPage()
    await page.emulateMedia({ media: 'print', colorScheme: 'light' })
    for (const slug of slugs) {
      await page.goto(`${server.url}/briefings/${slug}/`, { waitUntil: 'load' })
      await page.addStyleTag({ content: PDF_PAGE_STYLE })
      const title = (await page.locator('h1').first().textContent())?.trim() ?? slug
      const path = join(pdfDir, `${slug}.pdf`)
      await page.pdf({
        path,
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
      written.push(path)
      log(`pdf: ${path}`)
    }
  } finally {
    await browser.close()
    await server.close()
  }
  return written
}
