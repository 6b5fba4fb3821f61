/**
 * The sentences a summary may take: each sentence of the story's paragraphs with what the
 * summary weighs in it (its words, how much of it is direct quotation, the issues it speaks of,
 * the key figures and events in it), and how to cut a long one at a clause, never inside one.
 */
import { sourceSpan } from '../text/spans.ts'
import { paragraphTokens } from '../text/tokens.ts'
import type { Issue, Passage, SourceParagraph } from '../types.ts'

/** A sentence of the story, with what the summary weighs in it. */
export interface Sentence {
  paragraph: SourceParagraph
  /** Its place among the story's sentences (0 for the first). */
  order: number
  /** Offsets in the paragraph's cleaned text. */
  from: number
  to: number
  /** Its words, lower case. */
  words: string[]
  /** The forms of its words (see {@link formOf}). */
  forms: Set<string>
  /** Share of its characters inside direct quotation. */
  quoted: number
  /** Whether a key figure or an event lies in it. */
  figure: boolean
  event: boolean
  /** Its content words (longer than three letters), once worked out (see `repeats`). */
  content?: Set<string>
  /** Its news score with no limit on its length, once worked out (see `newsScore`). */
  score?: number
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu

/**
 * The words of a text, lower case.
 *
 * @param text any text.
 * @returns its words.
 */
export function wordsOf(text: string): string[] {
  const words = text.match(WORD)
  if (!words) return []
  for (let i = 0; i < words.length; i++) {
    const lower = words[i]!.toLowerCase()
    words[i] = lower.includes('’') ? lower.replace(/’/g, "'") : lower
  }
  return words
}

/**
 * A word's form for matching an issue's keywords: lower case, without a possessive or a plural
 * ending (`guarantees`, `guarantee's` -> `guarantee`; `cities` -> `city`). Lighter than the issues
 * stage's stemmer, and enough to find a keyword again in a sentence.
 *
 * @param word a word, lower case.
 * @returns its form.
 */
export function formOf(word: string): string {
  // (string tests, no regular expression: every word of every sentence and quote goes through here)
  const bare = word.endsWith("'s") ? word.slice(0, -2) : word
  if (bare.length <= 3) return bare
  if (!bare.endsWith('s')) return bare
  if (bare.endsWith('ies')) return `${bare.slice(0, -3)}y`
  if (bare.endsWith('ss') || bare.endsWith('us') || bare.endsWith('is')) return bare
  return bare.slice(0, -1)
}

/**
 * The forms of some words.
 *
 * @param words words, lower case.
 * @returns the set of their forms.
 */
export function formsOf(words: readonly string[]): Set<string> {
  const forms = new Set<string>()
  for (const word of words) forms.add(formOf(word))
  return forms
}

/**
 * How many of an issue's keywords a sentence uses (every word of the keyword, by form).
 *
 * @param issue the issue.
 * @param forms the forms of the sentence's words.
 * @returns the number of keywords used.
 */
export function keywordsIn(issue: Issue, forms: ReadonlySet<string>): number {
  let used = 0
  for (const words of termsOf(issue)) if (words.length > 0 && words.every((word) => forms.has(word))) used++
  return used
}

/** Each issue's keywords as forms, worked out once. */
const terms = new WeakMap<Issue, string[][]>()

/**
 * An issue's keywords, each as the forms of its words.
 *
 * @param issue the issue.
 * @returns the forms of each keyword.
 */
function termsOf(issue: Issue): string[][] {
  let known = terms.get(issue)
  if (!known) {
    known = issue.keywords.map((keyword) => wordsOf(keyword).map(formOf))
    terms.set(issue, known)
  }
  return known
}

/** What the sentences are read against: the spans of direct quotation, key figures and events. */
export interface SentenceMarks {
  /** Source spans of direct quotation. */
  quoted: readonly (readonly [number, number])[]
  /** Source offsets of key figures and of events. */
  figures: readonly number[]
  events: readonly number[]
}

/**
 * Every sentence of the story's body paragraphs, in text order.
 *
 * @param paragraphs the source paragraphs.
 * @param starts each paragraph's sentence starts (the tree's), by index.
 * @param marks direct quotation, key figures and events, by source offsets.
 * @returns the sentences.
 */
export function storySentences(
  paragraphs: readonly SourceParagraph[],
  starts: readonly (readonly number[] | undefined)[],
  marks: SentenceMarks
): Sentence[] {
  const sentences: Sentence[] = []
  // the marks in source order, read once with the sentences (which come in source order too)
  const quoted = [...marks.quoted].sort((a, b) => a[0] - b[0])
  const figures = [...marks.figures].sort((a, b) => a - b)
  const events = [...marks.events].sort((a, b) => a - b)
  let firstQuote = 0
  let figure = 0
  let event = 0
  for (const paragraph of paragraphs) {
    if (paragraph.role !== 'body') continue
    const bounds = starts[paragraph.index] ?? [0]
    const tokens = paragraphTokens(paragraph)
    let token = 0
    for (let k = 0; k < bounds.length; k++) {
      let from = bounds[k]!
      let to = k + 1 < bounds.length ? bounds[k + 1]! : paragraph.text.length
      while (to > from && /\s/.test(paragraph.text[to - 1]!)) to--
      while (from < to && /\s/.test(paragraph.text[from]!)) from++
      if (to <= from) continue
      const [start, end] = sourceSpan(paragraph, from, to)
      while (firstQuote < quoted.length && quoted[firstQuote]![1] <= start) firstQuote++
      let inside = 0
      for (let q = firstQuote; q < quoted.length && quoted[q]![0] < end; q++)
        inside += Math.max(0, Math.min(quoted[q]![1], end) - Math.max(quoted[q]![0], start))
      const words: string[] = []
      while (token < tokens.length && tokens[token]!.start < from) token++
      for (; token < tokens.length && tokens[token]!.start < to; token++)
        if (tokens[token]!.word) words.push(tokens[token]!.lower)
      while (figure < figures.length && figures[figure]! < start) figure++
      while (event < events.length && events[event]! < start) event++
      sentences.push({
        paragraph,
        order: sentences.length,
        from,
        to,
        words,
        forms: formsOf(words),
        quoted: inside / Math.max(1, end - start),
        figure: figure < figures.length && figures[figure]! < end,
        event: event < events.length && events[event]! < end,
        content: undefined,
        score: undefined
      })
    }
  }
  return sentences
}

/**
 * A passage of a paragraph's cleaned text, located in the source.
 *
 * @param paragraph the paragraph.
 * @param from start in its cleaned text.
 * @param to end in its cleaned text.
 * @param source the article's text.
 * @returns the passage.
 */
export function passage(paragraph: SourceParagraph, from: number, to: number, source: string): Passage {
  const [start, end] = sourceSpan(paragraph, from, to)
  return {
    text: source.slice(start, end),
    display: paragraph.text.slice(from, to),
    start,
    end,
    paragraph: paragraph.index
  }
}

/** Where a clause may end inside a sentence: a semicolon, a dash between spaces, a colon, or a comma before a conjunction that opens a clause. */
const CLAUSE_END =
  /;\s+|\s[—–-]{1,2}\s|:\s+|,\s+(?=(?:but|while|whereas|although|though|and|as|because|after|before|which|who)\s)/gi

/** A clause that cannot stand alone: it opens on a subordinating word or a relative pronoun. */
const DEPENDENT = /^(?:while|whereas|although|though|as|because|after|before|which|who)\s/i
/** A coordinating word a clause that stands alone may open on (left out of the clause). */
const COORDINATING = /^(?:but|and|yet)\s+/i

/**
 * The clauses of a sentence that can stand alone: its stretches between clause ends, each
 * without the punctuation that ends it and without an opening `but` or `and`; a stretch that
 * opens on a subordinating word or a relative pronoun (`who has told …`) is left out. A sentence
 * with no clause end is one clause.
 *
 * @param text the paragraph's cleaned text.
 * @param from the sentence's start.
 * @param to its end.
 * @returns `[from, to)` of each clause that stands alone, in order.
 */
export function clausesOf(text: string, from: number, to: number): [number, number][] {
  const clauses: [number, number][] = []
  let at = from
  const slice = text.slice(from, to)
  CLAUSE_END.lastIndex = 0
  for (let match = CLAUSE_END.exec(slice); match; match = CLAUSE_END.exec(slice)) {
    clauses.push([at, from + match.index])
    at = from + match.index + match[0].length
  }
  clauses.push([at, to])
  const standing: [number, number][] = []
  for (const [a, b] of clauses) {
    const clause = text.slice(a, b)
    if (b <= a || (a > from && DEPENDENT.test(clause))) continue
    const opening = a > from ? (COORDINATING.exec(clause)?.[0].length ?? 0) : 0
    standing.push([a + opening, b])
  }
  return standing
}

/**
 * Whether a text's quote marks pair up: every opening mark closed after it (a curly closing
 * single mark may also be an apostrophe).
 *
 * @param text the text.
 * @returns `true` when no quotation is left open or closed without an opening.
 */
export function balancedQuotes(text: string): boolean {
  const count = (mark: string): number => {
    let n = 0
    for (let at = text.indexOf(mark); at >= 0; at = text.indexOf(mark, at + mark.length)) n++
    return n
  }
  if (count('“') !== count('”') || count('"') % 2 !== 0 || count("''") % 2 !== 0) return false
  const lastOpen = text.lastIndexOf('‘')
  return lastOpen < 0 || text.indexOf('’', lastOpen) > lastOpen
}
