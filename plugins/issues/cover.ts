/**
 * Every paragraph with a quote or a figure belongs to an issue: one that no issue holds goes to
 * the issue whose keywords it uses most, else to the issue of the nearest paragraph (the story
 * goes on about the same thing).
 */
import type { Issue } from '../types.ts'
import { stem } from './stem.ts'
import type { Token } from './tokens.ts'

/**
 * How many of an issue's keywords a paragraph uses (every word of the keyword, by stem).
 *
 * @param terms the issue's keywords, each as the stems of its words.
 * @param stems the stems of the paragraph's words.
 * @returns the number of keywords used.
 */
function keywordsUsed(terms: readonly string[][], stems: ReadonlySet<string>): number {
  let used = 0
  for (const words of terms) if (words.length > 0 && words.every((word) => stems.has(word))) used++
  return used
}

/**
 * Put each given paragraph that no issue holds into one (changed in place).
 *
 * @param issues the article's issues.
 * @param paragraphs the paragraphs that must belong to an issue (those with a quote or a figure).
 * @param tokens the article's tokens, one array per paragraph.
 */
export function coverParagraphs(issues: Issue[], paragraphs: readonly number[], tokens: readonly Token[][]): void {
  if (issues.length === 0) return
  // the stems of a paragraph's words, worked out only for the paragraphs no issue holds
  const tokensOf = new Map<number, readonly Token[]>()
  for (const list of tokens) if (list[0]) tokensOf.set(list[0].paragraph, list)
  const held = new Set(issues.flatMap((issue) => issue.paragraphs))
  const terms = new Map(
    issues.map((issue) => [issue, issue.keywords.map((keyword) => keyword.split(/\s+/).map((word) => stem(word)))])
  )
  const added = new Map<Issue, number[]>()
  for (const paragraph of [...paragraphs].sort((a, b) => a - b)) {
    if (held.has(paragraph)) continue
    const stems = new Set((tokensOf.get(paragraph) ?? []).map((token) => token.key))
    let best: Issue | undefined
    let bestUsed = 0
    let bestDistance = Number.POSITIVE_INFINITY
    for (const issue of issues) {
      const used = keywordsUsed(terms.get(issue)!, stems)
      const distance = Math.min(...issue.paragraphs.map((other) => Math.abs(other - paragraph)))
      if (used > bestUsed || (used === bestUsed && distance < bestDistance)) {
        best = issue
        bestUsed = used
        bestDistance = distance
      }
    }
    if (!best) continue
    const list = added.get(best)
    if (list) list.push(paragraph)
    else added.set(best, [paragraph])
  }
  for (const [issue, list] of added) issue.paragraphs = [...issue.paragraphs, ...list].sort((a, b) => a - b)
}
