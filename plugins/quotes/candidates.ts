import { CLAUSE_VERBS, DESCRIBE_VERBS, LISTENER_VERBS, OBJECT_VERBS, SPEECH_VERBS } from '../lexicon/speech-verbs.ts'
import { isSentenceEnd, tokenize, type Token } from '../text/tokens.ts'
import type { QuoteKind, SourceParagraph } from '../types.ts'
import type { QuoteSpan } from './marks.ts'
import { TITLE_WORDS } from '../lexicon/people.ts'
import { phraseAfter, phraseBefore, skipBetween, speakerNoun, type Phrase } from './phrases.ts'

/** Who a candidate quote is said by, as the text names them near the quote. */
export interface SpeakerCue {
  /** The phrase (`Mr. Lund`, `he`, `the mayor`), cleaned text. */
  text: string
  kind: Phrase['kind']
  paragraph: number
  /** Offsets of the phrase in the paragraph's cleaned text. */
  start: number
  end: number
}

/** How a candidate's speaker is found when no phrase names it. */
export type Inheritance = 'none' | 'previous' | 'sentence-subject'

/** A piece of speech found in a paragraph, before speakers are resolved. */
export interface QuoteCandidate {
  paragraph: number
  /** Span in the paragraph's cleaned text. */
  from: number
  to: number
  kind: QuoteKind
  cue: SpeakerCue | null
  /** Where to look for the speaker when `cue` is null. */
  inherit: Inheritance
}

/** Words that open an adverbial clause, not reported speech (`said, as they …`). */
const SUBORDINATE = /^(?:as|while|when|because|after|before|since|although|though|if|during|until|whereas|unless|once)$/

/** Prepositions that open an adverbial after a speech verb (`said at a briefing`). */
const PREPOSITION = /^(?:at|in|on|to|for|from|with|by|after|before|during|outside|inside|into|over|under|through|since|until|near|across|behind|beside|amid|upon|via|without|within)$/

/** Verbs that tag speech after it (`…, the agency said.`). */
const TAG_VERBS = /^(?:say|add|tell|write|report|note|explain|warn|insist|argue|claim|state|announce|continue|conclude|caution|predict|observe|remark|reply|respond|acknowledge|admit|concede|confirm|suggest|estimate|tweet|post|complain|recall|stress|maintain|contend|assert|allege|boast|declare|reveal|disclose|testify|agree|counter|retort|joke|quip|grumble|lament|concur|reason|forecast)$/

/** Verbs whose `to` opens what was said (`vowed to cut taxes`, `urged them to leave`). */
const INFINITIVE_VERBS = /^(?:vow|promise|pledge|threaten|urge|ask|tell|agree|offer|propose|demand|warn|exhort|call)$/

/** Connectives and clause words that never start a speaker phrase after a verb. */
const CLAUSE_START = new Set(['that', 'he', 'she', 'they', 'it', 'we', 'i', 'there', 'the', 'a', 'an', 'his', 'her', 'their', 'its', 'this', 'these', 'those'])

/** Time and place adverbials that may follow a speech verb before its content. */
const AFTER_VERB = /^(?:(?:on|in|at|during|last|this|earlier|late|early|next)\s+)?(?:(?:(?:the|a|an|his|her|their|its)\s+)?(?:(?:written|televised|joint|brief|short|recent|separate|new|radio|tv|television|phone|telephone|video|online|prepared|emailed)\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|twitter|facebook|night|morning|afternoon|evening|week|weekend|month|year|today|yesterday|tonight|time|statement|interview|speech|briefing|letter|post|tweet|email|video|press conference|news conference|radio interview|television interview|tv interview))(?:\s+(?:night|morning|afternoon|evening))?\b\s*,?\s*/i

