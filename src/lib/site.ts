/**
 * Site-wide views of the briefings' data, as plain functions of it (no Astro import, so the build
 * computes the same page keys before Astro runs): briefings newest first, speakers and issues
 * joined across briefings, the at-a-glance matrices, and each page's incremental-build key.
 * Every function here is linear in the number of briefings.
 */
import type { BriefingData } from '../schemas/briefing.ts'
import { cacheKey } from './cache-key.ts'

export type { BriefingData }

/**
 * The order of the briefings: newest first, undated last, then by title, then by slug.
 *
 * @param a a briefing.
 * @param b another.
 * @returns a negative number when `a` comes first.
 */
export function compareBriefings(
  a: Pick<BriefingData, 'date' | 'title' | 'slug'>,
  b: Pick<BriefingData, 'date' | 'title' | 'slug'>
): number {
  return (
    (b.date ?? '').localeCompare(a.date ?? '') ||
    a.title.localeCompare(b.title) ||
    (a.slug < b.slug ? -1 : +(a.slug > b.slug))
  )
}

/** The URL of a briefing's page. */
export const briefingUrl = (slug: string): string => `/briefings/${slug}/`
/** The URL of a speaker's page. */
export const speakerUrl = (slug: string): string => `/speakers/${slug}/`
/** The URL of an issue's page. */
export const issueUrl = (slug: string): string => `/issues/${slug}/`

/** A quote with where it comes from. */
export interface SiteQuote {
  briefing: BriefingData
  quote: BriefingData['quotes'][number]
  /** The speaker's site-wide slug, when attributed. */
  speaker: BriefingData['speakers'][number] | null
}

/** A speaker joined across briefings. */
export interface SiteSpeaker {
  slug: string
  name: string
  roles: string[]
  affiliations: string[]
  type: string
  /** The briefings naming the speaker (quoted or not), newest first. */
  briefings: { briefing: BriefingData; speaker: NamedInBriefing }[]
  quotes: SiteQuote[]
}

/** How a briefing names someone: as a speaker, or as someone named but not quoted. */
export type NamedInBriefing = Pick<
  BriefingData['speakers'][number],
  'name' | 'role' | 'affiliation' | 'type' | 'slug'
> & { id?: string }

