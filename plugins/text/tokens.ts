/**
 * Word tokens and sentences of a cleaned paragraph, with their offsets.
 */
import { WORD_ABBREVIATIONS } from '../lexicon/abbreviations.ts'

/** A word or punctuation token of a paragraph's cleaned text. */
export interface Token {
  /** The token as written. */
  text: string
  /** Lowercase form, without a trailing abbreviation dot. */
  lower: string
  /** Offsets in the paragraph's cleaned text. */
  start: number
  end: number
  /** Whether it is a word (letters or digits), not punctuation. */
  word: boolean
  /** Whether a word starts with a capital letter. */
  capital: boolean
}

const WORD = /[\p{L}\p{N}]+(?:[’'\-.&][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu

/** A token's lowercase form: no trailing abbreviation dot, straight apostrophes. */
function lowerForm(value: string): string {
  let lower = value.toLowerCase()
  if (lower.endsWith('.')) lower = lower.slice(0, -1)
  return lower.includes('’') ? lower.replace(/’/g, "'") : lower
}

/**
 * Split cleaned text into tokens. A dot that belongs to an abbreviation or an
 * initial (`Mr.`, `G.K.`, `U.S.`) is kept on its word.
 *
 * @param text cleaned paragraph text.
 * @returns the tokens in order.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = []
  WORD.lastIndex = 0
  for (let match = WORD.exec(text); match; match = WORD.exec(text)) {
    let value = match[0]
    const start = match.index
    let end = start + value.length
    const word = /[\p{L}\p{N}]/u.test(value[0]!)
    // `Dato’ Seri`: a Malay title keeps its apostrophe
    if (word && (text[end] === '’' || text[end] === "'") && /^dato$/i.test(value)) {
      value += text[end]
      end++
      WORD.lastIndex = end
    }
    if (word && text[end] === '.') {
      const lower = value.toLowerCase()
      if (WORD_ABBREVIATIONS.has(lower) || /^\p{Lu}$/u.test(value) || /^(?:\p{L}\.)+\p{L}$/u.test(value)) {
        value += '.'
        end++
        WORD.lastIndex = end
      }
    }
    tokens.push({
      text: value,
      lower: lowerForm(value),
      start,
      end,
      word,
      capital: word && /^\p{Lu}/u.test(value)
    })
  }
  return tokens
}

/** Whether a token ends a sentence: `.`, `!`, `?` or `…` (not an abbreviation's dot). */
export function isSentenceEnd(token: Token): boolean {
  return !token.word && /^[.!?…]$/.test(token.text)
}

/** Where a paragraph keeps its tokens while its text stays the same (a property, not a WeakMap: cheaper to collect). */
const TOKENS = Symbol('tokens')

/** A paragraph with its tokens kept. */
type WithTokens = { text: string; [TOKENS]?: { text: string; tokens: Token[] } }

/**
 * The tokens of a paragraph's cleaned text, tokenised once however many stages read them.
 * The tokens are shared: read them, never change them.
 *
 * @param paragraph the paragraph (any object with its `text`).
 * @returns its tokens.
 */
export function paragraphTokens(paragraph: { text: string }): Token[] {
  const kept = paragraph as WithTokens
  const cached = kept[TOKENS]
  if (cached && cached.text === paragraph.text) return cached.tokens
  const tokens = tokenize(paragraph.text)
  Object.defineProperty(kept, TOKENS, {
    value: { text: paragraph.text, tokens },
    configurable: true,
    enumerable: false,
    writable: true
  })
  return tokens
}
