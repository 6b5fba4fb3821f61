/**
 * Hostile and odd input, end to end through the stages before the site build: bytes decoded
 * (plugins/read), extraction (extractBriefing: a valid contract document, every span
 * slicing back), then the MDX page (briefingToMdx) compiled with @mdx-js/mdx and with Sätteri's
 * `evaluate` (as the site's briefing route compiles it), run with a JSX runtime that builds plain objects, and
 * read back: every paragraph shows as text, exactly as the cleaned paragraph holds it (which for
 * all but mojibake is the source line as written), nothing of the article becomes ESM, an
 * expression, raw HTML, a link, code or a second front matter, and no element or attribute comes
 * from the article.
 *
 * Cases not already in tests/cli*.test.ts, tests/mdx.test.ts or tests/properties.test.ts:
 * invalid UTF-8 sequences, double-encoded UTF-8, a 100 KB single line through the MDX stage (the
 * 10 MB article and the 1 MB line are `npm run bench`'s: nothing here depends on the machine's
 * speed), right-to-left text and bidi controls, emoji sequences, and
 * text made to look like MDX, JSX, ESM, HTML, YAML front matter and Markdown
 * (tests/fixtures/hostile/lookalikes.txt).
 */
import { compile, createProcessor, run } from '@mdx-js/mdx'
import type { Root } from 'mdast'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import remarkFrontmatter from 'remark-frontmatter'
import { evaluate } from 'satteri'
import { visit } from 'unist-util-visit'
import { afterAll, describe, expect, it } from 'vitest'
import { extractBriefing } from '../plugins/index.ts'
import { briefingToMdx } from '../plugins/mdx/index.ts'
import type { SourceParagraph } from '../plugins/types.ts'
import { decodeArticle } from '../plugins/read/index.ts'
import { contractProblems } from './schema.ts'

const FIXTURES = join(import.meta.dirname, 'fixtures/hostile')
const dir = mkdtempSync(join(tmpdir(), 'briefing-hostile-'))
/** The lookalikes fixture's dynamic import would create this file if it ever ran. */
const PWNED = '/tmp/pwned'
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const utf8 = (text: string): number[] => [...new TextEncoder().encode(text)]

/** A JSX runtime that builds plain objects, so the compiled page can be read without React. */
const runtime = {
  Fragment: 'Fragment',
  jsx: (type: unknown, props: Record<string, unknown>) => ({ type, props }),
  jsxs: (type: unknown, props: Record<string, unknown>) => ({ type, props })
}

/** What an evaluated page shows. */
interface Shown {
  text: string
  /** Every element type (components by name, HTML by tag). */
  types: Set<string>
  /** Every string prop, as `name=value`. */
  props: string[]
}

function collect(node: unknown, out: Shown): void {
  if (node === null || node === undefined || typeof node === 'boolean') return
  if (typeof node === 'string' || typeof node === 'number') {
    out.text += String(node)
    return
  }
  if (Array.isArray(node)) {
    for (const child of node) collect(child, out)
    return
  }
  const element = node as { type: unknown; props: Record<string, unknown> }
  out.types.add(String(element.type))
  for (const [key, value] of Object.entries(element.props ?? {})) {
    if (key === 'children') collect(value, out)
    else if (typeof value === 'string') out.props.push(`${key}=${value}`)
  }
}

/** Node types that would run, or read as, code, markup or links if article text became them. */
const FORBIDDEN_NODES = new Set([
  'mdxjsEsm',
  'mdxFlowExpression',
  'mdxTextExpression',
  'html',
  'code',
  'inlineCode',
  'definition',
  'footnoteDefinition',
  'footnoteReference',
  'image',
  'imageReference',
  'linkReference',
  'math',
  'inlineMath'
])
/** Elements that article text must never become. */
const FORBIDDEN_ELEMENTS = ['script', 'style', 'iframe', 'img', 'svg', 'object', 'embed', 'b', 'i', 'Evil', 'Foo.Bar']

