/**
 * Group key phrases into topics: phrases that share a word, or that keep
 * turning up in the same sentences, belong to one issue.
 */
import type { KeyPhrase } from './rank.ts'

/** A group of key phrases that make one issue. */
export interface Cluster {
  members: KeyPhrase[]
  /** Sum of the members' scores. */
  score: number
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
  const clusters: Cluster[] = []
  for (const candidate of ranked.slice(0, candidates)) {
    let best: Cluster | undefined
    let bestAffinity = 0
    for (const cluster of clusters) {
      let affinity = 0
      for (const member of cluster.members) {
        const shared = member.phrase.keys.some((key) => candidate.phrase.keys.includes(key))
        affinity = Math.max(affinity, shared ? 1 : cosine(member.phrase.sentences, candidate.phrase.sentences))
      }
      if (affinity > bestAffinity) {
        bestAffinity = affinity
        best = cluster
      }
    }
    if (best && bestAffinity >= threshold) {
      best.members.push(candidate)
      best.score += candidate.score
    } else clusters.push({ members: [candidate], score: candidate.score })
  }
  return clusters.sort((a, b) => b.score - a.score)
}
