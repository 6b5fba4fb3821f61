/**
 * The case of a line of text, as the stages read it.
 */

/**
 * Whether most words of a line start with a capital (a headline in title case: `CEO Warns
 * Shoppers Are Trading Down`), where capitals no longer tell names from other words.
 *
 * @param text the line.
 * @returns whether three quarters or more of its words of four letters or more are capitalised.
 */
export function isTitleCase(text: string): boolean {
  const words = text.split(/\s+/).filter((w) => /^[\p{L}]/u.test(w) && w.length > 3)
  if (words.length < 3) return false
  return words.filter((w) => /^\p{Lu}/u.test(w)).length / words.length >= 0.75
}
