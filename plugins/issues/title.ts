/**
 * Readable names for issues and their key phrases, built from the text's own
 * words: the most common written form of each phrase.
 */
import type { KeyPhrase } from './rank.ts'
import type { Phrase } from './phrases.ts'

/**
 * The most common display form of a phrase (`water rationing`, `Mercosur`, `EU quota`).
 *
 * @param phrase the phrase.
 * @returns its display form.
 */
export function displayForm(phrase: Phrase): string {
  const counts = new Map<string, number>()
  let best = phrase.occurrences[0]?.display ?? phrase.key
  let bestCount = 0
  for (const occurrence of phrase.occurrences) {
    const count = (counts.get(occurrence.display) ?? 0) + 1
    counts.set(occurrence.display, count)
    if (count > bestCount) {
      best = occurrence.display
      bestCount = count
    }
  }
  return best
}

/**
 * Title an issue from its best phrases: the first, and a second that shares no
 * word with it (`Water rationing and quotas`).
 *
 * @param members the issue's key phrases, best first.
 * @returns a short noun-phrase title, capitalised.
 */
export function issueTitle(members: readonly KeyPhrase[]): string {
  const [first, ...rest] = members
  if (!first) return ''
  // prefer a longer phrase that contains the best single word (`housing supply` over `supply`)
  let head = first
  if (first.phrase.length === 1) {
    const longer = rest.find((m) => m.phrase.length > 1 && m.phrase.keys.includes(first.phrase.keys[0]!) && m.score >= first.score * 0.3)
    if (longer) head = longer
  }
  const parts = [displayForm(head.phrase)]
  const second = members.find((m) => m !== head && !m.phrase.keys.some((k) => head.phrase.keys.includes(k)))
  if (second && second.score >= head.score * 0.4) {
    const text = displayForm(second.phrase)
    if (parts[0]!.split(' ').length + text.split(' ').length <= 6) parts.push(text)
  }
  const title = parts.join(' and ')
  return title.charAt(0).toUpperCase() + title.slice(1)
}
