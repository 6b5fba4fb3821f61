/**
 * The briefing JSON contract and the state the pipeline's plugins share.
 *
 * Data flows one way: raw text -> mdast (`parse`) -> cleaned text (`clean`)
 * -> structure (title, captions) -> annotations (quotes, speakers, figures,
 * issues, events) -> the `Briefing` document (`assemble`).
 */
import type { Literal, Parent } from 'unist'
import type { Token } from './text/tokens.ts'

/** One person or body named in the article. */
export interface Speaker {
  /** Stable id within one document, such as `s1`. */
  id: string
  /** Canonical name: the fullest form the text gives. */
  name: string
  /** Role or title the text gives (`Prime Minister`, `foreign minister`). */
  role: string | null
  /** Affiliation: country, party or organisation (`Russian`, `Harbour Workers' Federation`). */
  affiliation: string | null
  /** Every other way the text names this speaker. */
  aliases: string[]
  /** Whether any quote is attributed to this speaker. */
  quoted: boolean
  /**
   * `person`, `organisation` (a body: `Downing Street`, `the Harbour Board`, `Ana Lund’s campaign`)
   * or `unnamed` (people the text describes without naming them: `government sources`, `a senior
   * official`, `critics`). Extra field, not part of the scored contract.
   */
  type?: 'person' | 'organisation' | 'unnamed'
}

/** How a quote renders the speaker's words. */
export type QuoteKind = 'direct' | 'partial' | 'indirect'

/** One piece of speech, located by offsets in the source text, ranked by how telling it is. */
export interface Quote {
  /** The speaker's `id`, or `null` when unattributed. */
  speaker: string | null
  /** The source slice `[start, end)` (without the outer quote marks), mojibake included. */
  text: string
  /** The same words cleaned for readers (mojibake repaired, no-break spaces plain): what a page shows. */
  display: string
  kind: QuoteKind
  start: number
  end: number
  /** Index of the source paragraph (0-based, over every non-blank line). */
  paragraph: number
  /**
   * How telling the quote is, in [0, 1]: direct over reported, on the article's main issues,
   * a whole statement over a fragment (`summary`).
   */
  weight: number
  /** Its place among its speaker's quotes by weight (1: the speaker's most telling); the unattributed are ranked together. */
  rank: number
}

/** A quote as the speakers stage finds it, before the summary weighs and ranks it. */
export type SpokenQuote = Omit<Quote, 'weight' | 'rank'> & Partial<Pick<Quote, 'weight' | 'rank'>>

/** Whole sentences or clauses of the source, located by offsets. */
export interface Passage {
  /** The source slice `[start, end)`, mojibake included. */
  text: string
  /** The same words cleaned for readers: what a page shows. */
  display: string
  start: number
  end: number
  /** Index of the source paragraph. */
  paragraph: number
}

/** What a briefing says first, chosen by the extraction. */
export interface Summary {
  /**
   * The headline: the title line, or for a text without one the story's first sentence (which a
   * page shows as its title); the lede and key points never repeat it. `null` for an empty text.
   */
  headline: Passage | null
  /** What happened: the one or two sentences that carry the news, in text order. */
  lede: Passage[]
  /** Key points: whole sentences or clauses, one per main issue where it can, in text order. */
  keyPoints: Passage[]
  /** The main speakers' ids, most telling first; each one's most telling quote is their quote of rank 1. */
  speakers: string[]
  /** Up to three key figures, most telling first, by their `start` offsets. */
  figures: number[]
  /** What happens next: up to three events, in timeline order, by their `start` offsets. */
  next: number[]
}

/** A number or quantity in the text. */
export interface Figure {
  /** The source slice `[start, end)`, mojibake included. */
  text: string
  /** The same text cleaned for readers (mojibake repaired, no-break spaces plain): what a page shows. */
  display: string
  /** The numeric value, `null` for approximate amounts (`thousands of`). */
  value: number | null
  /** Normalised unit: `percent`, `GBP`, `USD`, `EUR`, `years`, `people`… */
  unit: string | null
  /** The sentence (or clause) that gives the figure its meaning. */
  context: string
  /**
   * Whether a reader of the briefing should see it among the key figures: never an age, and at
   * most one figure of each `group`.
   */
  key: boolean
  /**
   * Its card: figures that share a context or repeat a quantity (`£40 million` said again) have
   * the same group (numbered from 0 in text order), so a page shows one card per group.
   */
  group: number
  /** How much it tells a reader, in [0, 1]: its kind (money, shares, tallies, counts…), less the later it comes. */
  weight: number
  start: number
  end: number
}

/** A photo caption or credit line set apart from the body. */
export interface Caption {
  text: string
  start: number
  end: number
}