/**
 * Extract a text, build its MDX page, compile and run it as the site does, and check it.
 *
 * @param text the article text (as decoded).
 * @returns the paragraphs and what the page shows.
 */
async function throughMdx(text: string): Promise<{ paragraphs: SourceParagraph[]; shown: Shown; mdx: string }> {
  const { briefing, file } = extractBriefing(text, { path: 'hostile.txt' })
  expect(contractProblems(JSON.parse(JSON.stringify(briefing)), text)).toEqual([])
  const paragraphs = file.data.paragraphs ?? []
  const { mdx } = briefingToMdx({ briefing, paragraphs, slug: 'hostile', source: 'hostile.txt', date: null })
  // No front matter (the page's data is JSON beside it), even read by a parser that looks for one:
  // the article's own `---` lines stay text.
  const tree = createProcessor({ remarkPlugins: [[remarkFrontmatter, ['yaml', 'toml']]] }).parse(mdx) as Root
  expect(tree.children.filter((node) => node.type === 'yaml' || node.type === 'toml')).toEqual([])
  expect(tree.children[0]).toMatchObject({ type: 'mdxJsxFlowElement', name: 'Masthead', attributes: [] })
  visit(tree, (node) => {
    expect(FORBIDDEN_NODES.has(node.type), `the page parsed a ${node.type} node`).toBe(false)
    if (node.type === 'link') expect((node as { url: string }).url).not.toMatch(/^\s*javascript:/i)
  })
  // Compile and run with @mdx-js/mdx, and as the site does (Sätteri, src/lib/render-mdx.ts): the same.
  const code = String(await compile(mdx, { outputFormat: 'function-body' }))
  const module = (await run(code, { ...runtime, baseUrl: import.meta.url })) as Record<string, unknown>
  expect(Object.keys(module).filter((key) => key !== 'default')).toEqual([])
  const satteri = (await evaluate(mdx, {
    ...runtime,
    features: { gfm: false, smartPunctuation: false }
  } as unknown as Parameters<typeof evaluate>[1])) as Record<string, unknown>
  expect(Object.keys(satteri).filter((key) => key !== 'default')).toEqual([])
  const components = Object.fromEntries([...mdx.matchAll(/<([A-Z][\w.]*)/g)].map((match) => [match[1]!, match[1]!]))
  const shown: Shown = { text: '', types: new Set(), props: [] }
  collect((module.default as (props: unknown) => unknown)({ components }), shown)
  const shownBySatteri: Shown = { text: '', types: new Set(), props: [] }
  collect((satteri.default as (props: unknown) => unknown)({ components }), shownBySatteri)
  expect(shownBySatteri).toEqual(shown)
  for (const type of FORBIDDEN_ELEMENTS) expect(shown.types.has(type), `the page made a <${type}> element`).toBe(false)
  for (const prop of shown.props) {
    expect(prop, 'no event handler prop').not.toMatch(/^on[a-z]+=/i)
    expect(prop, 'no javascript: value').not.toMatch(/^[^=]*=\s*javascript:/i)
  }
  // Every paragraph shows, as the cleaned paragraph holds it.
  for (const paragraph of paragraphs) expect(shown.text, paragraph.text.slice(0, 80)).toContain(paragraph.text)
  return { paragraphs, shown, mdx }
}

/** The source line of a paragraph. */
const sourceOf = (text: string, paragraph: SourceParagraph): string => text.slice(paragraph.start, paragraph.end)

