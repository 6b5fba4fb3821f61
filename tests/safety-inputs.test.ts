/**
 * Safe by default, the inputs (docs/reliability.md): what the build reads from the content folder.
 * - Entries: a link out of the folder (to a file holding a secret) is not published; a dangling or
 *   looping link, a folder named `x.txt`, a FIFO, each is one reported article; hidden files and
 *   folders are reported as skipped; the others are built (generateBriefings, in process).
 * - The web-address check every URL passes (plugins/text/url.ts), each form.
 * - The metadata sidecar's schema: one fixture per case in tests/fixtures/meta/<case>/
 *   (`input.meta.yaml`, `expected.json`: the metadata kept and the warnings, or the error).
 * - Sidecars that cannot be used: metadata and corrections files that are folders, links out,
 *   too large, alias bombs: reported by name, the article still built.
 * - Slugs: stable per file; a new file whose name gives a taken slug gets a numbered one, the
 *   collision is reported, and neither article takes the other's history ("What changed").
 */
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ArticleError, readArticleMeta } from '../plugins/read/index.ts'
import { checkWebUrl, safeWebUrl } from '../plugins/text/url.ts'
import { prepareArticle } from '../src/lib/add/add-article.ts'
import { generateBriefings, listContent } from '../src/lib/build/generate.ts'
import { httpUrl } from '../src/lib/ingest/index.ts'
import { assignSlugs } from '../src/lib/build/slugs.ts'
import { contentSite, FERRY_ARTICLE, tempFolder, type ContentSite } from './helpers/content-site.ts'

const base = tempFolder('briefing-safety-inputs-')
const site = (name: string, names: string[] = []): ContentSite => contentSite(base, name, names)
const ARTICLE = FERRY_ARTICLE

/** A generated page's data (`<slug>.json` beside its MDX body). */
function pageData(generatedDir: string, slug: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(generatedDir, `${slug}.json`), 'utf8')) as Record<string, unknown>
}

describe('the content folder', () => {
  const options = site('entries')
  const { contentDir, generatedDir } = options
  const secret = join(base, 'entries', 'secret.txt')
  writeFileSync(secret, 'SECRET-TOKEN-4471 the build machine’s own file\nroot:x:0:0:root:/root:/bin/bash\n')
  writeFileSync(join(contentDir, 'ferry.txt'), ARTICLE('Ferry route opens in May'))
  writeFileSync(join(base, 'entries', 'outside-target.txt'), ARTICLE('Outside the content folder'))
  symlinkSync(secret, join(contentDir, 'passwd.txt'))
  symlinkSync(join(base, 'entries', 'outside-target.txt'), join(contentDir, 'outside.txt'))
  symlinkSync(join(contentDir, 'ferry.txt'), join(contentDir, 'ferry-link.txt'))
  symlinkSync(join(contentDir, 'gone.txt'), join(contentDir, 'dangling.txt'))
  symlinkSync('loop-b.txt', join(contentDir, 'loop-a.txt'))
  symlinkSync('loop-a.txt', join(contentDir, 'loop-b.txt'))
  mkdirSync(join(contentDir, 'folder.txt'))
  mkdirSync(join(contentDir, 'drafts'))
  writeFileSync(join(contentDir, '.hidden-draft.txt'), ARTICLE('A hidden draft'))
  writeFileSync(join(contentDir, '.DS_Store'), 'x')
  let fifo = false
  try {
    execFileSync('mkfifo', [join(contentDir, 'pipe.txt')])
    fifo = true
  } catch {
    // No mkfifo here: the FIFO case is left out.
  }

  it('lists the entries without following links, each unreadable one reported', () => {
    const listing = listContent(contentDir, (path) => path.slice(contentDir.length + 1))
    expect(listing.articles.map((path) => path.slice(contentDir.length + 1))).toEqual(
      [
        'dangling.txt',
        'ferry-link.txt',
        'ferry.txt',
        'loop-a.txt',
        'loop-b.txt',
        'outside.txt',
        'passwd.txt',
        ...(fifo ? ['pipe.txt'] : [])
      ].sort()
    )
    expect(listing.failures).toEqual([{ file: 'folder.txt', reason: 'is a directory, not a file' }])
    expect(listing.skipped.map((entry) => entry.file)).toEqual(['.hidden-draft.txt', 'drafts'])
  })

  it('builds the articles, reports every other entry by name and reason, and never publishes a file outside', async () => {
    const lines: string[] = []
    const result = await generateBriefings({ ...options, log: (line) => lines.push(line) })
    expect(result.briefings.sort()).toEqual(['ferry', 'ferry-link'])
    const reasons = Object.fromEntries(
      result.failures.map((failure) => [failure.file.slice(failure.file.lastIndexOf('/') + 1), failure.reason])
    )
    expect(reasons['passwd.txt']).toMatch(/is a symbolic link to .*secret\.txt, outside the content folder; not read/)
    expect(reasons['outside.txt']).toMatch(/outside the content folder/)
    expect(reasons['dangling.txt']).toMatch(/dangling link/)
    expect(reasons['loop-a.txt']).toMatch(/loops/)
    expect(reasons['loop-b.txt']).toMatch(/loops/)
    expect(reasons['folder.txt']).toBe('is a directory, not a file')
    if (fifo) expect(reasons['pipe.txt']).toMatch(/named pipe \(FIFO\)/)
    expect(Object.keys(reasons)).toHaveLength(fifo ? 7 : 6)
    expect(result.skipped.map((entry) => entry.reason)).toEqual([
      expect.stringMatching(/^hidden file/),
      expect.stringMatching(/^a folder/)
    ])
    expect(lines.filter((line) => /SKIPPED|skipped/.test(line))).toHaveLength((fifo ? 7 : 6) + 2)
    // Nothing of the linked file reaches a page.
    for (const name of readdirSync(generatedDir))
      expect(readFileSync(join(generatedDir, name), 'utf8')).not.toMatch(/SECRET-TOKEN|root:x:0/)
  })
})

