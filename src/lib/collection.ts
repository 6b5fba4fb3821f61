/**
 * The `briefings` collection as the pages read it: its entries newest first, and the speakers,
 * issues and page keys joined across them (src/lib/site.ts), each computed once for the
 * collection as it is (the speaker and issue routes and their index pages share them; the dev
 * server computes them again when a briefing changes).
 */
import { getCollection, type CollectionEntry } from 'astro:content'
import { compareBriefings, sitePageKeys, siteIssues, siteSpeakers, type BriefingData } from './site.ts'

/** One briefing entry: its data is the page's JSON (src/schemas/briefing.ts). */
export type BriefingEntry = CollectionEntry<'briefings'>

/** The collection, with what is joined across it. */
export interface Site {
  /** The entries, newest first. */
  entries: BriefingEntry[]
  /** Their data, in the same order. */
  briefings: BriefingData[]
  /** Speakers joined across briefings, most quoted first. */
  speakers: () => ReturnType<typeof siteSpeakers>
  /** Issues joined across briefings, those in most briefings first. */
  issues: () => ReturnType<typeof siteIssues>
  /** Every page's incremental-build key, by URL. */
  keys: () => Map<string, string>
}

/** The site computed last, and the data objects of the collection it was computed from. */
let memo: { data: BriefingData[]; site: Site } | undefined

/** Compute `make()` once. */
function once<T>(make: () => T): () => T {
  let value: T | undefined
  return () => (value ??= make())
}

/**
 * The collection and its joins, computed once while the collection stays the same.
 *
 * @returns the site.
 */
export async function loadSite(): Promise<Site> {
  const entries = await getCollection('briefings')
  // The store hands out the same data objects until an entry changes (the dev server reloads it).
  const data = entries.map((entry) => entry.data)
  if (memo && memo.data.length === data.length && memo.data.every((item, i) => item === data[i])) return memo.site
  const sorted = [...entries].sort((a, b) => compareBriefings(a.data, b.data))
  const briefings = sorted.map((entry) => entry.data)
  const site: Site = {
    entries: sorted,
    briefings,
    speakers: once(() => siteSpeakers(briefings)),
    issues: once(() => siteIssues(briefings)),
    keys: once(() => sitePageKeys(briefings))
  }
  memo = { data, site }
  return site
}
