/**
 * Joins across briefings: the same person quoted in two articles is one speaker; the same topic
 * in two articles is one issue.
 */
import { fold, slugify, speakerKey } from '../../../plugins/names/index.ts'
import type { Issue, Speaker } from '../../../plugins/types.ts'

/**
 * The comparison key of an issue title: folded, stop words dropped, plural `s` trimmed, sorted.
 *
 * @param title the issue's title.
 * @returns the key.
 */
export function issueKey(title: string): string {
  const stop = new Set([
    'the',
    'a',
    'an',
    'and',
    'of',
    'on',
    'in',
    'for',
    'to',
    'with',
    'at',
    'by',
    'from',
    'its',
    'their'
  ])
  return fold(title)
    .split(' ')
    .filter((word) => word && !stop.has(word))
    .map((word) => (word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word))
    .sort()
    .join(' ')
}

/** One article's speakers and issues, as {@link joinBriefings} needs them. */
export interface JoinInput {
  /** The briefing's slug. */
  slug: string
  speakers: Pick<Speaker, 'id' | 'name' | 'type' | 'aliases'>[]
  issues: Pick<Issue, 'title' | 'keywords'>[]
}

/** What {@link joinBriefings} returns: one slug per speaker and issue of every briefing. */
export interface JoinResult {
  /** `speakers.get(briefingSlug)?.get(speakerId)`: the site-wide speaker slug. */
  speakers: Map<string, Map<string, string>>
  /** `issues.get(briefingSlug)?.get(issueTitle)`: the site-wide issue slug. */
  issues: Map<string, Map<string, string>>
}

/**
 * Join speakers and issues across briefings.
 * Speakers: same {@link speakerKey}; a one-word name (a surname) joins the only
 * full name with that surname, when there is exactly one.
 * Issues: same {@link issueKey}, or keyword sets sharing at least half of the smaller set (and two keywords).
 * Linear in the number of briefings: issues are found by key and by keyword, never by scanning.
 *
 * @param inputs every briefing's speakers and issues.
 * @returns the site-wide slugs.
 */
export function joinBriefings(inputs: JoinInput[]): JoinResult {
  // Speakers.
  const keyOf = new Map<string, string>()
  const fullKeys = new Set<string>()
  for (const input of inputs) {
    for (const speaker of input.speakers) {
      // people the text does not name (`a senior official`) are nobody else's in another briefing
      const key =
        speaker.type === 'unnamed'
          ? `${input.slug} ${speakerKey(speaker.name, speaker.type)}`
          : speakerKey(speaker.name, speaker.type)
      keyOf.set(`${input.slug}\u0000${speaker.id}`, key)
      if (key.includes(' ') && speaker.type !== 'unnamed') fullKeys.add(key)
    }
  }
  const bySurname = new Map<string, string[]>()
  for (const key of fullKeys) {
    const surname = key.slice(key.lastIndexOf(' ') + 1)
    const keys = bySurname.get(surname)
    if (keys) keys.push(key)
    else bySurname.set(surname, [key])
  }
  const speakerSlugs = new Map<string, Map<string, string>>()
  for (const input of inputs) {
    const map = new Map<string, string>()
    for (const speaker of input.speakers) {
      let key = keyOf.get(`${input.slug}\u0000${speaker.id}`) ?? ''
      if (!key.includes(' ') && speaker.type !== 'organisation' && speaker.type !== 'unnamed') {
        const candidates = bySurname.get(key)
        if (candidates?.length === 1) key = candidates[0]!
      }
      map.set(speaker.id, slugify(key, `speaker-${speaker.id}`))
    }
    speakerSlugs.set(input.slug, map)
  }

  // Issues, each compared only with the groups that share its key or one of its keywords (an index
  // of each), so the join grows with the archive, not with its square.
  interface Group {
    /** Creation order: the first group that fits wins. */
    order: number
    slug: string
    keywords: Set<string>
  }
  const byKey = new Map<string, Group>()
  const byKeyword = new Map<string, Group[]>()
  const slugs = new Set<string>()
  let created = 0
  const issueSlugs = new Map<string, Map<string, string>>()
  for (const input of inputs) {
    const map = new Map<string, string>()
    for (const issue of input.issues) {
      const key = issueKey(issue.title)
      const keywords = new Set(issue.keywords.map(fold).filter(Boolean))
      let group = byKey.get(key)
      if (!group && keywords.size >= 2) {
        const shared = new Map<Group, number>()
        for (const word of keywords)
          for (const candidate of byKeyword.get(word) ?? []) shared.set(candidate, (shared.get(candidate) ?? 0) + 1)
        for (const [candidate, count] of shared)
          if (
            count >= 2 &&
            count * 2 >= Math.min(keywords.size, candidate.keywords.size) &&
            (!group || candidate.order < group.order)
          )
            group = candidate
      }
      if (!group) {
        let slug = slugify(issue.title, 'issue')
        while (slugs.has(slug)) slug += '-2'
        slugs.add(slug)
        group = { order: created++, slug, keywords: new Set() }
        byKey.set(key, group)
      }
      for (const word of keywords) {
        if (group.keywords.has(word)) continue
        group.keywords.add(word)
        const groups = byKeyword.get(word)
        if (groups) groups.push(group)
        else byKeyword.set(word, [group])
      }
      map.set(issue.title, group.slug)
    }
    issueSlugs.set(input.slug, map)
  }
  return { speakers: speakerSlugs, issues: issueSlugs }
}
