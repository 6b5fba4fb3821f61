/**
 * How telling each quote is, and who the main speakers are: a direct quote over reported speech,
 * a quote on the article's main issues over one on none, a whole statement over a fragment; each
 * speaker's quotes ranked by it, and the speakers who say most that tells.
 */
import type { Issue, QuoteKind, SpokenQuote } from '../types.ts'
import { formsOf, keywordsIn, wordsOf } from './sentences.ts'

/** How much each kind of quote tells: the speaker's own words first. */
const KIND: Record<QuoteKind, number> = { direct: 1, partial: 0.8, indirect: 0.6 }
/** How many of the issues, best first, are the article's main ones. */
const MAIN_ISSUES = 3
/** Most main speakers a summary names. */
const MAX_SPEAKERS = 4
/** Least weight of a speaker's best quote for the speaker to be a main one. */
const MAIN_SPEAKER_WEIGHT = 0.4

/**
 * How much a quote's length tells: a fragment little, a whole statement most, a long passage a
 * little less (a page shows it cut).
 *
 * @param words how many words it has.
 * @returns a factor in (0, 1].
 */
function lengthFactor(words: number): number {
  if (words < 4) return 0.3
  if (words < 8) return 0.6
  return words > 60 ? 0.85 : 1
}

/**
 * Weigh every quote of the article, in [0, 1]: its kind, its length, whether its paragraph is in
 * one of the main issues (or any issue) and it uses an issue's terms, a little less the later it
 * comes, and less when nobody is named as its speaker.
 *
 * @param quotes every quote, in text order.
 * @param issues the article's issues, best first.
 * @param paragraphCount how many paragraphs the article has.
 * @returns the weight of each quote, by position in `quotes`.
 */
export function weighQuotes(
  quotes: readonly SpokenQuote[],
  issues: readonly Issue[],
  paragraphCount: number
): number[] {
  const last = Math.max(1, paragraphCount - 1)
  return quotes.map((quote) => {
    const words = wordsOf(quote.display)
    const forms = formsOf(words)
    const home = issues.findIndex((issue) => issue.paragraphs.includes(quote.paragraph))
    const onIssue = home < 0 ? 0.7 : home < MAIN_ISSUES ? 1 : 0.85
    const terms = issues.some((issue) => keywordsIn(issue, forms) > 0) ? 1 : 0.9
    const late = 1 - (0.15 * quote.paragraph) / last
    const named = quote.speaker === null ? 0.6 : 1
    const weight = KIND[quote.kind] * lengthFactor(words.length) * onIssue * terms * late * named
    return Math.round(weight * 100) / 100
  })
}

/**
 * Rank each speaker's quotes by weight (1 for the most telling; the first of equals first); the
 * unattributed quotes are ranked together.
 *
 * @param quotes every quote, in text order.
 * @param weights their weights.
 * @returns the rank of each quote, by position in `quotes`.
 */
export function rankQuotes(quotes: readonly SpokenQuote[], weights: readonly number[]): number[] {
  const bySpeaker = new Map<string | null, number[]>()
  quotes.forEach((quote, i) => {
    const list = bySpeaker.get(quote.speaker)
    if (list) list.push(i)
    else bySpeaker.set(quote.speaker, [i])
  })
  const ranks: number[] = new Array<number>(quotes.length).fill(0)
  for (const list of bySpeaker.values()) {
    const ordered = [...list].sort((a, b) => weights[b]! - weights[a]! || a - b)
    ordered.forEach((i, place) => (ranks[i] = place + 1))
  }
  return ranks
}

/**
 * The main speakers: those whose most telling quote weighs at least 0.4, by the summed weight of
 * their quotes, at most four.
 *
 * @param quotes every quote.
 * @param weights their weights.
 * @returns the speakers' ids, most telling first.
 */
export function mainSpeakers(quotes: readonly SpokenQuote[], weights: readonly number[]): string[] {
  const total = new Map<string, number>()
  const best = new Map<string, number>()
  quotes.forEach((quote, i) => {
    if (quote.speaker === null) return
    total.set(quote.speaker, (total.get(quote.speaker) ?? 0) + weights[i]!)
    best.set(quote.speaker, Math.max(best.get(quote.speaker) ?? 0, weights[i]!))
  })
  return [...total]
    .filter(([id]) => (best.get(id) ?? 0) >= MAIN_SPEAKER_WEIGHT)
    .sort((a, b) => b[1] - a[1])
    .slice(0, MAX_SPEAKERS)
    .map(([id]) => id)
}
