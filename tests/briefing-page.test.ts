/**
 * Issue 11, the page side: a briefing an analyst would hand on. Unit checks of the page stage on
 * invented text (the pronoun's editorial name, one card per figure group, next steps the summary
 * does not repeat, the running header, the site's address), then a site built from the bundled
 * example (dated by its sidecar) and an invented article, with `--site`: the summary does not open
 * with the headline, no sentence of eight or more words three times above the source text, the page
 * above the source at most 1.5 times the article's words, the past-tense Tuesday on 25 February
 * 2025, bodies and unnamed sources shown as such, everyone named in the speakers index, search
 * without the briefing headline on speaker and issue pages and with labels apart from values, and
 * (with Chromium) a PDF of at most six pages that links to the site, never to the printing server.
 */
import { execFileSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { extractBriefing } from '../plugins/index.ts'
import { briefingToMdx } from '../plugins/mdx/index.ts'
import { quoteSubject, shortName } from '../plugins/mdx/model.ts'
import { contextAround, figureCards, nextSteps } from '../plugins/mdx/page.ts'
import type { PageFigure } from '../plugins/mdx/schema.ts'
import { readArticle } from '../plugins/read/index.ts'
import { findChromium } from '../src/lib/pdf/chromium.ts'
import { runningHeader, siteOf } from '../src/lib/pdf/print-pdfs.ts'
import { repeatedSentences, textAboveSource, wordsOf } from './helpers/page-text.ts'
import { closeSearchServers, openSearch } from './helpers/search.ts'
import { hasPoppler } from './helpers/tools.ts'

const ROOT = resolve(import.meta.dirname, '..')
const EXAMPLE = join(ROOT, 'content/articles/starmer-white-house.txt')
const INVENTED = join(import.meta.dirname, 'fixtures/page/articles/harbour-fees_2031-05-07.txt')
const SITE = 'https://briefings.example.org'

describe('the page stage (invented text)', () => {
  it('shows reported speech that opens with its speaker’s pronoun with the name in brackets', () => {
    const person = { name: 'Ines Okafor', type: 'person' as const }
    const body = { name: 'Harbour Board', type: 'organisation' as const }
    expect(quoteSubject('she would meet the operators', 'indirect', person)).toEqual({ name: 'Okafor', replaces: 3 })
    expect(quoteSubject('his country could leave', 'indirect', person)).toEqual({ name: 'Okafor’s', replaces: 3 })
    expect(quoteSubject('it would publish the costs', 'indirect', body)).toEqual({ name: 'Harbour Board', replaces: 2 })
    // a body's `he` is someone else: left as written; a direct quote's `he` is the speaker's own word
    expect(quoteSubject('he would push for talks', 'indirect', body)).toBeNull()
    expect(quoteSubject('He wants peace', 'direct', person)).toBeNull()
    expect(quoteSubject('the board would meet', 'indirect', person)).toBeNull()
    expect(shortName({ name: 'Ursula von der Laan', type: 'person' })).toBe('von der Laan')
  })

  it('gives one figure card per group and cuts a context around its figure', () => {
    const figure = (id: string, group: number, key: boolean, start: number): PageFigure => ({
      id,
      text: id,
      display: id,
      value: 1,
      unit: null,
      context: 'one two three four five six seven eight nine ten eleven twelve thirteen f-1 fifteen sixteen seventeen',
      key,
      group,
      weight: 0.5,
      paragraph: 0,
      start,
      end: start + 1
    })
    const cards = figureCards([figure('f-1', 0, false, 1), figure('f-2', 0, true, 5), figure('f-3', 1, false, 9)])
    expect(cards.map((card) => card.id)).toEqual(['f-2', 'f-3'])
    const around = contextAround(figure('f-1', 0, true, 0))
    expect(wordsOf(around).length).toBeLessThanOrEqual(12)
    expect(around).toContain('f-1')
    expect(around.startsWith('… ')).toBe(true)
  })

  it('keeps a short running header and finds the site’s address from a page’s canonical link', () => {
    const header = runningHeader(
      'A very long headline about harbour fees that goes on and on well past any sensible running header length'
    )
    expect(header.length).toBeLessThanOrEqual(80)
    expect(header).toMatch(/^Briefing · A very long headline .* …$/)
    expect(runningHeader('Short title')).toBe('Briefing · Short title')
    expect(siteOf('https://example.org/news/briefings/x/', '/briefings/x/')).toBe('https://example.org/news')
    expect(siteOf(null, '/briefings/x/')).toBeNull()
  })

  it('builds the summary from the extraction and says each thing once (invented article)', () => {
    const text = readArticle(INVENTED)
    const { briefing, file } = extractBriefing(text, { path: INVENTED, date: '2031-05-07' })
    const { page, mdx } = briefingToMdx({
      briefing,
      paragraphs: file.data.paragraphs ?? [],
      slug: 'harbour-fees',
      source: 'harbour-fees_2031-05-07.txt',
      date: '2031-05-07'
    })
    expect(page.lede.map((point) => point.text)).toEqual(briefing.summary.lede.map((passage) => passage.display))
    expect(page.lede[0]!.text).not.toBe(page.title)
    // bodies and unnamed sources are cards of their own kind
    expect(mdx).toMatch(/<SpeakerCard id="speaker-s\d+" name="Harbour Board" type="organisation"/)
    expect(mdx).toMatch(/<SpeakerCard id="speaker-s\d+" name="Senior council sources" type="unnamed"/)
    // the pronoun standing for its speaker, in brackets; the source link still points at the words as written
    expect(mdx).toMatch(/<Editorial>Okafor<\/Editorial> would meet the ferry operators/)
    expect(mdx).toMatch(/<Editorial>Harbour Board<\/Editorial> would publish the repair costs/)
    // strongest first: Okafor's direct quote before her reported speech
    const card = mdx.slice(
      mdx.indexOf('name="Ines Okafor" role'),
      mdx.indexOf('</SpeakerCard>', mdx.indexOf('name="Ines Okafor" role'))
    )
    expect(card.indexOf('We cannot keep the pier open')).toBeLessThan(card.indexOf('would meet the ferry operators'))
    // everyone named: the person named but not quoted
    expect(mdx).toContain('Also named, not quoted: [Ruth Adeyemi](/speakers/ruth-adeyemi/)')
    // what happens next never repeats the lede or a key point
    const told = [page.title, ...page.lede.map((point) => point.text), ...page.keyPoints.map((point) => point.text)]
    for (const index of nextSteps(page)) expect(told).not.toContain(page.events[index]!.what)
  })
})

const chromium = findChromium()
const poppler = hasPoppler()

describe('the built briefing (the bundled example, dated by its sidecar, and an invented article)', () => {
  let base: string
  let outDir: string
  let generated: string | null = null
  const printed = Boolean(chromium) && poppler

  beforeAll(() => {
    base = mkdtempSync(join(tmpdir(), 'briefing-page-'))
    const content = join(base, 'articles')
    mkdirSync(content)
    copyFileSync(EXAMPLE, join(content, 'starmer-white-house.txt'))
    copyFileSync(EXAMPLE.replace(/\.txt$/, '.meta.yaml'), join(content, 'starmer-white-house.meta.yaml'))
    copyFileSync(INVENTED, join(content, 'harbour-fees_2031-05-07.txt'))
    copyFileSync(INVENTED.replace(/\.txt$/, '.meta.yaml'), join(content, 'harbour-fees_2031-05-07.meta.yaml'))
    outDir = join(base, 'dist')
    const args = ['scripts/build.ts', '--content', content, '--out', outDir, '--cache', join(base, 'cache')]
    args.push('--site', SITE)
    if (!printed) args.push('--no-pdf')
    const stdout = execFileSync(process.execPath, args, {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' }
    })
    generated = /generated in (src\/generated\/[0-9a-f]+)/.exec(stdout)?.[1] ?? null
  }, 240_000)

  afterAll(async () => {
    await closeSearchServers()
    rmSync(base, { recursive: true, force: true })
    if (generated) rmSync(join(ROOT, generated), { recursive: true, force: true })
  })

  const page = (path: string) => readFileSync(join(outDir, path, 'index.html'), 'utf8')
  const example = () => page('briefings/starmer-white-house')
  const data = () => {
    const { briefing } = extractBriefing(readArticle(EXAMPLE), { path: EXAMPLE, date: '2025-02-27' })
    return briefing
  }

  it('opens the summary with the lede the extraction chose, not the headline (page and home page)', () => {
    const html = example()
    const blocks = textAboveSource(html)
    const title = /<h1[^>]*>([^<]*)<\/h1>/.exec(html)![1]!.trim()
    const summary = blocks[blocks.indexOf('Summary') + 1]!
    expect(summary.startsWith(title.slice(0, 40))).toBe(false)
    expect(summary).toContain(data().summary.lede[0]!.display)
    const home = page('.')
    const lede = /<p class="briefing-summary__lede">([^<]*)<\/p>/.exec(home)![1]!
    expect(lede.startsWith(title.slice(0, 40))).toBe(false)
  })

  it('says no sentence of eight or more words three times or more above the source text', () => {
    expect(repeatedSentences(textAboveSource(example()))).toEqual([])
  })

  it('keeps the page above the source text within 1.5 times the article’s words', () => {
    const words = wordsOf(textAboveSource(example()).join(' ')).length
    const article = wordsOf(readArticle(EXAMPLE)).length
    console.log(`page above the source: ${words} words for an article of ${article} (${(words / article).toFixed(2)}x)`)
    expect(words).toBeLessThanOrEqual(article * 1.5)
  })

  it('puts the past-tense Tuesday on 25 February 2025', () => {
    const tuesday = data().events.find((event) => event.when === 'On Tuesday')
    expect(tuesday).toMatchObject({ date: '2025-02-25', next: false })
    expect(example()).toMatch(
      /<time datetime="2025-02-25">25 February 2025<\/time> <span class="timeline__as-written">\(On Tuesday\)/
    )
  })

  it('shows bodies and unnamed sources as such, and lists everyone named in the speakers index', () => {
    const slug = readdirSync(join(outDir, 'briefings')).find((name) => name.startsWith('harbour-fees'))!
    const html = page(`briefings/${slug}`)
    expect(html).toMatch(/class="speaker-card speaker-card--organisation"[^>]*data-speaker="Harbour Board"/)
    expect(html).toMatch(/class="speaker-card speaker-card--unnamed"[^>]*data-speaker="Senior council sources"/)
    const index = page('speakers')
    for (const name of ['Vladimir Putin', 'Emmanuel Macron', 'Ruth Adeyemi', 'Keir Starmer', 'Harbour Board'])
      expect(index).toContain(`>${name}</a>`)
    expect(existsSync(join(outDir, 'speakers/ruth-adeyemi/index.html'))).toBe(true)
    // the issues index: most quotes first
    const counts = [...page('issues').matchAll(/(\d+) quotes?\s*<\/span>/g)].map((match) => Number(match[1]))
    expect(counts).toEqual([...counts].sort((a, b) => b - a))
  })

  it('names the site’s address (canonical link, print stylesheet) and links to the PDF only where it exists', () => {
    const html = example()
    expect(html).toContain(`<link rel="canonical" href="${SITE}/briefings/starmer-white-house/">`)
    expect(readFileSync(join(outDir, 'styles/site-address.css'), 'utf8')).toContain(`--site: "${SITE}"`)
    expect(html.includes('href="/pdf/starmer-white-house.pdf"')).toBe(printed)
    expect(existsSync(join(outDir, 'pdf/starmer-white-house.pdf'))).toBe(printed)
  })

  it('indexes speaker and issue pages without the briefing headline, labels apart from values, titles weighted', async () => {
    const search = await openSearch(outDir)
    // `plunging` is in the example's headline only: its briefing matches, no speaker or issue page
    expect(await search.search('plunging')).toEqual(['/briefings/starmer-white-house/'])
    const starmer = (await search.texts('Starmer')).find((result) => result.url === '/speakers/keir-starmer/')
    expect(starmer?.content).toMatch(/Role: Prime Minister\. /)
    expect(starmer?.content).toMatch(/Quotes: \d+ in 1 briefing\. /)
    expect(page('speakers/keir-starmer')).toContain('<h1 data-pagefind-weight="10">Keir Starmer</h1>')
    await search.close()
  })

  describe.skipIf(!printed)(printed ? 'its PDF' : 'its PDF: SKIPPED (no Chromium or no pdftotext)', () => {
    const pdf = () => join(outDir, 'pdf/starmer-white-house.pdf')
    it('has at most six pages, with outlet, article date and production date on page 1', () => {
      const pages = Number(/^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [pdf()], { encoding: 'utf8' }))![1])
      console.log(`example PDF: ${pages} pages`)
      expect(pages).toBeLessThanOrEqual(6)
      const first = execFileSync('pdftotext', ['-enc', 'UTF-8', '-f', '1', '-l', '1', pdf(), '-'], { encoding: 'utf8' })
      expect(first).toContain('Outlet')
      expect(first).toContain('27 February 2025')
      expect(first).toMatch(/Produced\s+(?:[\s\S]*?)\d{1,2} [A-Z][a-z]+ 20\d\d/)
      expect(first.split('\n')[0]!.trim().length).toBeLessThanOrEqual(80)
    })

    it('links to the site’s address, never to the server it was printed from, and prints full addresses', () => {
      const bytes = readFileSync(pdf()).toString('latin1')
      const uris = [...bytes.matchAll(/\/URI \(([^)]*)\)/g)].map((match) => match[1]!)
      expect(uris.length).toBeGreaterThan(0)
      for (const uri of uris) expect(uri.startsWith(`${SITE}/`)).toBe(true)
      expect(bytes).not.toMatch(/127\.0\.0\.1|localhost/)
      const text = execFileSync('pdftotext', ['-enc', 'UTF-8', pdf(), '-'], { encoding: 'utf8' })
      expect(text).toContain(`(${SITE}/speakers/keir-starmer/)`)
      // the source text is an appendix print leaves out by default
      expect(text).not.toContain('Appendix: the source text')
    })
  })
})
