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
  let known = stems.get(word)
  if (known === undefined) {
    if (stems.size >= 20000) stems.clear()
    known = stemOf(word)
    stems.set(word, known)
  }
  return known
}

/** Stems already worked out (a word's stem never changes; the map is emptied when it grows large). */
const stems = new Map<string, string>()

/** {@link stem}, worked out. */
function stemOf(word: string): string {
  if (word.length <= 3 || UNSTEMMED_WORDS.has(word)) return word
  const bare = word.endsWith("'s") || word.endsWith('’s') ? word.slice(0, -2) : word
  if (DERIVED_ADJECTIVE.test(bare)) return bare
  return stemmer(bare)
}
