/**
 * Site-wide views of the briefings collection: briefings newest first, speakers
 * and issues joined across briefings, and the at-a-glance matrices.
 */
import { getCollection, type CollectionEntry } from 'astro:content'

/** One briefing entry. */
export type BriefingEntry = CollectionEntry<'briefings'>
/** One briefing's front matter. */
export type BriefingData = BriefingEntry['data']

/**
 * Every briefing, newest first (undated last, then by title).
 *
 * @returns the entries.
 */
export async function allBriefings(): Promise<BriefingEntry[]> {
  const entries = await getCollection('briefings')
  return entries.sort((a, b) => {
    const da = a.data.date ?? ''
    const db = b.data.date ?? ''
    return db.localeCompare(da) || a.data.title.localeCompare(b.data.title)
  })
}

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
  /** The briefings naming the speaker, newest first. */
  briefings: { briefing: BriefingData; speaker: BriefingData['speakers'][number] }[]
  quotes: SiteQuote[]
}

/** Distinct non-empty strings, first seen first. */
function distinct(values: (string | null | undefined)[]): string[] {
  const seen = new Map<string, string>()
  for (const value of values) if (value && !seen.has(value.toLowerCase())) seen.set(value.toLowerCase(), value)
  return [...seen.values()]
}

/**
 * Every speaker, joined across briefings by their site-wide slug (see `joinBriefings`).
 *
 * @param entries the briefings, newest first.
 * @returns the speakers, most quoted first.
 */
export function siteSpeakers(entries: BriefingEntry[]): SiteSpeaker[] {
  const bySlug = new Map<string, SiteSpeaker>()
  for (const { data } of entries) {
    for (const speaker of data.speakers) {
      let site = bySlug.get(speaker.slug)
      if (!site) {
        site = {
          slug: speaker.slug,
          name: speaker.name,
          roles: [],
          affiliations: [],
          type: speaker.type,
          briefings: [],
          quotes: []
        }
        bySlug.set(speaker.slug, site)
      }
      // The fullest form of the name wins.
      if (speaker.name.split(' ').length > site.name.split(' ').length) site.name = speaker.name
      site.roles = distinct([...site.roles, speaker.role])
      site.affiliations = distinct([...site.affiliations, speaker.affiliation])
      site.briefings.push({ briefing: data, speaker })
      for (const quote of data.quotes)
        if (quote.speaker === speaker.id) site.quotes.push({ briefing: data, quote, speaker })
    }
  }
  for (const site of bySlug.values()) site.roles = dropInitialisms(site.roles)
  return [...bySlug.values()].sort((a, b) => b.quotes.length - a.quotes.length || a.name.localeCompare(b.name))
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
 * @param entries the briefings, newest first.
 * @returns the issues, those in most briefings first.
 */
export function siteIssues(entries: BriefingEntry[]): SiteIssue[] {
  const bySlug = new Map<string, SiteIssue>()
  for (const { data } of entries) {
    for (const issue of data.issues) {
      let site = bySlug.get(issue.slug)
      if (!site) {
        site = { slug: issue.slug, title: issue.title, keywords: [], briefings: [] }
        bySlug.set(issue.slug, site)
      }
      site.keywords = distinct([...site.keywords, ...issue.keywords])
      const quotes = data.quotes
        .filter((quote) => issue.paragraphs.includes(quote.paragraph))
        .map((quote) => ({
          briefing: data,
          quote,
          speaker: data.speakers.find((speaker) => speaker.id === quote.speaker) ?? null
        }))
      const figures = data.figures.filter((figure) => issue.paragraphs.includes(figure.paragraph))
      site.briefings.push({ briefing: data, issue, quotes, figures })
    }
  }
  return [...bySlug.values()].sort((a, b) => b.briefings.length - a.briefings.length || a.title.localeCompare(b.title))
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
    title: `Quotes by speaker and issue: ${data.title}`,
    rows: data.issues.map((issue) => ({ label: issue.title, href: `/issues/${issue.slug}/` })),
    columns: speakers.map((speaker) => ({ label: speaker.name, href: `/speakers/${speaker.slug}/` })),
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
    rows: issue.briefings.map(({ briefing }) => ({ label: briefing.title, href: `/briefings/${briefing.slug}/` })),
    columns: columns.map(([slug, { label }]) => ({ label, href: `/speakers/${slug}/` })),
    counts: issue.briefings.map(({ quotes }) =>
      columns.map(([slug]) => quotes.filter((quote) => quote.speaker?.slug === slug).length)
    )
  }
}
