import {
  CLAUSE_VERBS,
  DESCRIBE_VERBS,
  DOCUMENT_NOUNS,
  INFINITIVE_VERBS,
  LISTENER_VERBS,
  OBJECT_VERBS,
  SPEECH_VERBS,
  QUESTION_VERBS,
  QUESTION_WORDS,
  TAG_VERBS,
  THAT_CLAUSE_VERBS
} from '../lexicon/speech-verbs.ts'
import type { QuoteCandidate, SpeakerCue } from './types.ts'
import {
  hasWord,
  madeClearOrCase,
  rangeOf,
  sentenceSubject,
  withQuantity,
  wordCount,
  type ParagraphContext
} from './context.ts'
import type { QuoteSpan } from './marks.ts'
import {
  phraseAfter,
  phraseBefore,
  isAppositive,
  rolePrefix,
  roleWithBody,
  skipBetween,
  speakerNoun,
  subjectNounPhrase,
  type Phrase,
  type SubjectPhrase
} from '../text/phrases.ts'
import { AFTER_VERB, CLAUSE_START, PREPOSITION, SUBORDINATE } from '../lexicon/clause-words.ts'
import { SUBJECT_PRONOUNS } from '../lexicon/people.ts'
import type { Token } from '../text/tokens.ts'

/**
 * Find reported speech in a paragraph: `SUBJECT VERB [listener] [that] CONTENT` (the content
 * may hold partial quotes), `…, according to X`, and the inverted `CONTENT, X said.`.
 * Quote spans that a reported clause takes in are added to `consumed`.
 *
 * @param ctx the paragraph, read by `readParagraph`.
 * @param consumed the quote spans already part of a candidate (filled here).
 * @returns the candidates, in no particular order.
 */
export function findReportedSpeech(ctx: ParagraphContext, consumed: Set<QuoteSpan>): QuoteCandidate[] {
  const out: QuoteCandidate[] = []
  const usedVerbs = new Set<number>()
  const turn = speakerTurn(ctx, consumed)
  if (turn) return [turn]
  for (const [first, last] of ctx.sents) {
    out.push(...reportedClauses(ctx, first, last, consumed, usedVerbs))
    out.push(...accordingTo(ctx, first, last, consumed))
    out.push(...asReported(ctx, first, last, consumed, usedVerbs))
    out.push(...invertedTag(ctx, first, last, consumed, usedVerbs))
  }
  return out
}

/** Labels that open a line with a colon without naming a speaker (`Poll:`, `Update:`, `Watch:`). */
const LINE_LABELS =
  /^(?:poll|polls|update|updated|note|editor|editors|correction|clarification|watch|video|photos?|read|related|see|listen|exclusive|breaking|analysis|opinion|review|transcript|source|sources|credit|q|question|answer|guide|fact-check|explainer|live|timeline|recap|summary|morning|evening|email|newsletter|podcast|bottom|line|the|a|an|why|how|what|when|where|who|name|age|city|job|date|time|location|title|subject|from|to|cc|re|tags?|category|filed)$/

/**
 * A line that gives a speaker's words after the speaker's name and a colon, with no quote marks:
 * a transcript's turn (`LUND: We will not close the port.`) or a headline (`Mara Lind: I will run
 * again`). The name must read as a person's or a body's (`phraseBefore`, kind name), not a label
 * (`Poll:`, `Update:`); the words after it are what was said, to the line's end.
 *
 * @param ctx the paragraph.
 * @returns the candidate, or `null`.
 */
function speakerTurn(ctx: ParagraphContext, consumed: Set<QuoteSpan>): QuoteCandidate | null {
  const { paragraph, text, tokens, top, cueOf } = ctx
  let colon = -1
  for (let k = 1; k <= Math.min(5, tokens.length - 1); k++) {
    if (!tokens[k]!.word) {
      if (tokens[k]!.text === ':') colon = k
      break
    }
  }
  if (colon < 1 || !tokens[colon + 1]?.word) return null
  if (tokens.slice(0, colon).some((t) => LINE_LABELS.test(t.lower))) return null
  // (`Contributing:`, `Revealed:`: a participle labels the line)
  if (colon === 1 && /(?:ed|ing)$/.test(tokens[0]!.lower)) return null
  const phrase = phraseBefore(tokens, colon - 1, 0)
  if (!phrase || phrase.first !== 0 || phrase.kind !== 'name') return null
  let e = tokens.length - 1
  while (e > colon && !tokens[e]!.word) e--
  // (quote marks inside the words are a partial quote: `Lund: Port ‘Will Not Close’ This Winter`)
  if (top.some((span) => span.open < tokens[colon]!.start)) return null
  const [from, initialTo] = rangeOf(tokens, colon + 1, e)
  let to = initialTo
  for (const span of top) if (span.close >= to) to = Math.min(text.length, span.close + 1)
  if (wordCount(text.slice(from, to)) < 4) return null
  // a list of names after a place or a heading (`Kessel: Ana Lund, Tomas Berg, …`) is nobody's words
  const words = tokens.slice(colon + 1, e + 1).filter((t) => t.word)
  const commas = tokens.slice(colon + 1, e + 1).filter((t) => t.text === ',').length
  if (commas >= 2 && words.filter((t) => t.capital).length * 3 >= words.length * 2) return null
  for (const span of top) consumed.add(span)
  return {
    paragraph: paragraph.index,
    from,
    to,
    kind: top.length ? 'partial' : 'indirect',
    cue: cueOf(phrase),
    inherit: 'none'
  }
}

/**
 * `SUBJECT VERB [listener] [that] CONTENT`: each speech verb of a sentence with its subject and
 * what was said after it (`Lund said the wall would hold`, `she told reporters that …`, `…, adding
 * that …`, `X said …, but warned that …`); the content may hold partial quotes.
 *
 * @param ctx the paragraph.
 * @param first the sentence's first token.
 * @param last its last token.
 * @param consumed quote spans taken in by a candidate (filled here).
 * @param usedVerbs verbs already read as speech (filled here).
 * @returns the sentence's reported clauses.
 */
