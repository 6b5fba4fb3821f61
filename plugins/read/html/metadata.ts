/**
 * An HTML page's metadata from its own structured data first (JSON-LD, Open Graph and
 * `article:*` meta tags, `itemprop` microdata, `<time datetime>`), then from what Readability
 * found: the headline without the site's name or the author, the authors' names, the outlet, the
 * published date (never the modified one) and the page's address.
 */
import { bylineNames, joinNames } from './byline.ts'
import { cleanHeadline } from './headline.ts'
import { linkedArticle } from './structured-data.ts'
import { safeWebUrl } from '../../text/url.ts'

/** The metadata of a page (the fields of an article's `.meta.yaml`). */
export interface PageMetadata {
  title?: string
  /** ISO day (`YYYY-MM-DD`). */
  date?: string
  url?: string
  outlet?: string
  /** The people's names, joined (`Jane Roe and Sam Okoro`). */
  author?: string
}

/** What Readability found, as fallbacks. */
export interface ReadabilityFindings {
  title?: string | null
  byline?: string | null
  siteName?: string | null
  publishedTime?: string | null
}

/** Meta tags (`property` or `name`) that carry the published date, most specific first. */
const PUBLISHED_META = [
  'article:published_time',
  'article:published',
  'article:publicationdate',
  'article:publication_date',
  'og:article:published_time',
  'og:published_time',
  'datepublished',
  'publishdate',
  'publish-date',
  'publish_date',
  'publication_date',
  'publication-date',
  'pubdate',
  'parsely-pub-date',
  'sailthru.date',
  'dc.date.issued',
  'dcterms.issued',
  'dcterms.created',
  'dc.date',
  'dcterms.date',
  'citation_publication_date',
  'date'
]

/** Meta tags that carry the author. */
const AUTHOR_META = [
  'author',
  'article:author',
  'byl',
  'parsely-author',
  'sailthru.author',
  'dc.creator',
  'dcterms.creator'
]

/** Words of a modified date (`dateModified`, `updated`, `last-modified`). */
const MODIFIED = /modif|updat|revis|edited/i

/**
 * An ISO day from a date as written (`2025-02-27`, `2025-02-27T09:00:00Z`, `27 February 2025`,
 * `20250227`): the day as the page gives it, not moved by a time zone.
 *
 * @param value the date.
 * @returns the ISO day, or `undefined`.
 */
export function isoDayOf(value: string | null | undefined): string | undefined {
  const text = value?.trim()
  if (!text) return undefined
  const iso = /^(\d{4})-?(\d{2})-?(\d{2})(?:[T\s]|$)/.exec(text)
  if (iso) {
    const [, year, month, day] = iso
    const date = new Date(`${year}-${month}-${day}T00:00:00Z`)
    return Number.isNaN(date.getTime()) || date.getUTCDate() !== Number(day) ? undefined : `${year}-${month}-${day}`
  }
  const parsed = new Date(
    `${text.replace(/\s+(?:at|@)\s+/i, ' ').replace(/\s*\b(?:[A-Z]{2,4}T|GMT|UTC)\b.*$/, '')} UTC`
  )
  const fallback = Number.isNaN(parsed.getTime()) ? new Date(text) : parsed
  if (Number.isNaN(fallback.getTime())) return undefined
  const year = fallback.getUTCFullYear()
  return year < 1900 || year > 2200 ? undefined : fallback.toISOString().slice(0, 10)
}

/** The value of the first meta tag with one of these names (`property`, `name` or `itemprop`), in order of names. */
function metaValue(document: Document, names: string[]): string | undefined {
  const values = new Map<string, string>()
  for (const meta of document.querySelectorAll('meta[content]')) {
    const content = meta.getAttribute('content')?.trim()
    if (!content) continue
    for (const attribute of ['property', 'name', 'itemprop']) {
      const key = meta.getAttribute(attribute)?.trim().toLowerCase()
      if (key && !values.has(key)) values.set(key, content)
    }
  }
  for (const name of names) {
    const value = values.get(name)
    if (value) return value
  }
  return undefined
}

/** The text of an element: its `content` or `datetime` attribute, else its text. */
function valueOf(element: Element | null): string | undefined {
  if (!element) return undefined
  const value =
    element.getAttribute('content') ?? element.getAttribute('datetime') ?? element.textContent?.replace(/\s+/g, ' ')
  return value?.trim() || undefined
}

/** Whether an element, or an ancestor, is navigation, a sidebar or a list of other stories. */
function outsideStory(element: Element): boolean {
  return Boolean(
    element.closest(
      'nav, aside, footer, [class*="related"], [class*="recommend"], [class*="promo"], [role="complementary"]'
    )
  )
}

/** Whether a `<time>` is a modified date: its own words, its attributes or the words just before it say so. */
function isModifiedTime(time: Element): boolean {
  const attributes = `${time.getAttribute('itemprop') ?? ''} ${time.getAttribute('class') ?? ''} ${time.parentElement?.getAttribute('class') ?? ''}`
  if (MODIFIED.test(attributes)) return true
  const before = time.previousSibling?.textContent ?? ''
  return (
    /\b(?:updated|modified|edited)\s*:?\s*(?:on\s*)?$/i.test(before) ||
    /^\s*(?:updated|modified)\b/i.test(time.textContent ?? '')
  )
}

