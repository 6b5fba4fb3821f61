/**
 * HTML pages in, clean articles out (plugins/read/html): each case of `tests/fixtures/ingest/`
 * is a page (`input.html`) with the text it files (`output.txt`) and its sidecar's metadata
 * (`output.meta.json`); then the rules one by one (bylines, headlines, dates, block quotes,
 * furniture, charsets, a page without a story) and `npm run extract` reading the sidecar.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { extractBriefing } from '../plugins/index.ts'
import {
  PageError,
  bylineNames,
  cleanHeadline,
  decodeHtml,
  isFurnitureLine,
  isHtmlPage,
  isoDayOf,
  linkedArticle,
  readHtmlPage,
  sniffCharset
} from '../plugins/read/html/index.ts'
import { addArticle, prepareArticle } from '../src/lib/add/add-article.ts'

const ROOT = resolve(import.meta.dirname, '..')
const FIXTURES = join(import.meta.dirname, 'fixtures/ingest')
const page = (name: string): Uint8Array => readFileSync(join(FIXTURES, name, 'input.html'))
const filed = (name: string): { text: string; meta: Record<string, string> } => {
  const { text, meta } = prepareArticle(page(name), 'input.html')
  return { text, meta: meta as Record<string, string> }
}
const base = mkdtempSync(join(tmpdir(), 'briefing-ingest-'))
afterAll(() => rmSync(base, { recursive: true, force: true }))

describe('fixture pages: the text and metadata filed', () => {
  const cases = readdirSync(FIXTURES).filter((name) => existsSync(join(FIXTURES, name, 'output.txt')))
  it('has the cases', () => expect(cases.length).toBeGreaterThanOrEqual(20))
  it.each(cases)('%s', (name) => {
    const { text, meta } = filed(name)
    expect(text).toBe(readFileSync(join(FIXTURES, name, 'output.txt'), 'utf8'))
    expect(meta).toEqual(JSON.parse(readFileSync(join(FIXTURES, name, 'output.meta.json'), 'utf8')))
  })
})

describe('bylines: the people’s names only', () => {
  it.each([
    [['By Jane Roe'], [], ['Jane Roe']],
    [['By JANE ROE March 11, 2015 3:46 PM'], [], ['Jane Roe']],
    [['By HELGA MCKINNON and SEAN O’DALY'], [], ['Helga McKinnon', 'Sean O’Daly']],
    [['by Jane Roe22 Dec 2016651'], [], ['Jane Roe']],
    [['Jane RoeUpdated 3 hours ago'], [], ['Jane Roe']],
    [['April 28, 2019 at 6:01 am Updated April 29, 2019 at 9:10 am'], [], []],
    [['in Example News, by Example News'], ['Example News'], []],
    [['By Jane Roe, MA Example Health News'], [], ['Jane Roe']],
    [['Sam Okoro PhD'], [], ['Sam Okoro']],
    [['By Jane Roe, Political Editor'], [], ['Jane Roe']],
    [['Reporting by Jane Roe; Editing by Sam Okoro'], [], ['Jane Roe']],
    [['By May Lindqvist and June Abara'], [], ['May Lindqvist', 'June Abara']],
    [['Ana de la Cruz | Wed 3 Jan 2024 10.00 GMT'], [], ['Ana de la Cruz']],
    [['Example Wire Staff'], [], []],
    [['https://news.example.test/people/jane-roe'], [], []],
    [['By Examplewire'], ['https://www.examplewire.test/x'], []]
  ])('%j -> %j', (bylines, outlets, names) => {
    expect(bylineNames(bylines as string[], outlets as string[])).toEqual(names)
  })
})

describe('headlines: without the site’s name or the author', () => {
  it.each([
    [
      'Port strike ends as dockers accept deal – Coastline Daily',
      ['Coastline Daily'],
      [],
      'Port strike ends as dockers accept deal'
    ],
    ['Port strike ends - Breaking | Coastline Daily', ['Coastline Daily'], [], 'Port strike ends - Breaking'],
    ['Coastline Daily | Port strike ends', ['Coastline Daily'], [], 'Port strike ends'],
    ['Port strike ends | examplewire.test', ['https://examplewire.test/a'], [], 'Port strike ends'],
    ['Port strike ends - Example Wire', ['https://www.examplewire.test/a'], [], 'Port strike ends'],
    ['Why budgets fall short | Eleanor Roe', [], ['Eleanor Roe'], 'Why budgets fall short'],
    ['Budget: what changes for councils', ['Coastline Daily'], [], 'Budget: what changes for councils'],
    ['Coastline Daily', ['Coastline Daily'], [], undefined]
  ])('%s', (title, outlets, authors, headline) => {
    expect(cleanHeadline(title, { outlets, authors })).toBe(headline)
  })
})

describe('dates: the published one, from the page’s own data first', () => {
  it('reads days as the page writes them, never moved by a time zone', () => {
    expect(isoDayOf('2025-02-10T23:30:00-05:00')).toBe('2025-02-10')
    expect(isoDayOf('20240305')).toBe('2024-03-05')
    expect(isoDayOf('March 11, 2015 3:46 PM EDT')).toBe('2015-03-11')
    expect(isoDayOf('2025-02-30')).toBeUndefined()
    expect(isoDayOf('soon')).toBeUndefined()
  })

  it.each([
    ['jsonld-graph', '2025-02-10'], // JSON-LD datePublished in @graph (dateModified and article:modified_time later)
    ['jsonld-array', '2021-01-17'], // JSON-LD in an array
    ['byline-by-prefix', '2024-11-04'], // article:published_time
    ['byline-date-only', '2019-04-28'], // article:published (article:modified later)
    ['byline-outlet', '2023-06-02'], // article:publicationdate
    ['byline-glued-date', '2016-12-22'], // <meta itemprop="datePublished">
    ['date-itemprop-time', '2018-05-17'], // <time itemprop="datePublished"> after an itemprop="dateModified"
    ['date-time-element', '2020-08-03'], // <time datetime> after an `Updated` one; a related story's ignored
    ['byline-caps-date', '2015-03-11'], // <time datetime> in the byline
    ['byline-credentials', '2022-09-14'], // dc.date.issued (dcterms.modified later)
    ['title-site-own', '2024-03-05'] // <meta name="pubdate">
  ])('%s: %s', (name, date) => expect(filed(name).meta.date).toBe(date))

  it('reads JSON-LD authors by @id, the publisher and the page', () => {
    const script = JSON.stringify({
      '@graph': [
        { '@type': 'Person', '@id': '#a', name: 'Lena Marsh' },
        {
          '@type': 'OpinionNewsArticle',
          headline: 'H',
          dateCreated: '2020-01-02',
          author: { '@id': '#a' },
          publisher: { name: 'P' }
        }
      ]
    })
    expect(linkedArticle(['not json', script])).toEqual({
      headline: 'H',
      datePublished: '2020-01-02',
      authors: ['Lena Marsh'],
      publisher: 'P',
      url: undefined
    })
    expect(linkedArticle(['{"@type": "WebSite", "name": "x"}'])).toBeUndefined()
  })
})

/** The extraction of a fixture page as filed. */
function extracted(name: string) {
  const { text } = filed(name)
  return extractBriefing(text, { path: `${name}.txt` })
}

