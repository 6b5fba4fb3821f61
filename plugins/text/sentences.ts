/**
 * Sentence and clause bounds in a paragraph's cleaned text, found in one
 * linear pass with precompiled regexes: the one sentence splitter of the tree (`segment.ts`),
 * read by figures and events.
 */
import type { Root } from 'mdast'
import { SENTENCE_ABBREVIATIONS } from '../lexicon/abbreviations.ts'

/**
 * The sentence starts the tree holds (`briefingSegment`), by paragraph index.
 *
 * @param tree the article's mdast.
 * @returns `starts[index]` for each paragraph the tree has segmented.
 */
export function sentenceStartsOf(tree: Root): (readonly number[] | undefined)[] {
  const starts: (readonly number[] | undefined)[] = []
  for (const node of tree.children)
    if (node.type === 'paragraph' && node.data?.index !== undefined) starts[node.data.index] = node.data.starts
  return starts
}

/** A candidate sentence end: terminal punctuation, closing quotes, then space. */
const END = /([.!?]+)["'”’)\]]*\s+(?=["'“‘([]?[\p{Lu}\p{N}])/gu
/** The word just before a dot. */
const WORD_BEFORE = /([\p{L}.]+)$/u

/**
 * Start offsets of the sentences of a text (the first is always 0).
 *
 * @param text a paragraph's cleaned text.
 * @returns ascending start offsets.
 */
export function sentenceStarts(text: string): number[] {
  const starts = [0]
  END.lastIndex = 0
  for (let match = END.exec(text); match; match = END.exec(text)) {
    if (match[1] === '.') {
      const before = WORD_BEFORE.exec(text.slice(Math.max(0, match.index - 12), match.index))
      const word = before ? before[1]!.toLowerCase() : ''
      // Abbreviations and initials (`J.`) do not end a sentence.
      if (
        SENTENCE_ABBREVIATIONS.has(word) ||
        SENTENCE_ABBREVIATIONS.has(word.replace(/^.*\./, '')) ||
        /^\p{L}$/u.test(word)
      )
        continue
      if (word.includes('.') && SENTENCE_ABBREVIATIONS.has(word.replace(/\.$/, ''))) continue
    }
    starts.push(match.index + match[0].length)
  }
  return starts
}

/**
 * The bounds of the sentence holding `at`.
 *
 * @param text the paragraph's cleaned text.
 * @param starts its sentence starts (from {@link sentenceStarts}).
 * @param at an offset in the text.
 * @returns `[from, to)` of the sentence, trimmed.
 */
export function sentenceAt(text: string, starts: readonly number[], at: number): [number, number] {
  let lo = 0
  let hi = starts.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if (starts[mid]! <= at) lo = mid
    else hi = mid - 1
  }
  let from = starts[lo]!
  let to = lo + 1 < starts.length ? starts[lo + 1]! : text.length
  while (to > from && /\s/.test(text[to - 1]!)) to--
  while (from < to && /\s/.test(text[from]!)) from++
  return [from, to]
}

/** Clause breaks inside a sentence: semicolons, dashes, and a colon before a quote. */
const CLAUSE_BREAK = /\s*(?:;|\s[—–-]{1,2}\s|—|:\s)\s*/g

/**
 * The bounds of the clause around `[from, to)` inside the sentence `[sFrom, sTo)`.
 *
 * @param text the paragraph's cleaned text.
 * @param sFrom sentence start.
 * @param sTo sentence end.
 * @param from start of the span of interest.
 * @param to end of the span of interest.
 * @returns `[from, to)` of the clause.
 */
export function clauseAt(text: string, sFrom: number, sTo: number, from: number, to: number): [number, number] {
  // look at most a few hundred characters either side: a clause is never longer, and a huge
  // sentence (a pasted wall of text) must not make every figure rescan it
  const window = 600
  let cFrom = Math.max(sFrom, from - window)
  let cTo = Math.min(sTo, to + window)
  // search a slice, so that a failing search stops at the window's end, not the text's
  const base = cFrom
  const windowText = text.slice(base, cTo)
  CLAUSE_BREAK.lastIndex = 0
  for (let match = CLAUSE_BREAK.exec(windowText); match; match = CLAUSE_BREAK.exec(windowText)) {
    if (match[0].length === 0) {
      CLAUSE_BREAK.lastIndex++
      continue
    }
    const index = base + match.index
    const end = index + match[0].length
    if (end <= from) cFrom = end
    else if (index >= to) {
      cTo = index
      break
    }
  }
  return [cFrom, cTo]
}
