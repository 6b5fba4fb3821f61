/**
 * The PDF of the example briefing: built by `npm run build` (which prints PDFs when
 * Chromium is found) from content/articles into a temporary directory; more than one
 * page, the speakers' names and "page 1 of" in its text (pdftotext).
 * Skips (saying why) only when no Chromium or no pdftotext is found.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { extractBriefing } from '../plugins/index.ts'
import { findChromium } from '../src/lib/pdf/chromium.ts'
import { readArticle } from '../plugins/read/index.ts'
import { buildFixtureSite, type FixtureSite } from './fixtures/site/build-site.ts'

const chromium = findChromium()
const poppler = (() => {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
})()
const reason = !chromium
  ? 'no Chromium found (apt-get install chromium, or set CHROMIUM_PATH)'
  : !poppler
    ? 'no pdftotext found (apt-get install poppler-utils)'
    : ''
if (reason) console.warn(`pdf: SKIPPED: ${reason}`)

describe.skipIf(Boolean(reason))(reason ? `briefing PDF: SKIPPED: ${reason}` : 'briefing PDF', () => {
  let site: FixtureSite
  let pdf: string

  beforeAll(async () => {
    site = await buildFixtureSite({ articles: ['example'], pdf: true })
    console.info(`pdf: site and PDF built in ${site.seconds.toFixed(1)} s`)
    if (site.status !== 0) throw new Error(`the build failed:\n${site.stdout}\n${site.stderr}`)
    pdf = join(site.outDir, 'pdf/starmer-white-house.pdf')
  })
  afterAll(() => site?.cleanup())

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

  it('has bookmarks (an outline) for the sections and a structure tree', () => {
    const raw = readFileSync(pdf).toString('latin1')
    expect(raw).toContain('/Outlines')
    for (const section of ['Summary', 'Key figures', 'Who said what', 'Source text', 'Method and caveats'])
      expect(raw).toContain(`/Title (${section})`)
    expect(execFileSync('pdfinfo', ['-struct', pdf], { encoding: 'utf8' }).slice(0, 200_000)).toMatch(/H1|H2/)
  })
})
