/**
 * The PDF of the example briefing, printed the way the build's step 4 prints it
 * (src/lib/pdf/pdf-cache.ts, src/lib/pdf/print-pdfs.ts) from the site the browser tests share
 * (tests/helpers/shared-site.ts): more than one page, the speakers' names, one running header
 * and one "Page X of Y" footer per page (the PDF's own, under the page's CSP: nothing bypasses
 * it), Chromium's sandbox where the machine allows it; then the cache: an unchanged page reuses
 * its PDF, a truncated cached PDF is printed again, and the site's PDF is a copy, never a link.
 * Skips (saying why) only when no Chromium or no pdftotext is found.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, statSync, truncateSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { extractBriefing } from '../plugins/index.ts'
import { findChromium } from '../src/lib/pdf/chromium.ts'
import { printPdfsWithCache } from '../src/lib/pdf/pdf-cache.ts'
import { readArticle } from '../plugins/read/index.ts'
import { sharedSite, type SharedSite } from './helpers/shared-site.ts'
import { hasPoppler } from './helpers/tools.ts'

const chromium = findChromium()
const poppler = hasPoppler()
const reason = !chromium
  ? 'no Chromium found (apt-get install chromium, or set CHROMIUM_PATH)'
  : !poppler
    ? 'no pdftotext found (apt-get install poppler-utils)'
    : ''
if (reason) console.warn(`pdf: SKIPPED: ${reason}`)

describe.skipIf(Boolean(reason))(reason ? `briefing PDF: SKIPPED: ${reason}` : 'briefing PDF', () => {
  let site: SharedSite
  let pdf: string
  let cacheDir: string
  const notices: string[] = []
  const slugs = ['starmer-white-house']

  beforeAll(async () => {
    site = await sharedSite()
    if (!existsSync(join(site.outDir, 'briefings/starmer-white-house/index.html')))
      throw new Error(`the shared site has no example briefing:\n${site.stdout}\n${site.stderr}`)
    cacheDir = join(site.outDir, '..', 'pdf-cache')
    const first = await printPdfsWithCache({ outDir: site.outDir, cacheDir, slugs, log: (line) => notices.push(line) })
    expect(first.printed).toEqual(slugs)
    pdf = join(site.outDir, 'pdf/starmer-white-house.pdf')
  })

  it('exists, is A4, tagged, and has more than one page', () => {
    expect(existsSync(pdf)).toBe(true)
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })
    expect(Number(/^Pages:\s+(\d+)/m.exec(info)?.[1])).toBeGreaterThan(1)
    expect(info).toMatch(/Page size:\s+595\.\d+ x 842\.\d+ pts \(A4\)/)
    expect(info).toMatch(/Tagged:\s+yes/)
  })

  it("holds the speakers' names, the running title and a 'page 1 of' footer", () => {
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ')
    expect(text).toMatch(/page 1 of \d+/i)
    const path = 'content/articles/starmer-white-house.txt'
    const { briefing } = extractBriefing(readArticle(path), { path })
    for (const speaker of briefing.speakers) expect(text).toContain(speaker.name.replace(/\s+/g, ' '))
    // The running header repeats the title on every page.
    const pages = Number(/page 1 of (\d+)/i.exec(text)![1])
    const first = execFileSync('pdftotext', ['-enc', 'UTF-8', '-f', '1', '-l', '1', pdf, '-'], { encoding: 'utf8' })
      .split('\n')[0]!
      .trim()
    const last = execFileSync('pdftotext', ['-enc', 'UTF-8', '-f', String(pages), '-l', String(pages), pdf, '-'], {
      encoding: 'utf8'
    })
      .split('\n')[0]!
      .trim()
    expect(first.length).toBeGreaterThan(10)
    expect(last).toBe(first)
  })

  it("prints under the page's CSP: one header and one footer per page, none from the stylesheet's margin boxes", () => {
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' })
    const pages = Number(/^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1])
    expect(text.match(/Page \d+ of \d+/g)).toHaveLength(pages)
    // The print stylesheet's own @top-center box says "Policy briefing"; the PDF replaces it.
    expect(text.match(/Policy briefing/g) ?? []).toHaveLength(0)
    expect(readFileSync(join(import.meta.dirname, '../src/lib/pdf/print-pdfs.ts'), 'utf8')).not.toMatch(/bypassCSP/)
  })

  it('runs Chromium in its sandbox, or says why it cannot (as root it refuses)', () => {
    const sandboxNotice = notices.filter((line) => /sandbox/.test(line))
    if (process.getuid?.() === 0)
      expect(sandboxNotice).toEqual([
        expect.stringMatching(/sandbox cannot start on this machine \(it refuses to run as root\)/)
      ])
    else expect(sandboxNotice.length).toBeLessThanOrEqual(1)
  })

  it('reuses the PDF of an unchanged page, prints a damaged cached one again, and copies (never links) it', async () => {
    const again = await printPdfsWithCache({ outDir: site.outDir, cacheDir, slugs })
    expect(again).toMatchObject({ reused: 1, printed: [] })
    const [cached] = readdirSync(cacheDir)
    expect(cached).toMatch(/^starmer-white-house\.[0-9a-f]{16}\.[0-9a-f]{16}\.pdf$/)
    expect(statSync(pdf).nlink).toBe(1)
    expect(readFileSync(pdf).equals(readFileSync(join(cacheDir, cached!)))).toBe(true)
    truncateSync(join(cacheDir, cached!), 1000)
    const lines: string[] = []
    const repaired = await printPdfsWithCache({ outDir: site.outDir, cacheDir, slugs, log: (line) => lines.push(line) })
    expect(repaired).toMatchObject({ reused: 0, printed: slugs })
    expect(lines).toContain('build: the cached PDF of starmer-white-house is damaged; printing it again')
    expect(Number(/^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1])).toBeGreaterThan(1)
    expect(readdirSync(cacheDir)).toHaveLength(1)
    expect(statSync(join(cacheDir, readdirSync(cacheDir)[0]!)).size).toBe(statSync(pdf).size)
  })

  it('has bookmarks (an outline) for the sections and a structure tree', () => {
    const raw = readFileSync(pdf).toString('latin1')
    expect(raw).toContain('/Outlines')
    for (const section of ['Summary', 'Key figures', 'Who said what', 'Speakers', 'Timeline', 'Method and caveats'])
      expect(raw).toContain(`/Title (${section})`)
    // the source text is an appendix print leaves out unless asked for (npm run pdf -- --with-source)
    expect(raw).not.toContain('/Title (Appendix: the source text)')
    expect(execFileSync('pdfinfo', ['-struct', pdf], { encoding: 'utf8' }).slice(0, 200_000)).toMatch(/H1|H2/)
  })
})
