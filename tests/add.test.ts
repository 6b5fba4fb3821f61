/**
 * `npm run add`: every input format (plain text, YAML front matter, Markdown, a saved HTML page,
 * stdin), the stored text and metadata sidecar, unique slugs, refusals, and the stored date
 * reaching the extraction through the build.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { parse as parseYaml } from 'yaml'
import { addArticle, isoDay, prepareArticle, splitFrontMatter } from '../src/lib/add/add-article.ts'
import { generateBriefings } from '../src/lib/build/generate.ts'

const ROOT = resolve(import.meta.dirname, '..')
const FIXTURES = join(import.meta.dirname, 'fixtures/add')
const fixture = (name: string): string => readFileSync(join(FIXTURES, name), 'utf8')
const base = mkdtempSync(join(tmpdir(), 'briefing-add-'))
afterAll(() => rmSync(base, { recursive: true, force: true }))

describe('prepareArticle', () => {
  it('keeps plain text as written, the first line as the headline', () => {
    const { text, meta, format } = prepareArticle(fixture('plain.txt'), 'plain.txt')
    expect(format).toBe('text')
    expect(text).toBe(fixture('plain.txt'))
    expect(meta).toEqual({ title: 'Harbour council approves £12 million sea wall for Eastbay' })
  })

  it('takes YAML front matter off the text and into the metadata', () => {
    const { text, meta, format } = prepareArticle(fixture('frontmatter.txt'), 'frontmatter.txt')
    expect(format).toBe('text')
    expect(meta).toEqual({
      title: 'Rail operator cuts 40 services on the coast line',
      date: '2025-03-14',
      url: 'https://news.example.org/rail/coast-line-cuts',
      outlet: 'The Example Gazette',
      author: 'Sam Reyes'
    })
    expect(text).not.toMatch(/---|outlet:|author:/)
    expect(text.split('\n')[0]).toBe('Rail operator cuts 40 services on the coast line')
    expect(text).toMatch(/^"This is a temporary measure while we train 60 new drivers," said/m)
  })

  it('reduces Markdown to its text, one paragraph per line, the first heading as the headline', () => {
    const { text, meta, format } = prepareArticle(fixture('article.md'), 'article.md')
    expect(format).toBe('markdown')
    expect(meta).toEqual({ title: 'Schools to get £300 million for new roofs', author: 'Priya Lindqvist' })
    const lines = text.split('\n').filter(Boolean)
    expect(lines[0]).toBe('Schools to get £300 million for new roofs')
    expect(lines).toContain(
      'The education department will spend £300 million on repairing school roofs, the minister said on Wednesday.'
    )
    expect(lines).toContain('"No child should learn under a leaking roof," said Education Secretary Tom Fraser.')
    expect(lines).toContain('Councils can bid from April.')
    expect(lines).toContain('Head teachers said the money was welcome but late.')
    expect(text).not.toMatch(/[*#>[\]]|https:/)
  })

  it('finds the body of a saved news page with Readability, without navigation, scripts or cookie banners', () => {
    const { text, meta, format } = prepareArticle(fixture('article.html'), 'article.html')
    expect(format).toBe('html')
    expect(meta).toEqual({
      title: 'Bus fares capped at £2 for another year',
      date: '2025-01-20',
      url: 'https://courier.example.com/transport/bus-fares-cap',
      outlet: 'The Example Courier',
      author: 'Jordan Blake'
    })
    const lines = text.split('\n').filter(Boolean)
    expect(lines[0]).toBe('Bus fares capped at £2 for another year')
    expect(lines).toContain(
      '"Buses are the way most people get to work, and they must stay affordable," said Transport Secretary Louise Haigh.'
    )
    expect(lines.at(-1)).toMatch(/^Campaigners welcomed the extension/)
    expect(text).not.toMatch(/cookies|tracking|Related stories|All rights reserved|Sport|font-family|By Jordan Blake/)
  })

  it('reads HTML from stdin by its content', () => {
    expect(prepareArticle(fixture('article.html'), '-').format).toBe('html')
    expect(prepareArticle(fixture('article.md'), '-').format).toBe('markdown')
  })

  it('parses dates as written and front matter delimiters', () => {
    expect(isoDay('2025-02-27T23:00:00Z')).toBe('2025-02-27')
    expect(isoDay('27 February 2025')).toBe('2025-02-27')
    expect(isoDay('not a date')).toBeUndefined()
    expect(splitFrontMatter('no front matter\n---\nx: 1\n---\n').data).toEqual({})
    expect(() => splitFrontMatter('---\ntitle: [unclosed\n---\nText\n')).toThrow(/front matter is not valid YAML/)
  })
})

describe('addArticle and npm run add', () => {
  const contentDir = join(base, 'articles')

  it('files each format under a slug from its headline, with a metadata sidecar', () => {
    const added = ['plain.txt', 'frontmatter.txt', 'article.md', 'article.html'].map((name) =>
      addArticle(fixture(name), name, { content: contentDir })
    )
    expect(added.map((a) => a.slug)).toEqual([
      'harbour-council-approves-12-million-sea-wall-for-eastbay',
      'rail-operator-cuts-40-services-on-the-coast-line',
      'schools-to-get-300-million-for-new-roofs',
      'bus-fares-capped-at-2-for-another-year'
    ])
    const meta = parseYaml(
      readFileSync(join(contentDir, 'rail-operator-cuts-40-services-on-the-coast-line.meta.yaml'), 'utf8')
    )
    expect(meta).toMatchObject({ date: '2025-03-14', outlet: 'The Example Gazette', author: 'Sam Reyes' })
  })

  it('makes slugs unique and takes --date and --slug', () => {
    const again = addArticle(fixture('plain.txt'), 'plain.txt', { content: contentDir })
    expect(again.slug).toBe('harbour-council-approves-12-million-sea-wall-for-eastbay-2')
    const chosen = addArticle(fixture('plain.txt'), 'plain.txt', {
      content: contentDir,
      slug: 'Sea Wall',
      date: '2024-11-05'
    })
    expect(chosen.slug).toBe('sea-wall')
    expect(parseYaml(readFileSync(chosen.metaFile!, 'utf8')).date).toBe('2024-11-05')
    expect(() => addArticle(fixture('plain.txt'), 'plain.txt', { content: contentDir, date: 'someday' })).toThrow(
      /not a date/
    )
  })

  it('reads stdin with `-` and refuses empty input (CLI)', () => {
    const run = spawnSync(process.execPath, ['scripts/add.ts', '-', '--content', contentDir], {
      cwd: ROOT,
      input: fixture('article.md'),
      encoding: 'utf8'
    })
    expect(run.status, run.stderr).toBe(0)
    expect(run.stdout).toMatch(/add: .*schools-to-get-300-million-for-new-roofs-2\.txt \(markdown\) and .*\.meta\.yaml/)
    const empty = spawnSync(process.execPath, ['scripts/add.ts', '-', '--content', contentDir], {
      cwd: ROOT,
      input: '  \n\n',
      encoding: 'utf8'
    })
    expect(empty.status).toBe(1)
    expect(empty.stderr).toMatch(/add: -: .*white space/)
    const usage = spawnSync(process.execPath, ['scripts/add.ts'], { cwd: ROOT, encoding: 'utf8' })
    expect(usage.status).toBe(2)
  })

  it('builds every added article; the stored date anchors relative dates', async () => {
    const generatedDir = join(base, 'generated')
    const result = await generateBriefings({ contentDir, generatedDir, cacheDir: join(base, 'cache'), workers: 1 })
    expect(result.failures).toEqual([])
    expect(result.briefings).toHaveLength(readdirSync(contentDir).filter((name) => name.endsWith('.txt')).length)
    const page = readFileSync(join(generatedDir, 'rail-operator-cuts-40-services-on-the-coast-line.mdx'), 'utf8')
    const data = JSON.parse(
      readFileSync(join(generatedDir, 'rail-operator-cuts-40-services-on-the-coast-line.json'), 'utf8')
    )
    expect(data.date).toBe('2025-03-14')
    expect(data.title).toBe('Rail operator cuts 40 services on the coast line')
    expect(data.article).toEqual({
      url: 'https://news.example.org/rail/coast-line-cuts',
      outlet: 'The Example Gazette',
      author: 'Sam Reyes'
    })
    // "from Monday", written on Friday 14 March 2025, is Monday 17 March.
    const monday = data.events.find((event: { when: string }) => /Monday/.test(event.when))
    if (monday) expect(monday.date).toBe('2025-03-17')
    // No front matter in the source text the page shows.
    expect(page).not.toMatch(/outlet: The Example Gazette/)
    expect(data.words).toBeLessThan(80)
  })
})
