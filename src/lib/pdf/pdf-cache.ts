/**
 * Step 4 of the build: a PDF per briefing, printed only when its page changed. A briefing whose
 * built page (and the PDF styles and printer) did not change gets its PDF from the cache,
 * `CACHE/<slug>.<key>.<hash>.pdf`, where the key hashes the page and the hash is of the PDF's own
 * bytes, checked before the copy: a damaged (truncated, edited) cached PDF is printed again. Every
 * write, into the cache and into the site, is atomic.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { hash, ROOT, writeFileAtomic } from '../build/cache.ts'

/** Options of {@link printPdfsWithCache}. */
export interface PdfCacheOptions {
  /** The built site (`briefings/<slug>/index.html`; the PDFs go to `pdf/<slug>.pdf`). */
  outDir: string
  /** The PDF cache folder. */
  cacheDir: string
  /** The briefings to print. */
  slugs: string[]
  /** The site's public address the PDFs link to (default: the one the pages name). */
  site?: string
  /** Notices (a damaged cached PDF, Chromium's sandbox). */
  log?: (line: string) => void
}

/** What {@link printPdfsWithCache} did. */
export interface PdfCacheResult {
  /** Every PDF in the site. */
  pdfs: string[]
  /** How many came from the cache. */
  reused: number
  /** The briefings printed. */
  printed: string[]
}

/** What makes a PDF differ besides its page: the stylesheets and the printer. */
function printerVersion(): string {
  const files = [
    'public/styles/print.css',
    'public/styles/site.css',
    'src/lib/pdf/print-pdfs.ts',
    'src/lib/pdf/chromium.ts'
  ]
  return hash(...files.map((file) => (existsSync(join(ROOT, file)) ? readFileSync(join(ROOT, file)) : '')))
}

/**
 * Put a PDF of each briefing in the site: from the cache when its page did not change and the
 * cached bytes are whole, else printed (src/lib/pdf/print-pdfs.ts) and cached.
 *
 * @param options the site, the cache, the briefings, notices.
 * @returns the PDFs, how many were reused, which were printed.
 */
export async function printPdfsWithCache(options: PdfCacheOptions): Promise<PdfCacheResult> {
  const { outDir, cacheDir } = options
  const log = options.log ?? (() => {})
  mkdirSync(cacheDir, { recursive: true })
  mkdirSync(join(outDir, 'pdf'), { recursive: true })
  const version = printerVersion()
  const cached = new Map<string, string>()
  for (const name of readdirSync(cacheDir)) {
    const match = /^(.+)\.([0-9a-f]{16})\.([0-9a-f]{16})\.pdf$/.exec(name)
    if (match) cached.set(`${match[1]}.${match[2]}`, name)
    else rmSync(join(cacheDir, name), { force: true }) // Another layout, or a temporary file.
  }
  const pdfs: string[] = []
  const toPrint: string[] = []
  const keys = new Map<string, string>()
  for (const slug of options.slugs) {
    const html = join(outDir, 'briefings', slug, 'index.html')
    if (!existsSync(html)) continue
    const key = hash(version, options.site ?? '', readFileSync(html)).slice(0, 16)
    keys.set(slug, key)
    const name = cached.get(`${slug}.${key}`)
    const bytes = name ? readFileSync(join(cacheDir, name)) : null
    if (name && bytes && name.endsWith(`.${hash(bytes).slice(0, 16)}.pdf`)) {
      writeFileAtomic(join(outDir, 'pdf', `${slug}.pdf`), bytes)
      pdfs.push(join(outDir, 'pdf', `${slug}.pdf`))
      continue
    }
    if (name) {
      log(`build: the cached PDF of ${slug} is damaged; printing it again`)
      rmSync(join(cacheDir, name), { force: true })
    }
    toPrint.push(slug)
  }
  const reused = pdfs.length
  if (toPrint.length) {
    const { printBriefingPdfs } = await import('./print-pdfs.ts')
    pdfs.push(...(await printBriefingPdfs(outDir, { slugs: toPrint, site: options.site, log: () => {}, warn: log })))
  }
  for (const slug of toPrint) {
    for (const [id, name] of cached)
      if (id.slice(0, id.lastIndexOf('.')) === slug) rmSync(join(cacheDir, name), { force: true })
    const file = join(outDir, 'pdf', `${slug}.pdf`)
    if (!existsSync(file)) continue
    const bytes = readFileSync(file)
    writeFileAtomic(join(cacheDir, `${slug}.${keys.get(slug)}.${hash(bytes).slice(0, 16)}.pdf`), bytes)
  }
  return { pdfs, reused, printed: toPrint }
}