describe('markup lookalikes (MDX, JSX, ESM, HTML, YAML front matter, Markdown)', () => {
  const text = readFileSync(join(FIXTURES, 'lookalikes.txt'), 'utf8')

  it('every line reaches the page as text, exactly as written, and nothing runs', async () => {
    rmSync(PWNED, { force: true })
    const { paragraphs, shown, mdx } = await throughMdx(text)
    expect(paragraphs.length).toBe(text.split('\n').filter((line) => line.trim()).length)
    for (const paragraph of paragraphs) {
      expect(paragraph.text, 'cleaning leaves markup lookalikes alone').toBe(sourceOf(text, paragraph))
      expect(text.split('\n').map((line) => line.trim())).toContain(paragraph.text)
    }
    for (const line of [
      "import Evil from '../../components/Evil.astro'",
      'export default function Page() { return null }',
      "{(() => { throw new Error('ran') })()}",
      '<script>alert(document.cookie)</script> then </script><script src="https://evil.example/x.js"></script>',
      '<img src=x onerror="alert(1)"> <a href="javascript:alert(1)" onclick="alert(2)">click me</a>',
      'Entities stay as written: &amp; &lt;script&gt; &copy; &#x3C;b&#x3E; &#60;i&#62;',
      '[a link](javascript:alert(1)) and ![an image](javascript:alert(1)) and <javascript:alert(1)> and <https://example.com>',
      'title: "hijacked" {front.matter}'
    ]) {
      expect(shown.text).toContain(line)
    }
    // The MDX never holds an article line in a form MDX reads as ESM.
    expect(mdx).not.toMatch(/^(?:import|export)\b/m)
    expect(existsSync(PWNED)).toBe(false)
  })
})

describe('bytes that are not well-formed UTF-8', () => {
  const cases: [string, number[]][] = [
    ['a lone continuation byte', [0x80]],
    ['two lone continuation bytes', [0xbf, 0x80]],
    ['an overlong slash (C0 AF)', [0xc0, 0xaf]],
    ['an overlong NUL-free sequence (E0 80 AF)', [0xe0, 0x80, 0xaf]],
    ['an encoded surrogate (ED A0 80)', [0xed, 0xa0, 0x80]],
    ['a truncated euro sign (E2 82)', [0xe2, 0x82]],
    ['a byte never in UTF-8 (F8, FF)', [0xf8, 0xff]],
    ['a code point past U+10FFFF (F4 90 80 80)', [0xf4, 0x90, 0x80, 0x80]],
    ['a byte-order mark in the middle', [0xef, 0xbb, 0xbf]]
  ]
  for (const [name, bad] of cases) {
    it(`${name}: decodes, extracts a valid document, and the page shows it as text`, async () => {
      const bytes = Uint8Array.from([
        ...utf8(
          'Councils warn of a “funding gap”\n\nThe council leader, Ada Brennan, said “we are short of £40 million ’'
        ),
        ...bad,
        ...utf8(' this year” on Monday.\nRents rose 12 per cent in 2025, she added — '),
        ...bad,
        ...utf8(' — and café owners “cannot cope”.\n')
      ])
      const text = decodeArticle(bytes, 'bad-utf8.txt')
      expect(text).toContain('we are short of £40 million')
      expect(text).toContain('café owners')
      const { paragraphs } = await throughMdx(text)
      expect(paragraphs).toHaveLength(3)
    })
  }

  it('a file that is mostly invalid UTF-8 reads as Windows-1252, one character per byte', async () => {
    const bytes = Uint8Array.from([
      ...utf8('Prices\n\nThe baker said '),
      0x93,
      ...utf8('bread is dear'),
      0x94,
      ...utf8(' at '),
      0x80,
      ...utf8('2, and '),
      0xc0,
      0xaf,
      0xff,
      ...utf8('.\n')
    ])
    const text = decodeArticle(bytes, 'cp.txt')
    expect(text).toBe('Prices\n\nThe baker said “bread is dear” at €2, and À¯ÿ.\n')
    await throughMdx(text)
  })
})

