/**
 * The built HTML carries no article-originated markup. A small site is built with the real
 * build (`node scripts/build.ts --content DIR --out DIR --no-pdf`) from hostile articles
 * (tests/fixtures/hostile: markup lookalikes, script and event-handler payloads in quotes, names
 * and headlines, a file whose name is an attribute injection), and every built HTML file is
 * scanned, as raw text and as a DOM (linkedom):
 * - no `<script>` anywhere except the search page's two loaders (Pagefind's UI and the site's
 *   /scripts/search.js, both by `src`, no inline code);
 * - no `on*=` event-handler attribute, no `javascript:` URL in any URL attribute, no `<iframe>`,
 *   `<object>`, `<embed>`, `<base>`, `<form>` pointing elsewhere, no `<meta http-equiv="refresh">`;
 * - each page has a Content-Security-Policy meta tag, `script-src 'none'` except on /search/;
 * - the hostile text shows on the briefing page as text, escaped in the HTML.
 */
import { spawn } from 'node:child_process'
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { parseHTML } from 'linkedom'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { node, root } from './helpers/run-extract.ts'

const FIXTURES = join(import.meta.dirname, 'fixtures/hostile')
/** A file name that is itself an attribute injection. */
const EVIL_NAME = 'x" onmouseover="alert(7)" <script>alert(8)<.txt'

let base: string
let outDir: string
let build: { status: number | null; stdout: string; stderr: string }
let pages: { path: string; html: string }[] = []

/** The HTML with every quoted attribute value emptied: what is left is tags and text. */
function withoutAttributeValues(html: string): string {
  return html.replace(
    /(<[a-zA-Z][^\s/>]*)((?:\s+[^\s=/>]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)(\s*\/?>)/g,
    (_, open: string, attributes: string, close: string) =>
      open + attributes.replace(/=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+)/g, '=""') + close
  )
}

function htmlFiles(dir: string): string[] {
  const out: string[] = []
  for (const name of readdirSync(dir)) {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) out.push(...htmlFiles(path))
    else if (name.endsWith('.html')) out.push(path)
  }
  return out.sort()
}

beforeAll(async () => {
  base = mkdtempSync(join(tmpdir(), 'briefing-html-safety-'))
  const contentDir = join(base, 'articles')
  outDir = join(base, 'dist')
  mkdirSync(contentDir)
  copyFileSync(join(FIXTURES, 'lookalikes.txt'), join(contentDir, 'lookalikes.txt'))
  for (const name of readdirSync(join(FIXTURES, 'site')))
    copyFileSync(join(FIXTURES, 'site', name), join(contentDir, name))
  writeFileSync(
    join(contentDir, EVIL_NAME),
    'A headline with <b>tags</b> & "quotes"\nThe mayor, Kim Dahl, said “it’s <i>fine</i>” on Friday.\n'
  )
  build = await new Promise((done) => {
    const child = spawn(
      node,
      ['scripts/build.ts', '--content', contentDir, '--out', outDir, '--cache', join(base, 'cache'), '--no-pdf'],
      {
        cwd: root,
        // Vitest's environment is inherited on purpose (NODE_ENV=test, DEV…): Astro then builds with
        // import.meta.env.DEV true, and the pages must still get the strict CSP, not the dev server's.
        env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' }
      }
    )
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk) => (stdout += chunk))
    child.stderr.on('data', (chunk) => (stderr += chunk))
    child.on('close', (status) => done({ status, stdout, stderr }))
  })
  const generated = /generated in (src\/generated\/[0-9a-f]+)/.exec(build.stdout)?.[1]
  if (generated) rmSync(join(root, generated), { recursive: true, force: true })
  if (build.status === 0)
    pages = htmlFiles(outDir).map((path) => ({ path: relative(outDir, path), html: readFileSync(path, 'utf8') }))
})

afterAll(() => {
  if (base) rmSync(base, { recursive: true, force: true })
})

/** Attributes that hold a URL. */
const URL_ATTRIBUTES = [
  'href',
  'src',
  'action',
  'formaction',
  'xlink:href',
  'data',
  'poster',
  'srcset',
  'background',
  'cite',
  'ping'
]

