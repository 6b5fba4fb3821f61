/**
 * Find an article's issues: tokenise the body, drop people's names, chunk
 * noun phrases, rank them, group them into topics and name each topic.
 */
import type { Issue, Speaker, SourceParagraph } from '../types.ts'
import { clusterPhrases, type Cluster } from './group.ts'
import { findPersonWords } from './people.ts'
import { collectPhrases, isContent, type Phrase } from './phrases.ts'
import { isKeywordShaped, localTopics, specificity } from './local.ts'
import { rankPhrases } from './rank.ts'
import { readsAsVerb } from './keywords.ts'
import { clusterParagraphs, hasEvidence, mergeOverlapping, mergeSharingTerms, withoutSetting } from './select.ts'
import { coverParagraphs } from './cover.ts'
import { displayForm, issueTitle, pairsWith } from './title.ts'
import { isCommonWord } from '../lexicon/common-words.ts'
import { fromTextTokens, type Token } from './tokens.ts'
import { paragraphTokens } from '../text/tokens.ts'
import { sentenceStarts } from '../text/sentences.ts'

/** Options for {@link findIssues}. Issues are padded with keywords from their own sentences up to `maxKeywords`. */
export interface FindIssuesOptions {
  /** Speakers already found; their names never become issues (default none). */
  speakers?: readonly Speaker[]
  /** Most issues returned (default 5). */
  maxIssues?: number
  /** Most keywords per issue (default 10). */
  maxKeywords?: number
  /** Where each paragraph's sentences start, by paragraph index (default: split here; the pipeline passes the tree's). */
  starts?: readonly (readonly number[] | undefined)[]
  /** Issue slots kept for minor, one-paragraph topics (default 1). */
  minorSlots?: number
  /**
   * The paragraphs holding a quote or a figure (default: not known). When given, an issue must
   * hold one of them, and each of them is put in an issue.
   */
  evidence?: ReadonlySet<number>
}

/** Least padding score (specificity times weighted occurrences) for a keyword taken from an issue's sentences. */
const PADDING_THRESHOLD = 1.1
const BRACKETED = /^\s*[[(<].*[\])>]\s*\.?\s*$/s

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
  const { speakers = [], maxIssues = 5, maxKeywords = 10, minorSlots = 1, evidence } = options
  const perParagraph: Token[][] = []
  const headlines = new Set<number>()
  let sentence = 0
  for (const paragraph of paragraphs) {
    if (paragraph.role !== 'body' && paragraph.role !== 'title') continue
    if (BRACKETED.test(paragraph.text)) continue
    // the tree's tokens, read for the chunker (tokenized once for every stage)
    const result = fromTextTokens(
      paragraph.text,
      paragraphTokens(paragraph),
      paragraph.index,
      sentence,
      options.starts?.[paragraph.index] ?? sentenceStarts(paragraph.text)
    )
    sentence = result.nextSentence
    // a title or paragraph with no words (`***`, a divider) has no topic to give
    if (result.tokens.length === 0 || (result.tokens.length < 4 && paragraph.role !== 'title')) continue
    if (paragraph.role === 'title' || isHeadline(result.tokens)) {
      headlines.add(paragraph.index)
      for (const token of result.tokens) token.initial = true
    }
    perParagraph.push(result.tokens)
  }
  if (perParagraph.length === 0) return []
  const personWords = findPersonWords(perParagraph, speakers)
  const tokens = perParagraph.flat()
  const content = tokens.map((_, i) => isContent(tokens, i, personWords))
  const phrases = collectPhrases(tokens, content)
  const ranked = rankPhrases(phrases, {
    paragraphCount: perParagraph.length,
    firstParagraph: perParagraph[0]![0]!.paragraph
  })
  const speakingBodies = new Set(
    speakers
      .filter((speaker) => speaker.type === 'organisation' && speaker.quoted)
      .flatMap((speaker) => [speaker.name, ...speaker.aliases].map((name) => name.toLowerCase()))
  )
  // the setting is no topic; an issue holds something said or counted; one mostly inside another is part of it
  const framed = withoutSetting(clusterPhrases(ranked), perParagraph.length, speakingBodies)
  let clusters = framed.clusters
  if (evidence) clusters = clusters.filter((cluster) => hasEvidence(cluster, evidence))
  const top = clusters[0]?.score ?? 0
  const candidates = mergeOverlapping(clusters.filter((cluster) => cluster.score >= top * 0.1))
  const chosen = candidates.slice(0, Math.max(1, maxIssues - minorSlots))
  const used = new Set(chosen.flatMap((cluster) => cluster.members.map((m) => m.phrase.key)))
  const usedWords = new Set(chosen.flatMap((cluster) => cluster.members.flatMap((m) => m.phrase.keys)))
  // paragraphs of substance that no main issue covers with a specific phrase may hold a minor topic
  const covered = new Set<number>()
  for (const cluster of chosen) {
    for (const member of cluster.members) {
      if (member.phrase.length === 1 && specificity(member.phrase) < 1) continue
      for (const paragraph of member.phrase.paragraphs) covered.add(paragraph)
    }
  }
  const open = new Set<number>()
  for (const paragraphTokens of perParagraph) {
    const index = paragraphTokens[0]!.paragraph
    if (evidence && !evidence.has(index)) continue
    if (!covered.has(index) && !headlines.has(index) && paragraphTokens.length >= 12) open.add(index)
  }
  // minor topics claim their phrases before the main issues are padded
  const minor: Issue[] = []
  const held = chosen.map(clusterParagraphs)
  for (const topic of localTopics(phrases, open, used)) {
    if (chosen.length + minor.length >= maxIssues) break
    if (topic.phrases.some((p) => used.has(p.key))) continue
    // a paragraph's topic told inside a main issue's paragraphs is part of that issue
    const own = new Set(topic.phrases.flatMap((phrase) => [...phrase.paragraphs]))
    if (held.some((paragraphs) => [...own].every((paragraph) => paragraphs.has(paragraph)))) continue
    for (const phrase of topic.phrases) used.add(phrase.key)
    const forms = topic.phrases.map((phrase) => displayForm(phrase))
    const partner = topic.phrases.slice(1, 3).find((phrase) => pairsWith(topic.phrases[0]!, phrase, 1))
    const partnerForm = partner ? displayForm(partner) : ''
    const title =
      partner && forms[0]!.split(' ').length + partnerForm.split(' ').length <= 5
        ? `${forms[0]} and ${partnerForm}`
        : forms[0]!
    minor.push({
      title: title.charAt(0).toUpperCase() + title.slice(1),
      keywords: [...new Set(forms.map((form) => form.toLowerCase()))],
      paragraphs: [...new Set(topic.phrases.flatMap((phrase) => [...phrase.paragraphs]))].sort((a, b) => a - b)
    })
  }
  // the short phrases of each sentence, in the order of `phrases`, for padding issues with their own terms
  const bySentence = new Map<number, Phrase[]>()
  for (const phrase of phrases.values()) {
    if (phrase.length > 3) continue
    for (const s of phrase.sentences) {
      const list = bySentence.get(s)
      if (list) list.push(phrase)
      else bySentence.set(s, [phrase])
    }
  }
  // the main issues in the slots the minor topics left; one that only a common word names gives
  // its slot to the next
  const order = new Map([...phrases.values()].map((phrase, n) => [phrase, n]))
  const issues: Issue[] = []
  for (const cluster of candidates) {
    if (issues.length + minor.length >= maxIssues) break
    const issue = toIssue(cluster, { bySentence, order, tokens, setting: framed.setting }, used, usedWords, maxKeywords)
    if (issue) issues.push(issue)
  }
  issues.push(...minor)
  const merged = mergeSharingTerms(issues, maxKeywords)
  if (evidence)
    coverParagraphs(
      merged,
      [...evidence].filter((index) => !headlines.has(index)),
      perParagraph
    )
  return merged
}

