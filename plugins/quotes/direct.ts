import type { QuoteCandidate, SpeakerCue } from './types.ts'
import { isTitleLike, sentenceSubject, wordCount, type ParagraphContext } from './context.ts'
import type { QuoteSpan } from './marks.ts'
import { phraseAfter, phraseBefore, rolePrefix, skipBetween, type Phrase } from '../text/phrases.ts'

/**
 * Find the direct quotes of a paragraph: the words between quote marks, attributed by the first
 * of the named rules that finds a speaker: the tag after them (`tagAfter`: `,” she said`), a tag
 * ending a sentence that runs on after them (`tagEndingSentence`: `“…” for good reason, she
 * said`), or the introduction before them (`introductionBefore`: `He added: ‘…’`). Short
 * unattributed quotes (scare quotes) and titles in quote marks are left out.
 *
 * @param ctx the paragraph, read by `readParagraph`.
 * @param consumed quote spans already taken in by reported speech (skipped).
 * @returns the candidates, in text order.
 */
export function findDirectQuotes(ctx: ParagraphContext, consumed: Set<QuoteSpan>): QuoteCandidate[] {
  const { paragraph, text, tokens, top, inQuote, tokenAt, sents, sentenceOf, verbAt } = ctx
  const out: QuoteCandidate[] = []
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
    const closeToken = span.closed ? (tokenAt.get(span.close) ?? -1) : tokens.length
    const sentence = (openToken >= 0 ? sents[sentenceOf[openToken]!] : undefined) ?? [0, tokens.length - 1]
    let cue = tagAfter(ctx, closeToken, sentence)
    let embedded = false
    // `The fund “was stagnant for a month,” he said`: words of the sentence before the quote are what
    // was said too (a partial quote), unless they introduce it
    if (cue && !span.continued && !isTitleLike(content)) {
      const lead = wordsBeforeQuote(ctx, openToken, sentence)
      if (lead !== null) {
        from = lead
        // (the closing mark too, so the words read as written: `The fund “was stagnant,”`)
        if (span.closed) to = span.close + 1
        embedded = true
      }
    }
    if (!cue) {
      const ending = tagEndingSentence(ctx, span, closeToken, sentence)
      if (ending) {
        cue = ending.cue
        from = ending.from
        to = ending.to
        embedded = true
      }
    }
    if (!cue && openToken > 0) {
      const introduction = introductionBefore(ctx, openToken, sentence)
      cue = introduction.cue
      if (introduction.embedded) embedded = true
      // `He said, “We have three weeks to go” until the vote.`: the sentence runs on after the quote
      const runOn =
        cue && !introduction.embedded && !isTitleLike(content) ? wordsAfterQuote(ctx, closeToken, sentence) : null
      if (runOn !== null) {
        from = span.open
        to = runOn
        embedded = true
      }
    }
    if (!cue && words < 4) continue // scare quotes, titles
    // `—“Harbour gallery to close in December,” by the Herald’s Ana Lund: …`: a headline and its byline
    if (!cue && bylineAfter(ctx, closeToken)) continue
    if (!cue && embedded && words < 4) continue
    // words in quote marks inside a sentence that reports no speech (`a target of “around 5 per cent”`, a
    // title, a slogan, a clause borrowed from a document) are no statement, unless they run long
    if (
      !cue &&
      embedded &&
      words < 25 &&
      !tokens.slice(sentence[0], sentence[1] + 1).some((_, n) => !inQuote[sentence[0] + n] && verbAt(sentence[0] + n))
    )
      continue
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
  return out
}

/**
 * The tag after a quote: `,” he said`, `,” said X`, `,” X said`, `,” IMF chief economist X said`,
 * `,” the agency's director, Dr X, said`.
 *
 * @param ctx the paragraph.
 * @param closeToken the token of the closing mark (`tokens.length` for an unclosed quote, -1 unknown).
 * @param sentence the sentence's token range.
 * @returns the cue, or `null`.
 */
