/**
 * The words the figure scanner reads: whitespace-separated words with their edge punctuation
 * stripped (`$1.5bn`, `55,000`, `three-year-old`, `p.m.` stay whole), with offsets. Built from the
 * tree's tokens (`plugins/text/tokens.ts`): a word is a run of tokens with no space between them,
 * so the article is tokenized once.
 */
import type { Token as TextToken } from '../text/tokens.ts'

/** One whitespace-separated word, its edge punctuation stripped. */
export interface Token {
  /** The word without edge punctuation (`$1.5bn`, `three-year-old`, `p.m.`). */
  core: string
  /** `core` in lower case. */
  lower: string
  /** Offset of `core` in the cleaned text. */
  start: number
  /** Offset just after `core`. */
  end: number
  /** Whether punctuation (`,` `.` `;` `:` `?` `!` `)` a dash) follows the word, ending a phrase. */
  stop: boolean
  /** Whether an opening quote or bracket precedes the word. */
  open: boolean
  /** Whether the word starts with a capital letter. */
  capital: boolean
}

const WORD = /\S+/g
const LEADING = /^["'“‘«([]+/
const TRAILING = /["'”’»)\],;:!?…]+$|(?<=[^.])\.+["'”’»)\]]*$/
const CAPITAL = /^\p{Lu}/u
/** Words whose final dot belongs to them (abbreviations, `a.m.`). */
const KEEP_DOT =
  /^(?:\p{L}\.){2,}$|^(?:mr|mrs|ms|dr|st|jr|sr|sen|rep|gov|gen|lt|col|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|no|vs|inc|co|corp|ltd)\.$/iu

/**
 * Split a text into word tokens (its own pass over the text; the pipeline reads
 * {@link wordsFromTokens}, the same words from the tree's tokens).
 *
 * @param text a paragraph's cleaned text.
 * @returns the tokens, in order; punctuation-only words (`—`) become stops on the previous token.
 */
export function tokenize(text: string): Token[] {
  const runs: [number, number][] = []
  WORD.lastIndex = 0
  for (let match = WORD.exec(text); match; match = WORD.exec(text))
    runs.push([match.index, match.index + match[0].length])
  return readWords(text, runs)
}

/**
 * The same words as {@link tokenize}, read from the tree's tokens of the text: each run of tokens
 * with no space between them is one whitespace-separated word.
 *
 * @param text a paragraph's cleaned text.
 * @param tokens its tokens (`paragraphTokens`), which cover every character that is not a space.
 * @returns the tokens, in order.
 */
export function wordsFromTokens(text: string, tokens: readonly TextToken[]): Token[] {
  const runs: [number, number][] = []
  for (const token of tokens) {
    const run = runs[runs.length - 1]
    if (run && run[1] === token.start) run[1] = token.end
    else runs.push([token.start, token.end])
  }
  return readWords(text, runs)
}

/** Read whitespace-separated words (`[start, end)` runs of the text) as figure tokens. */
function readWords(text: string, runs: readonly [number, number][]): Token[] {
  const tokens: Token[] = []
  for (const [runStart, runEnd] of runs) {
    let word = text.slice(runStart, runEnd)
    let start = runStart
    const lead = LEADING.exec(word)
    let open = false
    if (lead) {
      open = true
      start += lead[0].length
      word = word.slice(lead[0].length)
    }
    let stop = false
    if (!KEEP_DOT.test(word)) {
      const trail = TRAILING.exec(word)
      if (trail && trail[0].length < word.length) {
        // A closing quote alone does not end the phrase (`$12-an-hour” workers`).
        stop = /[.,;:!?)\]…]/.test(trail[0])
        word = word.slice(0, word.length - trail[0].length)
      } else if (trail) word = ''
    } else if (/[,;:!?]$/.test(word)) {
      stop = true
      word = word.slice(0, -1)
    }
    // Inner dashes that stand for punctuation (`word—word`) split the token.
    if (word.length === 0 || !/[\p{L}\p{N}$£€¥%]/u.test(word)) {
      const previous = tokens[tokens.length - 1]
      if (previous) previous.stop = true
      continue
    }
    const dash = word.search(/[—–]/)
    if (dash > 0) {
      const head = word.slice(0, dash)
      tokens.push({
        core: head,
        lower: head.toLowerCase(),
        start,
        end: start + head.length,
        stop: true,
        open,
        capital: CAPITAL.test(head)
      })
      const rest = word.slice(dash + 1)
      if (rest)
        tokens.push({
          core: rest,
          lower: rest.toLowerCase(),
          start: start + dash + 1,
          end: start + word.length,
          stop,
          open: false,
          capital: CAPITAL.test(rest)
        })
      continue
    }
    tokens.push({
      core: word,
      lower: word.toLowerCase(),
      start,
      end: start + word.length,
      stop,
      open,
      capital: CAPITAL.test(word)
    })
  }
  return tokens
}