/**
 * Turn a cluster into an issue: title, keywords (padded from its sentences) and paragraphs.
 *
 * @param cluster the cluster.
 * @param phrases the short candidate phrases of each sentence and the order they were found in, for padding, and
 *   the article's tokens (a phrase that reads as a verb is no keyword) and the stems of its setting.
 * @param used keys of phrases already in some issue (extended with the padding).
 * @param usedWords stems of the words of every main issue's phrases (padding avoids them).
 * @param maxKeywords most keywords.
 * @returns the issue, or null when only a common word could title it.
 */
function toIssue(
  cluster: Cluster,
  phrases: {
    bySentence: ReadonlyMap<number, Phrase[]>
    order: ReadonlyMap<Phrase, number>
    tokens: readonly Token[]
    setting: ReadonlySet<string>
  },
  used: Set<string>,
  usedWords: ReadonlySet<string>,
  maxKeywords: number
): Issue | null {
  const members = [...cluster.members].sort((a, b) => b.score - a.score)
  const keywords: string[] = []
  const phraseOf = new Map<string, Phrase>()
  const add = (phrase: Phrase): void => {
    if (readsAsVerb(phrase, phrases.tokens)) return
    const keyword = displayForm(phrase).toLowerCase()
    if (!keywords.includes(keyword) && keywords.length < maxKeywords) {
      keywords.push(keyword)
      phraseOf.set(keyword, phrase)
    }
  }
  // the best members first, then the issue's other terms compete with the rest for the slots left
  const leading = Math.ceil(maxKeywords * 0.6)
  const shaped = members.filter((member) => isKeywordShaped(member.phrase))
  for (const member of shaped.slice(0, leading)) add(member.phrase)
  const paragraphs = new Set<number>()
  const sentences = new Set<number>()
  for (const member of members) {
    for (const occurrence of member.phrase.occurrences) {
      paragraphs.add(occurrence.paragraph)
      sentences.add(occurrence.sentence)
    }
  }
  if (keywords.length < maxKeywords) {
    // the issue's own sentences hold its other terms, even those said once (`a crime bill`)
    const ownWords = new Set(members.flatMap((m) => m.phrase.keys))
    const padding: Array<[Phrase, number]> = []
    // only phrases said in the issue's sentences can pad it, in the order they were found
    const near = new Set<Phrase>()
    for (const s of sentences) for (const phrase of phrases.bySentence.get(s) ?? []) near.add(phrase)
    for (const phrase of [...near].sort((a, b) => phrases.order.get(a)! - phrases.order.get(b)!)) {
      if (used.has(phrase.key) || phrase.length > 3) continue
      // full names (people, places, outlets) and the setting are no keywords of their own; a one-word
      // name (`Nato`, `Medicare`) may be what the issue is about
      if ((phrase.length > 1 && isProperName(phrase)) || phrase.keys.some((key) => phrases.setting.has(key))) continue
      if (phrase.keys.some((key) => usedWords.has(key) && !ownWords.has(key))) continue
      let inside = 0
      for (const s of phrase.sentences) if (sentences.has(s)) inside++
      if (inside === 0 || !isKeywordShaped(phrase)) continue
      // a phrase built on the issue's own word (`tax return` for a tax issue) belongs to it
      const extension = phrase.keys.some((key) => ownWords.has(key)) ? 1.5 : 1
      const score = specificity(phrase) * extension * (inside + 0.5 * (phrase.occurrences.length - inside))
      if (score > PADDING_THRESHOLD) padding.push([phrase, score])
    }
    padding.sort((a, b) => b[1] - a[1])
    const taken: string[][] = keywords.map((k) => k.split(' '))
    for (const [phrase] of padding) {
      if (keywords.length >= maxKeywords) break
      // skip a phrase that only repeats a keyword's words (`tax` beside `tax return`)
      if (taken.some((words) => phrase.words.every((word) => words.includes(word)))) continue
      // and a part of a longer one already taken (`credit` when `credit card fees` is in)
      if (taken.some((words) => phrase.words.length < words.length && words.join(' ').includes(phrase.words.join(' '))))
        continue
      used.add(phrase.key)
      add(phrase)
      taken.push(phrase.words)
    }
  }
  for (const member of shaped.slice(leading)) add(member.phrase)
  // a keyword said once that is another keyword and a verb (`sea wall protects`, `backs sea wall`,
  // `ferry levy rises`): the headline's sentence, not a term of its own
  const verb = (word: string): boolean => /[^sui]s$/.test(word)
  const kept = keywords.filter((keyword) => {
    if ((phraseOf.get(keyword)?.occurrences.length ?? 0) > 1) return true
    const words = keyword.split(' ')
    if (words.length < 2) return true
    const rest = keywords.includes(words.slice(1).join(' ')) && verb(words[0]!)
    return !rest && !(keywords.includes(words.slice(0, -1).join(' ')) && verb(words[words.length - 1]!))
  })
  let title = mergedTitle(cluster)
  const word = title.toLowerCase()
  const named = members.find((member) => member.phrase.length === 1 && member.phrase.words[0] === word)
  if (named && isCommonWord(word)) {
    // a common word alone (`cut`, `born`) names no topic: a keyword built on it (`school meals cut`)
    // does, else, when the word is never used as a noun (`raise money`), any phrase of its keywords
    const nominal = named.phrase.occurrences.some((o) => o.nominal)
    const phrase =
      kept.find((keyword) => keyword.includes(' ') && keyword.split(' ').includes(word)) ??
      (nominal ? undefined : kept.find((keyword) => keyword.includes(' ')))
    if (phrase) title = phrase.charAt(0).toUpperCase() + phrase.slice(1)
    else if (!nominal) return null
  }
  return { title, keywords: kept, paragraphs: [...paragraphs].sort((a, b) => a - b) }
}

