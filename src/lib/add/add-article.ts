/**
 * File an article under content/articles (`npm run add`, scripts/add.ts).
 *
 * Inputs, told apart by extension or content:
 * - plain text (the first non-blank line is the headline);
 * - text or Markdown with YAML front matter (`title`, `date`, `url` or `source`, `outlet`,
 *   `author`);
 * - Markdown (`.md`, or text that parses as Markdown with headings): reduced to its text, one
 *   paragraph per line, the first heading as the headline;
 * - an HTML page, saved (`.html`, or text starting with `<!doctype html` / `<html`) or fetched
 *   (src/lib/ingest): read by plugins/read's HTML reader (charset, metadata from structured data
 *   then @mozilla/readability, the body with block quotes quoted and furniture left out).
 *
 * The article is stored as `<slug>.txt`: the headline, a blank line, then the paragraphs separated
 * by blank lines: raw text, which the extraction reads and its offsets point into. The
 * metadata goes into a sidecar `<slug>.meta.yaml` (plugins/read `readArticleMeta`);
 * its `date` anchors relative dates in the timeline. The slug comes from the headline
 * (`--slug` to choose), made unique in the folder.
 */
import { existsSync, mkdirSync } from 'node:fs'
import { extname, join, resolve } from 'node:path'
import type { Root, RootContent } from 'mdast'
import { fromMarkdown } from 'mdast-util-from-markdown'
import { toString } from 'mdast-util-to-string'
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml'
import { slugify } from '../../../plugins/names/index.ts'
import { decodeArticle, decodeHtml, isHtmlPage, readHtmlPage, type ArticleMeta } from '../../../plugins/read/index.ts'
import { safeWebUrl } from '../../../plugins/text/url.ts'
import { ROOT, writeFileAtomic } from '../build/cache.ts'

/** An article ready to file. */
export interface PreparedArticle {
  /** The text to store (headline first, paragraphs separated by blank lines). */
  text: string
  meta: ArticleMeta
  /** What the input was read as. */
  format: 'text' | 'markdown' | 'html'
}

/** Whitespace collapsed, trimmed. */
function squash(value: string): string {
  return value
    .replace(/[ \t\f\v\u00a0]+/g, ' ')
    .replace(/\s*\n\s*/g, ' ')
    .trim()
}

/**
 * An ISO day from a date as written (`2025-02-27`, `2025-02-27T09:00:00Z`, `27 February 2025`).
 *
 * @param value the date, a `Date` or anything else.
 * @returns the ISO day, or `undefined`.
 */
export function isoDay(value: unknown): string | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString().slice(0, 10)
  if (typeof value !== 'string' || !value.trim()) return undefined
  const iso = /^(\d{4}-\d{2}-\d{2})/.exec(value.trim())
  if (iso) return iso[1]
  const parsed = new Date(`${value.trim()} UTC`)
  const fallback = Number.isNaN(parsed.getTime()) ? new Date(value.trim()) : parsed
  return Number.isNaN(fallback.getTime()) ? undefined : fallback.toISOString().slice(0, 10)
}

/** The metadata of a front matter or page: known keys only, strings only. */
function metaFrom(data: Record<string, unknown>): ArticleMeta {
  const text = (value: unknown): string | undefined =>
    typeof value === 'string' && value.trim() ? squash(value) : undefined
  const meta: ArticleMeta = {}
  const title = text(data.title) ?? text(data.headline)
  if (title) meta.title = title
  const date = isoDay(data.date ?? data.published ?? data.publishedTime)
  if (date) meta.date = date
  // Only an http(s) address becomes a link (plugins/text/url.ts), checked as written (before
  // white space is collapsed: `java<TAB>script:` is refused, not read as `java script:`); anything
  // else that looks like an address is dropped, and a source that does not is the outlet's name.
  const source = [data.url, data.source, data.link].find(
    (value): value is string => typeof value === 'string' && value.trim() !== ''
  )
  const url = safeWebUrl(source)
  if (url) meta.url = url
  const outlet =
    text(data.outlet) ??
    text(data.publication) ??
    text(data.siteName) ??
    (source && !url && !/^[^/]*:|\/\/|[\p{Cc}\p{Cf}]/u.test(source.trim()) ? squash(source) : undefined)
  if (outlet) meta.outlet = outlet
  const author = text(data.author) ?? text(data.byline)
  if (author) meta.author = author
  return meta
}