export function tagAfter(ctx: ParagraphContext, closeToken: number, sentence: [number, number]): SpeakerCue | null {
  const { tokens, openAt, cueOf, verbAt } = ctx
  if (closeToken < 0 || closeToken >= tokens.length - 1) return null
  let k = closeToken + 1
  if (tokens[k]?.text === ',' || tokens[k]?.text === '—' || tokens[k]?.text === '–') k++
  const limit = Math.min(sentence[1], tokens.length - 1)
  const verb = k <= limit ? verbAt(k) : null
  if (verb && verb.form !== 'participle') {
    const p = phraseAfter(tokens, k + 1, limit)
    // `,” says she warned …`: the pronoun opens what was said next, it does not tag the quote
    if (p && p.kind === 'pronoun' && tokens[p.last + 1]?.word) return null
    return p ? cueOf(p) : null
  }
  for (let j = k; j <= Math.min(limit, k + 16); j++) {
    if (tokens[j]!.text === '(') {
      while (j < limit && tokens[j]!.text !== ')') j++
      continue
    }
    if (openAt.has(j) || tokens[j]!.text === '.') break
    const sv = verbAt(j)
    if (sv) {
      const end = skipBetween(tokens, j - 1, k)
      const p = end >= k ? phraseBefore(tokens, end, k) : null
      // `,” said X`, `,” IMF chief economist X said`, `,” the agency's director, Dr X, said`
      if (
        p &&
        (p.first === k ||
          rolePrefix(tokens, k, p.first) ||
          (tokens[p.first - 1]?.text === ',' && rolePrefix(tokens, k, p.first - 1)))
      )
        return cueOf(p)
      break
    }
  }
  return null
}

/**
 * A sentence that runs on after the quote and ends with a tag: `“…” for good reason, she said.`;
 * the quote then takes in the words up to the tag, as a partial quote.
 *
 * @param ctx the paragraph.
 * @param span the quote's span.
 * @param closeToken the token of its closing mark.
 * @param sentence the sentence's token range.
 * @returns the cue and the quote's new bounds, or `null`.
 */
export function tagEndingSentence(
  ctx: ParagraphContext,
  span: QuoteSpan,
  closeToken: number,
  sentence: [number, number]
): { cue: SpeakerCue; from: number; to: number } | null {
  const { tokens, inQuote, openAt, cueOf, verbAt } = ctx
  if (!span.closed || closeToken < 0 || !tokens[closeToken + 1]?.word || tokens[closeToken + 1]!.capital) return null
  for (let j = closeToken + 2; j <= Math.min(sentence[1], closeToken + 30); j++) {
    if (openAt.has(j) || inQuote[j]) break
    if (tokens[j]!.text !== ',') continue
    const sv = verbAt(j + 1)
    let p: Phrase | null = null
    if (sv && sv.form !== 'participle') p = phraseAfter(tokens, j + 2, sentence[1])
    else {
      for (let v = j + 1; v <= Math.min(sentence[1], j + 8); v++) {
        const verb = verbAt(v)
        if (!verb) continue
        const end = skipBetween(tokens, v - 1, j + 1)
        const q = end > j ? phraseBefore(tokens, end, j + 1) : null
        if (q && q.first === j + 1 && verb.form !== 'participle') p = q
        break
      }
    }
    return p ? { cue: cueOf(p), from: span.open, to: tokens[j - 1]!.end } : null
  }
  return null
}

/**
 * The introduction before a quote: `X said: “…”`, `X said “…”`, `…, saying: “…”` (the sentence's
 * subject), `X: “…”`; words between the verb and the quote only after a colon, a comma or `that`.
 * A quote that follows a word with no introduction is embedded in its sentence.
 *
 * @param ctx the paragraph.
 * @param openToken the token of the opening mark.
 * @param sentence the sentence's token range.
 * @returns the cue (or `null`) and whether the quote is embedded in running text.
 */
