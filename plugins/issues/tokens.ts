/**
 * Tokenisation for key-phrase extraction: words with their case, position in
 * the sentence and the chunk boundaries that punctuation and possessives make.
 */
import type { Token as TextToken } from '../text/tokens.ts'
import { stem } from './stem.ts'
import { PHRASE_ABBREVIATIONS } from '../lexicon/abbreviations.ts'

/** Words, initials (`U.S.`, `J.`), or single punctuation characters. */
const TOKEN = /(?:\p{Lu}\.)+(?!\p{L})|[\p{L}\p{N}]+(?:[-'’.&][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu
const MARKUP = /<[^>]*>|https?:\/\/\S+|\S+\.(?:com|org|net)\/\S*|[@#]\w+/g
/** What any match of `MARKUP` holds somewhere. */
const MAYBE_MARKUP = /[<@#]|:\/\/|\.(?:com|org|net)\//
const SENTENCE_END = new Set(['.', '!', '?'])
const OPENERS = new Set(['.', '!', '?', ':', ';', '‘', '“', '"', '(', '[', '—', '–', '…'])
/** The signs of money a word may stand before (`unveils £4m`). */
const MONEY_SIGNS = '$£€¥₹'
const DIGIT = /\p{N}/u
const UPPER = /^\p{Lu}/u

/**
 * One word of a paragraph, as the phrase chunker sees it. Its grouping key is worked out when
 * first read: most words (function words, stopwords) never need theirs, and stemming every word
 * cost a lookup each.
 */
export class Token {
  /** The word as written, without a possessive `'s`. */
  text: string
  /** `text` lowercased. */
  lower: string
  /** Whether the word starts with a capital letter. */
  cap: boolean
  /** Whether the word opens a sentence, a quotation or a clause after a colon (its case says nothing). */
  initial: boolean
  /** Whether a chunk must end after this word (punctuation or a possessive follows). */
  breakAfter: boolean
  /** Whether a currency sign follows the word (`unveils £4m`). */
  moneyAfter?: boolean
  /** Whether the word holds a digit. */
  numeric: boolean
  /** Index of the source paragraph. */
  paragraph: number
  /** Sentence number, unique over the article. */
  sentence: number
  private stemmed: string | undefined

  /**
   * A word read by the chunker (see the fields for each parameter).
   *
   * @param text the word as written.
   * @param lower lowercased.
   * @param cap starts with a capital.
   * @param initial opens a sentence, a quotation or a clause.
   * @param breakAfter a chunk ends after it.
   * @param numeric holds a digit.
   * @param paragraph the source paragraph's index.
   * @param sentence the sentence number.
   */
  constructor(
    text: string,
    lower: string,
    cap: boolean,
    initial: boolean,
    breakAfter: boolean,
    numeric: boolean,
    paragraph: number,
    sentence: number
  ) {
    this.text = text
    this.lower = lower
    this.cap = cap
    this.initial = initial
    this.breakAfter = breakAfter
    this.moneyAfter = undefined
    this.numeric = numeric
    this.paragraph = paragraph
    this.sentence = sentence
    this.stemmed = undefined
  }

  /** Grouping key: the light stem of `lower` (`lower` itself for a word with a dot, `U.S`). */
  get key(): string {
    return (this.stemmed ??= this.text.includes('.') ? this.lower : stem(this.lower))
  }
}

/** Reads raw tokens (words and single punctuation marks) into the chunker's tokens. */
class Reader {
  readonly tokens: Token[] = []
  private previous = '.'
  private sawWord = false
  private opening = true
  private sentence: number
  private readonly paragraph: number

  constructor(paragraph: number, sentence: number) {
    this.paragraph = paragraph
    this.sentence = sentence
  }

  /** The dot of an abbreviation (`Mr.`, `p.m.`): it neither breaks a chunk nor ends a sentence. */
  abbreviationDot(): void {
    this.previous = 'abbr'
  }

  /** The sentence number of the next words, when the tree's sentences give it (not its own count). */
  sentenceAt: number | null = null

  /** Read one raw token. */
  read(raw: string): void {
    const tokens = this.tokens
    const first = raw.charCodeAt(0)
    const isWord = raw.length > 1 || (first < 128 ? isAsciiAlphanumeric(first) : /[\p{L}\p{N}]/u.test(raw))
    if (!isWord || (first < 128 && !isAsciiAlphanumeric(first))) {
      const last = tokens[tokens.length - 1]
      if (
        raw === '.' &&
        last &&
        !last.breakAfter &&
        (PHRASE_ABBREVIATIONS.has(last.lower) || /^\p{Lu}$/u.test(last.text))
      ) {
        this.previous = 'abbr'
        return
      }
      if (last) last.breakAfter = true
      // `unveils £4m`: a word before an amount of money is read as a verb
      if (last && raw.length === 1 && MONEY_SIGNS.includes(raw)) last.moneyAfter = true
      if (SENTENCE_END.has(raw) && this.sawWord) {
        this.sentence++
        this.sawWord = false
        this.opening = true
      }
      this.previous = raw
      return
    }
    const possessive = raw.length > 2 && isPossessive(raw)
    const word = possessive ? raw.slice(0, -2) : raw
    const lowered = word.toLowerCase()
    const lower = lowered.includes('’') ? lowered.replace(/’/g, "'") : lowered
    tokens.push(
      new Token(
        word,
        lower,
        startsUpper(word),
        this.opening || (OPENERS.has(this.previous) && this.previous !== 'abbr'),
        possessive,
        hasDigit(word),
        this.paragraph,
        this.sentenceAt ?? this.sentence
      )
    )
    this.sawWord = true
    this.opening = false
    this.previous = 'w'
  }

  /**
   * The tokens, the last one breaking its chunk, and the next free sentence number.
   *
   * @param next the next free sentence number when the tree's sentences numbered the words.
   */
  finish(next?: number): { tokens: Token[]; nextSentence: number } {
    if (this.tokens.length) this.tokens[this.tokens.length - 1]!.breakAfter = true
    return { tokens: this.tokens, nextSentence: next ?? this.sentence + 1 }
  }
}

/**
 * Split one paragraph's cleaned text into tokens (its own pass over the text; the pipeline reads
 * {@link fromTextTokens}, the same reading of the tree's tokens).
 *
 * @param text the paragraph's cleaned text.
 * @param paragraph the paragraph index stored on each token.
 * @param sentence the first sentence number to use.
 * @returns the tokens and the next free sentence number.
 */
export function tokenize(text: string, paragraph: number, sentence: number): { tokens: Token[]; nextSentence: number } {
  const reader = new Reader(paragraph, sentence)
  // (most paragraphs hold no markup, link or handle: skip the costly pattern then)
  const source = MAYBE_MARKUP.test(text) ? text.replace(MARKUP, ' ') : text
  TOKEN.lastIndex = 0
  for (let match = TOKEN.exec(source); match; match = TOKEN.exec(source)) reader.read(match[0])
  return reader.finish()
}

/** An initialism whose dots belong to it (`U.S.`, `J.`). */
const INITIALISM = /^(?:\p{Lu}\.)+$/u

/**
 * The chunker's tokens of a paragraph, read from the tree's tokens (`plugins/text/tokens.ts`):
 * markup, links and handles left out; an abbreviation's dot (`Mr.`, `p.m.`, as the tree's tokenizer
 * knows them) neither breaks a chunk nor ends a sentence; an initialism (`U.S.`) keeps its dots;
 * with the tree's sentence starts, the sentences are the tree's.
 *
 * @param text the paragraph's cleaned text.
 * @param textTokens its tokens on the tree.
 * @param paragraph the paragraph index stored on each token.
 * @param sentence the first sentence number to use.
 * @param starts where the tree's sentences start in the text (default: counted from the marks).
 * @returns the tokens and the next free sentence number.
 */
export function fromTextTokens(
  text: string,
  textTokens: readonly TextToken[],
  paragraph: number,
  sentence: number,
  starts?: readonly number[]
): { tokens: Token[]; nextSentence: number } {
  const reader = new Reader(paragraph, sentence)
  let s = 0
  const markup: [number, number][] = []
  if (MAYBE_MARKUP.test(text)) {
    MARKUP.lastIndex = 0
    for (let match = MARKUP.exec(text); match; match = MARKUP.exec(text))
      markup.push([match.index, match.index + match[0].length])
  }
  let m = 0
  for (const token of textTokens) {
    while (m < markup.length && markup[m]![1] <= token.start) m++
    if (m < markup.length && markup[m]![0] < token.end) continue
    if (starts) {
      while (s + 1 < starts.length && starts[s + 1]! <= token.start) s++
      reader.sentenceAt = sentence + s
    }
    const raw = token.text
    if (!token.word) reader.read(raw)
    else if (raw.endsWith('.')) {
      if (INITIALISM.test(raw)) reader.read(raw)
      else {
        reader.read(raw.slice(0, -1))
        reader.abbreviationDot()
      }
    } else if (raw.endsWith("'") || raw.endsWith('’')) {
      // `Dato’`: the apostrophe of a title, a mark of its own here
      reader.read(raw.slice(0, -1))
      reader.read(raw.slice(-1))
    } else reader.read(raw)
  }
  return reader.finish(starts ? sentence + starts.length : undefined)
}

/** Whether a character code is an ASCII letter or digit. */
function isAsciiAlphanumeric(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
}

/** Whether a word ends in a possessive `'s` or `’s` (either case of `s`), without a regex. */
function isPossessive(word: string): boolean {
  const s = word.charCodeAt(word.length - 1)
  const mark = word[word.length - 2]
  return (s === 115 || s === 83) && (mark === "'" || mark === '’')
}

/** Whether a word starts with a capital letter (ASCII without a regex). */
function startsUpper(word: string): boolean {
  const code = word.charCodeAt(0)
  return code < 128 ? code >= 65 && code <= 90 : UPPER.test(word)
}

/** Whether a word holds a digit (ASCII without a regex). */
function hasDigit(word: string): boolean {
  let wide = false
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i)
    if (code >= 48 && code <= 57) return true
    if (code > 127) wide = true
  }
  return wide && DIGIT.test(word)
}
