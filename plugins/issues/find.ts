/**
 * Find an article's issues: tokenise the body, drop people's names, chunk
 * noun phrases, rank them, group them into topics and name each topic.
 */
import type { Issue, Speaker, SourceParagraph } from '../types.ts'
import { clusterPhrases, type Cluster } from './group.ts'
import { findPersonWords } from './people.ts'
import { collectPhrases, isContent, type Phrase } from './phrases.ts'
import { rankPhrases } from './rank.ts'
import { displayForm, issueTitle } from './title.ts'
import { tokenize, type Token } from './tokens.ts'

/** Options for {@link findIssues}. */
export interface FindIssuesOptions {
  /** Speakers already found; their names never become issues (default none). */
  speakers?: readonly Speaker[]
  /** Most issues returned (default 8). */
  maxIssues?: number
  /** Most keywords per issue (default 10). */
  maxKeywords?: number
  /** Fewest keywords per issue, padded from the issue's own sentences (default 3). */
  minKeywords?: number
}

const BRACKETED = /^\s*[[(<].*[\])>]\s*\.?\s*$/s
const LENGTH_WEIGHT = [0, 1, 1.6, 1.8, 1.8]

/**
 * Whether a paragraph is written in headline case (most long words capitalised).
 *
 * @param tokens the paragraph's tokens.
 * @returns `true` for headline case.
 */
function isHeadline(tokens: readonly Token[]): boolean {
  let long = 0
  let capitalised = 0
  for (const token of tokens) {
    if (token.text.length <= 3) continue
    long++
    if (token.cap) capitalised++
  }
  return long >= 3 && capitalised >= long * 0.7
}

/**
 * Find the topics of an article from its paragraphs.
 *
 * @param paragraphs the source paragraphs (captions and labels are skipped).
 * @param options speakers, and limits on issues and keywords.
 * @returns the issues, most important first.
 */
export function findIssues(paragraphs: readonly SourceParagraph[], options: FindIssuesOptions = {}): Issue[] {
  const { speakers = [], maxIssues = 8, maxKeywords = 10, minKeywords = 3 } = options
  const perParagraph: Token[][] = []
  const headlines = new Set<number>()
  let sentence = 0
  for (const paragraph of paragraphs) {
    if (paragraph.role !== 'body' && paragraph.role !== 'title') continue
    if (BRACKETED.test(paragraph.text)) continue
    const result = tokenize(paragraph.text, paragraph.index, sentence)
    sentence = result.nextSentence
    if (result.tokens.length < 4 && paragraph.role !== 'title') continue
    if (paragraph.role === 'title' || isHeadline(result.tokens)) {
      headlines.add(paragraph.index)
      for (const token of result.tokens) token.initial = true
    }
    perParagraph.push(result.tokens)
  }
  if (perParagraph.length === 0) return []
  const personWords = findPersonWords(perParagraph, speakers)
  const tokens = perParagraph.flat()
  const content = tokens.map((token) => isContent(token, personWords, headlines.has(token.paragraph)))
  const phrases = collectPhrases(tokens, content)
  const ranked = rankPhrases(phrases, { paragraphCount: perParagraph.length, firstParagraph: perParagraph[0]![0]!.paragraph })
  const clusters = clusterPhrases(ranked)
  const top = clusters[0]?.score ?? 0
  const chosen = clusters.filter((cluster) => cluster.score >= top * 0.1).slice(0, maxIssues)
  const used = new Set(chosen.flatMap((cluster) => cluster.members.map((m) => m.phrase.key)))
  return chosen.map((cluster) => toIssue(cluster, phrases, used, maxKeywords, minKeywords))
}

/**
 * Turn a cluster into an issue: title, keywords (padded from its sentences) and paragraphs.
 *
 * @param cluster the cluster.
 * @param phrases every candidate phrase, for padding.
 * @param used keys of phrases already in some issue (extended with the padding).
 * @param maxKeywords most keywords.
 * @param minKeywords fewest keywords.
 * @returns the issue.
 */
function toIssue(cluster: Cluster, phrases: ReadonlyMap<string, Phrase>, used: Set<string>, maxKeywords: number, minKeywords: number): Issue {
  const members = [...cluster.members].sort((a, b) => b.score - a.score)
  const keywords: string[] = []
  const add = (phrase: Phrase): void => {
    const keyword = displayForm(phrase).toLowerCase()
    if (!keywords.includes(keyword) && keywords.length < maxKeywords) keywords.push(keyword)
  }
  for (const member of members) add(member.phrase)
  const paragraphs = new Set<number>()
  const sentences = new Set<number>()
  for (const member of members) {
    for (const occurrence of member.phrase.occurrences) {
      paragraphs.add(occurrence.paragraph)
      sentences.add(occurrence.sentence)
    }
  }
  if (keywords.length < minKeywords) {
    const padding: Array<[Phrase, number]> = []
    for (const phrase of phrases.values()) {
      if (used.has(phrase.key) || phrase.length > 3) continue
      let inside = 0
      for (const s of phrase.sentences) if (sentences.has(s)) inside++
      if (inside > 0) padding.push([phrase, inside * LENGTH_WEIGHT[phrase.length]! + phrase.occurrences.length * 0.1])
    }
    padding.sort((a, b) => b[1] - a[1])
    for (const [phrase] of padding) {
      if (keywords.length >= minKeywords) break
      if (phrase.keys.some((key) => keywords.some((k) => k.includes(key)))) continue
      used.add(phrase.key)
      add(phrase)
    }
  }
  return { title: issueTitle(members), keywords, paragraphs: [...paragraphs].sort((a, b) => a - b) }
}
