/**
 * Minor issues: a topic the article treats in one paragraph only (a closing
 * paragraph on trade, a line on a bill) recurs too little to rank, so the
 * paragraphs no main issue covers are mined for their most specific phrase.
 */
import { isCommonWord } from '../lexicon/common-words.ts'
import { WEAK_WORDS } from '../lexicon/stopwords.ts'
import type { Phrase } from './phrases.ts'

const NOUN_SUFFIX = /(?:tion|sion|ment|ness|ity|ism|ance|ence|ship|age|ure|ogy|cy|ing|ist|or|er)s?$/
const LENGTH_BONUS = [0, 1, 1.7, 1.9, 1.6]
const ACRONYM_SURFACE = /^(?:\p{Lu}{2,6}s?|(?:\p{Lu}\.){2,4})$/u

/**
 * Whether a written word is an acronym (`NHS`, `U.N.`), not a shouted word or a one-letter initial.
 *
 * @param surface the word as written.
 * @returns `true` for an acronym.
 */
function isAcronym(surface: string): boolean {
  return ACRONYM_SURFACE.test(surface)
}

/**
 * How specific a phrase looks without corpus statistics: long words, noun
 * suffixes and compounds score high; weak words and proper names low.
 *
 * @param phrase the phrase.
 * @returns a specificity score (0 when the phrase should never stand for a topic).
 */
export function specificity(phrase: Phrase): number {
  // worked out once per phrase (issues ask for it many times), kept on the phrase
  const kept = phrase as Phrase & { [SPECIFICITY]?: number }
  return (kept[SPECIFICITY] ??= phraseSpecificity(phrase))
}

/** Where a phrase keeps its specificity. */
const SPECIFICITY = Symbol('specificity')

/** {@link specificity}, computed. */
function phraseSpecificity(phrase: Phrase): number {
  let score = 0
  let strong = 0
  let common = 0
  let acronyms = 0
  // each occurrence's words as written, split once
  const surfaces = phrase.occurrences.map((o) => o.surface.split(' '))
  for (let i = 0; i < phrase.words.length; i++) {
    const word = phrase.words[i]!
    if (surfaces.some((words) => isAcronym(words[i] ?? ''))) {
      strong++
      score += 1.6
      acronyms++
      continue
    }
    if (WEAK_WORDS.has(word)) {
      score += 0.3
      continue
    }
    strong++
    if (isCommonWord(word)) {
      score += 0.7
      common++
      continue
    }
    const letters = word.replace(/[^\p{L}]/gu, '').length
    score += letters >= 8 ? 1.6 : letters >= 6 ? 1.2 : letters >= 3 ? 0.9 : 0.5
    if (NOUN_SUFFIX.test(word)) score += 0.2
    // a hyphenated compound (`cross-border`, `low-income`) is a term of its own
    if (word.includes('-')) score += 0.3
  }
  if (strong === 0) return 0
  const proper = phrase.occurrences.filter((o) => o.proper).length * 2 > phrase.occurrences.length
  const heads = phrase.occurrences.filter((o) => o.head).length
  let result = (score / phrase.length) * LENGTH_BONUS[phrase.length]!
  if (proper && acronyms === 0) result *= 0.6
  // common words alone say little: `further`, `comfort`, `careful consideration`
  if (common === strong && acronyms === 0) result *= phrase.length === 1 ? 0.45 : 0.85
  if (phrase.length === 1 && heads === 0) result *= 0.4
  if (phrase.length > 1 && phrase.words[phrase.length - 1]!.endsWith('ed')) result *= 0.3
  // a verb form that nothing marks as a noun (`plunging`, `alarmed senior`) is no topic
  if (!proper && /(?:ing|ed)$/.test(phrase.words[0]!) && !phrase.occurrences.some((o) => o.nominal)) result *= 0.3
  return result
}

/** A phrase that stands for a paragraph's own topic. */
export interface LocalTopic {
  paragraph: number
  /** The paragraph's best phrases, best first. */
  phrases: Phrase[]
  score: number
}

/**
 * The most specific phrases of each given paragraph.
 *
 * @param phrases every candidate phrase.
 * @param paragraphs the paragraphs to mine.
 * @param exclude keys of phrases already used by other issues.
 * @param perParagraph how many phrases to keep per paragraph (default 6).
 * @returns one local topic per paragraph that has at least two specific phrases, best first.
 */
export function localTopics(
  phrases: ReadonlyMap<string, Phrase>,
  paragraphs: ReadonlySet<number>,
  exclude: ReadonlySet<string>,
  perParagraph = 6
): LocalTopic[] {
  const byParagraph = new Map<number, Array<[Phrase, number]>>()
  for (const phrase of phrases.values()) {
    if (exclude.has(phrase.key) || phrase.length > 3) continue
    // (a phrase none of the given paragraphs holds is not scored at all)
    let held = false
    for (const paragraph of phrase.paragraphs) if ((held = paragraphs.has(paragraph))) break
    if (!held) continue
    const score = specificity(phrase)
    if (score <= 1) continue
    for (const paragraph of phrase.paragraphs) {
      if (!paragraphs.has(paragraph)) continue
      let list = byParagraph.get(paragraph)
      if (!list) byParagraph.set(paragraph, (list = []))
      list.push([phrase, score])
    }
  }
  const topics: LocalTopic[] = []
  for (const [paragraph, list] of byParagraph) {
    list.sort((a, b) => b[1] - a[1])
    const chosen: Phrase[] = []
    for (const [phrase] of list) {
      if (chosen.length >= perParagraph) break
      // skip a phrase that only repeats words of a better one
      if (
        chosen.some((c) => phrase.keys.every((k) => c.keys.includes(k)) || c.keys.every((k) => phrase.keys.includes(k)))
      )
        continue
      chosen.push(phrase)
    }
    // one specific word alone is a passing mention, not a topic
    if (chosen.length >= 2) topics.push({ paragraph, phrases: chosen, score: list[0]![1] })
  }
  return topics.sort((a, b) => b.score - a.score)
}

/**
 * Whether a phrase is shaped like a keyword: a noun phrase that ends on its
 * head noun somewhere in the text, not a modifier (`national security` inside
 * `national security letters`) nor a participle or adverb (`doubled`, `sharply`).
 *
 * @param phrase the phrase.
 * @returns `true` when the phrase can be listed as a keyword.
 */
export function isKeywordShaped(phrase: Phrase): boolean {
  const heads = phrase.occurrences.filter((o) => o.head).length
  if (heads === 0) return false
  const last = phrase.words[phrase.length - 1]!
  const proper = phrase.occurrences.some((o) => o.proper)
  if (!proper && /(?:ed|ly)$/.test(last)) return false
  if (phrase.length === 1) {
    if (heads * 2 < phrase.occurrences.length) return false
    if (!proper && last.endsWith('ing') && !phrase.occurrences.some((o) => o.nominal)) return false
  }
  return true
}
