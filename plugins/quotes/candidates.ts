/**
 * The speech of one paragraph, before speakers are resolved: reported speech
 * (`reported.ts`) first, then the direct quotes it did not take in (`direct.ts`).
 */
import { paragraphTokens } from '../text/tokens.ts'
import type { SourceParagraph } from '../types.ts'
import { rangeOf, readParagraph, speechVerb, wordCount } from './context.ts'
import { findDirectQuotes } from './direct.ts'
import type { QuoteSpan } from './marks.ts'
import { phraseBefore, skipBetween } from '../text/phrases.ts'
import { findReportedSpeech } from './reported.ts'
import type { QuoteCandidate, SpeakerCue } from './types.ts'

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
export function findCandidates(
  paragraph: SourceParagraph,
  spans: QuoteSpan[],
  introduced: SpeakerCue | null
): QuoteCandidate[] {
  const ctx = readParagraph(paragraph, spans)
  if (introduced && ctx.top.length === 0) {
    return [
      {
        paragraph: paragraph.index,
        from: 0,
        to: paragraph.text.length,
        kind: 'direct',
        cue: introduced,
        inherit: 'none'
      }
    ]
  }
  const consumed = new Set<QuoteSpan>()
  const reported = findReportedSpeech(ctx, consumed)
  const direct = findDirectQuotes(ctx, consumed)
  return outermost([...reported, ...direct], paragraph.text)
}

/**
 * Each statement once: a candidate inside another (speech reported within what somebody said, `Lund
 * said Berg told him the port would close`; the same words found by two rules) is left out, the
 * outer one kept; of two with the same span, the one that names its speaker.
 *
 * @param candidates the paragraph's candidates.
 * @param text the paragraph's cleaned text.
 * @returns the outermost candidates, in text order.
 */
export function outermost(candidates: QuoteCandidate[], text: string): QuoteCandidate[] {
  // `X said they back the plan, but they would not vote for it, Y added`: a second statement with its own
  // speaker phrase after a clause boundary ends the first one there
  for (const outer of candidates) {
    for (const inner of candidates) {
      if (inner === outer || !inner.cue || inner.from < outer.from || inner.to > outer.to) continue
      if (inner.cue.start <= outer.from || inner.cue.start >= inner.from) continue
      const head = text.slice(outer.from, inner.cue.start)
      const boundary = /(?:[,;]\s*|\s)(?:but|and|while|whereas|although|though)\s*$/.exec(head)
      if (!boundary || wordCount(head) < 5) continue
      let to = outer.from + boundary.index
      while (to > outer.from && /[\s,;]/.test(text[to - 1]!)) to--
      outer.to = Math.min(outer.to, to)
    }
  }
  const sorted = [...candidates].sort(
    (a, b) => a.from - b.from || b.to - a.to || Number(Boolean(b.cue)) - Number(Boolean(a.cue))
  )
  const out: QuoteCandidate[] = []
  let reach = -1
  for (const candidate of sorted) {
    if (candidate.to <= reach) continue
    out.push(candidate)
    reach = Math.max(reach, candidate.to)
  }
  return out
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
  const tokens = paragraphTokens(paragraph)
  const k = tokens.length - 2
  if (k < 1 || !speechVerb(tokens, k)) return null
  const end = skipBetween(tokens, k - 1, 0)
  const phrase = end >= 0 ? phraseBefore(tokens, end, 0) : null
  if (!phrase) return null
  const [start, stop] = rangeOf(tokens, phrase.first, phrase.last)
  return { text: text.slice(start, stop), kind: phrase.kind, paragraph: paragraph.index, start, end: stop }
}
