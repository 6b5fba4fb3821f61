/**
 * A saved or fetched HTML news page to an article: the body found by `@mozilla/readability` (on
 * linkedom) after the page's furniture is taken out, read into paragraphs (block quotes quoted,
 * `<br>` lines apart, `<pre>` kept), the headline, byline and date stamps above the story and an
 * author's bio below it left out, and the page's metadata. A page without a story is refused.
 */
import { createRequire } from 'node:module'
import { Readability } from '@mozilla/readability'
import { FileError } from '../file-error.ts'
import { bylineNames, joinNames } from './byline.ts'
import { keepQuoteAttributions, textBlocks, type TextBlock } from './blocks.ts'
import { isFurnitureLine, removeFurniture } from './furniture.ts'
import { cleanHeadline, nameKey } from './headline.ts'
import { completeMetadata, pageMetadata, type PageMetadata } from './metadata.ts'

/**
 * linkedom, loaded on the first page read: every module that reads articles enters this stage
 * through `plugins/read/index.ts` (the extraction CLI, the build and its worker threads), and
 * loading linkedom up front would cost each of them about 130 ms at start for pages they never read.
 */
let linkedom: typeof import('linkedom') | undefined
const parseHTML = (html: string): ReturnType<(typeof import('linkedom'))['parseHTML']> =>
  (linkedom ??= createRequire(import.meta.url)('linkedom') as typeof import('linkedom')).parseHTML(html)

/** A page that holds no article: the message names the file or URL and the reason. */
export class PageError extends FileError {}

/** An article read from a page. */
export interface PageArticle {
  /** The headline, when the page gives one. */
  title?: string
  /** The body's paragraphs, in order; a `<pre>`'s lines are joined by line breaks. */
  paragraphs: string[]
  meta: PageMetadata
}

/** Options of {@link readHtmlPage}. */
export interface ReadPageOptions {
  /** The page's address, when it was fetched (resolves relative links; the outlet's host). */
  url?: string
  /** The file or URL, for error messages (default: the URL, or `-`). */
  source?: string
}

/** The fewest words of running text a story has. */
const MIN_WORDS = 20
/** The fewest words of the longest paragraph of a story (a sentence, not a list of links). */
const MIN_PARAGRAPH_WORDS = 8

/** Scripts written without spaces between words: two characters count as a word. */
const UNSPACED =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/gu

/** The number of words of a text (in unspaced scripts, half the characters). */
function words(text: string): number {
  const unspaced = text.match(UNSPACED)?.length ?? 0
  return (text.replace(UNSPACED, ' ').match(/[\p{L}\p{N}]+/gu)?.length ?? 0) + Math.ceil(unspaced / 2)
}

/** Date, time and stamp words: a line of nothing else is a time stamp. */
const STAMP_WORDS =
  /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|mon(?:day)?|tue(?:sday)?|wed(?:nesday)?|thu(?:rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?|updated|published|posted|first|last|modified|on|at|am|pm|a\.m|p\.m|gmt|utc|bst|cet|cest|edt|est|cdt|cst|pdt|pst|aest|aedt|ist|jst|sgt|hkt|et|pt|today|yesterday|ago|mins?|minutes?|hours?|hrs?|days?|\d+(?:st|nd|rd|th)?)\b/gi

/** Whether a line is a date or time stamp (`Updated 3:46 PM, March 11, 2015`, `2 hours ago`). */
function isStampLine(line: string): boolean {
  return line.length <= 100 && /\d|ago|today|yesterday/i.test(line) && !line.replace(STAMP_WORDS, '').match(/\p{L}/u)
}

/** The words that start a byline line. */
const BYLINE_LEAD =
  /^(?:(?:written|words|story|reporting|reported|text|posted|published)\s+by|by|words:|author:)\s+(?=\S)/i

/**
 * Whether a line is a byline: `By Jane Roe`, `By Example News`, `in Example News, by Example News`,
 * `Jane Roe | Health Correspondent` (an author's name and no sentence).
 */