describe('block quotes, <br> and <pre>', () => {
  it('keeps a block quote as quoted paragraphs, attributed by the extraction', () => {
    const { text } = filed('blockquote')
    // Opening mark on each paragraph, closing only on the last; the first joins the line that introduces it.
    expect(text).toContain(
      'read from the letter she sent to the owners that spring: “The cracking in the upper deck has spread since my last visit and is now visible from the street.\n\n“I cannot sign off the structure as safe until a full survey has been carried out.\n\n“I ask that the upper deck be closed to vehicles at once.”\n'
    )
    const { briefing } = extracted('blockquote')
    const inspector = briefing.speakers.find((speaker) => speaker.name === 'Mirela Kostadinova')
    expect(inspector).toBeDefined()
    const hers = briefing.quotes.filter((quote) => quote.speaker === inspector!.id).map((quote) => quote.text)
    expect(hers).toHaveLength(3)
    expect(hers[2]).toBe('I ask that the upper deck be closed to vehicles at once.')
  })

  it('adds no marks to a quote that has them, and keeps an attribution with its pull quote', () => {
    const { text } = filed('blockquote')
    expect(text).toContain('\n“We acted on every recommendation we received,” he told the inquiry.\n')
    expect(text).toContain(
      '\n“Nobody who read that letter could have thought the car park was safe.” — Ruth Ambler, counsel to the inquiry\n'
    )
  })

  it('keeps a <pre> inside a block quote, line by line', () => {
    expect(filed('blockquote').text).toContain(
      '\n“22:10  Loud crack heard, level 4, bay 12.\n“22:40  Dust on level 3 below bay 12.”\n'
    )
  })

  it('keeps a <pre> as written, its lines together', () => {
    expect(filed('pre').text).toContain(
      '\n\nCandidate          Votes\nAdaeze Thornbury   1,204\nLucien Marchetti   1,187\nSpoilt ballots        31\n\n'
    )
  })

  it('makes lines separated by <br> paragraphs', () => {
    const paragraphs = filed('br-lines').text.trimEnd().split('\n\n')
    expect(paragraphs).toContain('Its statement lists them:')
    expect(paragraphs).toContain('2. Repairs to be made within 28 days of a complaint.')
    expect(paragraphs).toContain("The council's housing committee said it would consider the demands.")
  })

  it('drops a pull quote that repeats the story', () => {
    const html =
      '<html><body><article><p>The mayor spoke at the opening of the new depot on Friday morning, to about 200 workers.</p>' +
      '<blockquote class="pullquote"><p>We will run the greenest buses in the country.</p></blockquote>' +
      '<p>"We will run the greenest buses in the country," she said, adding that the fleet would be electric by 2030.</p></article></body></html>'
    const { paragraphs } = readHtmlPage(html)
    expect(paragraphs.filter((line) => line.includes('greenest'))).toHaveLength(1)
  })
})