describe('the web-address check (plugins/text/url.ts)', () => {
  it.each([
    ['https://news.example/story', 'https://news.example/story'],
    ['http://news.example', 'http://news.example/'],
    ['  https://news.example/a b  ', 'https://news.example/a%20b'],
    ['HTTPS://NEWS.EXAMPLE/X', 'https://news.example/X']
  ])('links %j as %j', (value, url) => {
    expect(checkWebUrl(value)).toEqual({ ok: true, url })
  })

  const refused: [unknown, RegExp, string?][] = [
    ['javascript:alert(1)', /not "javascript:"/],
    ['JavaScript:alert(1)', /not "javascript:"/],
    ['java\tscript:alert(1)', /control or invisible character \(U\+0009\)/],
    ['java\nscript:alert(1)', /U\+000A/],
    ['\u0000javascript:alert(1)', /U\+0000/],
    ['javascript\u0085:alert(1)', /U\+0085/],
    ['https://news.example/\u200Bstory', /U\+200B/],
    ['data:text/html,<script>alert(1)</script>', /not "data:"/],
    ['vbscript:msgbox(1)', /not "vbscript:"/],
    ['file:///etc/passwd', /not "file:"/],
    ['//news.example/story', /not a web address/],
    ['news.example/story', /not a web address/],
    ['https://user:secret@news.example/', /user name or password/],
    ['', /empty/],
    [`https://news.example/${'a'.repeat(2100)}`, /longer than 2048/, 'an address of 2,121 characters'],
    [42, /not a web address \(a number\)/],
    [['https://news.example/'], /\(a list\)/],
    [null, /not a web address \(nothing\)/]
  ]
  it.each(refused.map(([value, reason, label]) => ({ value, reason, label: label ?? JSON.stringify(value) })))(
    'refuses $label',
    ({ value, reason }) => {
      const check = checkWebUrl(value)
      expect(check.ok).toBe(false)
      if (!check.ok) expect(check.reason).toMatch(reason)
      expect(safeWebUrl(value)).toBeNull()
    }
  )

  it('keeps npm run add from linking anything but http(s), from front matter and from a saved page', () => {
    const withFrontMatter = prepareArticle('---\nurl: "java\\tscript:alert(1)"\n---\nHeadline\n\nBody text.\n', 'a.txt')
    expect(withFrontMatter.meta.url).toBeUndefined()
    expect(withFrontMatter.meta.outlet).toBeUndefined()
    const page = prepareArticle(
      '<!doctype html><html><head><title>Harbour toll rises</title><link rel="canonical" href="javascript:alert(1)"></head><body><article><h1>Harbour toll rises</h1><p>The harbour board raised the toll by a fifth on Monday, its chair said in a statement to members.</p><p>Ferry operators said the rise would be passed on to passengers within weeks.</p></article></body></html>',
      'page.html'
    )
    expect(page.meta.url).toBeUndefined()
    // A canonical address with a tab in its scheme or with credentials: refused too; a relative one resolves.
    const canonical = (href: string, url?: string): string | undefined =>
      prepareArticle(
        `<!doctype html><html><head><title>Harbour toll rises</title><link rel="canonical" href="${href}"></head><body><article><h1>Harbour toll rises</h1><p>The harbour board raised the toll by a fifth on Monday, its chair said in a statement to members.</p><p>Ferry operators said the rise would be passed on to passengers within weeks.</p></article></body></html>`,
        'page.html',
        { url }
      ).meta.url
    expect(canonical('java&#9;script:alert(1)')).toBeUndefined()
    expect(canonical('https://user:secret@news.example/story')).toBeUndefined()
    expect(canonical('/story#top', 'https://news.example/x')).toBe('https://news.example/story')
    // Fetching takes the same check (src/lib/ingest).
    expect(() => httpUrl('http\t://news.example/story')).toThrow(/control or invisible character \(U\+0009\)/)
    expect(() => httpUrl('https://user:secret@news.example/')).toThrow(/user name or password/)
    expect(prepareArticle('---\nsource: https://news.example/x\n---\nHeadline\n\nBody.\n', 'b.txt').meta.url).toBe(
      'https://news.example/x'
    )
  })
})

