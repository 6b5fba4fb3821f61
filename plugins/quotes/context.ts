/**
 * What the quote finders read of one paragraph: its tokens, which of them sit inside
 * quote marks, where quotes open and close, its sentences, and small helpers.
 */
import { DOCUMENT_NOUNS, SPEECH_VERBS } from '../lexicon/speech-verbs.ts'
import { isSentenceEnd, paragraphTokens, type Token } from '../text/tokens.ts'
import type { SourceParagraph } from '../types.ts'
import type { SpeakerCue } from './types.ts'
import type { QuoteSpan } from './marks.ts'
import { phraseAfter, speakerNoun, subjectNounPhrase, type Phrase } from '../text/phrases.ts'

/** One paragraph, read for quotes. */
export interface ParagraphContext {
  paragraph: SourceParagraph
  /** The paragraph's cleaned text. */
  text: string
  tokens: Token[]
  /** Whether the paragraph is a headline (verbs are capitalised there). */
  headline: boolean
  /** The top-level quote spans, in order. */
  top: QuoteSpan[]
  /** For every token, 1 when it stands inside a top-level quote. */
  inQuote: Uint8Array
  /** Token index of an opening mark -> its span. */
  openAt: Map<number, QuoteSpan>
  /** Token index of a closing mark -> its span. */
  closeAt: Map<number, QuoteSpan>
  /** Start offset -> token index. */
  tokenAt: Map<number, number>
  /** Sentences as token ranges `[first, last]`, not broken inside quotes. */
  sents: [number, number][]
  /** For every token, the index of its sentence in `sents`. */
  sentenceOf: Uint32Array
  /** The top-level spans that open inside `[from, to)`. */
  spansIn: (from: number, to: number) => QuoteSpan[]
  /** The speaker cue for a phrase of this paragraph. */
  cueOf: (phrase: Phrase) => SpeakerCue
  /** The speech verb at token `i`, if any. */
  verbAt: (i: number) => { base: string; form: string } | null
}

/**
 * Read a paragraph for the quote finders.
 *
 * @param paragraph the paragraph (cleaned text).
 * @param spans the paragraph's quote spans (top-level and nested).
 * @returns the paragraph's context.
 */
