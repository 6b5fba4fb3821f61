/**
 * Property-based tests over generated article-like text (fast-check): the pipeline never
 * throws, every span slices back to its text, references hold, the generated MDX compiles
 * with the compiler the site uses, and no payload in an article runs at build time.
 */
import { compile, run } from '@mdx-js/mdx'
import fc from 'fast-check'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { briefingToMdx } from '../plugins/mdx/index.ts'
import { extractBriefing } from '../plugins/index.ts'

const marker = join(mkdtempSync(join(tmpdir(), 'briefing-prop-')), 'ran')
afterAll(() => rmSync(join(marker, '..'), { recursive: true, force: true }))

/** A JSX runtime that builds plain objects: enough to run a compiled page. */
const runtime = {
  Fragment: 'fragment',
  jsx: (type: unknown, props: unknown) => ({ type, props }),
  jsxs: (type: unknown, props: unknown) => ({ type, props })
}

/** Payloads that would write the marker file if article text were ever run as code. */
const payloads = [
  `import fs from 'node:fs'`,
  `export const x = (await import('node:fs')).writeFileSync(${JSON.stringify(marker)}, '1')`,
  `{(await import('node:fs')).writeFileSync(${JSON.stringify(marker)}, '1')}`,
  `<script>require('fs').writeFileSync(${JSON.stringify(marker)}, '1')</script>`,
  `<img src=x onerror="alert(1)">`,
  '{process.exit(1)}',
  '---',
  'title: hijacked',
  '<!-- comment -->',
  '# Heading',
  '* list item',
  '> block quote',
  '```js',
  '</script>',
  '{/* */}',
  '<Component prop={1} />'
]

const names = [
  'Ana Ferreira',
  'Mr Lund',
  'Sir Tomas Berg',
  'the minister',
  'she',
  'he',
  'The council',
  'Dame Ingrid Holm',
  'officials'
]
const verbs = ['said', 'told reporters', 'added', 'warned', 'insisted', 'claimed', 'says', 'argued that']
const clauses = [
  'the plan would cost £2.5bn',
  'talks had stalled',
  'prices rose 4 per cent in 2024',
  'nobody would be left behind',
  'the vote was on Monday',
  'thousands of workers joined the strike'
]
const marks: [string, string][] = [
  ['‘', '’'],
  ['“', '”'],
  ['"', '"'],
  ["'", "'"],
  ['«', '»'],
  ['“', ''],
  ['', '”']
]
const noise = ['Â', 'â€™', '\u00a0', '\u200b', '😀', 'שלום עולם', 'مرحبا', 'Ã©', '\t', '…', '—', '–']

/** One generated sentence: plain, reported, quoted with a tag, or a payload. */
const sentence = fc.oneof(
  fc
    .tuple(fc.constantFrom(...names), fc.constantFrom(...verbs), fc.constantFrom(...clauses))
    .map(([n, v, c]) => `${n} ${v} ${c}.`),
  fc
    .tuple(fc.constantFrom(...marks), fc.constantFrom(...clauses), fc.constantFrom(...names), fc.constantFrom(...verbs))
    .map(([[o, c], q, n, v]) => `${o}${q},${c} ${n} ${v}.`),
  fc
    .tuple(fc.constantFrom(...names), fc.constantFrom(...marks), fc.constantFrom(...clauses))
    .map(([n, [o, c], q]) => `${n} said: ${o}${q}.${c}`),
  fc.constantFrom(...payloads),
  fc.tuple(fc.constantFrom(...noise), fc.constantFrom(...clauses)).map(([x, c]) => `${x}${c}${x}`),
  fc.string({ maxLength: 40 })
)

/** An article: a few paragraphs of sentences, sometimes with blank lines or CRLF. */
const article = fc
  .array(fc.array(sentence, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 8 })
  .chain((paragraphs) =>
    fc.constantFrom('\n', '\n\n', '\r\n').map((sep) => paragraphs.map((p) => p.join(' ')).join(sep))
  )
  .filter((text) => text.trim().length > 0)

describe('properties of the pipeline over generated articles', () => {
  it('never throws, and every span slices back to its text', () => {
    fc.assert(
      fc.property(article, (text) => {
        const { briefing, file } = extractBriefing(text)
        const paragraphs = file.data.paragraphs ?? []
        const ids = new Set(briefing.speakers.map((s) => s.id))
        for (const item of [...briefing.quotes, ...briefing.figures, ...briefing.captions]) {
          expect(item.start).toBeGreaterThanOrEqual(0)
          expect(item.end).toBeLessThanOrEqual(text.length)
          expect(text.slice(item.start, item.end)).toBe(item.text)
        }
        for (const quote of briefing.quotes) {
          if (quote.speaker !== null) expect(ids.has(quote.speaker)).toBe(true)
          expect(quote.paragraph).toBeLessThan(paragraphs.length)
        }
        for (const issue of briefing.issues) for (const p of issue.paragraphs) expect(p).toBeLessThan(paragraphs.length)
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 300) }
    )
  })

  it('generates MDX that compiles and runs without running article text', async () => {
    await fc.assert(
      fc.asyncProperty(article, async (text) => {
        const { briefing, file } = extractBriefing(text)
        const { mdx } = briefingToMdx({
          briefing,
          paragraphs: file.data.paragraphs ?? [],
          slug: 'generated',
          source: 'generated.txt',
          date: null
        })
        // article text never becomes an import, an export or an expression of the page
        expect(mdx).not.toMatch(/^(?:import|export)\s/m)
        // compiled with @mdx-js/mdx (tests/mdx.test.ts and tests/hostile.test.ts also compile with Sätteri, as the site does)
        const code = String(await compile(mdx, { outputFormat: 'function-body' }))
        const module = await run(code, { ...runtime, baseUrl: import.meta.url })
        // render it, with a stand-in for every component the page uses
        const components = Object.fromEntries([...mdx.matchAll(/<([A-Z][\w.]*)/g)].map((m) => [m[1]!, () => null]))
        const page = (module.default as (props: unknown) => unknown)({ components })
        expect(page).toBeTruthy()
        expect(existsSync(marker)).toBe(false)
      }),
      { numRuns: Math.ceil(Number(process.env.PROPERTY_RUNS ?? 300) / 5) }
    )
  })
})