/**
 * Split YAML front matter (`---` lines) off the top of a text.
 *
 * @param input the text.
 * @returns the front matter's data (empty when there is none) and the rest.
 */
export function splitFrontMatter(input: string): { data: Record<string, unknown>; body: string } {
  const match = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.exec(input)
  if (!match) return { data: {}, body: input }
  let data: unknown
  try {
    data = parseYaml(match[1]!)
  } catch (error) {
    throw new Error(`the front matter is not valid YAML: ${(error as Error).message.split('\n')[0]}`, { cause: error })
  }
  return {
    data: data && typeof data === 'object' ? (data as Record<string, unknown>) : {},
    body: input.slice(match[0].length)
  }
}

/** Markdown to paragraphs: headings, paragraphs, quotes and list items, each one line of text. */
function markdownParagraphs(markdown: string): { title?: string; paragraphs: string[] } {
  const tree = fromMarkdown(markdown) as Root
  const paragraphs: string[] = []
  let title: string | undefined
  const walk = (nodes: RootContent[]): void => {
    for (const node of nodes) {
      if (node.type === 'heading') {
        const line = squash(toString(node))
        if (line && title === undefined && node.depth <= 2 && paragraphs.length === 0) title = line
        else if (line) paragraphs.push(line)
      } else if (node.type === 'paragraph' || node.type === 'code' || node.type === 'html' || node.type === 'table') {
        const line = squash(node.type === 'html' ? node.value.replace(/<[^>]*>/g, ' ') : toString(node))
        if (line) paragraphs.push(line)
      } else if (node.type === 'blockquote' || node.type === 'list' || node.type === 'listItem')
        walk(node.children as RootContent[])
    }
  }
  walk(tree.children)
  return { title, paragraphs }
}

/**
 * Turn an input (plain text, front matter, Markdown or a saved HTML page) into the text and
 * metadata to file.
 *
 * @param input the input's text, or its bytes (an HTML page's decoded by its charset, other text as article files are).
 * @param name its file name or URL (for the format and messages), or `-`.
 * @param options the page's URL and HTTP `Content-Type` when it was fetched.
 * @returns the article.
 * @throws {Error} when there is no article text in it (an HTML page without a story: `PageError`).
 */
export function prepareArticle(
  input: string | Uint8Array,
  name = '-',
  options: { url?: string; contentType?: string } = {}
): PreparedArticle {
  const ext = extname(name).toLowerCase()
  if (/^\s*(?:text\/html|application\/xhtml\+xml)\b/i.test(options.contentType ?? '') || isHtmlPage(name, input)) {
    // Saved or fetched pages: plugins/read/html (charset, metadata, body, furniture).
    const html = typeof input === 'string' ? input : decodeHtml(input, options.contentType).text
    const page = readHtmlPage(html, { url: options.url, source: name })
    return { text: compose(page.title, page.paragraphs), meta: page.meta, format: 'html' }
  }
  if (typeof input !== 'string') input = decodeArticle(input, name)
  const { data, body } = splitFrontMatter(input)
  const meta = metaFrom(data)
  const markdown = ext === '.md' || ext === '.markdown' || /^#{1,6} \S/m.test(body)
  if (markdown) {
    const { title, paragraphs } = markdownParagraphs(body)
    meta.title ??= title
    if (title && meta.title !== title) paragraphs.unshift(title)
    takeByline(paragraphs, meta)
    return { text: compose(meta.title, paragraphs), meta, format: 'markdown' }
  }
  // Plain text: keep the lines as written, only the headline from the front matter goes first.
  const lines = body.replace(/\r\n?/g, '\n').split('\n')
  while (lines.length && !lines[0]!.trim()) lines.shift()
  const firstLine = lines[0]?.trim()
  meta.title ??= firstLine
  const text = meta.title && firstLine !== meta.title ? `${meta.title}\n\n${lines.join('\n')}` : lines.join('\n')
  return { text: `${text.trimEnd()}\n`, meta, format: 'text' }
}