/** Distinct non-empty strings (compared without case), first seen first, collected one at a time. */
class Distinct {
  readonly #seen = new Map<string, string>()
  add(value: string | null | undefined): void {
    if (value && !this.#seen.has(value.toLowerCase())) this.#seen.set(value.toLowerCase(), value)
  }
  values(): string[] {
    return [...this.#seen.values()]
  }
}

/**
 * Every speaker, joined across briefings by their site-wide slug (see `joinBriefings`).
 *
 * @param briefings the briefings, newest first.
 * @returns everyone named, quoted or not, most quoted first.
 */
export function siteSpeakers(briefings: BriefingData[]): SiteSpeaker[] {
  const bySlug = new Map<string, { site: SiteSpeaker; roles: Distinct; affiliations: Distinct }>()
  for (const data of briefings) {
    const named: NamedInBriefing[] = [...data.speakers, ...data.mentioned]
    const seen = new Set<string>()
    for (const speaker of named) {
      // one entry per briefing, however often it names the speaker
      if (seen.has(speaker.slug)) continue
      seen.add(speaker.slug)
      let entry = bySlug.get(speaker.slug)
      if (!entry) {
        entry = {
          site: {
            slug: speaker.slug,
            name: speaker.name,
            roles: [],
            affiliations: [],
            type: speaker.type,
            briefings: [],
            quotes: []
          },
          roles: new Distinct(),
          affiliations: new Distinct()
        }
        bySlug.set(speaker.slug, entry)
      }
      const { site } = entry
      // The fullest form of the name wins.
      if (speaker.name.split(' ').length > site.name.split(' ').length) site.name = speaker.name
      entry.roles.add(speaker.role)
      entry.affiliations.add(speaker.affiliation)
      site.briefings.push({ briefing: data, speaker })
      const ids = new Set(data.speakers.filter((other) => other.slug === speaker.slug).map((other) => other.id))
      for (const quote of data.quotes)
        if (quote.speaker !== null && ids.has(quote.speaker))
          site.quotes.push({
            briefing: data,
            quote,
            speaker: data.speakers.find((other) => other.id === quote.speaker)!
          })
    }
  }
  const speakers = [...bySlug.values()].map(({ site, roles, affiliations }) => {
    site.roles = dropInitialisms(roles.values())
    site.affiliations = affiliations.values()
    return site
  })
  return speakers.sort((a, b) => b.quotes.length - a.quotes.length || a.name.localeCompare(b.name))
}

/**
 * Drop a role that only abbreviates another (`PM` beside `Prime Minister`).
 *
 * @param roles distinct roles.
 * @returns the roles without such initialisms.
 */
export function dropInitialisms(roles: string[]): string[] {
  const initials = (role: string) =>
    role
      .split(/\s+/)
      .map((word) => word[0] ?? '')
      .join('')
      .toUpperCase()
  return roles.filter(
    (role) => !(/^[A-Z]{2,4}$/.test(role) && roles.some((other) => other !== role && initials(other) === role))
  )
}

/** An issue joined across briefings. */
export interface SiteIssue {
  slug: string
  title: string
  keywords: string[]
  briefings: {
    briefing: BriefingData
    issue: BriefingData['issues'][number]
    quotes: SiteQuote[]
    figures: BriefingData['figures']
  }[]
}

/**
 * Every issue, joined across briefings by its site-wide slug.
 *
 * @param briefings the briefings, newest first.
 * @returns the issues, those with most quotes first.
 */
export function siteIssues(briefings: BriefingData[]): SiteIssue[] {
  const bySlug = new Map<string, { site: SiteIssue; keywords: Distinct }>()
  for (const data of briefings) {
    for (const issue of data.issues) {
      let entry = bySlug.get(issue.slug)
      if (!entry) {
        entry = {
          site: { slug: issue.slug, title: issue.title, keywords: [], briefings: [] },
          keywords: new Distinct()
        }
        bySlug.set(issue.slug, entry)
      }
      for (const keyword of issue.keywords) entry.keywords.add(keyword)
      const paragraphs = new Set(issue.paragraphs)
      const quotes = data.quotes
        .filter((quote) => paragraphs.has(quote.paragraph))
        .map((quote) => ({
          briefing: data,
          quote,
          speaker: data.speakers.find((speaker) => speaker.id === quote.speaker) ?? null
        }))
      const figures = data.figures.filter((figure) => paragraphs.has(figure.paragraph))
      entry.site.briefings.push({ briefing: data, issue, quotes, figures })
    }
  }
  const issues = [...bySlug.values()].map(({ site, keywords }) => {
    site.keywords = keywords.values()
    return site
  })
  const quotes = (issue: SiteIssue) => issue.briefings.reduce((sum, item) => sum + item.quotes.length, 0)
  return issues.sort(
    (a, b) => quotes(b) - quotes(a) || b.briefings.length - a.briefings.length || a.title.localeCompare(b.title)
  )
}

/** What a page key needs of a briefing: the build keeps this much of each (src/lib/build/generate.ts). */
export type KeyedBriefing = Pick<BriefingData, 'slug' | 'title' | 'date' | 'digest'> & {
  speakers: { slug: string }[]
  /** The people named but not quoted: each has a speaker page too. */
  mentioned?: { slug: string }[]
  issues: { slug: string }[]
}

/**
 * The incremental-build key of every briefing, speaker and issue page (Astro's `cacheKey`, and
 * what the search index compares to know which pages it may take from the previous build): a
 * briefing page's key is its digest, a speaker's or issue's page key hashes the digests of the
 * briefings it shows, in the order it shows them. So a page is rendered again exactly when
 * something it shows changed, and no page hashes the briefings' data itself.
 *
 * @param briefings the briefings, newest first (see {@link compareBriefings}).
 * @returns each page's URL and key.
 */
export function sitePageKeys(briefings: KeyedBriefing[]): Map<string, string> {
  const keys = new Map<string, string>()
  const members = new Map<string, string[]>()
  const add = (url: string, digest: string): void => {
    const list = members.get(url)
    if (list) list.push(digest)
    else members.set(url, [digest])
  }
  for (const briefing of briefings) {
    keys.set(briefingUrl(briefing.slug), briefing.digest)
    // a speaker page shows each briefing once, however often it names the speaker there
    const named = new Set([...briefing.speakers, ...(briefing.mentioned ?? [])].map((speaker) => speaker.slug))
    for (const slug of named) add(speakerUrl(slug), briefing.digest)
    for (const issue of briefing.issues) add(issueUrl(issue.slug), briefing.digest)
  }
  for (const [url, digests] of members) keys.set(url, cacheKey([url, ...digests]))
  return keys
}

/** The data of an at-a-glance picture: rows × columns of counts. */
export interface GlanceData {
  /** What the picture shows, as its title. */
  title: string
  rows: { label: string; href?: string }[]
  columns: { label: string; href?: string }[]
  /** `counts[row][column]`. */
  counts: number[][]
}

/**
 * Who speaks how much on which issue in one briefing: issues (rows) × speakers (columns),
 * counting the quotes whose paragraph is among the issue's paragraphs.
 *
 * @param data the briefing.
 * @param maxSpeakers the most speakers shown (the most quoted).
 * @returns the matrix.
 */
export function briefingGlance(data: BriefingData, maxSpeakers = 6): GlanceData {
  const speakers = data.speakers.filter((speaker) => speaker.quotes > 0).slice(0, maxSpeakers)
  return {
    title: 'Quotes by speaker and issue in this briefing',
    rows: data.issues.map((issue) => ({ label: issue.title, href: issueUrl(issue.slug) })),
    columns: speakers.map((speaker) => ({ label: speaker.name, href: speakerUrl(speaker.slug) })),
    counts: data.issues.map((issue) =>
      speakers.map(
        (speaker) =>
          data.quotes.filter((quote) => quote.speaker === speaker.id && issue.paragraphs.includes(quote.paragraph))
            .length
      )
    )
  }
}

/**
 * Who speaks how much on one issue, briefing by briefing: briefings (rows) × speakers (columns).
 *
 * @param issue the site issue.
 * @param maxSpeakers the most speakers shown.
 * @returns the matrix.
 */
export function issueGlance(issue: SiteIssue, maxSpeakers = 6): GlanceData {
  const tally = new Map<string, { label: string; count: number }>()
  for (const { quotes } of issue.briefings) {
    for (const { speaker } of quotes) {
      if (!speaker) continue
      const entry = tally.get(speaker.slug) ?? { label: speaker.name, count: 0 }
      entry.count++
      tally.set(speaker.slug, entry)
    }
  }
  const columns = [...tally.entries()].sort((a, b) => b[1].count - a[1].count).slice(0, maxSpeakers)
  return {
    title: `Quotes on ${issue.title}, by speaker and briefing`,
    rows: issue.briefings.map(({ briefing }) => ({ label: briefing.title, href: briefingUrl(briefing.slug) })),
    columns: columns.map(([slug, { label }]) => ({ label, href: speakerUrl(slug) })),
    counts: issue.briefings.map(({ quotes }) =>
      columns.map(([slug]) => quotes.filter((quote) => quote.speaker?.slug === slug).length)
    )
  }
}