describe('furniture', () => {
  it.each([
    'Continue reading the main story',
    'Read more',
    'Read more: Trust appoints new chief executive',
    'Story continues below advertisement',
    'Advertisement',
    'Image',
    'Photo 3 of 9',
    '1 / 5',
    '2 of 12',
    'Photo: Example Chronicle/Jonah Pike',
    'Image source, Example Agency',
    'Getty Images',
    '(AP Photo/Jane Roe)',
    'Powered by Example Publishing Platform',
    'A version of this article appears in print on June 22, 2017, on Page A22 of the County edition with the headline: X.',
    '© 2017 The Example Chronicle. All rights reserved.',
    '© Provided by The Example Herald',
    'This site uses cookies. Manage your cookie settings.',
    'Share on Facebook',
    'Sign up for our morning newsletter',
    '4 min read',
    'Reporting by Jane Roe; Editing by Sam Okoro'
  ])('leaves out %j', (line) => expect(isFurnitureLine(line)).toBe(true))

  it.each([
    'The council said it would read more reports before deciding.',
    'Photo: the mayor said the picture was taken in 2019, before the fire, and shows the old hall.',
    'Image rights were sold to the museum for £2 million, the auction house said.',
    '“Continue,” she said.',
    'Copyright law will change next year, the minister said on Monday in a speech to publishers.',
    'Cookies made by the bakery were sold out by noon, the organisers said.'
  ])('keeps %j', (line) => expect(isFurnitureLine(line)).toBe(false))

  it('leaves every furniture line of a page out, the story and its caption in', () => {
    const { text } = filed('furniture')
    expect(text).not.toMatch(
      /cookie|Share on|Supported by|^Image$|1 \/ 5|Continue reading|Advertisement|Read more|Getty|Jonah Pike|2 of 12|Powered by|in print|Page|^A$|^22$|©|All rights/im
    )
    expect(text.split('\n\n')).toHaveLength(5)
    expect(extracted('furniture').briefing.captions.map((caption) => caption.text)).toEqual([
      "Midwives in one of the unit's twelve delivery rooms. Photograph: Example Chronicle"
    ])
  })

  it('takes a credit out of the paragraph it was glued to', () => {
    expect(filed('provided-by').text.split('\n\n')[1]).toMatch(/^The city airport will cap night flights/)
  })

  it('labels no crosshead, ranked list or author bio a caption', () => {
    const { text } = filed('crosshead-list-bio')
    expect(text).toContain('\n\n1. Eastgate Central\n\n2. Mill Lane\n\n')
    expect(text).not.toContain('is the transport correspondent')
    const { briefing } = extracted('crosshead-list-bio')
    expect(briefing.captions.map((caption) => caption.text)).toEqual([])
  })
})