export function introductionBefore(
  ctx: ParagraphContext,
  openToken: number,
  sentence: [number, number]
): { cue: SpeakerCue | null; embedded: boolean } {
  const { tokens, inQuote, cueOf, verbAt } = ctx
  let k = openToken - 1
  // words may stand between the verb and the quote (`said in a statement: “…”`) only when a
  // colon, a comma or `that` introduces it: `agrees a long-term ‘backstop’` names a thing
  const introduced = tokens[k]?.text === ':' || tokens[k]?.text === ',' || tokens[k]?.lower === 'that'
  if (tokens[k]?.text === ':' || tokens[k]?.text === ',') k--
  if (tokens[k]?.lower === 'that') k--
  for (let j = k; j >= Math.max(sentence[0], introduced ? k - 5 : k) && tokens[j]!.word; j--) {
    if (verbAt(j)) {
      k = j
      break
    }
  }
  const verb = k >= 0 ? verbAt(k) : null
  if (verb) {
    const end = skipBetween(tokens, k - 1, sentence[0])
    const p = verb.form === 'participle' ? null : end >= sentence[0] ? phraseBefore(tokens, end, sentence[0]) : null
    if (p) return { cue: cueOf(p), embedded: false }
    // `…, saying:` / `adding:`: the speaker of the sentence
    const subject = sentenceSubject(tokens, sentence[0], k - 1, inQuote)
    return { cue: subject ? cueOf(subject) : null, embedded: false }
  }
  if (tokens[openToken - 1]?.text === ':') {
    const subject = sentenceSubject(tokens, sentence[0], openToken - 2, inQuote)
    return { cue: subject ? cueOf(subject) : null, embedded: false }
  }
  return { cue: null, embedded: Boolean(tokens[openToken - 1]?.word) }
}

/**
 * Where a sentence that a quote continues starts, when the words before the opening mark are part
 * of what was said (`The fund “was stagnant,” he said`, `But “it will not be easy,” she said`): not
 * an introduction (a speech verb or a colon before the mark) nor another quote.
 *
 * @param ctx the paragraph.
 * @param openToken the token of the opening mark.
 * @param sentence the sentence's token range.
 * @returns the offset where what was said starts, or `null` when the quote opens what was said.
 */
export function wordsBeforeQuote(ctx: ParagraphContext, openToken: number, sentence: [number, number]): number | null {
  const { tokens, inQuote, verbAt } = ctx
  if (openToken <= sentence[0]) return null
  let first = sentence[0]
  // (a closing mark of the sentence before, run into this one)
  while (first < openToken && !tokens[first]!.word) first++
  // (`If the bill passes, “it will …,” she said`: a leading clause and its comma belong to what was said)
  if (first >= openToken || !(tokens[openToken - 1]!.word || tokens[openToken - 1]!.text === ',')) return null
  for (let k = first; k < openToken; k++) {
    const t = tokens[k]!
    if (inQuote[k] || t.text === ':' || /^[“”"‘’]$/.test(t.text)) return null
    if (verbAt(k)) return null
  }
  return tokens[first]!.start
}

/**
 * Where a sentence that runs on after a quote ends, when the words after the closing mark are part
 * of what was said (`He said, “We have three weeks to go” until the vote.`): lowercase words to the
 * sentence's end, with no quote, tag or speech verb among them.
 *
 * @param ctx the paragraph.
 * @param closeToken the token of the closing mark.
 * @param sentence the sentence's token range.
 * @returns the offset where what was said ends, or `null` when it ends with the quote.
 */
export function wordsAfterQuote(ctx: ParagraphContext, closeToken: number, sentence: [number, number]): number | null {
  const { tokens, inQuote, openAt, verbAt } = ctx
  const next = tokens[closeToken + 1]
  if (!next || !next.word || next.capital || closeToken + 1 > sentence[1]) return null
  let last = sentence[1]
  while (last > closeToken && !tokens[last]!.word) last--
  if (last - closeToken > 25) return null
  for (let k = closeToken + 1; k <= last; k++) {
    if (inQuote[k] || openAt.has(k) || verbAt(k) || tokens[k]!.text === ',') return null
  }
  return tokens[last]!.end
}

/**
 * Whether a byline follows the quote closing at token `closeToken` (`,” by the Herald’s Ana Lund`,
 * `” by Ana Lund`): the quoted words are a headline, not a statement.
 *
 * @param ctx the paragraph.
 * @param closeToken the closing mark's token.
 * @returns whether `by` and a capitalised name come right after the quote.
 */
function bylineAfter(ctx: ParagraphContext, closeToken: number): boolean {
  const { tokens } = ctx
  let k = closeToken + 1
  if (tokens[k]?.text === ',') k++
  if (tokens[k]?.lower !== 'by') return false
  if (tokens[k + 1]?.lower === 'the') k++
  return Boolean(tokens[k + 1]?.capital)
}