/**
 * Whether a phrase is mostly written as a name (capitalised away from a sentence start), not an
 * acronym (`NHS`, `IMF`).
 *
 * @param phrase the phrase.
 * @returns `true` for a name.
 */
function isProperName(phrase: Phrase): boolean {
  const proper = phrase.occurrences.filter((o) => o.proper).length
  return proper * 2 > phrase.occurrences.length && !phrase.occurrences.some((o) => /^\p{Lu}{2,6}s?$/u.test(o.surface))
}

/** Most words a title naming two merged topics may have. */
const TITLE_WORDS = 6

/**
 * Title an issue: its best phrase (and a partner said with it), or for topics merged into one,
 * the first two topics' titles joined (`Security guarantees and backstop`) when short enough.
 *
 * @param cluster the issue's cluster.
 * @returns the title, capitalised.
 */
function mergedTitle(cluster: Cluster): string {
  const [first, second] = cluster.parts ?? []
  if (!first || !second || second.score < first.score * 0.2) return issueTitle(cluster.members)
  const head = issueTitle([...first.members].sort((a, b) => b.score - a.score))
  const best = [...second.members].sort((a, b) => b.score - a.score)
  const tail = issueTitle(best)
  const words = `${head} ${tail}`.split(' ').length
  if (head.includes(' and ') || tail.includes(' and ') || words > TITLE_WORDS) return head
  const lower = best[0]!.proper ? tail : tail.charAt(0).toLowerCase() + tail.slice(1)
  return `${head} and ${lower}`
}