describe('the metadata sidecar (tests/fixtures/meta)', () => {
  const fixtures = join(import.meta.dirname, 'fixtures/meta')
  for (const name of readdirSync(fixtures).sort()) {
    it(name, () => {
      const dir = join(fixtures, name)
      const path = join(dir, 'input.meta.yaml')
      const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as
        { meta: Record<string, string>; warnings: string[] } | { error: string }
      const warnings: string[] = []
      if ('error' in expected) {
        let error: unknown
        try {
          readArticleMeta(path, { root: fixtures, warn: (message) => warnings.push(message) })
        } catch (caught) {
          error = caught
        }
        expect(error).toBeInstanceOf(ArticleError)
        expect((error as ArticleError).path).toBe(path)
        expect((error as ArticleError).reason.startsWith(expected.error), (error as ArticleError).reason).toBe(true)
        return
      }
      const meta = readArticleMeta(path, { root: fixtures, warn: (message) => warnings.push(message) })
      expect(meta).toEqual(expected.meta)
      expect(warnings).toEqual(expected.warnings.map((warning) => `${path}: ${warning}`))
    })
  }
})

describe('sidecars that cannot be used', () => {
  const options = site('sidecars')
  const { contentDir, generatedDir } = options
  const outside = join(base, 'sidecars', 'outside.meta.yaml')
  writeFileSync(outside, 'url: https://news.example/outside\n')
  for (const name of ['meta-folder', 'meta-link', 'meta-large', 'meta-bomb', 'fix-folder', 'fix-large', 'fix-cycle'])
    writeFileSync(join(contentDir, `${name}.txt`), ARTICLE(`Ferry route opens in May (${name})`))
  mkdirSync(join(contentDir, 'meta-folder.meta.yaml'))
  symlinkSync(outside, join(contentDir, 'meta-link.meta.yaml'))
  writeFileSync(join(contentDir, 'meta-large.meta.yaml'), `title: "${'x'.repeat(70 * 1024)}"\n`)
  writeFileSync(
    join(contentDir, 'meta-bomb.meta.yaml'),
    readFileSync(join(import.meta.dirname, 'fixtures/meta/alias-bomb/input.meta.yaml'))
  )
  mkdirSync(join(contentDir, 'fix-folder.corrections.yaml'))
  writeFileSync(
    join(contentDir, 'fix-large.corrections.yaml'),
    `quotes:\n${'  - { match: "no such words in the text", drop: true }\n'.repeat(6000)}`
  )
  writeFileSync(
    join(contentDir, 'fix-cycle.corrections.yaml'),
    [
      'speakers:',
      '  - { match: Ines Calder, mergeInto: the harbour master }',
      '  - { match: the harbour master, mergeInto: Ines Calder }',
      '  - { match: Calder, mergeInto: calder }',
      '  - { match: Ines Calder, role: Harbour master }',
      ''
    ].join('\n')
  )

  it('reports each by file and reason and builds every article without it', async () => {
    const lines: string[] = []
    const result = await generateBriefings({ ...options, log: (line) => lines.push(line) })
    expect(result.failures).toEqual([])
    expect(result.briefings).toHaveLength(7)
    const warning = (name: string): string => result.warnings.find((w) => w.file.endsWith(name))?.reason ?? ''
    expect(warning('meta-folder.meta.yaml')).toMatch(/is a directory.*built without its metadata/)
    expect(warning('meta-link.meta.yaml')).toMatch(/outside the content folder/)
    expect(warning('meta-large.meta.yaml')).toMatch(/too large \(70 KB; the limit is 64 KB\)/)
    expect(warning('meta-bomb.meta.yaml')).toMatch(/resource exhaustion/)
    const corrections = (name: string): string =>
      result.correctionErrors.find((error) => error.file.endsWith(name))?.reason ?? ''
    expect(corrections('fix-folder.txt')).toMatch(/fix-folder\.corrections\.yaml: is a directory/)
    expect(corrections('fix-large.txt')).toMatch(/too large \(\d+ KB; the limit is 256 KB\)/)
    // The page of the linked sidecar shows none of its metadata.
    const linked = pageData(generatedDir, 'meta-link') as {
      article: { url: string | null }
    }
    expect(linked.article.url).toBeNull()
    // Merges in a cycle and into themselves are reported on the page, not counted as applied.
    const cycle = pageData(generatedDir, 'fix-cycle') as {
      corrections: { applied: number; stale: string[] }
    }
    expect(cycle.corrections.stale).toEqual([
      'speakers: a merge cycle ("Ines Calder" into "the harbour master" into "Ines Calder"); not applied',
      'speakers: a merge cycle ("the harbour master" into "Ines Calder" into "the harbour master"); not applied',
      'speakers: merges "Calder" into itself; not applied'
    ])
    expect(cycle.corrections.applied).toBe(1)
  })
})

