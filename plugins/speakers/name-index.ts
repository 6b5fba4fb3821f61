/**
 * Entities found by one word of their name without scanning every entity: each word is filed
 * under itself and, when it is long enough for `sameWord` to allow a typo, under each of its
 * one-letter deletions, so two spellings one typo apart share a key.
 */

/** What the index files: anything with a creation order. */
interface Ordered {
  /** Its place in the order of creation (compared to keep the registry's order). */
  readonly order: number
}

/** The shortest word `sameWord` allows a typo in. */
const TYPO_LENGTH = 6

/** The keys a word is filed under. */
function keysOf(word: string): string[] {
  if (word.length < TYPO_LENGTH) return [word]
  const keys = [word]
  for (let i = 0; i < word.length; i++) keys.push(`${word.slice(0, i)}${word.slice(i + 1)}`)
  return keys
}

/** An index of entities by one name word (a surname, a first name). */
export class NameIndex<T extends Ordered> {
  private readonly byKey = new Map<string, T[]>()

  /**
   * File an entity under a word.
   *
   * @param word the word, lowercase.
   * @param entity the entity.
   */
  add(word: string, entity: T): void {
    for (const key of keysOf(word)) {
      const list = this.byKey.get(key)
      if (!list) this.byKey.set(key, [entity])
      else if (!list.includes(entity)) list.push(entity)
    }
  }

  /**
   * The entities filed under a word that may be the same word (equal, or one typo apart); the
   * caller checks with `sameWord`.
   *
   * @param word the word, lowercase.
   * @returns the entities, in order of creation.
   */
  candidates(word: string): T[] {
    const keys = keysOf(word)
    const found = new Set<T>()
    for (const key of keys) for (const entity of this.byKey.get(key) ?? []) found.add(entity)
    return [...found].sort((a, b) => a.order - b.order)
  }
}
