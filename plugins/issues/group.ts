/**
 * Group key phrases into topics: phrases that share a word, or that keep
 * turning up in the same sentences, belong to one issue.
 */
import { STOPWORDS, WEAK_WORDS } from '../lexicon/stopwords.ts'
import type { KeyPhrase } from './rank.ts'

/** A group of key phrases that make one issue. */
export interface Cluster {
  members: KeyPhrase[]
  /** Sum of the members' scores. */
  score: number
  /** The clusters merged into this one, best first (set by `mergeOverlapping`); its title names the first two. */
  parts?: Cluster[]
}

/** Options for {@link clusterPhrases}. */
export interface ClusterOptions {
  /** How many of the best key phrases take part (default 30). */
  candidates?: number
  /** Cosine similarity of sentence sets above which two phrases go together (default 0.45). */
  threshold?: number
}

/**
 * Cosine similarity of two phrases' sentence sets (0 unless they share two sentences).
 *
 * @param a one set of sentence numbers.
 * @param b another.
 * @returns a number in [0, 1].
 */
function cosine(a: ReadonlySet<number>, b: ReadonlySet<number>): number {
  if (a.size === 0 || b.size === 0) return 0
  const [small, large] = a.size <= b.size ? [a, b] : [b, a]
  let shared = 0
  for (const s of small) if (large.has(s)) shared++
  // one shared sentence is chance; a topic keeps its phrases together
  return shared < 2 ? 0 : shared / Math.sqrt(a.size * b.size)
}

/**
 * Greedily cluster key phrases, best first: each joins the issue it is closest
 * to (a shared word, or sentence co-occurrence above the threshold), or starts a new one.
 *
 * @param ranked key phrases, best first.
 * @param options number of candidates and co-occurrence threshold.
 * @returns the clusters, best first.
 */
export function clusterPhrases(ranked: readonly KeyPhrase[], options: ClusterOptions = {}): Cluster[] {
  const { candidates = 30, threshold = 0.45 } = options
  let clusters: Cluster[] = []
  for (const candidate of ranked.slice(0, candidates)) {
    const roots = candidate.phrase.keys.filter(isTopical).map(root)
    let best: Cluster | undefined
    let bestAffinity = 0
    const sharing: Cluster[] = []
    for (const cluster of clusters) {
      let affinity = 0
      for (const member of cluster.members) {
        const shared = member.phrase.keys.some((key) => isTopical(key) && roots.includes(root(key)))
        affinity = Math.max(affinity, shared ? 1 : cosine(member.phrase.sentences, candidate.phrase.sentences))
      }
      if (affinity >= 1) sharing.push(cluster)
      if (affinity > bestAffinity) {
        bestAffinity = affinity
        best = cluster
      }
    }
    if (best && bestAffinity >= threshold) {
      best.members.push(candidate)
      best.score += candidate.score
      // a phrase that shares a word with two issues bridges them (`debate moderators` joins `debate` and `moderators`)
      for (const other of sharing) {
        if (other === best) continue
        best.members.push(...other.members)
        best.score += other.score
      }
      if (sharing.length > 1) clusters = clusters.filter((cluster) => cluster === best || !sharing.includes(cluster))
    } else clusters.push({ members: [candidate], score: candidate.score })
  }
  for (const cluster of clusters) cluster.members.sort((a, b) => b.score - a.score)
  return clusters.sort((a, b) => b.score - a.score)
}

const DERIVATION = /(?:ment|ation|ition|ness|ity|al|er|or|ist|ive)$/

/**
 * The root a word's derived forms share (`endorsement`, `endorses` -> `endors`).
 *
 * @param key a word's stem.
 * @returns the stem without a derivational suffix, when enough is left.
 */
function root(key: string): string {
  const bare = key.replace(DERIVATION, '')
  const trimmed = bare.length >= 5 ? bare : key
  return trimmed.length > 4 && trimmed.endsWith('e') ? trimmed.slice(0, -1) : trimmed
}

/**
 * Whether a shared word says two phrases are about the same thing: not a weak
 * or generic word (`new`, `public`) and not a short one.
 *
 * @param key a word's stem.
 * @returns `true` when sharing it links two phrases.
 */
function isTopical(key: string): boolean {
  return key.length >= 3 && !STOPWORDS.has(key) && !WEAK_WORDS.has(key)
}