/** Sentence ranges `[first, last]` (token indexes), not breaking inside quotes. */
function sentences(tokens: Token[], inQuote: Uint8Array, openers: Map<number, unknown>): [number, number][] {
  const out: [number, number][] = []
  let first = 0
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!
    if (inQuote[i] || !isSentenceEnd(t)) continue
    // closing quote marks and brackets stay with the sentence
    let last = i
    while (last + 1 < tokens.length && /^[”"’')\]]$/.test(tokens[last + 1]!.text) && !inQuote[last + 1] && !openers.has(last + 1)) last++
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

/** Whether the paragraph being read is a headline (title case verbs are verbs there). */
let headline = false

/** A speech verb at token `i` (or `null`), with its base form. */
function speechVerb(tokens: Token[], i: number): { base: string; form: string } | null {
  const t = tokens[i]
  if (!t || !t.word) return null
  // a capitalised verb mid-sentence is a name (`United States`), unless the line is a headline
  if (t.capital && i > 0 && tokens[i - 1]!.word && !headline) return null
  const verb = SPEECH_VERBS.get(t.lower)
  if (!verb) return null
  if (/^[A-Z]{2,}$/.test(t.text)) return null
  const before = tokens[i - 1]
  // a noun, not a verb: `the Leeds protest`, `a report`, `his call`
  if (before && /^(?:the|a|an|this|that|his|her|its|their|our|my|your|whose|every|each|no)$/.test(before.lower)) return null
  if (verb.form === 'base' && before && !/^(?:to|will|would|could|can|may|might|shall|should|must|did|do|does|not|never|they|we|i|you|also|often|always|sometimes|repeatedly)$/.test(before.lower) && !(before.word && /s$/.test(before.lower) && !/ss$/.test(before.lower))) return null
  if (verb.form === 'base' && before?.capital && before.word && i > 1 && !/[^s]s$/.test(before.text)) return null
  if (verb.form === 'participle' && before && before.word && !/^(?:by|while|after|before|when|in|without)$/.test(before.lower)) return null
  if (verb.base === 'point' && tokens[i + 1]?.lower !== 'out' && tokens[i + 1]?.lower !== 'to') return null
  if (verb.base === 'call' && tokens[i + 1]?.lower === 'for') return verb
  return verb
}

/** Offsets of a token range. */
function rangeOf(tokens: Token[], first: number, last: number): [number, number] {
  return [tokens[first]!.start, tokens[last]!.end]
}

/** Whether tokens `[a, b]` contain a word. */
function hasWord(tokens: Token[], a: number, b: number): boolean {
  for (let i = a; i <= b; i++) if (tokens[i]!.word) return true
  return false
}

/** Number of words in `text`. */
export function wordCount(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu)?.length ?? 0
}

/**
 * Find the candidate quotes of one paragraph: direct quotes with their tags,
 * partial quotes inside reported speech, and indirect (reported) speech.
 *
 * @param paragraph the paragraph (cleaned text).
 * @param spans the paragraph's quote spans (top-level and nested).
 * @param introduced a cue when the previous paragraph ended with `X added:` and
 *   this paragraph, with no quote marks, is what was said.
 * @returns candidates in text order.
 */
export function findCandidates(paragraph: SourceParagraph, spans: QuoteSpan[], introduced: SpeakerCue | null): QuoteCandidate[] {
  const text = paragraph.text
  const tokens = tokenize(text)
  headline = paragraph.role === 'title'
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
  const out: QuoteCandidate[] = []
  const cueOf = (phrase: Phrase): SpeakerCue => {
    const [start, end] = rangeOf(tokens, phrase.first, phrase.last)
    return { text: text.slice(start, end), kind: phrase.kind, paragraph: paragraph.index, start, end }
  }

  if (introduced && top.length === 0) {
    out.push({ paragraph: paragraph.index, from: 0, to: text.length, kind: 'direct', cue: introduced, inherit: 'none' })
    return out
  }

  const usedVerbs = new Set<number>()
  const consumed = new Set<QuoteSpan>()
  const sents = sentences(tokens, inQuote, openAt)
  const sentenceOf = new Uint32Array(tokens.length)
  sents.forEach(([a, b], n) => sentenceOf.fill(n, a, b + 1))

  // 1. Reported speech: SUBJECT VERB [listener] [that] CONTENT, which may hold partial quotes.
  for (const [first, last] of sents) {
    for (let v = first; v <= last; v++) {
      if (inQuote[v]) continue
      const verb = speechVerb(tokens, v)
      if (!verb) continue
      const objectOnly = !CLAUSE_VERBS.has(verb.base) && OBJECT_VERBS.has(verb.base)
      const describes = !CLAUSE_VERBS.has(verb.base) && !objectOnly
      if (describes && !DESCRIBE_VERBS.has(verb.base)) continue
      // `spoke about`, `talked of`: only with their preposition
      if ((verb.base === 'speak' || verb.base === 'talk') && !/^(?:about|of)$/.test(tokens[v + 1]?.lower ?? '')) continue
      // a tag right after a closing quote (`,” he said`) is no reported speech
      const subjectEnd = skipBetween(tokens, v - 1, first)
      let phrase = subjectEnd >= first ? phraseBefore(tokens, subjectEnd, first) : null
      if (verb.form === 'participle' && (!phrase || tokens[v - 1]?.text === ',')) phrase = null
      // `… and said …`: the subject of the sentence's earlier verb
      const coordinated = !phrase && (tokens[v - 1]?.lower === 'and' || tokens[v - 1]?.lower === 'but')
      if (!phrase && verb.form !== 'participle' && !coordinated) continue
      if (phrase) {
        const before = tokens[phrase.first - 1]
        if (before && (closeAt.has(phrase.first - 1) || before.text === ',' && closeAt.has(phrase.first - 2))) continue
      }
      // content start: after listener, time adverbials, `that`, `:`
      let c = v + 1
      if (tokens[c]?.lower === 'out' || tokens[c]?.lower === 'on' || verb.base === 'point' && tokens[c]?.lower === 'to') c++
      if ((verb.base === 'call' || verb.base === 'speak' || verb.base === 'talk') && /^(?:for|about|of)$/.test(tokens[c]?.lower ?? '')) c++
      if (LISTENER_VERBS.has(verb.base) && tokens[c] && /^(?:him|her|them|us|me)$/.test(tokens[c]!.lower)) c++
      else if (LISTENER_VERBS.has(verb.base) && tokens[c] && tokens[c]!.lower !== 'that' && phraseAfter(tokens, c, last) && /^(?:[:,]|that|he|she|they|it|we|i|there)$/.test(tokens[phraseAfter(tokens, c, last)!.last + 1]?.lower ?? '')) {
        // `told the committee: …`, `told reporters that …`
        c = phraseAfter(tokens, c, last)!.last + 1
      } else if (LISTENER_VERBS.has(verb.base) && tokens[c] && tokens[c]!.lower !== 'that' && (() => {
        for (let k = c + 1; k <= Math.min(last, c + 8); k++) if (!tokens[k]!.word && !/^['’]$/.test(tokens[k]!.text) || inQuote[k]) return false
        else if (tokens[k]!.lower === 'that') return true
        return false
      })()) {
        // `told the Herald's morning programme that …`
        while (tokens[c]!.lower !== 'that') c++
      } else if (LISTENER_VERBS.has(verb.base) && tokens[c] && !CLAUSE_START.has(tokens[c]!.lower)) {
        // the listener: words up to the clause (`told African-Americans this weekend he would…`)
        let k = c
        while (k <= last && k - c < 6 && tokens[k]!.word && !CLAUSE_START.has(tokens[k]!.lower) && !inQuote[k]) k++
        if (k <= last && (CLAUSE_START.has(tokens[k]!.lower) || tokens[k]!.text === ':' || tokens[k]!.text === ',' || openAt.has(k))) c = k
      }
      const rest = text.slice(tokens[c]?.start ?? text.length)
      const adverbial = AFTER_VERB.exec(rest)
      if (adverbial && adverbial[0].length > 0) {
        const to = (tokens[c]?.start ?? text.length) + adverbial[0].length
        while (c <= last && tokens[c]!.start < to) c++
      }
      if (verb.base === 'ask' && tokens[c]?.lower === 'for') continue
      if (verb.base === 'call' && /^(?:into|on|off|up|back|in|out|at|to|upon|over)$/.test(tokens[c]?.lower ?? '')) continue
      if (DESCRIBE_VERBS.has(verb.base) && tokens[c]?.lower === 'as') c++
      if (tokens[c]?.lower === 'that') c++
      if (tokens[c]?.text === ':' || tokens[c]?.text === ',') {
        // `said: “…”` introduces a direct quote
        if (openAt.has(c + 1)) continue
        c++
        // `said, referencing …`, `said, as they …`: no reported clause follows
        if (tokens[c] && (/ing$/.test(tokens[c]!.lower) || SUBORDINATE.test(tokens[c]!.lower))) continue
      }
      // a clause opening with a preposition is an adverbial (`said at a briefing …`, `said after the vote he …`):
      // the content, if any, follows `that` or starts at a new subject; `vowed to …` is a complement
      const infinitive = tokens[c]?.lower === 'to' && INFINITIVE_VERBS.test(verb.base)
      if (tokens[c] && PREPOSITION.test(tokens[c]!.lower) && !openAt.has(c) && !infinitive) {
        let k = c
        let subject = -1
        while (k <= last && k - c < 12 && tokens[k]!.lower !== 'that' && tokens[k]!.text !== ',' && !inQuote[k]) {
          if (subject < 0 && k > c + 1 && k - c <= 6 && /^(?:he|she|they|it|we|i|there)$/.test(tokens[k]!.lower)) subject = k
          k++
        }
        if (k <= last && tokens[k]!.lower === 'that') c = k + 1
        else if (subject > 0) c = subject
        else continue
      }
      if (tokens[c] && SUBORDINATE.test(tokens[c]!.lower)) continue
      if (openAt.has(c)) {
        // the verb introduces a direct quote (the quote pass attributes it), unless the sentence
        // runs on after it: `said that “a deal” was close` is reported speech with a partial quote
        const span = openAt.get(c)!
        const after = span.closed ? tokenAt.get(span.close) : undefined
        const next = after !== undefined ? tokens[after + 1] : undefined
        if (!next || !next.word || next.capital) continue
      }
      if (c > last) continue
      // content end: a later clause with its own speech verb, `, adding`, a dash, the sentence end
      let e = last
      const leading = verb.form === 'participle' && v === first
      // `Asked about …, she said`, `Citing …, he accused`: only clause verbs speak from a leading participle
      if (leading && (verb.base === 'ask' || !CLAUSE_VERBS.has(verb.base))) continue
      // `Asked about the plan, she said …`: a question put to the speaker
      if (v === first && verb.base === 'ask') continue
      if (leading) {
        let comma = c
        while (comma <= last && tokens[comma]!.text !== ',') comma++
        if (comma > last) continue
        e = comma - 1
        phrase = sentenceSubject(tokens, comma + 1, last, inQuote)
        if (!phrase) continue
      }
      while (e > c && !tokens[e]!.word && !closeAt.has(e)) e--
      for (let k = c + 1; k <= e; k++) {
        if (k - c > 160) {
          // reported speech runs a sentence or so, not a wall of text
          e = k
          break
        }
        if (inQuote[k]) continue
        const t = tokens[k]!
        if ((t.text === '—' || t.text === '–' || t.text === '--' || t.text === ';') && !inQuote[k]) {
          e = k - 1
          break
        }
        if (t.text === ',' && tokens[k + 1] && (speechVerb(tokens, k + 1) || /^(?:and|but)$/.test(tokens[k + 1]!.lower) && tokens[k + 2] && speechVerb(tokens, k + 2) || tokens[k + 1]!.lower === 'according')) {
          e = k - 1
          break
        }
        // `…, but she noted …`, `…, he added`: a new clause with its own subject
        const n1 = tokens[k + 1]
        const n2 = tokens[k + 2]
        if (t.text === ',' && n1 && (/^(?:he|she|they|it|we|i)$/.test(n1.lower) || /^(?:but|yet|while|although|though|whereas)$/.test(n1.lower) && n2 && (/^(?:he|she|they|it|we|i)$/.test(n2.lower) || n2.capital))) {
          e = k - 1
          break
        }
        // `… "too late" and accused the board …`: a second speech verb of the same speaker
        if ((t.lower === 'and' || t.lower === 'but') && !inQuote[k] && speechVerb(tokens, k + 1)) {
          e = k - 1
          break
        }
        if (t.text === ',' && tokens[k + 1]?.lower === 'and') {
          const s2 = speechVerb(tokens, k + 2) ?? speechVerb(tokens, k + 3)
          if (s2) {
            e = k - 1
            break
          }
        }
      }
      while (e > c && !tokens[e]!.word && !closeAt.has(e)) e--
      if (e < c || !hasWord(tokens, c, e)) continue
      let [from, to] = rangeOf(tokens, c, e)
      // an opening quote mark at the start belongs to a direct quote
      const inner = spansIn(from, to)
      const content = text.slice(from, to)
      if (wordCount(content) < (spansIn(from, to).length ? 3 : 4)) continue
      for (const s of inner) {
        consumed.add(s)
        if (s.close > to) to = Math.min(s.close, text.length)
      }
      if (describes && inner.length === 0) continue
      const longInner = inner.some((s) => wordCount(text.slice(s.open + 1, s.close)) >= 4)
      usedVerbs.add(v)
      // `…, saying that …` / `by saying …`: the sentence's subject speaks
      if (!phrase && verb.form === 'participle') phrase = sentenceSubject(tokens, first, v - 1, inQuote)
      out.push({
        paragraph: paragraph.index,
        from,
        to,
        kind: inner.length ? (longInner ? 'partial' : 'indirect') : 'indirect',
        cue: phrase ? cueOf(phrase) : null,
        inherit: phrase ? 'none' : 'previous'
      })
    }
    // `…, according to X` and `According to X, …`
    for (let a = first; a < last; a++) {
      if (inQuote[a] || tokens[a]!.lower !== 'according' || tokens[a + 1]?.lower !== 'to') continue
      const phrase = phraseAfter(tokens, a + 2, last)
      if (!phrase) continue
      let c: number
      let e: number
      if (a === first || a === first + 1 && !tokens[first]!.word) {
        c = phrase.last + 1
        if (tokens[c]?.text === ',') c++
        e = last
      } else {
        c = first
        e = a - 1
        if (tokens[e]?.text === ',') e--
      }
      while (e > c && !tokens[e]!.word && !closeAt.has(e)) e--
      if (e <= c) continue
      const [from, to] = rangeOf(tokens, c, e)
      if (wordCount(text.slice(from, to)) < 4) continue
      for (const s of top) if (s.open >= from && s.open < to) consumed.add(s)
      out.push({ paragraph: paragraph.index, from, to, kind: 'indirect', cue: cueOf(phrase), inherit: 'none' })
    }
    // inverted: `CONTENT, SUBJECT said [adverbials].` / `CONTENT, said SUBJECT.` with no quote marks
    for (let k = last; k > first + 3; k--) {
      if (tokens[k]!.text !== ',' || inQuote[k] || closeAt.has(k - 1)) continue
      let v = -1
      let phrase: Phrase | null = null
      const verbFirst = speechVerb(tokens, k + 1)
      if (verbFirst && verbFirst.form !== 'participle') {
        phrase = phraseAfter(tokens, k + 2, last)
        v = k + 1
      } else {
        for (let j = k + 1; j <= Math.min(last, k + 8); j++) {
          const sv = speechVerb(tokens, j)
          if (sv && sv.form !== 'participle') {
            const end = skipBetween(tokens, j - 1, k + 1)
            const p = end > k ? phraseBefore(tokens, end, k + 1) : null
            if (p && p.first === k + 1) {
              phrase = p
              v = j
            }
            break
          }
        }
      }
      if (!phrase || v < 0 || usedVerbs.has(v)) continue
      if (!TAG_VERBS.test(SPEECH_VERBS.get(tokens[v]!.lower)?.base ?? '')) continue
      // `…, she said: “…”`: the verb introduces a quote, and a leading `Addressing …,` is no speech
      const afterVerb = tokens[Math.max(v, phrase.last) + 1]
      if (afterVerb && /^[,:]$/.test(afterVerb.text) && openAt.has(Math.max(v, phrase.last) + 2)) continue
      if (/ing$/.test(tokens[first]!.lower) && !SPEECH_VERBS.has(tokens[first]!.lower)) continue
      // `The agency's spokeswoman, Ana Ferreira, said …`: the role, not what was said
      if (tokens[k - 1]?.word && speakerNoun(tokens[k - 1]!.lower)) continue
      // the tail after the verb must be short (time, place), not a new clause
      let tail = 0
      for (let j = Math.max(v, phrase.last) + 1; j <= last && tokens[j]!.text !== ','; j++) if (tokens[j]!.word) tail++
      if (tail > 8) continue
      const [from, to] = rangeOf(tokens, first, k - 1)
      const inner = spansIn(from, to)
      if (inner.some((s) => s.open === from)) continue // a direct quote with its tag
      if (wordCount(text.slice(from, to)) < 4) continue
      for (const s of inner) consumed.add(s)
      usedVerbs.add(v)
      const longInner = inner.some((s) => wordCount(text.slice(s.open + 1, s.close)) >= 4)
      out.push({ paragraph: paragraph.index, from, to, kind: inner.length && longInner ? 'partial' : 'indirect', cue: cueOf(phrase), inherit: 'none' })
      break
    }
  }

  // 2. Direct quotes: the text between the marks, attributed by the tag after or the intro before.
  for (const span of top) {
    if (consumed.has(span)) continue
    let from = span.open + (span.continued && !/[“"‘'«]/.test(text[span.open]!) ? 0 : 1)
    let to = span.close
    while (from < to && /\s/.test(text[from]!)) from++
    while (to > from && /[\s,]/.test(text[to - 1]!)) to--
    if (to <= from) continue
    const content = text.slice(from, to)
    const words = wordCount(content)
    const openToken = tokenAt.get(span.open) ?? -1
    const closeToken = span.closed ? tokenAt.get(span.close) ?? -1 : tokens.length
    const sentence = (openToken >= 0 ? sents[sentenceOf[openToken]!] : undefined) ?? [0, tokens.length - 1]
    let cue: SpeakerCue | null = null
    let embedded = false
    // a) tag after: `,” he said` / `,” said X` / `,” X said`
    if (closeToken >= 0 && closeToken < tokens.length - 1) {
      let k = closeToken + 1
      if (tokens[k]?.text === ',' || tokens[k]?.text === '—' || tokens[k]?.text === '–') k++
      const limit = Math.min(sentence[1], tokens.length - 1)
      const verb = k <= limit ? speechVerb(tokens, k) : null
      if (verb && verb.form !== 'participle') {
        const p = phraseAfter(tokens, k + 1, limit)
        if (p) cue = cueOf(p)
      } else {
        for (let j = k; j <= Math.min(limit, k + 16); j++) {
          if (tokens[j]!.text === '(') {
            while (j < limit && tokens[j]!.text !== ')') j++
            continue
          }
          if (openAt.has(j) || tokens[j]!.text === '.') break
          const sv = speechVerb(tokens, j)
          if (sv) {
            const end = skipBetween(tokens, j - 1, k)
            const p = end >= k ? phraseBefore(tokens, end, k) : null
            if (p && (p.first === k || rolePrefix(tokens, k, p.first))) cue = cueOf(p)
            break
          }
        }
      }
    }
    // a') the sentence runs on after the quote and ends with a tag: `“…” for good reason, she said.`
    if (!cue && span.closed && closeToken >= 0 && tokens[closeToken + 1]?.word && !tokens[closeToken + 1]!.capital) {
      for (let j = closeToken + 2; j <= Math.min(sentence[1], closeToken + 30); j++) {
        if (openAt.has(j) || inQuote[j]) break
        if (tokens[j]!.text !== ',') continue
        const sv = speechVerb(tokens, j + 1)
        let p: Phrase | null = null
        if (sv && sv.form !== 'participle') p = phraseAfter(tokens, j + 2, sentence[1])
        else {
          for (let v = j + 1; v <= Math.min(sentence[1], j + 8); v++) {
            const verb = speechVerb(tokens, v)
            if (!verb) continue
            const end = skipBetween(tokens, v - 1, j + 1)
            const q = end > j ? phraseBefore(tokens, end, j + 1) : null
            if (q && q.first === j + 1 && verb.form !== 'participle') p = q
            break
          }
        }
        if (p) {
          cue = cueOf(p)
          from = span.open
          to = tokens[j - 1]!.end
          embedded = true
        }
        break
      }
    }
    // b) intro before: `X said: “…”`, `X said “…”`, `…, saying: “…”`
    if (!cue && openToken > 0) {
      let k = openToken - 1
      if (tokens[k]?.text === ':' || tokens[k]?.text === ',') k--
      if (tokens[k]?.lower === 'that') k--
      for (let j = k; j >= Math.max(sentence[0], k - 5) && tokens[j]!.word; j--) {
        if (speechVerb(tokens, j)) {
          k = j
          break
        }
      }
      const verb = k >= 0 ? speechVerb(tokens, k) : null
      if (verb) {
        const end = skipBetween(tokens, k - 1, sentence[0])
        const p = verb.form === 'participle' ? null : end >= sentence[0] ? phraseBefore(tokens, end, sentence[0]) : null
        if (p) cue = cueOf(p)
        else {
          // `…, saying:` / `adding:`: the speaker of the sentence
          const subject = sentenceSubject(tokens, sentence[0], k - 1, inQuote)
          if (subject) cue = cueOf(subject)
        }
      } else if (tokens[openToken - 1]?.text === ':') {
        const subject = sentenceSubject(tokens, sentence[0], openToken - 2, inQuote)
        if (subject) cue = cueOf(subject)
      } else if (tokens[openToken - 1]?.word) embedded = true
    }
    if (!cue && words < 4) continue // scare quotes, titles
    if (!cue && embedded && words < 4) continue
    if (!cue && isTitleLike(content)) continue
    out.push({
      paragraph: paragraph.index,
      from,
      to,
      kind: embedded ? 'partial' : 'direct',
      cue,
      inherit: cue ? 'none' : 'previous'
    })
  }
  return out.sort((a, b) => a.from - b.from)
}

/** The subject of a sentence: the first speaker phrase before its first verb-like word. */
function sentenceSubject(tokens: Token[], first: number, last: number, inQuote?: Uint8Array): Phrase | null {
  // step over a leading clause that ends with a comma (`Speaking to reporters, …`, `With X worried, …`)
  const lead = tokens[first]
  if (lead && /^(?:with|while|after|when|although|though|as|if|because|since|speaking|in|on|at|during|despite|before|amid|following|asked)$/.test(lead.lower)) {
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

/** Whether quoted text reads as a title or name (`Gone With The Wind`), not speech. */
function isTitleLike(content: string): boolean {
  const words = content.split(/\s+/).filter((w) => /^\p{L}/u.test(w))
  if (words.length === 0 || words.length > 8 || /[.!?]$/.test(content.trim())) return false
  const small = new Set(['a', 'an', 'the', 'of', 'and', 'or', 'in', 'on', 'at', 'to', 'for', 'by', 'with'])
  return words.every((w) => /^\p{Lu}/u.test(w) || small.has(w.toLowerCase()))
}

/**
 * A speaker cue when a paragraph ends with an introduction such as `The governor added:`
 * and no quote mark follows: the next paragraph is what was said.
 *
 * @param paragraph the paragraph to read.
 * @returns the cue or `null`.
 */
export function trailingIntroduction(paragraph: SourceParagraph): SpeakerCue | null {
  const text = paragraph.text
  if (!/:\s*$/.test(text)) return null
  const tokens = tokenize(text)
  let k = tokens.length - 2
  if (k < 1 || !speechVerb(tokens, k)) return null
  const end = skipBetween(tokens, k - 1, 0)
  const phrase = end >= 0 ? phraseBefore(tokens, end, 0) : null
  if (!phrase) return null
  const [start, stop] = rangeOf(tokens, phrase.first, phrase.last)
  return { text: text.slice(start, stop), kind: phrase.kind, paragraph: paragraph.index, start, end: stop }
}

/** Whether tokens `[from, to)` are only a role and affiliation before a name (`IMF chief economist`). */
function rolePrefix(tokens: Token[], from: number, to: number): boolean {
  if (to - from > 6) return false
  for (let i = from; i < to; i++) {
    const t = tokens[i]!
    if (!t.word) return false
    if (!t.capital && !speakerNoun(t.lower) && !/^[a-z-]+$/.test(t.text)) return false
  }
  return tokens.slice(from, to).some((t) => speakerNoun(t.lower) !== null || TITLE_WORDS.has(t.lower))
}