/** The published date of `<time datetime>` elements: a `pubdate` one or one labelled published, else the first in the story. */
function timeElementDate(document: Document): string | undefined {
  const times = [...document.querySelectorAll('time[datetime]')].filter((time) => !outsideStory(time))
  const labelled = times.find(
    (time) =>
      time.hasAttribute('pubdate') ||
      /publish|posted|created/i.test(
        `${time.getAttribute('class') ?? ''} ${time.parentElement?.getAttribute('class') ?? ''}`
      )
  )
  return (labelled ?? times.find((time) => !isModifiedTime(time)))?.getAttribute('datetime') ?? undefined
}

/** The host of a URL without `www.`. */
function hostOf(url: string | undefined): string | undefined {
  if (!url) return undefined
  try {
    return new URL(url).hostname.replace(/^www\./, '') || undefined
  } catch {
    return undefined
  }
}

/**
 * An absolute http(s) URL, resolved against the page's address, through the one check every linked
 * address passes (plugins/text/url.ts: no control or invisible character, no credentials), without
 * its fragment.
 */
function absoluteUrl(value: string | undefined, base: string | undefined): string | undefined {
  const href = safeWebUrl(value, base)
  if (!href) return undefined
  const url = new URL(href)
  url.hash = ''
  return url.href
}

/**
 * Read a page's metadata. Call it before Readability changes the document.
 *
 * @param document the parsed page.
 * @param options `url`: the page's address when it was fetched.
 * @returns the structured sources, to be completed by {@link completeMetadata} with Readability's findings.
 */
export function pageMetadata(document: Document, options: { url?: string } = {}): PageSources {
  const ld = linkedArticle(
    [...document.querySelectorAll('script[type="application/ld+json" i], script[type="application/ld+json"]')].map(
      (script) => script.textContent ?? ''
    )
  )
  const canonical = document.querySelector('link[rel~="canonical"]')?.getAttribute('href') ?? undefined
  const url =
    absoluteUrl(canonical, options.url) ??
    absoluteUrl(metaValue(document, ['og:url']), options.url) ??
    absoluteUrl(ld?.url, options.url) ??
    absoluteUrl(options.url, undefined)
  const itemAuthors = [...document.querySelectorAll('[itemprop~="author"]')]
    .filter((element) => !outsideStory(element))
    .map((element) => valueOf(element.querySelector('[itemprop~="name"]')) ?? valueOf(element))
  const printedByline = [...document.querySelectorAll('[rel~="author"], [class*="byline"], [class*="author-name"]')]
    .filter((element) => !outsideStory(element))
    .map((element) => valueOf(element))
  return {
    titles: [
      ld?.headline,
      metaValue(document, ['og:title', 'twitter:title']),
      valueOf(document.querySelector('[itemprop~="headline"]')),
      document.querySelector('article h1, main h1, h1')?.textContent ?? undefined,
      document.title
    ],
    published: [
      ld?.datePublished,
      metaValue(document, PUBLISHED_META),
      valueOf(document.querySelector('[itemprop~="datePublished"]')),
      timeElementDate(document)
    ],
    authors: [ld?.authors ?? [], [metaValue(document, AUTHOR_META)], itemAuthors, printedByline],
    outlets: [metaValue(document, ['og:site_name']), ld?.publisher, metaValue(document, ['application-name'])],
    url
  }
}

/** The candidates a page gives for each field, best first. */
export interface PageSources {
  titles: (string | null | undefined)[]
  published: (string | null | undefined)[]
  /** Groups of author values, one per source: the first group that names a person wins. */
  authors: (string | null | undefined)[][]
  outlets: (string | null | undefined)[]
  url?: string
}

/**
 * The page's metadata: its structured data first, then Readability's findings; the title
 * without the outlet or the author, the authors reduced to names, the outlet from `og:site_name`
 * (or the publisher) or else the host.
 *
 * @param sources what {@link pageMetadata} read.
 * @param found what Readability found.
 * @returns the metadata.
 */
export function completeMetadata(sources: PageSources, found: ReadabilityFindings = {}): PageMetadata {
  const host = hostOf(sources.url)
  const outlet = [...sources.outlets, found.siteName].map((value) => value?.replace(/\s+/g, ' ').trim()).find(Boolean)
  const outletNames = [outlet, host, sources.url]
  let names: string[] = []
  for (const group of [...sources.authors.slice(0, 3), [found.byline], ...sources.authors.slice(3)]) {
    names = bylineNames(group, outletNames)
    if (names.length) break
  }
  const meta: PageMetadata = {}
  const title = [...sources.titles.slice(0, 3), found.title, ...sources.titles.slice(3)]
    .map((candidate) => cleanHeadline(candidate, { outlets: outletNames, authors: names }))
    .find(Boolean)
  if (title) meta.title = title
  const date = [...sources.published, found.publishedTime].map(isoDayOf).find(Boolean)
  if (date) meta.date = date
  if (sources.url) meta.url = sources.url
  if (outlet ?? host) meta.outlet = outlet ?? host
  const author = joinNames(names)
  if (author) meta.author = author
  return meta
}
