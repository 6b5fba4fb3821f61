/**
 * The built site's pages as Pagefind sees them: their URLs (as its directory crawl makes them),
 * whether it indexes them (`data-pagefind-body`), and listing them.
 */
import { readdirSync } from 'node:fs'
import { join } from 'node:path'

/**
 * The URL Pagefind's crawl gives a built file: its path, `index.html` dropped, percent-encoded.
 *
 * @param file the file's path relative to the output folder, with `/` (`briefings/x/index.html`).
 * @returns the URL (`/briefings/x/`).
 */
export function urlOfFile(file: string): string {
  return encodeURI(`/${file.replace(/(^|\/)index\.html$/, '$1')}`)
}

/**
 * Whether a page has a `data-pagefind-body` attribute in a tag (not in text, where `<` is escaped),
 * so that Pagefind indexes it.
 *
 * @param html the page's bytes.
 * @returns whether Pagefind indexes it.
 */
export function hasSearchBody(html: Uint8Array): boolean {
  const bytes = Buffer.from(html.buffer, html.byteOffset, html.byteLength)
  for (let at = bytes.indexOf('data-pagefind-body'); at >= 0; at = bytes.indexOf('data-pagefind-body', at + 1)) {
    if (bytes.lastIndexOf('<', at) > bytes.lastIndexOf('>', at)) return true
  }
  return false
}

/**
 * Every HTML file under a folder, Pagefind's own folder left out.
 *
 * @param dir the output folder.
 * @returns paths relative to it, with `/`, sorted.
 */
export function htmlFiles(dir: string): string[] {
  const files: string[] = []
  const walk = (prefix: string): void => {
    for (const entry of readdirSync(join(dir, prefix), { withFileTypes: true })) {
      const path = prefix ? `${prefix}/${entry.name}` : entry.name
      if (entry.isDirectory()) {
        if (path !== 'pagefind') walk(path)
      } else if (entry.name.endsWith('.html')) files.push(path)
    }
  }
  walk('')
  return files.sort()
}
