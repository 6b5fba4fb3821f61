/**
 * A light English stemmer for grouping the forms of one key word
 * (`guarantees`/`guarantee`, `farming`/`farms`); it only builds keys and is
 * never shown to readers.
 */

const KEEP = new Set([
  'news',
  'series',
  'species',
  'politics',
  'economics',
  'physics',
  'ethics',
  'arms',
  'always',
  'perhaps',
  'thus',
  'chaos',
  'analysis',
  'crisis',
  'basis'
])
const VOWEL = /[aeiouy]/

/**
 * Reduce a lowercase word to a grouping key: drops plural `s`/`es`/`ies`, `ing`, `ed` and a final `e`.
 *
 * @param word the word, lowercased.
 * @returns its stem (the word itself when it is short or listed as irregular).
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
  let w = word
  if (w.length <= 3 || KEEP.has(w)) return w
  if (w.endsWith("'s") || w.endsWith('’s')) w = w.slice(0, -2)
  if (w.endsWith('ies') && w.length > 4) w = w.slice(0, -3) + 'y'
  else if (w.endsWith('sses')) w = w.slice(0, -2)
  else if (/(?:sh|ch|x|z)es$/.test(w)) w = w.slice(0, -2)
  else if (w.endsWith('s') && !/(?:ss|us|is|ws)$/.test(w)) w = w.slice(0, -1)
  if (w.length >= 6 && w.endsWith('ing') && VOWEL.test(w.slice(0, -3))) w = undouble(w.slice(0, -3))
  else if (w.length >= 5 && w.endsWith('ed') && !w.endsWith('eed') && VOWEL.test(w.slice(0, -2)))
    w = undouble(w.slice(0, -2))
  if (w.length > 4 && w.endsWith('e') && !w.endsWith('ee')) w = w.slice(0, -1)
  return w
}

/**
 * Undo a doubled final consonant (`rigg` -> `rig`), keeping `ll`, `ss`, `zz`, `ff`.
 *
 * @param w a stem.
 * @returns the stem without the doubled letter.
 */
function undouble(w: string): string {
  const n = w.length
  if (n >= 3 && w[n - 1] === w[n - 2] && !/[lsfzaeiou]/.test(w[n - 1]!)) return w.slice(0, -1)
  return w
}