function isBylineLine(line: string, authors: string[]): boolean {
  if (line.length > 160 || /[.!?]["”]?$/.test(line)) return false
  const text = line.replace(/^in\s+[^,]{1,80},\s*/i, '')
  const lead = BYLINE_LEAD.exec(text)
  if (lead) {
    // Names (a role after them), or an outlet or a desk, a date: capitalised words, digits and stamp words.
    const rest = text.slice(lead[0].length).replace(STAMP_WORDS, ' ')
    if (words(rest) > 12) return false
    return (
      bylineNames([text]).length > 0 ||
      !/(?:^|\s)(?!(?:and|of|the|for|in|at|de|van|von|da|di|du|le|la|al)\b)\p{Ll}/u.test(rest)
    )
  }
  const key = nameKey(line)
  return authors.some((author) => key.startsWith(nameKey(author))) && words(line) <= 12
}

/** Whether a paragraph is a bio of one of the authors (`Jane Roe is the health correspondent of …`). */
function isAuthorBio(line: string, authors: string[]): boolean {
  if (words(line) > 80) return false
  return authors.some((author) => {
    const first = author.split(' ')[0]!
    const text = line.replace(/^[*_\s]+/, '')
    return (
      (text.startsWith(author) || text.startsWith(`${first} `)) &&
      new RegExp(
        `^${author.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\S*\\s+(?:is|was|has been|covers|writes|reports)\\b`,
        'u'
      ).test(text)
    )
  })
}

/**
 * The blocks without pull quotes: a block quote whose words the story prints again elsewhere
 * (a display copy of a quote, which the extraction would count twice).
 */
function withoutPullQuotes(blocks: TextBlock[]): TextBlock[] {
  const story = blocks.filter((block) => !block.quoted).map((block) => nameKey(block.lines.join(' ')))
  return blocks.filter((block) => {
    if (!block.quoted || block.kind === 'pre') return true
    const key = nameKey(block.lines.join(' ').replace(/\s[—–―-]\s.*$/u, ''))
    return key.length < 20 || !story.some((line) => line.includes(key))
  })
}

/** A block as lines of the article (a `<pre>`'s lines joined by line breaks). */
function blockText(block: TextBlock): string {
  return block.lines.join('\n')
}

/**
 * Read an HTML page into an article: its metadata (see `metadata.ts`), its headline and the
 * paragraphs of its story.
 *
 * @param html the page's text (already decoded: see `charset.ts`).
 * @param options the page's address and name.
 * @returns the article.
 * @throws {PageError} when the page holds no article body.
 */
export function readHtmlPage(html: string, options: ReadPageOptions = {}): PageArticle {
  const source = options.source ?? options.url ?? '-'
  const { document } = parseHTML(html)
  const sources = pageMetadata(document as unknown as Document, { url: options.url })
  removeFurniture(document as unknown as Document)
  keepQuoteAttributions(document as unknown as Document)
  const article = new Readability(document as unknown as Document, { keepClasses: false }).parse()
  if (!article?.content) throw new PageError(source, 'no article body found in the HTML page')
  const meta = completeMetadata(sources, article)
  const { document: body } = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`)
  const blocks = withoutPullQuotes(
    textBlocks(body.body as unknown as Element).filter(
      (block) => block.kind === 'pre' || !isFurnitureLine(block.lines[0]!)
    )
  )
  let authors = meta.author ? bylineNames([meta.author]) : []
  // Above the story: the headline again, bylines and time stamps.
  const titleKey = meta.title ? nameKey(meta.title) : ''
  let top = 0
  while (top < Math.min(blocks.length, 6)) {
    const block = blocks[top]!
    const line = block.lines[0]!
    if (block.quoted || block.kind === 'pre') break
    const headline = cleanHeadline(line, { outlets: [meta.outlet, meta.url], authors })
    if ((titleKey && headline && nameKey(headline) === titleKey) || isStampLine(line)) blocks.splice(top, 1)
    else if (isBylineLine(line, authors)) {
      // The printed byline names the authors when the page's data does not.
      if (!authors.length) {
        authors = bylineNames([line], [meta.outlet, meta.url])
        const author = joinNames(authors)
        if (author) meta.author = author
      }
      blocks.splice(top, 1)
    } else top++
  }
  // Below it: the authors' bios.
  while (blocks.length && !blocks.at(-1)!.quoted && isAuthorBio(blocks.at(-1)!.lines[0]!, authors)) blocks.pop()
  const paragraphs = blocks.map(blockText)
  const total = words(paragraphs.join(' '))
  const longest = Math.max(0, ...paragraphs.map(words))
  if (total < MIN_WORDS || longest < MIN_PARAGRAPH_WORDS)
    throw new PageError(
      source,
      `no article body found in the HTML page (only ${total} word${total === 1 ? '' : 's'} of text outside navigation and page furniture${
        paragraphs.length ? `; the longest paragraph has ${longest}` : ''
      })`
    )
  return { title: meta.title, paragraphs, meta }
}