describe('slugs, stable per file', () => {
  it('keeps the slug an article was given; a new file never takes it', () => {
    expect(assignSlugs(['a-b.txt']).slugs.get('a-b.txt')).toBe('a-b')
    const later = assignSlugs(['A b.txt', 'a-b.txt'], { 'a-b.txt': 'a-b' })
    expect(Object.fromEntries(later.slugs)).toEqual({ 'A b.txt': 'a-b-1', 'a-b.txt': 'a-b' })
    expect(later.collisions).toEqual([{ file: 'A b.txt', wanted: 'a-b', holder: 'a-b.txt', slug: 'a-b-1' }])
    // Without a record (a fresh clone), the names decide, in order; still one slug each.
    expect(Object.fromEntries(assignSlugs(['A b.txt', 'a-b.txt', 'a_b.txt']).slugs)).toEqual({
      'A b.txt': 'a-b',
      'a-b.txt': 'a-b-1',
      'a_b.txt': 'a_b'
    })
  })

  it('builds a new file with a colliding name at a numbered URL, reported, with no history of the other', async () => {
    const options = site('slugs')
    const { contentDir, generatedDir } = options
    writeFileSync(join(contentDir, 'a-b.txt'), ARTICLE('Ferry route opens in May'))
    const first = await generateBriefings(options)
    expect(first.briefings).toEqual(['a-b'])
    writeFileSync(
      join(contentDir, 'A b.txt'),
      'Bridge tolls frozen\n\n“Tolls will not rise this year,” said the bridge trust’s chair, Omar Feld.\n'
    )
    const lines: string[] = []
    const second = await generateBriefings({ ...options, log: (line) => lines.push(line) })
    expect(second.briefings.sort()).toEqual(['a-b', 'a-b-1'])
    expect(second.collisions).toEqual([{ file: 'A b.txt', wanted: 'a-b', holder: 'a-b.txt', slug: 'a-b-1' }])
    expect(lines.join('\n')).toMatch(/WARNING .*A b\.txt: its URL would be \/briefings\/a-b\/, which a-b\.txt has/)
    // The old article keeps its page and its bytes; the new one has no "What changed".
    expect(second.written).toEqual(['a-b-1'])
    const old = pageData(generatedDir, 'a-b')
    const added = pageData(generatedDir, 'a-b-1')
    expect(old.source).toBe('a-b.txt')
    expect(added.source).toBe('A b.txt')
    expect(added.updated).toBeNull()
    expect(added.changes).toBeNull()
    // Deleting the old article frees its URL only for files that come later.
    rmSync(join(contentDir, 'a-b.txt'))
    const third = await generateBriefings(options)
    expect(third.briefings).toEqual(['a-b-1'])
    expect(third.removed).toEqual(['a-b'])
    expect(existsSync(join(generatedDir, 'a-b-1.mdx'))).toBe(true)
  })
})