export function readParagraph(paragraph: SourceParagraph, spans: QuoteSpan[]): ParagraphContext {
  const text = paragraph.text
  const tokens = paragraphTokens(paragraph)
  const headline = paragraph.role === 'title'
  const top = spans.filter((s) => !s.nested).sort((a, b) => a.open - b.open)
  const inQuote = new Uint8Array(tokens.length)
  const openAt = new Map<number, QuoteSpan>()
  const closeAt = new Map<number, QuoteSpan>()
  const tokenAt = new Map<number, number>()
  for (let i = 0; i < tokens.length; i++) tokenAt.set(tokens[i]!.start, i)
  // one pass: spans are ordered and do not overlap, and so are tokens
  let s = 0
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!
    while (s < top.length && top[s]!.close < t.start) s++
    const span = top[s]
    if (!span) break
    if (t.start > span.open && t.start < span.close) inQuote[i] = 1
  }
  for (const span of top) {
    const open = tokenAt.get(span.open)
    if (open !== undefined && (!span.continued || /^[“"‘'«]$/.test(tokens[open]!.text))) openAt.set(open, span)
    const close = tokenAt.get(span.close)
    if (close !== undefined && span.closed) closeAt.set(close, span)
  }
  /** The top-level spans that open inside `[from, to)` (binary search). */
  const spansIn = (from: number, to: number): QuoteSpan[] => {
    let lo = 0
    let hi = top.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (top[mid]!.open < from) lo = mid + 1
      else hi = mid
    }
    const found: QuoteSpan[] = []
    for (let k = lo; k < top.length && top[k]!.open < to; k++) found.push(top[k]!)
    return found
  }
  const cueOf = (phrase: Phrase): SpeakerCue => {
    const [start, end] = rangeOf(tokens, phrase.first, phrase.last)
    return { text: text.slice(start, end), kind: phrase.kind, paragraph: paragraph.index, start, end }
  }

  const sents = sentences(tokens, inQuote, openAt)
  const sentenceOf = new Uint32Array(tokens.length)
  sents.forEach(([a, b], n) => sentenceOf.fill(n, a, b + 1))
  const verbAt = (i: number): { base: string; form: string } | null => speechVerb(tokens, i, headline)
  return {
    paragraph,
    text,
    tokens,
    headline,
    top,
    inQuote,
    openAt,
    closeAt,
    tokenAt,
    sents,
    sentenceOf,
    spansIn,
    cueOf,
    verbAt
  }
}

/** Sentence ranges `[first, last]` (token indexes), not breaking inside quotes. */
function sentences(tokens: Token[], inQuote: Uint8Array, openers: Map<number, unknown>): [number, number][] {
  const out: [number, number][] = []
  let first = 0
  /** Whether the quote that ends at `end` opened after words of the sentence that starts at `start` (not `“…?” Lund asked`). */
  const opensAfterWords = (start: number, end: number): boolean => {
    let open = end
    while (open > start && !openers.has(open)) open--
    if (open <= start) return false
    for (let k = start; k < open; k++) if (tokens[k]!.word && !inQuote[k]) return true
    return false
  }
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!
    // `… struck "fuel depots supporting the units." Moscow denied …`: a quote that ends its sentence
    // inside the marks ends the reported clause too
    if (
      inQuote[i] &&
      isSentenceEnd(t) &&
      i + 2 < tokens.length &&
      /^[”"’]$/.test(tokens[i + 1]!.text) &&
      !inQuote[i + 1] &&
      !openers.has(i + 1) &&
      tokens[i + 2]!.capital &&
      opensAfterWords(first, i)
    ) {
      out.push([first, i + 1])
      first = i + 2
      i = i + 1
      continue
    }
    if (inQuote[i] || !isSentenceEnd(t)) continue
    // closing quote marks and brackets stay with the sentence
    let last = i
    while (
      last + 1 < tokens.length &&
      /^[”"’')\]]$/.test(tokens[last + 1]!.text) &&
      !inQuote[last + 1] &&
      !openers.has(last + 1)
    )
      last++
    const next = tokens[last + 1]
    if (!next || next.capital || /^[“"‘'(\d]/.test(next.text) || /\d/.test(next.text[0]!)) {
      out.push([first, last])
      first = last + 1
      i = last
    }
  }
  if (first < tokens.length) out.push([first, tokens.length - 1])
  return out
}

/**
 * The speech verb at token `i` (or `null`), with its base form: `said`, `told`, `warns`…
 * Nouns spelt like verbs (`the protest`, `a report`) and capitalised words inside a
 * sentence (`United States`) are not verbs, unless the line is a headline.
 *
 * @param tokens the paragraph's tokens.
 * @param i the token to read.
 * @param headline whether the line is a headline, where verbs are capitalised (default `false`).
 * @returns the verb's base and form, or `null`.
 */
export function speechVerb(tokens: Token[], i: number, headline = false): { base: string; form: string } | null {
  const t = tokens[i]
  if (!t || !t.word) return null
  // a capitalised verb mid-sentence is a name (`United States`), unless the line is a headline
  if (t.capital && i > 0 && tokens[i - 1]!.word && !headline) return null
  const verb = SPEECH_VERBS.get(t.lower)
  if (!verb) return null
  if (/^[A-Z]{2,}$/.test(t.text)) return null
  const before = tokens[i - 1]
  // a noun, not a verb: `the Leeds protest`, `a report`, `his call`
  if (before && /^(?:the|a|an|this|that|his|her|its|their|our|my|your|whose|every|each|no)$/.test(before.lower))
    return null
  // an adjective: `400 pledged delegates`, `the party's stated aim`
  if (
    verb.form === 'past' &&
    before &&
    (/^\d[\d,.]*$/.test(before.text) || /['’]s$/.test(before.lower)) &&
    /^[a-z-]+s$/.test(tokens[i + 1]?.text ?? '') &&
    !/^(?:say|tell|add|write)$/.test(verb.base)
  )
    return null
  if (
    verb.form === 'base' &&
    before &&
    !/^(?:to|will|would|could|can|may|might|shall|should|must|did|do|does|not|never|they|we|i|you|who|also|often|always|sometimes|repeatedly)$/.test(
      before.lower
    ) &&
    !(before.word && /s$/.test(before.lower) && !/ss$/.test(before.lower)) &&
    !pluralSubjectBefore(tokens, i)
  )
    return null
  if (
    verb.form === 'base' &&
    before?.capital &&
    before.word &&
    i > 1 &&
    !/[^s]s$/.test(before.text) &&
    !/^(?:they|we|i|you)$/.test(before.lower) &&
    !pluralSubjectBefore(tokens, i)
  )
    return null
  if (
    verb.form === 'participle' &&
    before &&
    before.word &&
    !/^(?:by|while|after|before|when|in|without)$/.test(before.lower) &&
    !withNamedSubject(tokens, i) &&
    !withQuantity(tokens, i) &&
    !coordinatedParticiple(tokens, i) &&
    !PROGRESSIVE.test(before.lower) &&
    !documentBefore(tokens, i)
  )
    return null
  // `a group called Citizens for Kessel`, `a website called …`: a name given, no speech
  if (verb.base === 'call' && verb.form === 'past' && namingParticiple(tokens, i)) return null
  if (verb.base === 'point' && tokens[i + 1]?.lower !== 'out' && tokens[i + 1]?.lower !== 'to') return null
  // `made clear that …`, `made it clear that …`, `made the case that …`: only these report speech
  if (verb.base === 'make' && !madeClearOrCase(tokens, i)) return null
  if (verb.base === 'call' && tokens[i + 1]?.lower === 'for') return verb
  return verb
}

/**
 * The tokens after a form of `make` that turn it into a verb of speech (`made clear`, `made it
 * clear`, `made the case`, `made his case`): their count, or 0.
 *
 * @param tokens the paragraph's tokens.
 * @param i the form of `make`.
 * @returns how many tokens the phrase takes after the verb.
 */
export function madeClearOrCase(tokens: Token[], i: number): number {
  const next = tokens[i + 1]?.lower
  if (next === 'clear') return 1
  if (next === 'it' && tokens[i + 2]?.lower === 'clear') return 2
  if (/^(?:the|a|his|her|their|its|our)$/.test(next ?? '') && tokens[i + 2]?.lower === 'case') return 2
  return 0
}

/**
 * Whether a base form at `i` is a present tense after a plural subject that does not end in `s`
 * (`critics like Lund say that …`, `those surveyed say they …`, `26 percent, say it …`, `officials now
 * say …`): a clause (`that`, a subject pronoun) follows, and no determiner, possessive, `to`, modal
 * or `let` stands before it.
 */
function pluralSubjectBefore(tokens: Token[], i: number): boolean {
  const before = tokens[i - 1]
  const after = tokens[i + 1]
  if (!before || !after || i < 1) return false
  // (after an aside, `Others, however, say a …`, a determiner opens the clause too)
  const clause = /^(?:that|he|she|they|it|we|i|there|you)(?:['’](?:s|re|ve|ll|d|m))?$/.test(after.lower)
  if (!before.word) return /^[,%)—–]$/.test(before.text) && (clause || /^(?:the|a|an)$/.test(after.lower))
  if (!clause) return false
  // `a false claim that`, `his recent report that`: a noun after a determiner and an adjective
  if (/^(?:the|a|an|this|that|his|her|its|their|our|my|your)$|['’]s$/.test(tokens[i - 2]?.lower ?? '')) return false
  return !/^(?:to|let|and|or|the|a|an|this|that|his|her|its|their|our|my|your|him|them|us|me|will|would|could|can|may|might|shall|should|must)$|['’]s$|n['’]t$/.test(
    before.lower
  )
}

/** Auxiliaries of a progressive tense (`is predicting`, `were saying`). */
const PROGRESSIVE = /^(?:is|are|was|were|am|been|be|(?:he|she|it|they|we|you|i)['’](?:s|re|m|ve))$/

/** Whether the participle at `i` follows a document (`a statement saying`, `a letter on Tuesday urging`). */
function documentBefore(tokens: Token[], i: number): boolean {
  let k = i - 1
  // (`a statement Tuesday saying`)
  if (
    /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|late|earlier)$/.test(
      tokens[k]?.lower ?? ''
    )
  )
    k--
  const noun = tokens[k]
  return Boolean(noun && noun.word && !noun.capital && DOCUMENT_NOUNS.test(noun.lower))
}

/** Whether the participle at `i` follows `with` and a name (`…, with Chief Executive Ana Lund saying …`). */
function withNamedSubject(tokens: Token[], i: number): boolean {
  let k = i - 1
  while (
    k >= 0 &&
    tokens[k]!.word &&
    (tokens[k]!.capital || /^(?:de|da|van|von|der|del|la|le|di|bin|al)$/.test(tokens[k]!.lower))
  )
    k--
  return k < i - 1 && k >= 0 && tokens[k]!.lower === 'with' && tokens[k + 1]!.capital
}

/**
 * Whether the participle at `i` is joined by `and` or `or` to an earlier participle clause of its
 * sentence (`…, praising the crews and urging them to …`, `by thanking the board and congratulating
 * …`): it reports speech as the earlier one would, for the same subject.
 *
 * @param tokens the paragraph's tokens.
 * @param i the participle.
 * @returns whether such a clause stands before it.
 */
function coordinatedParticiple(tokens: Token[], i: number): boolean {
  if (!/^(?:and|or)$/.test(tokens[i - 1]?.lower ?? '')) return false
  for (let k = i - 3; k > 0 && i - k <= 25; k--) {
    const t = tokens[k]!
    if (/^[.;:!?“”"]$/.test(t.text)) return false
    if (
      t.word &&
      SPEECH_VERBS.has(t.lower) &&
      /ing$/.test(t.lower) &&
      /^(?:,|by|while|after|before|without|in)$/.test(tokens[k - 1]!.lower)
    )
      return true
  }
  return false
}

/**
 * Whether `called` at `i` names a thing after an indefinite noun phrase (`a group called …`, `a new
 * website called …`): the participle of naming, not a speaker calling something. A person
 * noun before it (`a spokesman called the plan …`) speaks.
 *
 * @param tokens the paragraph's tokens.
 * @param i the form of `call`.
 * @returns whether it names.
 */
function namingParticiple(tokens: Token[], i: number): boolean {
  const noun = tokens[i - 1]
  if (!noun || !noun.word || noun.capital || speakerNoun(noun.lower) === 'role') return false
  // (`a group of rabbis called for a boycott`, `a newspaper called on her to …`: a demand)
  if (/^(?:for|on|upon)$/.test(tokens[i + 1]?.lower ?? '')) return false
  for (let k = i - 2; k >= 0 && i - k <= 5; k--) {
    const t = tokens[k]!
    if (!t.word || /^(?:is|are|was|were|has|have|had|will|would|can|could|did|does|do)$/.test(t.lower)) return false
    if (t.lower === 'a' || t.lower === 'an') return true
  }
  return false
}

/** Words of a share of people (`30 percent`, `three in 10`, `half`, `a majority`). */
const SHARE =
  /^(?:percent|per|cent|%|in|half|majority|minority|plurality|third|thirds|quarter|quarters|fifth|fifths)$|%$/

/**
 * Whether the participle at `i` follows `with` (or `leaving`) and a share of people that names
 * nobody (`with 30 percent of voters saying …`, `with three in 10 saying …`, `leaving most
 * respondents saying …`): what the share said, no speaker to give it.
 *
 * @param tokens the paragraph's tokens.
 * @param i the participle.
 * @returns whether a quantity stands there.
 */
export function withQuantity(tokens: Token[], i: number): boolean {
  for (let k = i - 2; k >= 0 && i - k <= 8; k--) {
    const t = tokens[k]!
    if (!t.word && t.text !== '%') return false
    if (t.lower !== 'with' && t.lower !== 'leaving') continue
    // (`with all precincts reporting, …`, `with two networks calling the race`: a count of things, no share of people)
    if (!tokens[i + 1]?.word) return false
    const subject = subjectNounPhrase(tokens, i - 1, k + 1)
    if (!subject || subject.phrase.first !== k + 1 || subject.speaks) return false
    return tokens.slice(k + 1, i).some((w) => SHARE.test(w.lower))
  }
  return false
}

/** Offsets `[start, end]` of the token range `[first, last]`. */
export function rangeOf(tokens: Token[], first: number, last: number): [number, number] {
  return [tokens[first]!.start, tokens[last]!.end]
}

/** Whether tokens `[a, b]` contain a word. */
export function hasWord(tokens: Token[], a: number, b: number): boolean {
  for (let i = a; i <= b; i++) if (tokens[i]!.word) return true
  return false
}

/** Number of words in `text`. */
export function wordCount(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu)?.length ?? 0
}

/** The subject of a sentence: the first speaker phrase before its first verb-like word. */
export function sentenceSubject(tokens: Token[], first: number, last: number, inQuote?: Uint8Array): Phrase | null {
  // step over a leading clause that ends with a comma (`Speaking to reporters, …`, `With X worried, …`)
  const lead = tokens[first]
  if (
    lead &&
    /^(?:with|while|after|when|although|though|as|if|because|since|speaking|in|on|at|during|despite|before|amid|following|asked)$/.test(
      lead.lower
    )
  ) {
    for (let i = first + 1; i <= last; i++) {
      if (tokens[i]!.text === ',') {
        first = i + 1
        break
      }
    }
  }
  for (let i = first; i <= Math.min(last, first + 40); i++) {
    const t = tokens[i]!
    if (!t.word || inQuote?.[i]) continue
    const p = t.capital || /^(?:he|she|they|it|i|we|the|a|an)$/.test(t.lower) ? phraseAfter(tokens, i, last) : null
    if (p && (p.kind !== 'name' || !/^(?:but|and|so|yet|then|now|still)$/i.test(t.text))) return p
  }
  return null
}

/** Short words a title leaves in lowercase (`Eye of the Tiger`, `This Week with Kim Dahl`). */
const TITLE_SMALL = new Set([
  'a',
  'an',
  'the',
  'of',
  'and',
  'or',
  'nor',
  'but',
  'in',
  'on',
  'at',
  'to',
  'for',
  'by',
  'with',
  'from',
  'into',
  'as',
  'is',
  'vs',
  'vs.',
  'de',
  'la',
  'del',
  'von',
  'van'
])

/**
 * Whether quoted text reads as a title or name (`Gone With The Wind`, `Eye of the Tiger.`, `Harbour
 * Lights: A History of the Kessel Ferries`), not speech: every word capitalised but the short ones, up
 * to 14 words, one sentence at most (a full stop the American style sets inside the marks is no end of
 * speech); a question or exclamation is speech.
 */
export function isTitleLike(content: string): boolean {
  const trimmed = content.trim().replace(/[.,]$/, '')
  if (/[.!?]$/.test(trimmed) || /[.!?]\s/.test(trimmed)) return false
  // (capitals only is a shouted headline; `That’s Ana Lund and Tomas Berg.` opens a sentence of speech)
  if (!/\p{Ll}/u.test(trimmed) || /^\p{L}+['’](?:s|re|m|ve|ll|d)\b/u.test(trimmed)) return false
  const words = trimmed.split(/\s+/).filter((w) => /^[\p{L}\d]/u.test(w))
  if (words.length === 0 || words.length > 14) return false
  return words.every((w) => /^[\p{Lu}\d]/u.test(w) || TITLE_SMALL.has(w.toLowerCase()))
}
