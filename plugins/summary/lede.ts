/**
 * The headline and the lede: the sentences that carry the news are chosen by what they hold (the
 * main issues' terms, a key figure, a time), with their place in the story as one reason among
 * others, never the headline again, never a quotation, never a sentence that opens on a pronoun
 * it cannot resolve.
 */
import type { Issue } from '../types.ts'
import { balancedQuotes, keywordsIn, type Sentence } from './sentences.ts'

/** How many of the issues, best first, a lede is scored against. */
const MAIN_ISSUES = 3
/** Fewest and most words of a sentence that can carry the news alone. */
const MIN_WORDS = 8
const MAX_WORDS = 50
/** Most words of a lede of two sentences. */
const MAX_LEDE_WORDS = 75
/** Share of a sentence's words in the headline beyond which it repeats the headline. */
const REPEATS = 0.6
/** Share of the headline's words in a sentence from which the sentence tells the headline again… */
const SAYS_ALL = 0.8
/** …when it adds at most this many words of its own. */
const FEW_ADDED = 3
/** Words that say who said something or when, and add nothing to what. */
const ATTRIBUTION = new Set('said says told according will would have been this that with from their there'.split(' '))
/** Pronouns that open a sentence whose subject the sentence before names. */
const PRONOUN = /^(?:he|she|it|they|this|that|these|those|his|her|their|its)$/
/** Words that open a sentence continuing another. */
const CONTINUING = /^(?:but|and|however|yet|also|meanwhile|still)$/

/**
 * Whether a sentence repeats another: most of its content words are the other's, or it holds
 * nearly all of the other's (four or more) and adds at most three of its own.
 *
 * @param sentence the sentence.
 * @param other the other's words.
 * @returns `true` when it repeats it.
 */
export function repeats(sentence: Sentence, other: ReadonlySet<string>): boolean {
  const content = contentOf(sentence)
  if (content.size === 0) return false
  let shared = 0
  let added = 0
  for (const word of content) {
    if (other.has(word)) shared++
    else if (!ATTRIBUTION.has(word)) added++
  }
  if (shared / content.size > REPEATS) return true
  // or it says all the other says and little more: a headline of four words or more told again
  // with who said it (`…, the board said`), not one a sentence goes on to explain
  if (added > FEW_ADDED || shared === 0) return false
  // (the other may be long, every word said so far: count its content words only while they can
  // still be few enough)
  let otherContent = 0
  for (const word of other) if (word.length > 3 && ++otherContent > 2 * shared) return false
  return otherContent >= 4 && shared / otherContent >= SAYS_ALL
}

/**
 * A sentence's content words, worked out once.
 *
 * @param sentence the sentence.
 * @returns its words longer than three letters.
 */
function contentOf(sentence: Sentence): Set<string> {
  if (sentence.content) return sentence.content
  const content = new Set<string>()
  for (const word of sentence.words) if (word.length > 3) content.add(word)
  sentence.content = content
  return content
}

/**
 * How well a sentence carries the news: the main issues it speaks of, a key figure, a time, its
 * place (earlier is likelier the news), less when it opens on a pronoun or a `but`; nothing for a
 * quotation, a sentence with a quotation left open, a sentence too short or too long to stand
 * alone, or one that repeats the headline.
 *
 * @param sentence the sentence.
 * @param issues the article's issues, best first.
 * @param headline the headline's words (lower case).
 * @param maxWords the most words it may have (default 50; a key point, cut at a clause, may be longer).
 * @returns a score, 0 when it cannot be the lede.
 */
export function newsScore(
  sentence: Sentence,
  issues: readonly Issue[],
  headline: ReadonlySet<string>,
  maxWords = MAX_WORDS
): number {
  if (sentence.words.length > maxWords) return 0
  // the score but for the length limit, worked out once (an article's issues and headline do not change)
  sentence.score ??= scoreOf(sentence, issues, headline)
  return sentence.score
}

/** {@link newsScore} with no limit on the sentence's length, worked out. */
function scoreOf(sentence: Sentence, issues: readonly Issue[], headline: ReadonlySet<string>): number {
  const words = sentence.words.length
  if (words < MIN_WORDS || sentence.quoted >= 0.5) return 0
  const text = sentence.paragraph.text.slice(sentence.from, sentence.to)
  if (/^[‘“"']/u.test(text) || !balancedQuotes(text)) return 0
  if (repeats(sentence, headline)) return 0
  let hits = 0
  for (const issue of issues.slice(0, MAIN_ISSUES)) if (keywordsIn(issue, sentence.forms) > 0) hits++
  let score = (1 + 0.5 * Math.min(hits, 2)) / (1 + 0.15 * sentence.order)
  if (sentence.figure) score *= 1.3
  if (sentence.event) score *= 1.2
  const first = sentence.words[0] ?? ''
  if (PRONOUN.test(first)) score *= 0.6
  if (CONTINUING.test(first)) score *= 0.7
  return score
}

/**
 * Choose the lede: the sentence that best carries the news, and a second when one nearly as good
 * (at least 60%) adds a main issue or a key figure the first lacks, within 75 words; in text order.
 *
 * @param sentences the story's sentences.
 * @param issues the article's issues, best first.
 * @param headline the headline's words (lower case).
 * @param skip sentences that may not be taken (the headline's).
 * @returns the lede's sentences, in text order (empty when none can carry the news).
 */
export function chooseLede(
  sentences: readonly Sentence[],
  issues: readonly Issue[],
  headline: ReadonlySet<string>,
  skip: ReadonlySet<Sentence>
): Sentence[] {
  const scored = sentences
    .filter((sentence) => !skip.has(sentence))
    .map((sentence) => ({ sentence, score: newsScore(sentence, issues, headline) }))
    .filter(({ score }) => score > 0)
    .sort((a, b) => b.score - a.score || a.sentence.order - b.sentence.order)
  const best = scored[0]
  if (!best) return []
  const main = issues.slice(0, MAIN_ISSUES)
  const hit = new Set(main.filter((issue) => keywordsIn(issue, best.sentence.forms) > 0))
  const second = scored.slice(1).find(({ sentence, score }) => {
    if (best.sentence.words.length + sentence.words.length > MAX_LEDE_WORDS) return false
    if (repeats(sentence, new Set(best.sentence.words))) return false
    const adds =
      main.some((issue) => !hit.has(issue) && keywordsIn(issue, sentence.forms) > 0) ||
      (sentence.figure && !best.sentence.figure)
    return score >= best.score * 0.6 && adds
  })
  return [best.sentence, ...(second ? [second.sentence] : [])].sort((a, b) => a.order - b.order)
}