describe('charsets', () => {
  it('decodes a page by its <meta charset> (windows-1251)', () => {
    const { text } = filed('charset-windows-1251')
    expect(text).toMatch(/^Городской совет одобрил ремонт набережной\n\n/)
    expect(text).toContain('сказала депутат Алина Воронцова')
    expect(sniffCharset(page('charset-windows-1251'))).toEqual({ encoding: 'windows-1251', source: 'meta' })
  })

  it('decodes a page by its http-equiv Content-Type (Shift_JIS)', () => {
    expect(filed('charset-shift-jis').text).toContain('漁業協同組合の代表者は話した。')
    expect(sniffCharset(page('charset-shift-jis'))).toEqual({ encoding: 'Shift_JIS', source: 'meta' })
  })

  it('follows a byte-order mark over a declaration, and the HTTP header over the page', () => {
    expect(filed('charset-bom').text).toContain('rénovation complète de l’école')
    expect(sniffCharset(page('charset-bom'), 'text/html; charset=koi8-r')).toEqual({ encoding: 'UTF-8', source: 'bom' })
    const cyrillic = page('charset-windows-1251')
    expect(sniffCharset(cyrillic, 'text/html; charset="KOI8-R"').source).toBe('http')
    expect(decodeHtml(cyrillic, 'text/html; charset=windows-1251').text).toContain('Воронцова')
  })

  it('reads a page saved as UTF-8 under an old single-byte declaration as UTF-8', () => {
    expect(filed('charset-utf8-mislabelled').text).toContain('Héloïse Marchand')
  })

  it('tells pages by their name or first bytes', () => {
    expect(isHtmlPage('saved.htm', 'x')).toBe(true)
    expect(isHtmlPage('-', '\uFEFF<!-- saved -->\n<!DOCTYPE html><html>')).toBe(true)
    expect(isHtmlPage('-', new Uint8Array([0xff, 0xfe, 0x3c, 0, 0x68, 0, 0x74, 0, 0x6d, 0, 0x6c, 0, 0x3e, 0]))).toBe(
      true
    )
    expect(isHtmlPage('notes.txt', 'Plain <b>text</b>')).toBe(false)
  })
})

describe('a page without a story', () => {
  it('is refused with the file and the reason, and nothing is filed', () => {
    const contentDir = join(base, 'empty')
    expect(() => addArticle(page('empty'), 'tests/fixtures/ingest/empty/input.html', { content: contentDir })).toThrow(
      PageError
    )
    expect(() => addArticle(page('empty'), 'x/input.html', { content: contentDir })).toThrow(
      /^x\/input\.html: no article body found in the HTML page \(only \d+ words?/
    )
    expect(existsSync(contentDir) ? readdirSync(contentDir) : []).toEqual([])
  })

  it('is refused by the CLI with status 1', () => {
    const contentDir = join(base, 'empty-cli')
    const run = spawnSync(
      process.execPath,
      ['scripts/add.ts', 'tests/fixtures/ingest/empty/input.html', '--content', contentDir],
      {
        cwd: ROOT,
        encoding: 'utf8'
      }
    )
    expect(run.status).toBe(1)
    expect(run.stderr).toMatch(
      /^add: tests\/fixtures\/ingest\/empty\/input\.html: no article body found in the HTML page/
    )
    expect(existsSync(contentDir) ? readdirSync(contentDir) : []).toEqual([])
  })
})

describe('npm run extract reads the sidecar', () => {
  it('takes the date (and a missing title) from <name>.meta.yaml, as the build does', () => {
    const dir = join(base, 'extract')
    mkdirSync(dir, { recursive: true })
    writeFileSync(
      join(dir, 'depot.txt'),
      'The transport authority said on Monday that the new bus depot will open on Friday, two weeks late.\n'
    )
    writeFileSync(join(dir, 'depot.meta.yaml'), 'title: Bus depot opens late\ndate: 2025-03-03\n')
    const run = spawnSync(process.execPath, ['scripts/extract.ts', join(dir, 'depot.txt')], {
      cwd: ROOT,
      encoding: 'utf8'
    })
    expect(run.status, run.stderr).toBe(0)
    const briefing = JSON.parse(run.stdout)
    expect(briefing.events.map((event: { when: string; date: string }) => [event.when, event.date])).toEqual(
      expect.arrayContaining([['on Friday', '2025-03-07']])
    )
    writeFileSync(join(dir, 'depot.meta.yaml'), 'date: [broken\n')
    const broken = spawnSync(process.execPath, ['scripts/extract.ts', join(dir, 'depot.txt')], {
      cwd: ROOT,
      encoding: 'utf8'
    })
    expect(broken.status).toBe(0)
    expect(broken.stderr).toMatch(/warning: .*depot\.meta\.yaml: invalid metadata YAML/)
  })
})
