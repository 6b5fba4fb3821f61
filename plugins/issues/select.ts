/**
 * Fewer, better issues: the article's setting is no topic, an issue must hold something said or
 * counted, and an issue mostly inside another is part of it. Each step works on the clusters of
 * key phrases before they become issues, so a merged issue is titled and padded as one.
 */
import type { Issue } from '../types.ts'
import type { Cluster } from './group.ts'
import type { KeyPhrase } from './rank.ts'

/** Share of the article's paragraphs beyond which a name frames every topic (its setting) rather than being one. */
const SETTING_SHARE = 0.35
/** Share of an issue's paragraphs another must hold for the smaller to be part of the larger. */
const INSIDE = 0.75

/**
 * The paragraphs a cluster's phrases occur in.
 *
 * @param cluster the cluster.
 * @returns the paragraph indexes.
 */
export function clusterParagraphs(cluster: Cluster): Set<number> {
  const paragraphs = new Set<number>()
  for (const member of cluster.members) for (const paragraph of member.phrase.paragraphs) paragraphs.add(paragraph)
  return paragraphs
}

/**
 * Take the article's setting out of the clusters: a name (a country, a city, a body) said in
 * more than a third of the paragraphs frames every topic but is none, and a body that speaks in
 * the article is a speaker, not a topic. A cluster left without phrases is dropped.
 *
 * @param clusters the clusters, best first.
 * @param paragraphCount how many paragraphs the article has.
 * @param speakingBodies the lower-case names and aliases of the bodies that speak.
 * @returns the clusters left, best first, with their scores summed again, and the stems of the setting's words.
 */
export function withoutSetting(
  clusters: readonly Cluster[],
  paragraphCount: number,
  speakingBodies: ReadonlySet<string>
): { clusters: Cluster[]; setting: Set<string> } {
  const isSetting = (member: KeyPhrase): boolean =>
    member.proper &&
    (member.phrase.paragraphs.size > Math.max(3, paragraphCount * SETTING_SHARE) ||
      member.phrase.occurrences.some((o) => speakingBodies.has(o.surface.toLowerCase())))
  const kept: Cluster[] = []
  const setting = new Set<string>()
  for (const cluster of clusters) {
    const members: KeyPhrase[] = []
    for (const member of cluster.members) {
      if (isSetting(member)) for (const key of member.phrase.keys) setting.add(key)
      else members.push(member)
    }
    if (members.length === 0) continue
    kept.push({ members, score: members.reduce((sum, member) => sum + member.score, 0) })
  }
  return { clusters: kept.sort((a, b) => b.score - a.score), setting }
}

/**
 * Merge each cluster mostly inside a better one (three quarters of its paragraphs are the
 * other's) into it: the two are one topic told in the same paragraphs.
 *
 * @param clusters the clusters, best first.
 * @returns the merged clusters, best first (a merged cluster keeps the place of the better).
 */
export function mergeOverlapping(clusters: readonly Cluster[]): Cluster[] {
  const kept: { cluster: Cluster; paragraphs: Set<number> }[] = []
  for (const cluster of clusters) {
    const paragraphs = clusterParagraphs(cluster)
    const host = kept.find((other) => {
      let inside = 0
      for (const paragraph of paragraphs) if (other.paragraphs.has(paragraph)) inside++
      return inside >= paragraphs.size * INSIDE
    })
    if (host) {
      host.cluster = {
        members: [...host.cluster.members, ...cluster.members],
        score: host.cluster.score + cluster.score,
        parts: [...(host.cluster.parts ?? [host.cluster]), cluster]
      }
      for (const paragraph of paragraphs) host.paragraphs.add(paragraph)
    } else kept.push({ cluster, paragraphs })
  }
  return kept.map(({ cluster }) => cluster)
}

/**
 * Whether a cluster holds something said or counted: a quote or a figure in one of its paragraphs.
 *
 * @param cluster the cluster.
 * @param evidence the paragraphs holding a quote or a figure.
 * @returns `true` when one of its paragraphs is among them.
 */
export function hasEvidence(cluster: Cluster, evidence: ReadonlySet<number>): boolean {
  for (const paragraph of clusterParagraphs(cluster)) if (evidence.has(paragraph)) return true
  return false
}

/**
 * Merge issues that share a term: a keyword of two words or more that one issue holds and the
 * other holds inside one of its own (`fare cap` and `ferry fare cap`). The later issue goes into
 * the earlier, keeping the earlier's title.
 *
 * @param issues the issues, best first.
 * @param maxKeywords most keywords an issue keeps.
 * @returns the issues left, best first.
 */
export function mergeSharingTerms(issues: readonly Issue[], maxKeywords: number): Issue[] {
  const kept: Issue[] = []
  const inside = (short: string, long: string): boolean => ` ${long} `.includes(` ${short} `)
  const shares = (a: Issue, b: Issue): boolean =>
    a.keywords.some((x) =>
      b.keywords.some((y) => (x.includes(' ') && inside(x, y)) || (y.includes(' ') && inside(y, x)))
    )
  for (const issue of issues) {
    const host = kept.find((other) => shares(other, issue))
    if (!host) {
      kept.push({ ...issue })
      continue
    }
    for (const keyword of issue.keywords)
      if (host.keywords.length < maxKeywords && !host.keywords.includes(keyword)) host.keywords.push(keyword)
    host.paragraphs = [...new Set([...host.paragraphs, ...issue.paragraphs])].sort((a, b) => a - b)
  }
  return kept
}