/** A byline paragraph (`By Sam Reyes`) among the first two: its author, and the paragraphs without it. */
function takeByline(paragraphs: string[], meta: ArticleMeta): void {
  for (let i = 0; i < Math.min(2, paragraphs.length); i++) {
    const match = /^by\s+([\p{Lu}][\p{L}.'’-]*(?:\s+[\p{Lu}][\p{L}.'’-]*){0,3})$/iu.exec(paragraphs[i]!)
    if (!match) continue
    meta.author ??= match[1]
    paragraphs.splice(i, 1)
    return
  }
}

/** Headline + paragraphs, separated by blank lines. */
function compose(title: string | undefined, paragraphs: string[]): string {
  return `${[title, ...paragraphs].filter((line): line is string => Boolean(line)).join('\n\n')}\n`
}

/** Options of {@link addArticle}. */
export interface AddOptions {
  /** The articles' folder (default content/articles). */
  content?: string
  /** The publication date (overrides the input's). */
  date?: string
  /** The slug (default: from the headline). */
  slug?: string
  /** The page's URL when it was fetched (resolves its links; recorded when the page names no canonical URL). */
  url?: string
  /** The HTTP `Content-Type` header when it was fetched (its charset decodes the page). */
  contentType?: string
  /** Metadata for what the input does not give (a feed item's title and date). */
  defaults?: ArticleMeta
}

/**
 * File an article: store its text as `<slug>.txt` and its metadata as `<slug>.meta.yaml`.
 *
 * @param input the input's text or bytes (see {@link prepareArticle}).
 * @param name its file name or URL (`-` for stdin).
 * @param options folder, date, slug, the fetched page's URL and content type, default metadata.
 * @returns the stored files and what the input was read as.
 */
export function addArticle(
  input: string | Uint8Array,
  name: string,
  options: AddOptions = {}
): { slug: string; file: string; metaFile: string | null; format: PreparedArticle['format'] } {
  const contentDir = resolve(options.content ?? join(ROOT, 'content/articles'))
  const { text, meta, format } = prepareArticle(input, name, options)
  for (const [key, value] of Object.entries(options.defaults ?? {}) as [keyof ArticleMeta, string | undefined][])
    if (value && !meta[key]) meta[key] = value
  decodeArticle(new TextEncoder().encode(text), name) // Refuses empty, white-space-only and binary text.
  if (options.date) {
    const day = isoDay(options.date)
    if (!day) throw new Error(`--date ${options.date} is not a date`)
    meta.date = day
  }
  mkdirSync(contentDir, { recursive: true })
  const base =
    slugify(options.slug ?? meta.title ?? text.split('\n')[0]!, 'article')
      .slice(0, 60)
      .replace(/-+$/, '') || 'article'
  let slug = base
  for (let n = 2; existsSync(join(contentDir, `${slug}.txt`)) || existsSync(join(contentDir, `${slug}.meta.yaml`)); n++)
    slug = `${base}-${n}`
  const file = join(contentDir, `${slug}.txt`)
  writeFileAtomic(file, text)
  let metaFile: string | null = null
  if (Object.keys(meta).length) {
    metaFile = join(contentDir, `${slug}.meta.yaml`)
    writeFileAtomic(metaFile, stringifyYaml(meta, { lineWidth: 0 }))
  }
  return { slug, file, metaFile, format }
}
