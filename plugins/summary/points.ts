/**
 * Key points: for each issue, best first, the sentence of its paragraphs that says most of it in
 * the writer's words (not a quotation, not the headline or the lede again), as a whole sentence
 * or, when long, its clause that says most, never cut inside a clause; topped up to three with
 * the sentences that best carry the news; in text order.
 */
import type { Issue } from '../types.ts'
import { newsScore, repeats } from './lede.ts'
import { clausesOf, formsOf, keywordsIn, wordsOf, type Sentence } from './sentences.ts'

/** Most key points, and fewest when the story has enough sentences. */
const MAX_POINTS = 5
const MIN_POINTS = 3
/** Beyond this many words a key point is cut to its clause that says most. */
const LONG = 40
/** Most words of a sentence a key point may be cut from. */
const LONGEST = 90
/** Fewest words of a clause that stands as a key point. */
const MIN_CLAUSE_WORDS = 8

/** A key point: a sentence, or one of its clauses. */
export interface Point {
  sentence: Sentence
  /** Offsets of the point in the paragraph's cleaned text. */
  from: number
  to: number
}

/**
 * The point a sentence makes for an issue: the whole sentence, or when it is long, its clause
 * that uses most of the issue's terms (of eight words at least); the whole sentence when no
 * clause stands alone.
 *
 * @param sentence the sentence.
 * @param issue the issue it is chosen for, if any.
 * @returns the point.
 */
function pointOf(sentence: Sentence, issue: Issue | undefined): Point {
  const whole = { sentence, from: sentence.from, to: sentence.to }
  if (sentence.words.length <= LONG) return whole
  const text = sentence.paragraph.text
  let best: Point | undefined
  let bestHits = -1
  for (const [from, to] of clausesOf(text, sentence.from, sentence.to)) {
    const words = wordsOf(text.slice(from, to))
    if (words.length < MIN_CLAUSE_WORDS) continue
    const hits = issue ? keywordsIn(issue, formsOf(words)) : 0
    if (hits > bestHits) {
      best = { sentence, from, to }
      bestHits = hits
    }
  }
  return best ?? whole
}

/**
 * Choose the key points.
 *
 * @param sentences the story's sentences.
 * @param issues the article's issues, best first.
 * @param headline the headline's words (lower case).
 * @param taken sentences already said (the headline's and the lede's).
 * @returns the key points, in text order.
 */
export function choosePoints(
  sentences: readonly Sentence[],
  issues: readonly Issue[],
  headline: ReadonlySet<string>,
  taken: ReadonlySet<Sentence>
): Point[] {
  const used = new Set(taken)
  const said = new Set([...taken].flatMap((sentence) => sentence.words))
  const points: Point[] = []
  const fresh = (sentence: Sentence): boolean =>
    !used.has(sentence) && !repeats(sentence, said) && newsScore(sentence, issues, headline, LONGEST) > 0
  for (const issue of issues) {
    if (points.length >= MAX_POINTS) break
    const held = new Set(issue.paragraphs)
    const own = sentences.filter((sentence) => held.has(sentence.paragraph.index) && fresh(sentence))
    let best: Sentence | undefined
    let bestScore = 0
    for (const sentence of own) {
      const hits = keywordsIn(issue, sentence.forms)
      if (hits === 0) continue
      const score = hits * newsScore(sentence, issues, headline, LONGEST)
      if (score > bestScore) {
        best = sentence
        bestScore = score
      }
    }
    if (!best) continue
    used.add(best)
    for (const word of best.words) said.add(word)
    points.push(pointOf(best, issue))
  }
  const rest = sentences
    .filter(fresh)
    .map((sentence) => ({ sentence, score: newsScore(sentence, issues, headline, LONGEST) }))
    .sort((a, b) => b.score - a.score || a.sentence.order - b.sentence.order)
  for (const { sentence } of rest) {
    if (points.length >= MIN_POINTS) break
    if (used.has(sentence) || repeats(sentence, said)) continue
    used.add(sentence)
    for (const word of sentence.words) said.add(word)
    points.push(pointOf(sentence, undefined))
  }
  return points.sort((a, b) => a.sentence.order - b.sentence.order || a.from - b.from)
}
