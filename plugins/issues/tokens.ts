/**
 * Tokenisation for key-phrase extraction: words with their case, position in
 * the sentence and the chunk boundaries that punctuation and possessives make.
 */
import { stem } from './stem.ts'
import { PHRASE_ABBREVIATIONS } from '../lexicon/abbreviations.ts'

/** One word of a paragraph, as the phrase chunker sees it. */
export interface Token {
  /** The word as written, without a possessive `'s`. */
  text: string
  /** `text` lowercased. */
  lower: string
  /** Grouping key (light stem of `lower`). */
  key: string
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
}

/** Words, initials (`U.S.`, `J.`), or single punctuation characters. */
const TOKEN = /(?:\p{Lu}\.)+(?!\p{L})|[\p{L}\p{N}]+(?:[-'’.&][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu
const MARKUP = /<[^>]*>|https?:\/\/\S+|\S+\.(?:com|org|net)\/\S*|[@#]\w+/g
/** What any match of `MARKUP` holds somewhere. */
const MAYBE_MARKUP = /[<@#]|:\/\/|\.(?:com|org|net)\//
const SENTENCE_END = new Set(['.', '!', '?'])
const OPENERS = new Set(['.', '!', '?', ':', ';', '‘', '“', '"', '(', '[', '—', '–', '…'])
const POSSESSIVE = /['’]s$/i
const DIGIT = /\p{N}/u
const UPPER = /^\p{Lu}/u

/**
 * Split one paragraph's cleaned text into tokens.
 *
 * @param text the paragraph's cleaned text.
 * @param paragraph the paragraph index stored on each token.
 * @param sentence the first sentence number to use.
 * @returns the tokens and the next free sentence number.
 */
export function tokenize(text: string, paragraph: number, sentence: number): { tokens: Token[]; nextSentence: number } {
  const tokens: Token[] = []
  // (most paragraphs hold no markup, link or handle: skip the costly pattern then)
  const source = MAYBE_MARKUP.test(text) ? text.replace(MARKUP, ' ') : text
  let previous = '.'
  let sawWord = false
  let opening = true
  TOKEN.lastIndex = 0
  for (let match = TOKEN.exec(source); match; match = TOKEN.exec(source)) {
    const raw = match[0]
    const first = raw.charCodeAt(0)
    const isWord = raw.length > 1 || /[\p{L}\p{N}]/u.test(raw)
    if (!isWord || (first < 128 && !/[A-Za-z0-9]/.test(raw[0]!))) {
      const last = tokens[tokens.length - 1]
      if (
        raw === '.' &&
        last &&
        !last.breakAfter &&
        (PHRASE_ABBREVIATIONS.has(last.lower) || /^\p{Lu}$/u.test(last.text))
      ) {
        previous = 'abbr'
        continue
      }
      if (last) last.breakAfter = true
      // `unveils £4m`: a word before an amount of money is read as a verb
      if (last && /^[$£€¥₹]$/.test(raw)) last.moneyAfter = true
      if (SENTENCE_END.has(raw) && sawWord) {
        sentence++
        sawWord = false
        opening = true
      }
      previous = raw
      continue
    }
    const possessive = POSSESSIVE.test(raw) && raw.length > 2
    const word = possessive ? raw.slice(0, -2) : raw
    const lowered = word.toLowerCase()
    const lower = lowered.includes('’') ? lowered.replace(/’/g, "'") : lowered
    const dotted = word.includes('.')
    tokens.push({
      text: word,
      lower,
      key: dotted ? lower : stem(lower),
      cap: startsUpper(word),
      initial: opening || (OPENERS.has(previous) && previous !== 'abbr'),
      breakAfter: possessive,
      numeric: hasDigit(word),
      paragraph,
      sentence
    })
    sawWord = true
    opening = false
    previous = 'w'
  }
  if (tokens.length) tokens[tokens.length - 1]!.breakAfter = true
  return { tokens, nextSentence: sentence + 1 }
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
