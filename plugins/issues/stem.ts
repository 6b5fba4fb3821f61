/**
 * Grouping keys for the forms of one key word (`guarantees`/`guarantee`, `farming`/`farms`):
 * the Porter stemmer (the `stemmer` package); the keys only group words and are never shown.
 * An adjective made from another word (`accountable`, `protective`, `dangerous`) is a topic of its
 * own, not a form of that word, so it keeps a key of its own.
 */
import { stemmer } from 'stemmer'
import { UNSTEMMED_WORDS } from '../lexicon/stopwords.ts'

/** Endings of adjectives derived from another word (`-able`, `-ible`, `-ive`, `-ous`, `-ful`). */
const DERIVED_ADJECTIVE = /(?:able|ible|ive|ous|ful)$/

/**
 * Reduce a lowercase word to its grouping key.
 *
 * @param word the word, lowercased.
 * @returns its stem (the word itself when it is short or listed as one to keep whole).
 */
export function stem(word: string): string {
  // (a short word is its own key: no need to look it up)
  if (word.length <= 3) return word
  let known = stems.get(word)
  if (known === undefined) {
    known = previous.get(word) ?? stemOf(word)
    if (stems.size >= CACHE_SIZE) {
      previous = stems
      stems = new Map()
    }
    stems.set(word, known)
  }
  return known
}

/** Most stems kept in each of the two generations of the cache. */
const CACHE_SIZE = 20000
/**
 * Stems already worked out (a word's stem never changes). When the map is full it becomes the
 * previous generation, whose words are taken back when used again: a vocabulary a little larger
 * than the map (a few hundred articles) is not worked out again from scratch every time round.
 */
let stems = new Map<string, string>()
let previous = new Map<string, string>()

/** {@link stem}, worked out. */
function stemOf(word: string): string {
  if (word.length <= 3 || UNSTEMMED_WORDS.has(word)) return word
  const bare = word.endsWith("'s") || word.endsWith('’s') ? word.slice(0, -2) : word
  if (DERIVED_ADJECTIVE.test(bare)) return bare
  return stemmer(bare)
}