describe('double-encoded UTF-8 (mojibake of mojibake)', () => {
  /** Text as UTF-8 bytes read as Windows-1252, `times` over. */
  const mojibake = (text: string, times: number): string => {
    let out = text
    for (let i = 0; i < times; i++) out = new TextDecoder('windows-1252').decode(new TextEncoder().encode(out))
    return out
  }
  const clean =
    'Café owners’ “anger” grows\nThe mayor of Malmö said “the été festival costs €2 million – too much” on Monday.\n'

  it('is what it claims to be', () => {
    expect(mojibake('é', 1)).toBe('Ã©')
    expect(mojibake('é', 2)).toBe('ÃƒÂ©')
    expect(mojibake('’', 2)).toBe('Ã¢â‚¬â„¢')
  })

  for (const times of [1, 2, 3]) {
    it(`encoded ${times} time${times > 1 ? 's' : ''} over: a valid document, spans slice back raw, the page shows the cleaned text`, async () => {
      const text = mojibake(clean, times)
      const bytes = new TextEncoder().encode(text)
      expect(decodeArticle(bytes, 'moji.txt')).toBe(text)
      const { paragraphs, shown } = await throughMdx(text)
      expect(paragraphs).toHaveLength(2)
      // Cleaning repairs mojibake, never makes it worse: each paragraph is at most as long as its source.
      for (const paragraph of paragraphs)
        expect(paragraph.text.length).toBeLessThanOrEqual(sourceOf(text, paragraph).length)
      // Letters outside the mojibake survive whatever the repair does.
      expect(shown.text).toContain('owners')
      expect(shown.text).toContain('festival costs')
      if (times === 1) expect(paragraphs.map((paragraph) => paragraph.text).join('\n') + '\n').toBe(clean)
    })
  }
})

describe('right-to-left text and emoji', () => {
  it('Hebrew, Arabic, bidi controls and mixed direction show exactly as written', async () => {
    const text = [
      'חדשות היום: הממשלה מאשרת תקציב',
      'השר אמר ”נבנה 500 בתים“ ביום שני.',
      'قال الوزير «سنبني 500 منزل» يوم الاثنين.',
      'The minister said “שלום” twice; the file was named \u202egnp.exe\u202c and \u2067عربي\u2069 \u200fמ\u200e.',
      'ثلاثة أرقام: ١٢٣ و 456 و ۷۸۹'
    ].join('\n')
    const { paragraphs } = await throughMdx(text)
    expect(paragraphs.map((paragraph) => paragraph.text)).toEqual(text.split('\n'))
  })

  it('emoji: ZWJ sequences, flags, skin tones, keycaps and astral characters show exactly as written', async () => {
    const text =
      'Emoji day 🎉\n\nThe mayor said “we are thrilled 🎉👩‍💻👨‍👩‍👧‍👦 by the 20% rise” on Monday. 🇬🇧 🏴󠁧󠁢󠁳󠁣󠁴󠁿 👍🏽 1️⃣ 𝕏 𓀀\n“Costs rose 🔺 5%,” she added 🙃.\n'
    const { paragraphs } = await throughMdx(text)
    expect(paragraphs.map((paragraph) => paragraph.text)).toEqual(text.split('\n').filter((line) => line))
  })
})

describe('size', () => {
  it('a 100 KB single line of markup lookalikes goes through extraction and the MDX stage, shown as written', async () => {
    // Markup, not speech: with a quote or a figure every hundred bytes the page grows about 20-fold
    // (a card per quote and figure), which makes a slow compile, not a harder escape.
    const chunk =
      "import x from 'y' <script>alert(1)</script> {process.exit(1)} <img src=x onerror=alert(1)> &amp; &lt;b&gt; # not a heading *nor em* [link](javascript:alert(1)) --- "
    // The 1 MB line and the 10 MB article are timed by npm run bench (scripts/bench/measure-large.ts).
    const line = `${chunk.repeat(Math.ceil(100_000 / chunk.length))}`.trim()
    const text = `import One very long line\n${line}\n`
    const { paragraphs, shown } = await throughMdx(text)
    expect(paragraphs).toHaveLength(2)
    expect(paragraphs[1]!.text).toBe(line)
    expect(shown.text).toContain(line)
    expect(shown.text).toContain('import One very long line')
  })
})
