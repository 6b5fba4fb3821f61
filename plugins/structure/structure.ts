import type { Root } from 'mdast'
import type { VFile } from 'vfile'
import { isTitleCase } from '../text/case.ts'
import type { ParagraphRole, SourceParagraph } from '../types.ts'
import { readDateline } from './dateline.ts'
import { headsKeyPoints, headsLinks, pageLineRole, SIGN_OFF } from './furniture.ts'

declare module 'vfile' {
  interface DataMap {
    /**
     * The first body paragraph's text with only the place and agency of its dateline blanked, its
     * date kept, for the events (`FLINT, Mich., Oct. 4 (UPI) —`: Oct. 4 is when it happened).
     */
    dateline: { paragraph: number; text: string } | null
  }
}

/** Closing punctuation that ends a sentence of running text (quote marks and brackets may follow). */
const SENTENCE_END = /[.!?…:;]["'”’“)\]]*$|["”’]$/

/** A section label such as `ABSTRACT.` or `FULL TEXT.`: a few capitalised words alone on a line. */
const LABEL = /^(?:[A-Z][A-Z'’-]*\s?){1,3}[.:]?$/

/**
 * Tell the title, section labels and captions from the body.
 *
 * - title: the first line when a blank line follows it, or when it is short and
 *   headline-like (no sentence end, or title case); a second short line before
 *   the first blank line is a subtitle (also `title`);
 * - label: a few capitalised words alone (`ABSTRACT.`);
 * - caption: photo captions and credit lines mixed into the body — short lines
 *   without closing punctuation, bracketed embeds, credits.
 *
 * Sets each paragraph's `role` (captions are set apart by it) and `file.data.title`.
 *
 * @returns the transformer.
 */
export function briefingStructure() {
  return function transform(_tree: Root, file: VFile): undefined {
    const paragraphs = file.data.paragraphs ?? []
    const source = String(file.value)
    const titles = findTitles(paragraphs, source)
    // lines before the story's first full sentence are its standfirst and summary, not captions
    // what each line's own words say it is (a credit, page furniture), read once
    const lineRoles = paragraphs.map((p) => pageLineRole(p.text))
    const words = wordSets(paragraphs)
    const story = paragraphs.find(
      (p) => !titles.has(p.index) && SENTENCE_END.test(p.text) && wordCount(p.text) >= 12 && !lineRoles[p.index]
    )
    const storyStart = story?.index ?? paragraphs.length
    // the short lines after `Related articles` are links; after `Key points:`, the story's summary
    let list: 'links' | 'points' | null = null
    for (const paragraph of paragraphs) {
      if (titles.has(paragraph.index)) {
        paragraph.role = 'title'
        continue
      }
      const short = !SENTENCE_END.test(paragraph.text) && wordCount(paragraph.text) <= 20
      if (list && short) paragraph.role = list === 'links' ? 'furniture' : 'body'
      else
        paragraph.role = classify(
          paragraph,
          paragraphs,
          paragraph.index < storyStart,
          lineRoles[paragraph.index] ?? null,
          words
        )
      if (headsLinks(paragraph.text)) list = 'links'
      else if (headsKeyPoints(paragraph.text)) list = 'points'
      else if (!short) list = null
    }
    file.data.dateline = blankDateline(paragraphs)
    const title = paragraphs.filter((p) => p.role === 'title').map((p) => p.text.replace(/[;:,]\s*$/, ''))
    file.data.title = title.length ? title.join(': ').replace(/\.$/, '') : null
  }
}

/**
 * Blank out a wire dateline (`NEW DELHI, Aug 14 (PTI) –`) at the start of the first body
 * paragraph, so no later stage reads the place as a speaker or the dateline as part of a quote.
 * The cleaned text keeps its length, so its offset map still holds.
 *
 * @returns the paragraph's text with its date kept, for the events, or `null` without a dated dateline.
 */
function blankDateline(paragraphs: SourceParagraph[]): { paragraph: number; text: string } | null {
  const first = paragraphs.find((p) => p.role === 'body')
  const dateline = first ? readDateline(first.text) : null
  if (!first || !dateline) return null
  const blank = (text: string, [start, end]: [number, number]): string =>
    text.slice(0, start) + ' '.repeat(end - start) + text.slice(end)
  const dated = dateline.place.reduce(blank, first.text)
  first.text = dateline.date ? blank(dated, dateline.date) : dated
  return dateline.date ? { paragraph: first.index, text: dated } : null
}

/** Indexes of the title lines (headline and subtitle), if any. */
function findTitles(paragraphs: SourceParagraph[], source: string): Set<number> {
  const titles = new Set<number>()
  const first = paragraphs[0]
  if (!first || paragraphs.length < 3) return titles
  const blankAfter = (p: SourceParagraph): boolean =>
    /^[ \t\u00a0]*\r?\n[ \t\u00a0]*\r?\n/.test(source.slice(p.end, p.end + 8)) || /^\s*$/.test(source.slice(p.end))
  const words = first.text.split(/\s+/).length
  const second = paragraphs[1]
  // a headline and a subtitle before the first blank line: the headline does not end as a sentence does
  const withSubtitle = Boolean(
    second &&
    !blankAfter(first) &&
    blankAfter(second) &&
    second.text.split(/\s+/).length <= 25 &&
    (!/[.!?]["'”’]?$/.test(first.text) || isTitleCase(first.text))
  )
  const headline =
    words <= 25 && (blankAfter(first) || withSubtitle || !SENTENCE_END.test(first.text) || isTitleCase(first.text))
  if (!headline) return titles
  titles.add(0)
  if (withSubtitle) titles.add(1)
  return titles
}

/** Present-tense speech verbs of a standfirst (`Minister says …`): a summary of the story, not a photo. */
const STANDFIRST_SPEECH =
  /\b(?:says|claims|warns|insists|urges|vows|pledges|admits|argues|accuses|denies|calls|announces|reveals|tells|confirms)\b/

/**
 * The role of a non-title paragraph.
 *
 * @param paragraph the paragraph.
 * @param paragraphs all paragraphs (a caption may repeat one of them).
 * @param header whether it stands before the story's first full sentence.
 * @param page what the line's own words say it is (`pageLineRole`).
 * @param wordSet each paragraph's distinct words (for a caption that repeats the story).
 */
function classify(
  paragraph: SourceParagraph,
  paragraphs: SourceParagraph[],
  header: boolean,
  page: 'caption' | 'furniture' | null,
  wordSet: ParagraphWords
): ParagraphRole {
  const text = paragraph.text
  if (page) return page
  if (LABEL.test(text) && text.length <= 30 && /[A-Z]{3}/.test(text)) return 'label'
  // a crosshead in quote marks (`'Like a field hospital'`): a heading, not speech
  if (/^[“"‘'][^“”"‘]{3,60}[”"’']$/.test(text) && text.split(/\s+/).length <= 8) return 'label'
  if (SENTENCE_END.test(text)) return repeatsTheStory(paragraph, paragraphs, wordSet) ? 'caption' : 'body'
  // the story's sentence with its wire's sign-off (`… by the end of the year. — Bernama`)
  if (SIGN_OFF.test(text) && /\b(?:said|told|says|added)\b/.test(text)) return 'body'
  // A line with no closing punctuation: a caption when it reads as one line of
  // description (a few words to a long sentence), not a heading followed by text.
  const words = wordCount(text)
  if (words < 4 || words > 45) return 'body'
  if (/[“"‘]/.test(text[0] ?? '') && !/[”"’]/.test(text.slice(1))) return 'body' // an open quote running on
  const next = paragraphs[paragraph.index + 1]
  // a lead-in that the next line completes (`The governor added` + quote) is body text
  if (next && /^[a-z]/.test(next.text)) return 'body'
  // the standfirst and summary lines above the story, and a standfirst's `X says …`
  if (header || STANDFIRST_SPEECH.test(text)) return 'body'
  // a crosshead between paragraphs (`Danes expect lower prices too`): a few words, no figures
  if (words <= 6 && !/\d/.test(text) && paragraph.index > 0) return 'label'
  return 'caption'
}

/** The number of whitespace-separated words of a text (counted, no array made). */
function wordCount(text: string): number {
  let count = 0
  let inWord = false
  for (let i = 0; i < text.length; i++) {
    const space = text.charCodeAt(i) <= 32
    if (!space && !inWord) count++
    inWord = !space
  }
  return count
}

/** Lowercase words of a text, for comparing lines. */
function wordsOf(text: string): string[] {
  return text.toLowerCase().match(WORD) ?? []
}

/** A run of letters and digits. */
const WORD = /[\p{L}\p{N}]+/gu

/** Each paragraph's text in lower case and its distinct lowercase words, by paragraph index. */
interface ParagraphWords {
  lower(index: number): string
  set(index: number): Set<string>
}

/**
 * The lowercase text and the distinct lowercase words of each paragraph, each made once per
 * paragraph and structure pass, when first asked for.
 *
 * @param paragraphs the article's paragraphs.
 * @returns lookups by paragraph index.
 */
function wordSets(paragraphs: SourceParagraph[]): ParagraphWords {
  const lowers: (string | undefined)[] = []
  const sets: (Set<string> | undefined)[] = []
  const lower = (index: number): string => (lowers[index] ??= paragraphs[index]!.text.toLowerCase())
  // (the words of `wordsOf`, read from the lowercase text)
  return { lower, set: (index) => (sets[index] ??= new Set(lower(index).match(WORD) ?? [])) }
}

/**
 * Whether a short line, though it ends as a sentence does, is a caption: it repeats a
 * sentence of the story (almost all its words stand in one longer paragraph nearby)
 * and holds no quote of its own.
 */
function repeatsTheStory(paragraph: SourceParagraph, paragraphs: SourceParagraph[], wordSet: ParagraphWords): boolean {
  // a line of over 35 words is no caption: skip the word lists
  if (paragraph.text.length > 420 || paragraph.index === 0 || /[“”"‘]/.test(paragraph.text)) return false
  const words = wordsOf(paragraph.text)
  if (words.length < 6 || words.length > 35) return false
  const own = new Set(words)
  // more than a tenth of its words missing from a paragraph: not a repeat of it
  const allowed = Math.floor(own.size * 0.1 + 1e-9)
  // a caption stands near the text it repeats: look a few paragraphs either side (bounded work)
  const from = Math.max(0, paragraph.index - 20)
  const to = Math.min(paragraphs.length, paragraph.index + 21)
  for (let k = from; k < to; k++) {
    const other = paragraphs[k]!
    if (other === paragraph || other.role === 'title' || other.text.length <= paragraph.text.length) continue
    // a word not even inside the other's text is missing from its words: most paragraphs are ruled
    // out so, before their words are listed
    const text = wordSet.lower(other.index)
    let absent = 0
    for (const word of own) if (!text.includes(word) && ++absent > allowed) break
    if (absent > allowed) continue
    const theirs = wordSet.set(other.index)
    let missing = 0
    for (const word of own) if (!theirs.has(word) && ++missing > allowed) break
    if (missing <= allowed) return true
  }
  return false
}
