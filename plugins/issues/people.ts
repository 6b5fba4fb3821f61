/**
 * People's names are not topics: find the words that name a person, from the
 * people the speakers stage found (quoted or only mentioned) and from titles
 * (`Sen.`, `President`, `economist`) before a run of capitalised words.
 */
import { FUNCTION_WORDS } from '../lexicon/stopwords.ts'
import { NAME_TITLES, NON_PERSON_WORDS } from '../lexicon/topic-people.ts'
import type { Speaker } from '../types.ts'
import type { Token } from './tokens.ts'

/**
 * Collect the lowercase words that name people in the article.
 *
 * @param sentences the article's tokens, one array per paragraph.
 * @param speakers speakers found by the speakers plugin (bodies and unnamed people are ignored); default none.
 * @returns the set of lowercase name words (given names and surnames).
 */
export function findPersonWords(sentences: readonly Token[][], speakers: readonly Speaker[] = []): Set<string> {
  const names = new Set<string>()
  const addName = (parts: readonly string[]): void => {
    const clean = parts
      .map((part) => part.toLowerCase())
      .filter((part) => part.length > 1 && !FUNCTION_WORDS.has(part) && !NAME_TITLES.has(part.replace(/\.$/, '')))
    if (clean.length === 0 || clean.some((part) => NON_PERSON_WORDS.has(part))) return
    for (const part of clean) names.add(part)
  }
  for (const speaker of speakers) {
    if (speaker.type === 'organisation' || speaker.type === 'unnamed') continue
    for (const name of [speaker.name, ...speaker.aliases])
      addName(name.split(/[\s’'.]+/).filter((part) => /^\p{Lu}/u.test(part)))
  }
  for (const tokens of sentences) {
    let i = 0
    while (i < tokens.length) {
      const token = tokens[i]!
      if (!token.cap || token.numeric || (FUNCTION_WORDS.has(token.lower) && !NAME_TITLES.has(token.lower))) {
        i++
        continue
      }
      // a run of capitalised words that no punctuation or function word interrupts
      let end = i + 1
      while (
        end < tokens.length &&
        !tokens[end - 1]!.breakAfter &&
        tokens[end]!.cap &&
        !tokens[end]!.numeric &&
        !FUNCTION_WORDS.has(tokens[end]!.lower)
      )
        end++
      const run = tokens.slice(i, end)
      let lastTitle = -1
      for (let k = 0; k < run.length; k++) if (NAME_TITLES.has(run[k]!.lower)) lastTitle = k
      const before = tokens[i - 1]
      const titledBefore = before !== undefined && !before.cap && !before.breakAfter && NAME_TITLES.has(before.lower)
      const rest = run.slice(lastTitle + 1).map((t) => t.text)
      if (rest.length > 0 && (lastTitle >= 0 || titledBefore)) addName(rest)
      i = end
    }
  }
  // a run that ends in a known surname is a name too (`Ilse Brandt` once `Brandt` is known)
  for (const tokens of sentences) {
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]!
      if (!token.cap || !names.has(token.lower)) continue
      const run: string[] = [token.text]
      for (
        let k = i - 1;
        k >= 0 &&
        tokens[k]!.cap &&
        !tokens[k]!.breakAfter &&
        !tokens[k]!.numeric &&
        !FUNCTION_WORDS.has(tokens[k]!.lower);
        k--
      )
        run.unshift(tokens[k]!.text)
      if (run.length > 1) addName(run)
    }
  }
  // a name given in full once and by one of its words elsewhere (`Ana Lund` … `Lund said`)
  const runs: Token[][] = []
  const alone = new Set<string>()
  for (const tokens of sentences) {
    let i = 0
    while (i < tokens.length) {
      if (!capitalisedWord(tokens[i]!)) {
        i++
        continue
      }
      let end = i + 1
      while (end < tokens.length && !tokens[end - 1]!.breakAfter && capitalisedWord(tokens[end]!)) end++
      const run = tokens.slice(i, end)
      if (run.length === 1 && !run[0]!.initial) alone.add(run[0]!.lower)
      else if (run.length === 2 && !PLACE_WORDS.has(run[0]!.lower)) runs.push(run)
      i = end
    }
  }
  for (const run of runs) if (run.some((token) => alone.has(token.lower))) addName(run.map((token) => token.text))
  return names
}

/** First words that make a two-word name a place (`North Carolina`, `New Hampshire`, `San Diego`). */
const PLACE_WORDS = new Set(
  'north south east west northern southern eastern western new great united upper lower central saint st san santa los las el la le fort port mount lake cape'.split(
    ' '
  )
)

/**
 * Whether a token is a capitalised word that may be part of a name (no number, acronym or function word).
 *
 * @param token the token.
 * @returns `true` for a capitalised word.
 */
function capitalisedWord(token: Token): boolean {
  return (
    token.cap &&
    !token.numeric &&
    token.text.length > 1 &&
    !/^\p{Lu}+$/u.test(token.text) &&
    !FUNCTION_WORDS.has(token.lower) &&
    !NAME_TITLES.has(token.lower)
  )
}