function reportedClauses(
  ctx: ParagraphContext,
  first: number,
  last: number,
  consumed: Set<QuoteSpan>,
  usedVerbs: Set<number>
): QuoteCandidate[] {
  const { paragraph, text, tokens, inQuote, closeAt, spansIn, cueOf, verbAt } = ctx
  const out: QuoteCandidate[] = []
  for (let v = first; v <= last; v++) {
    if (inQuote[v]) continue
    const verb = verbAt(v)
    if (!verb) continue
    const objectOnly = !CLAUSE_VERBS.has(verb.base) && OBJECT_VERBS.has(verb.base)
    const describes = !CLAUSE_VERBS.has(verb.base) && !objectOnly
    if (describes && !DESCRIBE_VERBS.has(verb.base)) continue
    // `spoke about`, `talked of`: only with their preposition
    if ((verb.base === 'speak' || verb.base === 'talk') && !/^(?:about|of)$/.test(tokens[v + 1]?.lower ?? '')) continue
    // `continued to insist`, `went on to say`, `was quick to add`: the subject stands before the verb group
    const group = performedInfinitive(tokens, v, first)
    // a tag right after a closing quote (`,” he said`) is no reported speech
    const subjectEnd = skipBetween(tokens, group - 1, first)
    let phrase = subjectEnd >= first ? phraseBefore(tokens, subjectEnd, first) : null
    // `He’s predicting that …`, `she’s said …`: a pronoun contracted with its auxiliary
    const contracted = phrase ? null : contractedPronoun(ctx, subjectEnd, first)
    // `The justice -- who had clashed with him -- said`, `Cory James, 22, of Flint, said`, `Proponents of the
    // bill, however, say`: an aside between the subject and its verb is stepped over
    let subjectTail = subjectEnd
    if (!phrase && verb.form !== 'participle') {
      const before = asideBefore(ctx, first, subjectEnd)
      if (before >= first) {
        subjectTail = before
        phrase = phraseBefore(tokens, before, first)
      }
    }
    if (verb.form === 'participle' && (!phrase || tokens[v - 1]?.text === ',')) phrase = null
    // `she would say`, `he did not say`, `wants to say`: no statement made
    if (tokens.slice(subjectEnd + 1, group).some((t) => MODAL_OR_NEGATION.test(t.lower))) continue
    // `the court was told`: the subject is who heard it, not who said it
    if (verb.form === 'past' && /^(?:was|were|been|being|is|are|be|get|got)$/.test(tokens[v - 1]?.lower ?? '')) continue
    // `… and said …`: the subject of the sentence's earlier verb
    // (`…, praising the crews and urging them …`: a participle's speaker is the sentence's, found below)
    const coordinated =
      !phrase && verb.form !== 'participle' && (tokens[v - 1]?.lower === 'and' || tokens[v - 1]?.lower === 'but')
    // a plain noun phrase opens the clause (`cement makers argue`, `74 percent said`): a group that speaks,
    // or nobody to name (the quote stays unattributed)
    // `with 30 percent of voters saying …`: a share that names nobody
    let unnamed = verb.form === 'participle' && withQuantity(tokens, v)
    if (unnamed) phrase = null
    let plain = false
    if (!phrase && verb.form !== 'participle' && !coordinated && !contracted) {
      const subject = plainSubject(ctx, first, subjectTail, group, verb.base)
      if (!subject) continue
      phrase = subject.speaks ? subject.phrase : null
      unnamed = !subject.speaks
      plain = subject.plain
    }
    // `X said …, but warned that …`: the speaker of the sentence's earlier speech verb
    const earlier = coordinated && tokens[v - 2]?.text === ',' ? earlierSpeaker(ctx, first, v) : null
    if (earlier) phrase = earlier
    // `… after the maker cut its forecast and said it would …`: the subject of the clause the verb joins
    else if (coordinated) {
      let lead = v - 2
      while (
        lead > first &&
        !/^(?:after|when|as|because|while|since|before|although|though|[,;:])$/.test(tokens[lead]!.lower)
      )
        lead--
      const subject = sentenceSubject(tokens, lead > first ? lead + 1 : first, v - 2, inQuote)
      // only a phrase that stands right before its own verb is that clause's subject
      const next = subject ? tokens[subject.last + 1] : undefined
      const verbLike =
        next &&
        next.word &&
        !next.capital &&
        !/^(?:of|in|on|at|to|for|from|with|by|during|and|or|but|the|a|an|who|which|that|as)$/.test(next.lower)
      const clauseStart = lead > first ? lead + 1 : first
      const atStart = subject
        ? tokens
            .slice(clauseStart, subject.first)
            .every((t) => !t.word || /^(?:but|and|so|yet|then|the)$/i.test(t.lower))
        : false
      phrase = subject && verbLike && (subject.kind !== 'name' || atStart) ? subject : null
      // `The leader, Eva Lund, said the plan was late and accused …`: the sentence's subject spoke first
      if (!phrase) {
        const speaker = earlierSpeaker(ctx, first, v)
        const main = sentenceSubject(tokens, first, v - 2, inQuote)
        if (speaker && main && main.first === speaker.first && main.last === speaker.last) phrase = speaker
      }
      // (a subject no speaker phrase reads, `Patients' groups welcomed … but said …`, is nobody to name,
      // not the previous speaker)
      if (!phrase) unnamed = true
    }
    // a tag right after a closing quote of the same sentence (`,” he said`, `,” political scientist Ana Lund
    // told …`); a quote that ended the sentence before (`…” She says …`) leaves the new sentence its own
    if (phrase && phrase.first > first) {
      let at = phrase.first - 1
      // (a role before the name: `,” political scientist Ana Lund told`)
      let role = at
      while (role > first && phrase.first - role <= 4 && tokens[role]!.word && !tokens[role]!.capital && !verbAt(role))
        role--
      if (role < at && rolePrefix(tokens, role + 1, phrase.first)) at = role
      const before = tokens[at]
      if (before && (closeAt.has(at) || (before.text === ',' && closeAt.has(at - 1)))) continue
    }
    // content start: after the listener, time adverbials, `that`, `:`
    const c = reportedClauseStart(ctx, v, verb, last)
    if (c === null) continue
    // `maintains a lead`, `posted a victory`: these report speech only before `that`
    if (THAT_CLAUSE_VERBS.has(verb.base) && tokens[c - 1]?.lower !== 'that') continue
    // `questioned the plan` is no speech reported; `questioned whether …` is
    if (QUESTION_VERBS.has(verb.base) && !QUESTION_WORDS.test(tokens[c]?.lower ?? '')) continue
    // after a plain noun phrase, the verb is a verb only when a clause follows (`the blue states [has] …`)
    if (plain && !clauseFollows(ctx, c, last)) continue
    // `in states that have …`, `Rust Belt states that …`: the plural noun; `the order states that …`,
    // `it states that …` report what a document says
    if (
      tokens[v]!.lower === 'states' &&
      !DOCUMENT_NOUNS.test(tokens[v - 1]?.lower ?? '') &&
      !/^(?:it|he|she|this)$/.test(tokens[v - 1]?.lower ?? '')
    )
      continue
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
    e = reportedClauseEnd(ctx, c, e)
    // `Lund, who said the plan would fail, was …`: the relative clause ends where the main verb comes
    if (tokens[subjectEnd]?.lower === 'who' && tokens[subjectEnd - 1]?.text === ',') e = relativeClauseEnd(ctx, c, e)
    // `When Lund announced the plan in June, he also …`: a leading subordinate clause ends at its comma
    if (inSubordinateClause(ctx, first, v)) e = subordinateClauseEnd(ctx, c, e)
    while (e > c && !tokens[e]!.word && !closeAt.has(e)) e--
    if (e < c || !hasWord(tokens, c, e)) continue
    // `told an audience at the institute in Kessel`: only whom it was told to, no verb of what was said
    if (
      LISTENER_VERBS.has(verb.base) &&
      tokens[c - 1]?.lower !== 'that' &&
      !spansIn(tokens[c]!.start, tokens[e]!.end).length &&
      e - c < 14 &&
      /^(?:a|an|the|his|her|their|its)$/.test(tokens[c]!.lower) &&
      tokens
        .slice(c, e + 1)
        .every(
          (t) =>
            !t.word ||
            (!FINITE.test(t.lower) &&
              !/(?:ed|es)$|['’]/.test(t.lower) &&
              !/^(?:to|that|he|she|they|it|we|i|you|which|who|what|whether|if|how|why|when)$/.test(t.lower))
        )
    )
      continue
    // `told a regular midday briefing, adding …`: whom it was told to, no clause of what was said
    if (
      LISTENER_VERBS.has(verb.base) &&
      /^(?:a|an|the|his|her|their|its)$/.test(tokens[c]!.lower) &&
      e - c < 6 &&
      !spansIn(tokens[c]!.start, tokens[e]!.end).length &&
      tokens
        .slice(c, e + 1)
        .every(
          (t) =>
            !/^(?:will|would|could|can|should|must|may|might|is|are|was|were|has|have|had|did|does|do)$/.test(
              t.lower
            ) && !/ed$/.test(t.lower)
        )
    )
      continue
    // `…, saying that …` / `by saying …`: the sentence's subject speaks
    // `X told a briefing, adding that …`: the speaker of the sentence's earlier speech verb, else its subject
    if (!phrase && verb.form === 'participle' && !contracted && !unnamed)
      phrase = earlierSpeaker(ctx, first, v) ?? sentenceSubject(tokens, first, v - 1, inQuote)
    // `Lund issued a statement saying …`: the statement's author speaks
    if (phrase && verb.form === 'participle' && phrase.last === v - 1 && DOCUMENT_NOUNS.test(tokens[v - 1]!.lower))
      phrase = (phrase.first > first ? sentenceSubject(tokens, first, phrase.first - 1, inQuote) : null) ?? phrase
    // `said X, and that Y` stays one quote: what was said, in one breath
    {
      const [from, initialTo] = rangeOf(tokens, c, e)
      let to = initialTo
      // an opening quote mark at the start belongs to a direct quote
      const inner = spansIn(from, to)
      const content = text.slice(from, to)
      if (wordCount(content) < (inner.length ? 3 : 4)) continue
      for (const s of inner) {
        consumed.add(s)
        if (s.close > to) to = Math.min(s.close, text.length)
      }
      if (describes && inner.length === 0) continue
      const longInner = inner.some((s) => wordCount(text.slice(s.open + 1, s.close)) >= 4)
      usedVerbs.add(v)
      out.push({
        paragraph: paragraph.index,
        from,
        to,
        kind: inner.length ? (longInner ? 'partial' : 'indirect') : 'indirect',
        cue: phrase ? cueOf(phrase) : contracted,
        inherit: phrase || contracted || unnamed ? 'none' : 'previous'
      })
    }
  }
  return out
}

/**
 * The pronoun of a subject contracted with its auxiliary right before the verb (`He’s predicting`,
 * `she’s said`, `they’ve argued`), as a cue that names the pronoun alone; `null` for `he’d`, `he’ll`
 * (no statement made) or any other token.
 */
function contractedPronoun(ctx: ParagraphContext, at: number, first: number): SpeakerCue | null {
  const { tokens, paragraph } = ctx
  const t = tokens[at]
  if (!t || at < first) return null
  const match = /^(he|she|they|we|i|it)['’](?:s|re|ve|m)$/i.exec(t.text)
  if (!match) return null
  const pronoun = match[1]!
  return { text: pronoun, kind: 'pronoun', paragraph: paragraph.index, start: t.start, end: t.start + pronoun.length }
}

/** Words that open an aside between a subject and its verb (`, however,`, `, including X,`, `, who …,`). */
const ASIDE_OPENERS =
  /^(?:who|whose|which|including|however|though|too|also|meanwhile|instead|moreover|furthermore|like|unlike|as|for|in|of|from|at|with|both|either|neither|along|together|among|a|an|the|now|then|once|still|one|two|three|four|five|himself|herself|themselves)$|ing$|ed$/

/**
 * The last token of the subject before an aside that stands between it and its verb, ending at
 * token `end` (a comma or a dash): `The justice -- who had clashed with him -- said`, `Cory James,
 * 22, of Flint, said`, `Proponents of the bill, however, say`, `Veterans interviewed at rallies,
 * including X, said`. Returns -1 when no aside ends there.
 *
 * @param ctx the paragraph.
 * @param first the sentence's first token.
 * @param end the token before the verb.
 * @returns the subject's last token, or -1.
 */
function asideBefore(ctx: ParagraphContext, first: number, end: number): number {
  const { tokens, inQuote } = ctx
  const mark = tokens[end]
  if (!mark || mark.word || inQuote[end]) return -1
  const dash = /^(?:—|–|--|-)$/.test(mark.text)
  if (!dash && mark.text !== ',') return -1
  let k = end - 1
  // (`--` typed as two hyphens)
  if (dash && tokens[k]?.text === mark.text) k--
  // a chain of asides (`Cory James, 22, of Flint, said`)
  for (let asides = 0; asides < 3; asides++) {
    let open = k
    while (open > first && end - open < 30 && !inQuote[open] && tokens[open]!.text !== mark.text) {
      if (/^[.;:!?“”"]$/.test(tokens[open]!.text)) return -1
      open--
    }
    if (open <= first || tokens[open]!.text !== mark.text || open === k) return -1
    if (dash && tokens[open - 1]?.text === mark.text) open--
    const opener = tokens[open + 1]!
    const aside =
      dash || ASIDE_OPENERS.test(opener.lower) || /^\d{1,3}$/.test(opener.text) || isAppositive(tokens, open + 1, k)
    if (!aside) return -1
    // (`Cory James, 22, of Flint, said`, `Ana Berg, a teacher from Kessel, North Ridge, said`, `Ola Lund,
    // R-Kessel, appearing on radio, said`: another aside before this one)
    // (`R-Kes.`: an abbreviation's dot)
    if (tokens[open - 1]?.text === '.' && tokens[open - 2]?.word) open--
    const previous = tokens[open - 1]!
    if (!dash && previous.word && asides < 2) {
      let before = open - 1
      while (before > first && tokens[before]!.word) before--
      const span = tokens.slice(before + 1, open)
      if (
        tokens[before]?.text === ',' &&
        (/^\d{1,3}$/.test(tokens[before + 1]!.text) ||
          /^of$/.test(opener.lower) ||
          /^[DRI]-\p{Lu}/u.test(tokens[before + 1]!.text) ||
          (span.length > 0 && span.length <= 3 && span.every((t) => t.capital)))
      ) {
        k = open - 1
        continue
      }
    }
    // (`Sen. Ana Berg (R-Kessel), one of the authors, said`: a party tag before the aside)
    if (tokens[open - 1]?.text === ')') {
      let paren = open - 2
      while (paren > first && tokens[paren]!.text !== '(' && open - paren < 8) paren--
      if (tokens[paren]?.text === '(' && tokens[paren - 1]?.word) return paren - 1
    }
    return tokens[open - 1]!.word ? open - 1 : -1
  }
  return -1
}

/**
 * The first token of a verb group whose infinitive at `v` reports what was said, not meant
 * (`continued to insist`, `went on to say`, `was quick to add`, `proceeded to explain`); `v` itself
 * when no such group stands before it (`wants to say`, `plans to argue`: intentions, no statement).
 *
 * @param tokens the paragraph's tokens.
 * @param v the speech verb.
 * @param first the sentence's first token.
 * @returns the group's first token, or `v`.
 */
function performedInfinitive(tokens: Token[], v: number, first: number): number {
  if (tokens[v - 1]?.lower !== 'to' || v - 2 < first) return v
  const head = tokens[v - 2]!.lower
  if (/^(?:continue[sd]?|continuing|proceed(?:s|ed)?|hasten(?:s|ed)?)$/.test(head)) return v - 2
  if (v - 3 < first) return v
  const before = tokens[v - 3]!.lower
  if (head === 'on' && /^(?:went|go|goes|going|gone)$/.test(before)) return v - 3
  if (head === 'quick' && /^(?:is|are|was|were|be|been|being)$/.test(before)) return v - 3
  return v
}

/** Modal verbs and negation between a subject and its verb: no statement was made. */
const MODAL_OR_NEGATION = /^(?:will|would|could|can|may|might|should|must|shall|not|never|to)$|n['’]t$/

/**
 * The subject of a speech verb that no speaker phrase names: a plain noun phrase opening the clause
 * (`subjectNounPhrase`), the antecedent of a relative `who` (`Lund, who said …`, `voters who say …`),
 * or a noun phrase with a relative clause of its own (`aides who ran the numbers argue …`).
 *
 * @param ctx the paragraph.
 * @param first the sentence's first token.
 * @param end the subject's last possible token (adverbs, auxiliaries and asides before the verb stepped over).
 * @param v the verb.
 * @param base the verb's base form.
 * @returns the subject, or `null`.
 */
function plainSubject(
  ctx: ParagraphContext,
  first: number,
  end: number,
  v: number,
  base: string
): (SubjectPhrase & { plain: boolean }) | null {
  const { tokens, inQuote } = ctx
  if (end < first) return null
  // `ready to say`: no statement made (modals and negation before the verb are the caller's)
  if (tokens[v - 1]?.lower === 'to') return null
  // what follows must be what was said, not the rest of a noun phrase (`his remarks were …`)
  if (
    /^(?:is|are|was|were|has|have|had|will|would|could|can|may|might|should|must|of|and|or)$/.test(
      tokens[v + 1]?.lower ?? ''
    )
  )
    return null
  // `Lund, who said …` and `voters who say …`: the antecedent
  if (/^(?:who|that)$/.test(tokens[end]!.lower)) {
    const antecedent = tokens[end - 1]?.text === ',' ? end - 2 : end - 1
    if (antecedent < first || !tokens[antecedent]!.word) return null
    // (`who asked not to be named`: a request, not a statement)
    if (base === 'ask') return null
    const named = phraseBefore(tokens, antecedent, first)
    if (named) return { phrase: named, speaks: true, plain: false }
    if (!CLAUSE_VERBS.has(base)) return null
    if (tokens[end]!.lower === 'that' && !/s$/.test(tokens[antecedent]!.lower)) return null
    return withPlain(subjectNounPhrase(tokens, antecedent, first))
  }
  // a plain noun phrase says things only with a verb that takes a clause (`critics argue that …`)
  if (!CLAUSE_VERBS.has(base)) return null
  // `aides who ran the numbers argue …`: a relative clause inside the subject
  for (let r = end - 1; r > first && end - r < 14; r--) {
    const t = tokens[r]!
    if (!t.word || inQuote[r]) break
    if (t.lower !== 'who' && t.lower !== 'whose') continue
    if (!tokens[r - 1]?.word) return null
    const named = phraseBefore(tokens, r - 1, first)
    if (named && named.kind !== 'pronoun') return { phrase: named, speaks: true, plain: false }
    return withPlain(subjectNounPhrase(tokens, r - 1, first))
  }
  return withPlain(subjectNounPhrase(tokens, end, first))
}

/** A plain noun phrase, marked as such. */
function withPlain(subject: SubjectPhrase | null): (SubjectPhrase & { plain: boolean }) | null {
  return subject && { ...subject, plain: true }
}

/**
 * Whether a condition or reason at `c` opens what was said, its main clause following (`said if
 * elected, she would …`, `said because the port is small, “it needs …”`): a subject and a finite verb
 * come after a comma or within a few words.
 */
function frontedCondition(ctx: ParagraphContext, c: number, last: number): boolean {
  const { tokens } = ctx
  if (!/^(?:if|because|unless|once|although|though)$/.test(tokens[c]!.lower)) return false
  for (let k = c + 2; k < Math.min(last, c + 20); k++) {
    const t = tokens[k]!
    if (/^[.;:]$/.test(t.text)) return false
    if (t.text !== ',' && !(k > c + 1 && SUBJECT_PRONOUNS.has(t.lower))) continue
    const subject = t.text === ',' ? k + 1 : k
    for (let j = subject; j <= Math.min(last, subject + 4); j++) if (FINITE.test(tokens[j]!.lower)) return true
  }
  return false
}

/** Whether the -ing word at `c` opens a clause as its subject (`revoking their passes would be …`). */
function gerundSubject(ctx: ParagraphContext, c: number, last: number): boolean {
  const { tokens } = ctx
  if (SPEECH_VERBS.has(tokens[c]!.lower)) return false
  for (let k = c + 1; k <= Math.min(last, c + 6); k++) {
    const t = tokens[k]!
    if (!t.word) return false
    if (FINITE.test(t.lower)) return true
    // (`referring to reports that …`, `reflecting the lead she has`: the participle's own object and clause)
    if (/^(?:to|that|which|who|he|she|they|it|we|i|you)$/.test(t.lower)) return false
  }
  return false
}

/** Auxiliaries, modals and copulas: a finite verb of a clause. */
const FINITE =
  /^(?:is|are|was|were|will|would|has|have|had|could|can|should|may|might|must|did|does|do|shall|isn't|aren't|wasn't|weren't|won't|wouldn't|hasn't|haven't|hadn't|can't|couldn't|shouldn't|didn't|doesn't|don't)$/

/**
 * Whether a clause opens at token `c`: `that`, a subject pronoun, or a finite verb within a dozen words
 * (`critics say [the plan would fail]`), not a noun phrase running on (`the blue states [has an open-carry law]`).
 *
 * @param ctx the paragraph.
 * @param c the first token of what was said.
 * @param last the sentence's last token.
 * @returns whether a clause opens there.
 */
function clauseFollows(ctx: ParagraphContext, c: number, last: number): boolean {
  const { tokens } = ctx
  const start = tokens[c]
  if (!start) return false
  if (/^(?:that|he|she|they|it|we|i|you|there)$/.test(tokens[c - 1]?.lower === 'that' ? 'that' : start.lower))
    return true
  if (FINITE.test(start.lower)) return false
  for (let k = c + 1; k <= Math.min(last, c + 12); k++) {
    const t = tokens[k]!
    if (!t.word) {
      if (/^[.;:!?]$/.test(t.text)) return false
      continue
    }
    if (FINITE.test(t.lower)) return true
    if (/ed$/.test(t.lower) && !/^(?:the|a|an|his|her|their|its|our|my|your)$/.test(tokens[k - 1]?.lower ?? ''))
      return true
  }
  return false
}

/**
 * Where the content of a reported clause starts after its verb: past a listener (`told
 * reporters`, `told the committee:`), time and place adverbials (`said on Monday`, `said in a
 * statement`), `that`, a colon; `null` when no clause of what was said follows (`said, as …`,
 * `asked for`, `called off`, a direct quote the quote pass reads, a participle of its own).
 *
 * @param ctx the paragraph.
 * @param v the verb's token.
 * @param verb the verb's base and form.
 * @param last the sentence's last token.
 * @returns the content's first token, or `null`.
 */
function reportedClauseStart(
  ctx: ParagraphContext,
  v: number,
  verb: { base: string; form: string },
  last: number
): number | null {
  const { text, tokens, inQuote, openAt, tokenAt, verbAt } = ctx
  // content start: after listener, time adverbials, `that`, `:`
  let c = v + 1
  if (
    tokens[c]?.lower === 'out' ||
    tokens[c]?.lower === 'on' ||
    (verb.base === 'point' && tokens[c]?.lower === 'to') ||
    (verb.base === 'make' && tokens[c]?.lower === 'clear')
  )
    c++
  // `made it clear to aides that …`, `made the case to the board that …`: what was said follows `that`
  else if (verb.base === 'make' && madeClearOrCase(tokens, v) === 2) {
    c += 2
    if (tokens[v + 2]!.lower === 'case') {
      let k = c
      while (k <= last && k - c < 8 && tokens[k]!.lower !== 'that' && !inQuote[k] && !/^[.;:!?]$/.test(tokens[k]!.text))
        k++
      if (tokens[k]?.lower !== 'that') return null
      c = k
    }
  }
  if (
    (verb.base === 'call' || verb.base === 'speak' || verb.base === 'talk') &&
    /^(?:for|about|of)$/.test(tokens[c]?.lower ?? '')
  )
    c++
  if (LISTENER_VERBS.has(verb.base) && tokens[c] && /^(?:him|her|them|us|me)$/.test(tokens[c]!.lower)) c++
  else if (
    LISTENER_VERBS.has(verb.base) &&
    tokens[c] &&
    tokens[c]!.lower !== 'that' &&
    phraseAfter(tokens, c, last) &&
    /^(?:[:,]|that|he|she|they|it|we|i|there|the|a|an|this|these|those|his|her|their|its|our|some|many|most|all|no|if|whether|how|what|why|which|who)$/.test(
      tokens[phraseAfter(tokens, c, last)!.last + 1]?.lower ?? ''
    )
  ) {
    // `told the committee: …`, `told reporters that …`
    c = phraseAfter(tokens, c, last)!.last + 1
  } else if (
    LISTENER_VERBS.has(verb.base) &&
    tokens[c] &&
    tokens[c]!.lower !== 'that' &&
    (() => {
      for (let k = c + 1; k <= Math.min(last, c + 8); k++)
        if ((!tokens[k]!.word && !/^['’]$/.test(tokens[k]!.text)) || inQuote[k]) return false
        else if (tokens[k]!.lower === 'that') return true
      return false
    })()
  ) {
    // `told the Herald's morning programme that …`
    while (tokens[c]!.lower !== 'that') c++
  } else if (
    LISTENER_VERBS.has(verb.base) &&
    /^(?:a|an|the|his|her|their|its)$/.test(tokens[c]?.lower ?? '') &&
    (() => {
      // `told a dispatcher before police arrived`: a listener, then no clause of what was said
      for (let k = c + 1; k <= Math.min(last, c + 4); k++) {
        if (!tokens[k]!.word || inQuote[k]) return false
        if (SUBORDINATE.test(tokens[k]!.lower)) return true
      }
      return false
    })()
  ) {
    return null
  } else if (LISTENER_VERBS.has(verb.base) && tokens[c] && !CLAUSE_START.has(tokens[c]!.lower)) {
    // the listener: words up to the clause (`told dock workers this weekend he would…`)
    let k = c
    while (k <= last && k - c < 6 && tokens[k]!.word && !CLAUSE_START.has(tokens[k]!.lower) && !inQuote[k]) {
      // `told staff as she left`: a listener, then an adverbial clause, no clause of what was said
      if (k > c && SUBORDINATE.test(tokens[k]!.lower) && SUBJECT_PRONOUNS.has(tokens[k + 1]?.lower ?? '')) return null
      k++
    }
    if (
      k <= last &&
      (CLAUSE_START.has(tokens[k]!.lower) || tokens[k]!.text === ':' || tokens[k]!.text === ',' || openAt.has(k))
    )
      c = k
  }
  const rest = text.slice(tokens[c]?.start ?? text.length)
  const adverbial = AFTER_VERB.exec(rest)
  if (adverbial && adverbial[0].length > 0) {
    const to = (tokens[c]?.start ?? text.length) + adverbial[0].length
    while (c <= last && tokens[c]!.start < to) c++
  }
  // `told a briefing, adding …`: what was said follows the participle, not this verb
  if (c > v + 1 && verbAt(c)?.form === 'participle') return null
  if (verb.base === 'ask' && (tokens[c]?.lower === 'for' || tokens[v + 1]?.lower === 'for')) return null
  if (verb.base === 'call' && /^(?:into|on|off|up|back|in|out|at|to|upon|over)$/.test(tokens[c]?.lower ?? ''))
    return null
  if (DESCRIBE_VERBS.has(verb.base) && tokens[c]?.lower === 'as') c++
  // `…, the report says; surgeons now …`: a semicolon ends the tag, it does not introduce what was said
  if (tokens[c]?.text === ';') return null
  const afterThat = tokens[c]?.lower === 'that'
  if (afterThat) c++
  if (tokens[c]?.text === ':' || tokens[c]?.text === ',') {
    // `said: “…”` introduces a direct quote
    if (openAt.has(c + 1)) return null
    c++
    // `suggests, despite a rule …, that …`, `noted, however, that …`, `testified, for example, that …`: an
    // aside between commas (a subordinate phrase, or a few words with no verb), then what was said
    if (tokens[c]?.word) {
      let close = c + 1
      while (close < last && tokens[close]!.text !== ',' && !inQuote[close]) close++
      const aside =
        SUBORDINATE.test(tokens[c]!.lower) ||
        (close - c <= 3 && tokens.slice(c, close).every((t, n) => t.word && !FINITE.test(t.lower) && !verbAt(c + n)))
      if (aside && tokens[close]?.text === ',' && tokens[close + 1]?.lower === 'that') c = close + 2
    }
    // `said, referencing …`, `said, as they …`, `the company said, below the average of …`: no reported clause follows
    // (`she added, revoking their passes would be …`: a gerund that is the subject of a clause is what was said)
    if (
      tokens[c] &&
      ((/ing$/.test(tokens[c]!.lower) && !gerundSubject(ctx, c, last)) ||
        SUBORDINATE.test(tokens[c]!.lower) ||
        PREPOSITION.test(tokens[c]!.lower) ||
        /^(?:below|above|compared|ahead|than|versus|up|down)$/.test(tokens[c]!.lower))
    )
      return null
  }
  // a clause opening with a preposition is an adverbial (`said at a briefing …`, `said after the vote he …`):
  // the content, if any, follows `that` or starts at a new subject; `vowed to …` is a complement
  const infinitive = tokens[c]?.lower === 'to' && INFINITIVE_VERBS.test(verb.base)
  // (after `that`, a preposition opens what was said: `said that at least three people …`)
  if (tokens[c] && PREPOSITION.test(tokens[c]!.lower) && !openAt.has(c) && !infinitive && !afterThat) {
    let k = c
    let subject = -1
    while (k <= last && k - c < 12 && tokens[k]!.lower !== 'that' && tokens[k]!.text !== ',' && !inQuote[k]) {
      if (subject < 0 && k > c + 1 && k - c <= 6 && /^(?:he|she|they|it|we|i|there)$/.test(tokens[k]!.lower))
        subject = k
      k++
    }
    // `said in a note the change could …`: a preposition, a determiner, one noun, then the clause
    if (
      subject < 0 &&
      /^(?:a|an|the|his|her|their|its)$/.test(tokens[c + 1]?.lower ?? '') &&
      tokens[c + 2]?.word &&
      /^(?:the|a|an|this|these|those|its|their|his|her)$/.test(tokens[c + 3]?.lower ?? '')
    )
      subject = c + 3
    if (k <= last && tokens[k]!.lower === 'that') c = k + 1
    else if (subject > 0) c = subject
    else return null
  }
  // (after `that`, a subordinate clause opens what was said: `said that if elected, she would …`)
  // (`asked the workers if they …`: after a question, `if` asks whether)
  const indirectQuestion = verb.base === 'ask' && tokens[c]?.lower === 'if' && c > v + 1
  if (
    tokens[c] &&
    SUBORDINATE.test(tokens[c]!.lower) &&
    !afterThat &&
    !indirectQuestion &&
    !frontedCondition(ctx, c, last)
  )
    return null
  if (openAt.has(c)) {
    // the verb introduces a direct quote (the quote pass attributes it), unless the sentence
    // runs on after it: `said that “a deal” was close` is reported speech with a partial quote
    const span = openAt.get(c)!
    const after = span.closed ? tokenAt.get(span.close) : undefined
    const next = after !== undefined ? tokens[after + 1] : undefined
    if (!next || !next.word || next.capital) return null
  }
  if (c > last) return null
  return c
}

/**
 * Where the content of a reported clause ends: before a later clause with its own speech verb
 * (`, adding`, `, and X told`), a new subject (`, but she noted`), a dash or a semicolon (a dashed
 * aside runs on), at most 160 tokens on.
 *
 * @param ctx the paragraph.
 * @param c the content's first token.
 * @param e its last possible token (the sentence's last word).
 * @returns the content's last token.
 */
function reportedClauseEnd(ctx: ParagraphContext, c: number, e: number): number {
  const { tokens, inQuote, closeAt, verbAt } = ctx
  for (let k = c + 1; k <= e; k++) {
    if (k - c > 160) {
      // reported speech runs a sentence or so, not a wall of text
      return k
    }
    // `… has “expanded the party,” claiming that …`: a quote that closes before a second speech verb
    // (its comma inside the marks) ends what was said
    if (
      closeAt.has(k) &&
      k < e &&
      (participleTag(ctx, k + 1) || (/^(?:and|but)$/.test(tokens[k + 1]!.lower) && verbAt(k + 2)))
    )
      return k
    if (inQuote[k]) continue
    const t = tokens[k]!
    // `the money — a mix of loans and grants — would begin flowing`: a dashed aside, then the clause runs on
    if ((t.text === '—' || t.text === '–' || t.text === '--') && !inQuote[k]) {
      let pair = k + 1
      while (pair < e && !(tokens[pair]!.text === t.text && !inQuote[pair]) && !/^[.;]$/.test(tokens[pair]!.text))
        pair++
      if (pair < e && tokens[pair]!.text === t.text && tokens[pair + 1]?.word) {
        k = pair
        continue
      }
    }
    if ((t.text === '—' || t.text === '–' || t.text === '--' || t.text === ';') && !inQuote[k]) {
      return k - 1
    }
    if (
      t.text === ',' &&
      tokens[k + 1] &&
      (verbAt(k + 1) ||
        (/^(?:and|but)$/.test(tokens[k + 1]!.lower) && tokens[k + 2] && verbAt(k + 2)) ||
        tokens[k + 1]!.lower === 'according')
    ) {
      return k - 1
    }
    // `…, but she noted …`, `…, he added`: a new clause with its own subject
    const n1 = tokens[k + 1]
    const n2 = tokens[k + 2]
    // (a clause of its own with no speech verb, `…, it was the stage itself`, `…, while X did not`, runs on:
    // it is still what was said)
    if (
      t.text === ',' &&
      n1 &&
      (/^(?:he|she|they|it|we|i)$/.test(n1.lower) ||
        (/^(?:but|yet|while|although|though|whereas)$/.test(n1.lower) &&
          n2 &&
          (/^(?:he|she|they|it|we|i)$/.test(n2.lower) || n2.capital))) &&
      speechVerbWithin(ctx, k + 2, Math.min(e, k + 8))
    ) {
      return k - 1
    }
    // `… "too late" and accused the board …`: a second speech verb of the same speaker
    if ((t.lower === 'and' || t.lower === 'but') && !inQuote[k] && verbAt(k + 1)) {
      return k - 1
    }
    if (t.text === ',' && tokens[k + 1]?.lower === 'and') {
      const s2 = verbAt(k + 2) ?? verbAt(k + 3)
      if (s2) {
        return k - 1
      }
      // `…, and Harbour Workers' Union secretary Ola Brandt told …`: a second speaker's clause
      let found = false
      for (let j = k + 3; j <= Math.min(e, k + 12) && !inQuote[j]; j++) {
        if (!verbAt(j) || verbAt(j)!.form === 'participle') continue
        const end = skipBetween(tokens, j - 1, k + 2)
        const p = end >= k + 2 ? phraseBefore(tokens, end, k + 2) : null
        found = Boolean(p && p.kind !== 'pronoun' && (p.first === k + 2 || rolePrefix(tokens, k + 2, p.first)))
        // `…, and one in five said …`: a plain noun phrase opening the clause speaks too
        if (!found && end >= k + 2 && CLAUSE_VERBS.has(verbAt(j)!.base))
          found = Boolean(subjectNounPhrase(tokens, end, k + 2))
        break
      }
      if (found) {
        return k - 1
      }
    }
  }
  return e
}

/** Whether the verb at `v` stands in a clause opened by a subordinator (`When Lund said …`, `…, while X argued …`). */
function inSubordinateClause(ctx: ParagraphContext, first: number, v: number): boolean {
  const { tokens, inQuote } = ctx
  for (let k = v - 1; k >= first && v - k <= 12; k--) {
    const t = tokens[k]!
    if (inQuote[k] || /^[,;:—–]$/.test(t.text)) return false
    if (SUBORDINATE.test(t.lower) && t.lower !== 'as' && (k === first || /^[,;:—–(]$/.test(tokens[k - 1]!.text)))
      return true
  }
  return false
}

/**
 * Where what was said ends in a leading subordinate clause: before the comma after which the main
 * clause's subject comes (`When Lund announced the plan in June, he also …`).
 *
 * @param ctx the paragraph.
 * @param c the content's first token.
 * @param e its last possible token.
 * @returns the content's last token.
 */
function subordinateClauseEnd(ctx: ParagraphContext, c: number, e: number): number {
  const { tokens, inQuote } = ctx
  for (let k = c + 1; k < e; k++) {
    if (inQuote[k] || tokens[k]!.text !== ',') continue
    const next = tokens[k + 1]!
    if (
      next.word &&
      (SUBJECT_PRONOUNS.has(next.lower) || next.capital || /^(?:the|a|an|this|these|those)$/.test(next.lower))
    )
      return k - 1
  }
  return e
}

/** Whether token `k` is a speech verb's participle opening a second clause (`claiming`, `adding`). */
function participleTag(ctx: ParagraphContext, k: number): boolean {
  const verb = ctx.verbAt(k)
  return Boolean(verb && verb.form === 'participle' && CLAUSE_VERBS.has(verb.base))
}

/** Whether a speech verb (not a participle) stands among tokens `[from, to]`, outside quotes. */
function speechVerbWithin(ctx: ParagraphContext, from: number, to: number): boolean {
  for (let k = from; k <= to; k++) {
    if (ctx.inQuote[k]) continue
    const verb = ctx.verbAt(k)
    // (`, he would add a crossing`: a modal verb group is no tag)
    if (verb && verb.form !== 'participle' && !MODAL_OR_NEGATION.test(ctx.tokens[k - 1]?.lower ?? '')) return true
  }
  return false
}

/**
 * Where what was said ends inside a relative clause (`Lund, who said the plan would fail, was
 * re-elected`): before the comma that a main verb follows.
 *
 * @param ctx the paragraph.
 * @param c the content's first token.
 * @param e its last possible token.
 * @returns the content's last token.
 */
function relativeClauseEnd(ctx: ParagraphContext, c: number, e: number): number {
  const { tokens, inQuote, verbAt } = ctx
  for (let k = c + 1; k < e; k++) {
    if (inQuote[k] || tokens[k]!.text !== ',') continue
    const next = tokens[k + 1]!
    if (next.word && !next.capital && (FINITE.test(next.lower) || /ed$/.test(next.lower) || verbAt(k + 1))) return k - 1
  }
  return e
}

/**
 * `…, according to X` and `According to X, …`: what X said, before or after.
 *
 * @param ctx the paragraph.
 * @param first the sentence's first token.
 * @param last its last token.
 * @param consumed quote spans taken in by a candidate (filled here).
 * @returns the sentence's candidates.
 */
function accordingTo(ctx: ParagraphContext, first: number, last: number, consumed: Set<QuoteSpan>): QuoteCandidate[] {
  const { tokens, inQuote } = ctx
  const out: QuoteCandidate[] = []
  // `…, according to X` and `According to X, …`
  for (let a = first; a < last; a++) {
    if (inQuote[a] || tokens[a]!.lower !== 'according' || tokens[a + 1]?.lower !== 'to') continue
    // the source runs to the next comma (`according to exit polls released on Tuesday, …`); a person or
    // body named there speaks, a poll, a document or data names nobody (the quote stays unattributed)
    let sourceEnd = a + 2
    while (sourceEnd < last && tokens[sourceEnd + 1]!.text !== ',' && !inQuote[sourceEnd + 1]) sourceEnd++
    if (sourceEnd > last || !tokens[a + 2]?.word) continue
    const phrase = phraseAfter(tokens, a + 2, sourceEnd)
    const after = tokens[sourceEnd + 1]?.text === ',' ? sourceEnd + 2 : -1
    // what X said: before (`…, according to X`), after (`According to X, …`), or on both sides
    // when the source splits the sentence after a leading phrase (`Over the long term, according to X, …`)
    const parts: [number, number][] = []
    const opening = a === first || (a === first + 1 && !tokens[first]!.word)
    if (!opening) parts.push([first, tokens[a - 1]?.text === ',' ? a - 2 : a - 1])
    if (after > 0 && (opening || leadingAdverbial(ctx, first, a))) parts.push([after, last])
    for (const [c, end] of parts) {
      const candidate = sourcedCandidate(ctx, c, end, phrase, consumed)
      if (candidate) out.push(candidate)
    }
  }
  return out
}

/**
 * `…, as X said.`, `As X noted, …`, `as first reported by X`: what X said, before or after (the
 * source's clause between commas or at the sentence's end).
 *
 * @param ctx the paragraph.
 * @param first the sentence's first token.
 * @param last its last token.
 * @param consumed quote spans taken in by a candidate (filled here).
 * @param usedVerbs verbs already read as speech (filled here).
 * @returns the sentence's candidates.
 */
function asReported(
  ctx: ParagraphContext,
  first: number,
  last: number,
  consumed: Set<QuoteSpan>,
  usedVerbs: Set<number>
): QuoteCandidate[] {
  const { tokens, inQuote, verbAt } = ctx
  const out: QuoteCandidate[] = []
  for (let a = first; a < last; a++) {
    if (inQuote[a] || tokens[a]!.lower !== 'as') continue
    if (a > first && tokens[a - 1]!.text !== ',' && !/^[—–-]$/.test(tokens[a - 1]!.text)) continue
    // the source clause: `as X [has] said`, `as reported by X`, `as X put it`
    let end = a + 1
    while (end <= last && tokens[end]!.text !== ',' && !/^[.;—–]$/.test(tokens[end]!.text) && end - a < 14) end++
    const clauseEnd = end - 1
    let phrase: Phrase | null = null
    let verb = -1
    for (let k = a + 1; k <= clauseEnd; k++) {
      const sv = verbAt(k)
      if (!sv || sv.form === 'participle' || !TAG_VERBS.test(sv.base)) {
        // `as reported by X`, `as first reported by X`
        if (tokens[k]!.lower === 'reported' && tokens[k + 1]?.lower === 'by') {
          phrase = phraseAfter(tokens, k + 2, clauseEnd)
          verb = k
          break
        }
        continue
      }
      const subjectEnd = skipBetween(tokens, k - 1, a + 1)
      phrase = subjectEnd > a ? phraseBefore(tokens, subjectEnd, a + 1) : null
      if (phrase && phrase.first !== a + 1) phrase = null
      verb = k
      break
    }
    // (`as if to say`, `as soon as`: no source; `As Soviet states …`: a noun)
    if (
      verb < 0 ||
      !phrase ||
      usedVerbs.has(verb) ||
      /^(?:if|though|soon|well|long|much|far|easy)$/.test(tokens[a + 1]!.lower)
    )
      continue
    if (THAT_CLAUSE_VERBS.has(SPEECH_VERBS.get(tokens[verb]!.lower)?.base ?? '')) continue
    // only a time or a place may follow the verb in the source clause (`as she said on Monday`)
    if (verb < clauseEnd && (!phrase || phrase.last < verb)) {
      const tail = tokens.slice(verb + 1, clauseEnd + 1).filter((t) => t.word)
      if (tail.length > 4 || tail.some((t) => /^(?:that|it|he|she|they|we|i|this|if|whether)$/.test(t.lower))) continue
    }
    const opening = a === first || (a === first + 1 && !tokens[first]!.word)
    let c: number
    let e: number
    if (opening) {
      if (tokens[end]?.text !== ',') continue
      c = end + 1
      e = last
    } else {
      c = first
      e = a - 2
    }
    const candidate = sourcedCandidate(ctx, c, e, phrase, consumed)
    if (!candidate) continue
    usedVerbs.add(verb)
    out.push(candidate)
  }
  return out
}

/**
 * What a named source said between tokens `c` and `e` (closing marks and punctuation trimmed), at
 * least four words, the quote spans it holds taken in; `null` when too short.
 *
 * @param ctx the paragraph.
 * @param c the first token.
 * @param end the last possible token.
 * @param phrase the source's phrase, or `null` when it names nobody (a poll, a document).
 * @param consumed quote spans taken in by a candidate (filled here).
 * @returns the candidate, or `null`.
 */
function sourcedCandidate(
  ctx: ParagraphContext,
  c: number,
  end: number,
  phrase: Phrase | null,
  consumed: Set<QuoteSpan>
): QuoteCandidate | null {
  const { paragraph, text, tokens, top, closeAt, cueOf } = ctx
  let e = end
  while (e > c && !tokens[e]!.word && !closeAt.has(e)) e--
  if (e <= c) return null
  const [from, to] = rangeOf(tokens, c, e)
  if (wordCount(text.slice(from, to)) < 4) return null
  for (const s of top) if (s.open >= from && s.open < to) consumed.add(s)
  return { paragraph: paragraph.index, from, to, kind: 'indirect', cue: phrase ? cueOf(phrase) : null, inherit: 'none' }
}

/**
 * Whether the words `[first, a)` before `according to` are only a leading adverbial and its comma
 * (`Since last May,`, `In addition,`, `About 10 p.m.,`): no verb of a clause among a few words.
 */
function leadingAdverbial(ctx: ParagraphContext, first: number, a: number): boolean {
  const { tokens } = ctx
  if (tokens[a - 1]?.text !== ',' || a - first > 8) return false
  for (let k = first; k < a - 1; k++) {
    const t = tokens[k]!
    if (
      t.word &&
      ((FINITE.test(t.lower) && !(t.capital && k > first)) ||
        (/(?:ed|s)$/.test(t.lower) &&
          !t.capital &&
          k > first &&
          /^(?:he|she|it|they|the|a)$/.test(tokens[k - 1]!.lower)))
    )
      return false
  }
  return true
}

/**
 * The inverted tag with no quote marks: `CONTENT, SUBJECT said [adverbials].` or `CONTENT, said
 * SUBJECT.`, the tail after the verb short (a time, a place), not a clause of its own.
 *
 * @param ctx the paragraph.
 * @param first the sentence's first token.
 * @param last its last token.
 * @param consumed quote spans taken in by a candidate (filled here).
 * @param usedVerbs verbs already read as speech (a verb tags one clause).
 * @returns the candidate, or `null`.
 */
function invertedTag(
  ctx: ParagraphContext,
  first: number,
  last: number,
  consumed: Set<QuoteSpan>,
  usedVerbs: Set<number>
): QuoteCandidate[] {
  const { paragraph, text, tokens, inQuote, openAt, closeAt, spansIn, cueOf, verbAt } = ctx
  // inverted: `CONTENT, SUBJECT said [adverbials].` / `CONTENT, said SUBJECT.` with no quote marks
  for (let k = last; k > first + 3; k--) {
    if (tokens[k]!.text !== ',' || inQuote[k] || closeAt.has(k - 1)) continue
    let v = -1
    let phrase: Phrase | null = null
    const verbFirst = verbAt(k + 1)
    // (`X, told the Herald …`: after `told` comes who heard it, not who spoke)
    if (verbFirst && verbFirst.form !== 'participle' && !LISTENER_VERBS.has(verbFirst.base)) {
      phrase = phraseAfter(tokens, k + 2, last)
      v = k + 1
    } else {
      for (let j = k + 1; j <= Math.min(last, k + 18); j++) {
        const sv = verbAt(j)
        if (sv && sv.form !== 'participle') {
          const end = skipBetween(tokens, j - 1, k + 1)
          const p = end > k ? phraseBefore(tokens, end, k + 1) : null
          // `…, the minister for coastal towns, Tomas Berg, said.`: the role before the name
          // (`…, his top aide, Tomas Berg, said.`: a role, then the name between commas)
          const described =
            p &&
            tokens[p.first - 1]?.text === ',' &&
            (roleWithBody(tokens, p.first - 2, k + 1) || rolePrefix(tokens, k + 1, p.first - 1))
          if (p && (p.first === k + 1 || rolePrefix(tokens, k + 1, p.first) || described)) {
            phrase = p
            v = j
          }
          break
        }
      }
    }
    if (!phrase || v < 0) continue
    // `…, we might recall, …`, `…, she did not say`: no statement made
    if (phrase.last < v && tokens.slice(phrase.last + 1, v).some((t) => MODAL_OR_NEGATION.test(t.lower))) continue
    // `CONTENT, she said, is that …`: a tag between commas splits what was said; the clause after it
    // is read as reported speech of the same verb, the words before it are this rule's
    let tagEnd = Math.max(v, phrase.last) + 1
    {
      // (`she said in an interview,`: only a time or place between the tag and its comma)
      const rest = text.slice(tokens[tagEnd]?.start ?? text.length)
      const adverbial = AFTER_VERB.exec(rest)
      if (adverbial && adverbial[0].length > 0) {
        const to = (tokens[tagEnd]?.start ?? text.length) + adverbial[0].replace(/[\s,]+$/, '').length
        while (tagEnd <= last && tokens[tagEnd]!.start < to) tagEnd++
      }
    }
    const parenthetical = tokens[tagEnd]?.text === ',' && tagEnd < last
    if (usedVerbs.has(v) && !parenthetical) continue
    // `…, said she was ‘livid’`: the pronoun is the subject of what was said, not an inverted speaker
    if (phrase.kind === 'pronoun' && phrase.first > v && tokens[phrase.last + 1]?.word) continue
    if (!TAG_VERBS.test(SPEECH_VERBS.get(tokens[v]!.lower)?.base ?? '')) continue
    // `…, the union agreed to a new deal`: an infinitive or object, not a tag
    if (tokens[v + 1]?.lower === 'to') continue
    if (/^(?:was|were|been|being|is|are|be)$/.test(tokens[v - 1]?.lower ?? '')) continue
    // `…, she said: “…”`: the verb introduces a quote, and a leading `Addressing …,` is no speech
    const afterVerb = tokens[Math.max(v, phrase.last) + 1]
    if (afterVerb && /^[,:]$/.test(afterVerb.text) && openAt.has(Math.max(v, phrase.last) + 2)) continue
    // `Speaking to reporters in Ottawa, X said …`: a leading participle clause is when and where, not what
    if (/ing$/.test(tokens[first]!.lower) && tokens[first]!.capital) continue
    // `The agency's spokeswoman, Ana Ferreira, said …`: the role, not what was said
    if (tokens[k - 1]?.word && speakerNoun(tokens[k - 1]!.lower) && k - first <= 6) continue
    // the tail after the verb must be short (time, place), not a new clause
    let tail = 0
    let clause = false
    for (let j = Math.max(v, phrase.last) + 1; j <= last && !/^(?:,|—|–|--|;)$/.test(tokens[j]!.text); j++) {
      // `…, she told aides as she left`, `…, said residents who lost their homes`: an adverbial or
      // relative clause after the tag is not what was said
      if (
        tail > 0 &&
        tail <= 4 &&
        (SUBORDINATE.test(tokens[j]!.lower) || /^(?:who|whose|which)$/.test(tokens[j]!.lower))
      )
        break
      // `…, Lund said that …`: what follows `that` was said; this is no inverted tag
      if (tokens[j]!.lower === 'that' && tail === 0) clause = true
      if (tokens[j]!.word) tail++
      // `…, unions say frontline will suffer`: what follows the verb is what was said
      if (/^(?:will|would|could|can|should|must|may|might|is|are|was|were|has|have|had)$/.test(tokens[j]!.lower))
        clause = true
    }
    if (tail > 8 || clause) continue
    const [from, to] = rangeOf(tokens, first, k - 1)
    const inner = spansIn(from, to)
    if (inner.some((s) => s.open === from)) continue // a direct quote with its tag
    if (wordCount(text.slice(from, to)) < 4) continue
    // (the rest after a tag between commas, when no reported clause of the verb took it: `…, she said, when …`)
    // (`…, said Ana Lund, a professor at …`: after a speaker that follows its verb comes who the speaker is)
    const rest =
      parenthetical && phrase.last < v && !usedVerbs.has(v)
        ? tagContinuation(ctx, tagEnd + 1, last, phrase, consumed)
        : null
    for (const s of inner) consumed.add(s)
    usedVerbs.add(v)
    const longInner = inner.some((s) => wordCount(text.slice(s.open + 1, s.close)) >= 4)
    const before: QuoteCandidate = {
      paragraph: paragraph.index,
      from,
      to,
      kind: inner.length && longInner ? 'partial' : 'indirect',
      cue: cueOf(phrase),
      inherit: 'none'
    }
    return rest ? [before, rest] : [before]
  }
  return []
}

/**
 * What was said after a tag between commas, to the sentence's end, whatever its form: a clause
 * (`…, she said, when she was earning …`), a reason (`…, economists say, because …`), an infinitive
 * (`…, advisers say, to take …`). A direct quote after the tag is the quote pass's; a speech verb of
 * its own makes it another statement.
 *
 * @param ctx the paragraph.
 * @param c the first token after the tag's comma.
 * @param last the sentence's last token.
 * @param phrase the tag's speaker.
 * @param consumed quote spans taken in by a candidate (filled here).
 * @returns the candidate, or `null`.
 */
function tagContinuation(
  ctx: ParagraphContext,
  c: number,
  last: number,
  phrase: Phrase,
  consumed: Set<QuoteSpan>
): QuoteCandidate | null {
  const { paragraph, text, tokens, inQuote, openAt, closeAt, spansIn, cueOf, verbAt } = ctx
  if (c > last || openAt.has(c) || !tokens[c]!.word) return null
  let e = last
  while (e > c && !tokens[e]!.word && !closeAt.has(e)) e--
  for (let k = c; k <= e; k++) if (!inQuote[k] && verbAt(k)) return null
  const [from, initialTo] = rangeOf(tokens, c, e)
  if (wordCount(text.slice(from, initialTo)) < 4) return null
  let to = initialTo
  const inner = spansIn(from, to)
  for (const s of inner) {
    consumed.add(s)
    if (s.close > to) to = Math.min(s.close, text.length)
  }
  const longInner = inner.some((s) => wordCount(text.slice(s.open + 1, s.close)) >= 4)
  return {
    paragraph: paragraph.index,
    from,
    to,
    kind: longInner ? 'partial' : 'indirect',
    cue: cueOf(phrase),
    inherit: 'none'
  }
}

/**
 * The subject of the sentence's main speech verb, the first before token `v` (`Anouk Verbeke
 * told a briefing, adding …`: Anouk Verbeke; `Lund said the group had asked …, but warned …`:
 * Lund, not the group), found before the verb or, inverted, after it.
 *
 * @param ctx the paragraph.
 * @param first the sentence's first token.
 * @param v the later verb.
 * @returns the phrase, or `null` when no earlier speech verb has a subject.
 */
function earlierSpeaker(ctx: ParagraphContext, first: number, v: number): Phrase | null {
  const { tokens, inQuote, verbAt } = ctx
  for (let j = first; j < v; j++) {
    if (inQuote[j]) continue
    const verb = verbAt(j)
    if (!verb || verb.form === 'participle') continue
    const end = skipBetween(tokens, j - 1, first)
    const before = end >= first ? phraseBefore(tokens, end, first) : null
    if (before) return before
    const after = tokens[j - 1]?.text === ',' ? phraseAfter(tokens, j + 1, v - 1) : null
    if (after) return after
  }
  return null
}
