/**
 * Rank candidate phrases: frequency (occurrences not already explained by a
 * longer accepted phrase), spread over paragraphs, length, and position.
 */
import { WEAK_WORDS } from '../lexicon/stopwords.ts'
import type { Phrase } from './phrases.ts'

/** Nationality and other proper adjectives (`Chilean`, `Korean`, `Danish`): weak alone. */
const PROPER_ADJECTIVE = /(?:ian|ean|can|ish|ese)$/

/** A phrase kept as a key phrase, with its score. */
export interface KeyPhrase {
  phrase: Phrase
  /** Occurrences not inside an occurrence of a longer key phrase. */
  free: number
  score: number
  /** Whether the phrase is mostly written as a proper noun. */
  proper: boolean
}

/** Options for {@link rankPhrases}. */
export interface RankOptions {
  /** Number of paragraphs considered (for spread and position). */
  paragraphCount: number
  /** Paragraph index where the body starts (after title and lede), default 0. */
  firstParagraph?: number
  /** Minimum free occurrences of a phrase (default 2). */
  minCount?: number
}

const LENGTH_BONUS = [0, 1, 2.2, 2.6, 2.8]

/**
 * Keep the phrases that recur and score them, longest first so that a
 * phrase's words do not count again on their own.
 *
 * @param phrases the candidates from `collectPhrases`.
 * @param options paragraph count, first paragraph and minimum count.
 * @returns the key phrases, best first.
 */
export function rankPhrases(phrases: Map<string, Phrase>, options: RankOptions): KeyPhrase[] {
  const { paragraphCount, firstParagraph = 0, minCount = 2 } = options
  // accepted spans of longer key phrases, by start token: a shorter occurrence inside one is not free
  const spans = new Map<number, number[]>()
  const inside = (start: number, end: number): boolean => {
    for (let s = start; s > start - 4 && s >= 0; s--) {
      const ends = spans.get(s)
      if (ends && ends.some((e) => e >= end)) return true
    }
    return false
  }
  const ordered = [...phrases.values()].sort(
    (a, b) => b.length - a.length || b.occurrences.length - a.occurrences.length
  )
  const kept: KeyPhrase[] = []
  for (const phrase of ordered) {
    if (phrase.occurrences.length < minCount) continue
    const free = phrase.occurrences.filter((o) => !inside(o.start, o.end))
    if (free.length < minCount) continue
    if (phrase.keys.join('').length < 3) continue
    if (phrase.words.every((word) => WEAK_WORDS.has(word))) continue
    const properCount = phrase.occurrences.filter((o) => o.proper).length
    const proper = properCount * 2 > phrase.occurrences.length
    if (proper && !phrase.occurrences.some((o) => o.complete)) continue
    if (phrase.length === 1) {
      // a single word must mostly head its noun phrase: modifiers (`personal`, `black`) are no topic
      const heads = free.filter((o) => o.head).length
      if (heads * 2 < free.length) continue
      if (proper && PROPER_ADJECTIVE.test(phrase.words[0]!)) continue
      // a lone -ing or -ed word is a verb unless something marks it as a noun (`the spending`)
      if (!proper && /(?:ing|ed)$/.test(phrase.words[0]!) && !free.some((o) => o.nominal)) continue
    }
    const spread = phrase.paragraphs.size
    let score = (free.length + spread) * LENGTH_BONUS[phrase.length]!
    const first = Math.min(...phrase.occurrences.map((o) => o.paragraph)) - firstParagraph
    if (first <= 1) score *= 1.5
    else if (first <= 3) score *= 1.2
    if (phrase.length === 1) {
      const surface = phrase.occurrences[0]!.surface.toLowerCase()
      if (!proper && /ed$/.test(surface)) score *= 0.5
      // the article's setting (a name in most paragraphs) frames every topic but is none
      if (proper && spread > Math.max(3, paragraphCount * 0.3)) score *= 0.5
    }
    kept.push({ phrase, free: free.length, score, proper })
    if (phrase.length > 1) {
      for (const o of free) {
        const ends = spans.get(o.start)
        if (ends) ends.push(o.end)
        else spans.set(o.start, [o.end])
      }
    }
  }
  return kept.sort((a, b) => b.score - a.score)
}