describe('built HTML from hostile articles', () => {
  it('builds every article', () => {
    expect(build.status, build.stdout + build.stderr).toBe(0)
    expect(build.stdout).toMatch(/build: 4 of 4 articles built/)
    expect(pages.map((page) => page.path)).toEqual(expect.arrayContaining(['index.html', 'search/index.html']))
    expect(pages.filter((page) => page.path.startsWith('briefings/'))).toHaveLength(4)
  })

  it('has no <script> but the search page loaders, and those only by src', () => {
    for (const page of pages) {
      // Attribute values may hold `<script>` as data (a headline in <meta content>); tags may not.
      const markup = withoutAttributeValues(page.html)
      const tags = [...markup.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script\s*>/gi)]
      // The raw count of `<script` agrees with the parsed one: no unterminated or nested tag.
      expect((markup.match(/<script\b/gi) ?? []).length, page.path).toBe(tags.length)
      if (page.path === 'search/index.html') {
        const { document } = parseHTML(page.html)
        expect([...document.querySelectorAll('script')].map((script) => script.getAttribute('src'))).toEqual([
          '/pagefind/pagefind-ui.js',
          '/scripts/search.js'
        ])
        for (const tag of tags) expect(tag[1]!.trim(), 'no inline code').toBe('')
      } else expect(tags, page.path).toEqual([])
      const { document } = parseHTML(page.html)
      expect(document.querySelectorAll('script').length, page.path).toBe(tags.length)
    }
  })

  it('has no event-handler attribute, no javascript: URL, no frame, object, embed, base or refresh', () => {
    for (const page of pages) {
      const { document } = parseHTML(page.html)
      for (const element of document.querySelectorAll('*')) {
        for (const attribute of element.attributes) {
          expect(attribute.name, `${page.path}: <${element.tagName.toLowerCase()} ${attribute.name}>`).not.toMatch(
            /^on/i
          )
          if (URL_ATTRIBUTES.includes(attribute.name.toLowerCase())) {
            // eslint-disable-next-line no-control-regex -- browsers ignore control characters in a URL's scheme
            expect(attribute.value.replace(/[\s\u0000-\u001f]/g, ''), `${page.path}: ${attribute.name}`).not.toMatch(
              /^(javascript|vbscript|data:text\/html)/i
            )
          }
        }
      }
      expect(
        document.querySelectorAll('iframe, frame, object, embed, base, applet, meta[http-equiv="refresh" i]').length,
        page.path
      ).toBe(0)
      // The raw text agrees: an attribute-looking `on…=` only ever appears escaped.
      const markup = withoutAttributeValues(page.html)
      expect(markup, page.path).not.toMatch(/<[a-z][^<>]*\son[a-z]+\s*=/i)
      expect(page.html, page.path).not.toMatch(/\s(href|src|action)\s*=\s*["']?\s*javascript:/i)
    }
  })

  it('gives every page a Content-Security-Policy meta tag; only /search/ may run scripts', () => {
    for (const page of pages) {
      const { document } = parseHTML(page.html)
      const csp = document.querySelectorAll('meta[http-equiv="Content-Security-Policy"]')
      expect(csp.length, page.path).toBe(1)
      const policy = csp[0]!.getAttribute('content') ?? ''
      expect(policy, page.path).toMatch(/default-src 'none'/)
      expect(policy, page.path).not.toMatch(/unsafe-inline/)
      if (page.path === 'search/index.html') expect(policy).toMatch(/script-src 'self'/)
      else expect(policy, page.path).toMatch(/script-src 'none'/)
      // In the head, before anything that loads.
      expect(page.html.indexOf('Content-Security-Policy'), page.path).toBeLessThan(page.html.indexOf('</head>'))
    }
  })

  it('shows the hostile text on the briefing pages as text, escaped in the HTML', () => {
    const text = pages
      .filter((page) => page.path.startsWith('briefings/'))
      .map((page) => parseHTML(page.html).document.querySelector('main')?.textContent ?? '')
      .join('\n')
      .replace(/\s+/g, ' ')
    const html = pages
      .filter((page) => page.path.startsWith('briefings/'))
      .map((page) => page.html)
      .join('\n')
    for (const line of [
      "<script>alert('q')</script>",
      '<img src=x onerror=alert(2)>',
      '<a href="javascript:alert(3)">the link</a>',
      '<iframe src="javascript:alert(4)"></iframe>',
      '{process.exit(1)}',
      '&lt;script&gt; &amp; 3,000 jobs',
      '<style>*{display:none}</style><svg><script>alert(5)</script></svg>',
      "export const frontmatter = { title: 'hijacked' }",
      "import Evil from '../../components/Evil.astro'",
      '<script>alert(document.cookie)</script> then </script><script src="https://evil.example/x.js"></script>',
      'Entities stay as written: &amp; &lt;script&gt; &copy; &#x3C;b&#x3E; &#60;i&#62;',
      'it’s <i>fine</i>'
    ]) {
      expect(text, line).toContain(line)
    }
    // Escaped in the markup: the tags are entities, the entities are double-escaped.
    expect(html).toMatch(/&lt;script&gt;alert\((?:'|&#39;)q(?:'|&#39;)\)&lt;\/script&gt;/)
    expect(html).toContain('&amp;lt;script&amp;gt; &amp;amp; 3,000 jobs')
    expect(html).toMatch(/&lt;img src=x onerror=alert\(2\)&gt;/)
  })
})
