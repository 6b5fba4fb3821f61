/**
 * The built HTML carries no article-originated markup. The site the browser and HTML tests share
 * (tests/helpers/shared-site.ts: the real build, `node scripts/build.ts --content DIR --out DIR`)
 * holds hostile articles (tests/fixtures/hostile: markup lookalikes, script and event-handler
 * payloads in quotes, names and headlines, a file whose name is an attribute injection, sidecars
 * whose `url` is `java<TAB>script:` or `data:text/html`), links out of the content folder (to a
 * file holding a secret) and dangling, and the example; every built HTML file is scanned, as raw
 * text and as a DOM (linkedom):
 * - no `<script>` anywhere except the search page's two loaders (Pagefind's UI and the site's
 *   /scripts/search.js, both by `src`, no inline code);
 * - no `on*=` event-handler attribute, no `javascript:` URL in any URL attribute, no `<iframe>`,
 *   `<object>`, `<embed>`, `<base>`, `<form>` pointing elsewhere, no `<meta http-equiv="refresh">`;
 * - each page has a Content-Security-Policy meta tag, `script-src 'none'` except on /search/;
 * - the hostile text shows on the briefing pages as text, escaped in the HTML;
 * - only http(s) sidecar URLs become links; nothing of the linked secret is published.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { parseHTML } from 'linkedom'
import { beforeAll, describe, expect, it } from 'vitest'
import { slugOfFile } from '../src/lib/build/slugs.ts'
import { EVIL_NAME, SECRET_MARKER } from './fixtures/site/build-site.ts'
import { sharedSite, type SharedSite } from './helpers/shared-site.ts'

/** The hostile articles' slugs (tests/fixtures/hostile and the attribute-injection file name). */
const HOSTILE = ['lookalikes', 'council-script_2026-03-02', 'front-matter-lookalike']

let site: SharedSite
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
  site = await sharedSite()
  if (site.status === 0 || site.status === 1)
    pages = htmlFiles(site.outDir).map((path) => ({
      path: relative(site.outDir, path),
      html: readFileSync(path, 'utf8')
    }))
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
  it('builds every hostile article', () => {
    expect(site.status, site.stdout + site.stderr).toBe(1)
    expect(pages.map((page) => page.path)).toEqual(expect.arrayContaining(['index.html', 'search/index.html']))
    const briefings = pages.filter((page) => page.path.startsWith('briefings/')).map((page) => page.path.split('/')[1])
    expect(briefings).toEqual(expect.arrayContaining(HOSTILE))
    expect(briefings).toHaveLength(7)
    expect(site.stdout).not.toMatch(new RegExp(`SKIPPED .*(${HOSTILE.join('|')})`))
    expect(briefings).toContain(slugOfFile(EVIL_NAME))
  })

  it('links only http(s) sidecar URLs, and publishes nothing of a linked file outside the content folder', () => {
    const origin = (slug: string): Element | null =>
      parseHTML(pages.find((page) => page.path === `briefings/${slug}/index.html`)!.html).document.querySelector(
        '.briefing-origin'
      )
    // `java<TAB>script:` and `data:` are dropped at the sidecar (a warning names the file); the outlet stays.
    expect(origin('council-script_2026-03-02')?.textContent).toMatch(/Original article in The Harbour Herald$/)
    expect(origin('council-script_2026-03-02')?.querySelector('a')).toBeNull()
    expect(origin('front-matter-lookalike')?.querySelector('a')).toBeNull()
    expect(origin('front-matter-lookalike')?.textContent).toContain('by <img src=x onerror=alert(10)>')
    expect(site.stdout).toMatch(
      /WARNING .*council-script_2026-03-02\.meta\.yaml: url a web address with a control or invisible character \(U\+0009\); ignored/
    )
    expect(site.stdout).toMatch(
      /WARNING .*front-matter-lookalike\.meta\.yaml: url only http and https addresses are linked, not "data:"; ignored/
    )
    expect(origin('northern-rail_2025-03-10')?.querySelector('a')?.getAttribute('href')).toBe(
      'https://news.example/rail/trains-on-time'
    )
    for (const page of pages) expect(page.html, page.path).not.toContain(SECRET_MARKER.split(' ')[0])
    expect(pages.some((page) => page.path.startsWith('briefings/leak/'))).toBe(false)
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