/** A topic of the article. */
export interface Issue {
  title: string
  keywords: string[]
  /** Paragraph indexes where the issue is discussed. */
  paragraphs: number[]
}

/**
 * Something that happened or will happen at a stated time: one occasion of the timeline (the
 * same time written the same way, however often the article comes back to it).
 */
export interface BriefingEvent {
  /** The time expression as written (`on Monday`, `by 2027`). */
  when: string
  /** What happens then. */
  what: string
  /** ISO date (`2025-02-27`), month (`2025-02`) or year, when it can be resolved. */
  date: string | null
  /**
   * Whether it is what happens next: after the article's date, or on it (or undated) and told in
   * the present or future; `false` for what has happened.
   */
  next: boolean
  /** The paragraph where `what` is told (0-based, over non-blank lines). */
  paragraph: number
  /** Source offsets of the time expression there. */
  start: number
  end: number
  /** What else the article tells of the same occasion, in text order (each said once). */
  also: string[]
}

/** The document `npm run extract` prints for each article. */
export interface Briefing {
  title: string | null
  /**
   * The article's date (ISO), which relative times (`on Tuesday`) are resolved against; `null`
   * when the article has none: relative times then stay unresolved and the events keep text order.
   */
  date: string | null
  /** Everyone who speaks: people and bodies with at least one quote. */
  speakers: Speaker[]
  /** People the article names who are not quoted (an addition to the scored contract). */
  mentioned: Speaker[]
  quotes: Quote[]
  figures: Figure[]
  captions: Caption[]
  issues: Issue[]
  events: BriefingEvent[]
  /** What the briefing says first: headline, lede, key points, main speakers, key figures, what comes next. */
  summary: Summary
}

/**
 * What a source paragraph is: the headline and subtitle (`title`), the story (`body`), a photo
 * caption or credit line (`caption`), a section label or crosshead (`label`), or page furniture
 * copied with the text (`furniture`: bylines, time stamps, related links, share and sign-up prompts).
 */
export type ParagraphRole = 'title' | 'body' | 'caption' | 'label' | 'furniture'

/**
 * One source paragraph (a non-blank line) as the extraction sees it.
 * `text` is the cleaned text; `map[i]` is the source offset of `text[i]`
 * (`map[text.length]` is the paragraph's end offset). Use `sourceSpan` to map a span.
 */
export interface SourceParagraph {
  index: number
  role: ParagraphRole
  text: string
  map: number[]
  /** `ends[i]` is the source offset just after the source of `text[i]`. */
  ends: number[]
  start: number
  end: number
}

/** A word or punctuation mark of a paragraph's cleaned text, under its sentence (`briefingSegment`). */
export interface WordNode extends Literal {
  type: 'word'
  /** The token as written in the cleaned text. */
  value: string
  data: {
    /** The token every stage reads (offsets in the paragraph's cleaned text, lowercase form, case). */
    token: Token
  }
}

/** A sentence of a paragraph, holding its words. */
export interface SentenceNode extends Parent {
  type: 'sentence'
  children: WordNode[]
  data: {
    /** Offsets of its first and past its last word in the paragraph's cleaned text. */
    from: number
    to: number
  }
}

declare module 'mdast' {
  interface PhrasingContentMap {
    sentence: SentenceNode
  }
  interface ParagraphData {
    /** The paragraph's index in `file.data.paragraphs`. */
    index?: number
    /** Where each sentence starts in the paragraph's cleaned text (`briefingSegment`). */
    starts?: number[]
    /** The paragraph's quotes with their speakers (`speakers`; weighed by `summary`), figures (`figures`) and events (`events`). */
    quotes?: SpokenQuote[]
    figures?: Figure[]
    events?: BriefingEvent[]
  }
}

declare module 'vfile' {
  interface DataMap {
    /** The source paragraphs, filled by `parse` and `clean`, roles by `structure`. */
    paragraphs: SourceParagraph[]
    /** Article metadata such as its publication date, when known (ISO `YYYY-MM-DD`). */
    articleDate: string | null
    /** The headline (and subtitle), from `structure`. */
    title: string | null
    /** Everyone quoted and the people named but not quoted, from `speakers` (the quotes are on their paragraphs). */
    speakers: Speaker[]
    mentioned: Speaker[]
    /** The issues, from `issues`. */
    issues: Issue[]
    /** The timeline, from `events`: one event per occasion, in timeline order. */
    events: BriefingEvent[]
    /** What the briefing says first, from `summary`. */
    summary: Summary
    /** The briefing document, built by `assemble` from the above. */
    briefing: Briefing
  }
}
