/**
 * Readable names for issues and their key phrases, built from the text's own
 * words: the most common written form of each phrase.
 */
import type { KeyPhrase } from './rank.ts'
import { isCommonWord } from '../lexicon/common-words.ts'
import { isKeywordShaped } from './local.ts'
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
 * How many sentences two phrases share.
 *
 * @param a one phrase.
 * @param b another.
 * @returns the number of sentences both occur in.
 */
function sharedSentences(a: Phrase, b: Phrase): number {
  let shared = 0
  for (const s of a.sentences) if (b.sentences.has(s)) shared++
  return shared
}

/**
 * Whether a second phrase may join a title after `and`: a noun phrase of its
 * own (no word shared with the head, not a lone modifier or participle) that
 * the article keeps saying together with the head.
 *
 * @param head the title's main phrase.
 * @param second the candidate.
 * @param together fewest sentences the two must share.
 * @returns `true` when `head and second` reads as one topic.
 */
export function pairsWith(head: Phrase, second: Phrase, together: number): boolean {
  if (second.keys.some((k) => head.keys.includes(k))) return false
  // two halves of one name or term (`Lake` and `Vostok`) are no pair
  const ends = new Set(head.occurrences.flatMap((o) => [o.start, o.end]))
  if (second.occurrences.some((o) => ends.has(o.start) || ends.has(o.end))) return false
  if (!isKeywordShaped(second)) return false
  // a lone common word (`board`, `plan`) adds nothing to a title
  if (second.length === 1 && isCommonWord(second.words[0]!)) return false
  if (
    second.length === 1 &&
    (/(?:ed|ing|able|ible|ive|ous|ful|al)$/.test(second.words[0]!) || !second.occurrences.some((o) => o.nominal))
  )
    return false
  return sharedSentences(head, second) >= together
}

/** Least score, against the best phrase's, of a common noun phrase that titles an issue instead of a name. */
const COMMON_OVER_NAME = 0.3

/**
 * Whether a phrase can head a title: a noun phrase (a single word must be used as a noun
 * somewhere: `the ban`, not `born` or `fair`).
 *
 * @param member the key phrase.
 * @returns `true` when it can head a title.
 */
function titleWorthy(member: KeyPhrase): boolean {
  if (!isKeywordShaped(member.phrase)) return false
  return member.phrase.length > 1 || member.proper || member.phrase.occurrences.some((o) => o.nominal)
}

/**
 * The issue's phrases in the order they may head its title: the best that can head one first,
 * and a common noun phrase (`voter registration`) before a name (`North Carolina`) that it nearly
 * matches, since a place or a body is where a topic happens, not the topic.
 *
 * @param members the key phrases, best first.
 * @returns the same phrases, the title's head first.
 */
function titleOrder(members: readonly KeyPhrase[]): KeyPhrase[] {
  const worthy = members.filter(titleWorthy)
  let head = worthy[0] ?? members[0]
  if (head?.proper && !/^\p{Lu}{2,6}$/u.test(head.phrase.occurrences[0]?.surface ?? '')) {
    const common = worthy.find((member) => !member.proper && member.score >= head!.score * COMMON_OVER_NAME)
    if (common) head = common
  }
  return head ? [head, ...members.filter((member) => member !== head)] : []
}

/**
 * Title an issue from its best phrases: the first (or a longer phrase built
 * on it), and a second that the article discusses alongside it (`Water
 * rationing and quotas`); never two unrelated phrases.
 *
 * @param members the issue's key phrases, best first.
 * @returns a short noun-phrase title, capitalised.
 */
export function issueTitle(members: readonly KeyPhrase[]): string {
  const [first, ...rest] = titleOrder(members)
  if (!first) return ''
  // prefer a longer phrase that contains the best single word (`housing supply` over `supply`)
  let head = first
  if (first.phrase.length === 1) {
    const longer = rest.find(
      (m) =>
        m.phrase.length > 1 &&
        m.phrase.keys.includes(first.phrase.keys[0]!) &&
        m.score >= first.score * 0.3 &&
        isKeywordShaped(m.phrase)
    )
    if (longer) head = longer
  }
  const parts = [displayForm(head.phrase)]
  const second = members.find((m) => m !== head && m.score >= head.score * 0.4 && pairsWith(head.phrase, m.phrase, 2))
  if (second) {
    const text = displayForm(second.phrase)
    if (parts[0]!.split(' ').length + text.split(' ').length <= 6) parts.push(text)
  }
  const title = parts.join(' and ')
  return title.charAt(0).toUpperCase() + title.slice(1)
}
