import {
  AGENT_NOUN,
  GROUP_NOUNS,
  HONORIFICS,
  NAME_PARTICLES,
  NOT_NAME_START,
  ORGANISATION_WORDS,
  PARTICLE_NAME,
  ROLE_NOUNS,
  SUBJECT_PRONOUNS,
  TITLE_WORDS
} from '../lexicon/people.ts'
import { isCommonWord } from '../lexicon/common-words.ts'
import type { Token } from './tokens.ts'
import { OWNED_BODY } from '../lexicon/bodies.ts'
import { BETWEEN_SUBJECT_AND_VERB, DETERMINERS, JOINS, PREPOSITION, SUBORDINATE } from '../lexicon/clause-words.ts'

/** A found speaker phrase: token range `[first, last]` inclusive and its kind. */
export interface Phrase {
  first: number
  last: number
  kind: 'pronoun' | 'name' | 'description' | 'group'
}

/** Nouns and names that end in -ly like an adverb. */
const LY_NOUNS =
  /^(?:rally|rallies|family|ally|assembly|supply|reply|anomaly|monopoly|bully|belly|jelly|tally|folly|lily|july|italy|sicily|emily|kelly|holly|molly|polly|sally|shelly|beverly|kimberly|wembley|hockley|bradley|stanley|ashley|wesley|oakley|dudley|riley|hadley)$/

/** Whether a lowercase word is an -ly adverb (`quickly`, `politically`), not a noun such as `rally`. */
export function isAdverb(lower: string): boolean {
  return lower.length > 4 && lower.endsWith('ly') && !LY_NOUNS.test(lower)
}

/** Whether a token can be part of a name. */
function nameToken(token: Token): boolean {
  if (!token.word) return false
  if (token.capital || PARTICLE_NAME.test(token.text)) return true
  return NAME_PARTICLES.has(token.lower)
}

/** Whether a lowercase word is a plausible head of a description of a speaker. */
export function speakerNoun(lower: string): 'role' | 'group' | null {
  if (ROLE_NOUNS.has(lower)) return 'role'
  // `the 38-year-old`: a person the text gave an age
  if (/^\d{1,3}-year-old$/.test(lower)) return 'role'
  if (GROUP_NOUNS.has(lower)) return 'group'
  if (lower.endsWith('s') && (ROLE_NOUNS.has(lower.slice(0, -1)) || GROUP_NOUNS.has(lower.slice(0, -1)))) return 'group'
  return null
}

/** Whether the capitalised run `[first, last]` names somebody (not just sentence-start words or times). */
function meaningfulName(tokens: Token[], first: number, last: number): boolean {
  for (let i = first; i <= last; i++) {
    const t = tokens[i]!
    if (t.capital && !NOT_NAME_START.has(t.lower) && !/^\d/.test(t.text)) return true
    if (HONORIFICS.has(t.lower) && i < last) return true
    if (TITLE_WORDS.has(t.lower) && i < last) return true
  }
  return false
}

/**
 * Skip backwards over words that may stand between a subject and its verb.
 *
 * @returns the index of the first token (going back) that is not skippable, or -1.
 */
export function skipBetween(tokens: Token[], from: number, limit: number): number {
  let i = from
  while (i >= limit) {
    const t = tokens[i]!
    if (
      t.word &&
      !t.capital &&
      (BETWEEN_SUBJECT_AND_VERB.has(t.lower) || isAdverb(t.lower) || /n['’]t$/.test(t.lower))
    ) {
      i--
      continue
    }
    // `The Herald on Saturday wrote`: a day or month after `on`, `last`, `this`, `in`
    if (
      t.capital &&
      /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|june|july|august|september|october|november|december)$/.test(
        t.lower
      ) &&
      i - 1 >= limit &&
      /^(?:on|last|this|in|next)$/.test(tokens[i - 1]!.lower)
    ) {
      i -= 2
      continue
    }
    // `has since said`, `at the time said`, `have in the past said`, `of course said`: adverbials
    if (t.word && !t.capital && t.lower === 'since' && i > limit && /^(?:has|have|had)$/.test(tokens[i - 1]!.lower)) {
      i--
      continue
    }
    if (t.word && !t.capital && i - 2 >= limit) {
      const phrase = `${tokens[i - 2]!.lower} ${tokens[i - 1]!.lower} ${t.lower}`
      if (
        /^(?:at the time|in the past|for some time|at one point|in recent (?:days|weeks|months|years))$/.test(phrase)
      ) {
        i -= 3
        continue
      }
      if (
        /^(?:of course|in turn|at times|for years|for months|for weeks|in private|in public)$/.test(
          phrase.split(' ').slice(1).join(' ')
        )
      ) {
        i -= 2
        continue
      }
    }
    // a parenthetical such as (D-Wis.) or (R-Tex)
    if (t.text === ')') {
      let j = i - 1
      while (j >= limit && tokens[j]!.text !== '(' && i - j < 12) j--
      if (j >= limit && tokens[j]!.text === '(') {
        i = j - 1
        continue
      }
    }
    break
  }
  return i
}

/**
 * Find the speaker phrase that ends at token `end` (going back), such as
 * `Mr. Lund`, `the former president`, `many Democrats`, `advisers to Mr. Lund`, `he`.
 * An appositive between commas (`Ana Ferreira, the chairwoman of X,`) is stepped over.
 *
 * @param tokens the paragraph's tokens.
 * @param end the last token of the phrase.
 * @param limit the first token it may use.
 * @returns the phrase, or `null` when none ends there.
 */
export function phraseBefore(tokens: Token[], end: number, limit: number): Phrase | null {
  if (end < limit) return null
  const last = tokens[end]!
  if (!last.word) {
    // `Name, the role of X, said`: step over an appositive
    if (last.text === ',') {
      // `Olumide Osoba-Adeniran (PDP), said`: a party tag between the name and the comma
      let nameEnd = end - 1
      if (tokens[nameEnd]?.text === ')') {
        let open = nameEnd - 1
        while (open > limit && tokens[open]!.text !== '(' && nameEnd - open < 8) open--
        if (tokens[open]?.text === '(' && tokens[open - 1]?.word) nameEnd = open - 1
      }
      for (let j = nameEnd; j >= Math.max(limit, end - 25); j--) {
        const t = tokens[j]!
        if (t.text === ',' || t.text === '(') {
          // `X, after a meeting at the Secretariat, told reporters`: an adverbial between the subject and its verb
          if (
            t.text === ',' &&
            j + 1 < end &&
            /^(?:after|before|during|following|in|on|at|while|when|speaking|despite|amid|earlier|later|meanwhile|however|too|also|though)$/.test(
              tokens[j + 1]!.lower
            ) &&
            tokens[j - 1]?.word
          ) {
            const subject = phraseBefore(tokens, j - 1, limit)
            if (subject && subject.kind !== 'pronoun') return subject
          }
          // `The federation's president, Ana Ferreira, said`, `the minister for coastal towns, Tomas Berg, said`:
          // the name between the commas speaks
          if (
            t.text === ',' &&
            j + 1 < end &&
            tokens[j - 1]?.word &&
            (speakerNoun(tokens[j - 1]!.lower) === 'role' ||
              roleWithBody(tokens, j - 1, limit) ||
              titleBefore(tokens, j - 1, limit))
          ) {
            // `the ministry, in a statement signed by its Director of Press, Ana Lund, said`: who signed
            // it is not the subject; the clause before is stepped over
            let k = j - 1
            while (k > limit && tokens[k]!.text !== ',' && tokens[k]!.lower !== 'by' && j - k < 12) k--
            if (tokens[k]?.lower === 'by') continue
            const name = phraseBefore(tokens, nameEnd, j + 1)
            // (`Her counterpart, Industry and Trade minister Dr Omari Mzava, said`: a title before the name too)
            // (`Tomas King, a former director of the Kessel Party, said`: a body after a preposition is the
            // role's, and the name before the commas speaks)
            if (
              name &&
              name.kind === 'name' &&
              (name.first === j + 1 || rolePrefix(tokens, j + 1, name.first)) &&
              !OBJECT_PREPOSITION.test(tokens[name.first - 1]?.lower ?? '')
            )
              return name
          }
          if (
            t.text === ',' &&
            j + 1 < end &&
            (isAppositive(tokens, j + 1, nameEnd) ||
              /^(?:who|which|whose)$|ing$/.test(tokens[j + 1]!.lower) ||
              (j + 2 === end && /^\d{1,3}$/.test(tokens[j + 1]!.text)) ||
              (/^[DRI]-\p{Lu}/u.test(tokens[j + 1]!.text) && end - j <= 4))
          ) {
            // `Eva Lund, 62, who …,`: an age before the clause goes too
            let before = /^\d{1,3}$/.test(tokens[j - 1]?.text ?? '') && tokens[j - 2]?.text === ',' ? j - 3 : j - 1
            // `Marisol Ybarra (D-Kessel), a former public defender, said`: a party tag before the appositive
            if (tokens[before]?.text === ')') {
              let open = before - 1
              while (open > limit && tokens[open]!.text !== '(' && before - open < 8) open--
              if (tokens[open]?.text === '(') before = open - 1
            }
            // `Eva Lund, a regional organiser for the Harbour union, which represents …, said`: a
            // relative clause after an appositive; the name before both speaks
            if (/^(?:who|which|whose)$/.test(tokens[j + 1]!.lower)) {
              let k = before
              while (k > limit && tokens[k]!.text !== ',' && !/^[.;:“”"‘’]$/.test(tokens[k]!.text) && before - k < 16)
                k--
              if (tokens[k]?.text === ',' && tokens[k - 1]?.word && isAppositive(tokens, k + 1, before)) {
                const name = phraseBefore(tokens, k - 1, limit)
                // (the name opens the clause: not `In an email to Harbour News, a spokesperson for X, which …`)
                if (name && name.kind === 'name' && (name.first <= limit || !tokens[name.first - 1]!.word)) return name
              }
            }
            const subject = phraseBefore(tokens, before, limit)
            // `Ana Vos, editor at large of The Harbour Herald, an influential weekly, said`: the body after a
            // preposition is inside an appositive of its own; the name before that one speaks
            if (
              subject &&
              subject.first > limit &&
              OBJECT_PREPOSITION.test(tokens[subject.first - 1]!.lower) &&
              j < end
            )
              return phraseBefore(tokens, j, limit)
            return subject
          }
          break
        }
        if (t.text === '.' || t.text === ';' || t.text === ':' || /^[“”"‘’]$/.test(t.text)) break
      }
    }
    return null
  }
  const pronoun = SUBJECT_PRONOUNS.get(last.lower)
  if (pronoun) return { first: end, last: end, kind: 'pronoun' }
  if (/['’]s$/.test(last.text) && last.capital) return null
  // `Ana Lund Just Announced …`: a title-case headline's adverb before the verb
  if (last.capital && HEADLINE_ADVERB.test(last.lower) && end - 1 >= limit && tokens[end - 1]!.capital)
    return phraseBefore(tokens, end - 1, limit)
  if (last.capital || NAME_PARTICLES.has(last.lower) || PARTICLE_NAME.test(last.text)) {
    let first = end
    while (first - 1 >= limit) {
      const t = tokens[first - 1]!
      if (nameToken(t) && !(NOT_NAME_START.has(t.lower) && !HONORIFICS.has(t.lower) && !TITLE_WORDS.has(t.lower))) {
        first--
        continue
      }
      // `Committee for a Fair Harbour Budget`: joins inside a proper name
      if (/^(?:for|of|on|a|the)$/.test(t.lower)) {
        let j = first - 1
        while (j - 1 >= limit && /^(?:for|of|on|a|the)$/.test(tokens[j - 1]!.lower) && first - j < 3) j--
        const before = tokens[j - 1]
        if (before && j - 1 >= limit && before.capital && !NOT_NAME_START.has(before.lower)) {
          first = j - 1
          continue
        }
      }
      break
    }
    // `Eva Lund of Northgate Capital said`: the person speaks (the body is her affiliation)
    for (let i = first + 2; i < end; i++) {
      if (tokens[i]!.lower !== 'of' && tokens[i]!.lower !== 'at') continue
      const left = tokens.slice(first, i).filter((t) => !HONORIFICS.has(t.lower) && !TITLE_WORDS.has(t.lower))
      if (
        left.length >= 2 &&
        left.every((t) => t.capital && !ORGANISATION_WORDS.has(t.lower)) &&
        /^\p{Lu}\p{Ll}/u.test(left[0]!.text)
      )
        return { first, last: i - 1, kind: 'name' }
      break
    }
    // `Rep. Eva Lund of the main opposition Harbour Party, who …, said`: the person speaks, the party is hers
    {
      let k = first - 1
      let modifiers = 0
      while (
        k >= limit &&
        /^[a-z][a-z-]*$/.test(tokens[k]!.text) &&
        tokens[k]!.lower !== 'the' &&
        !JOINS.has(tokens[k]!.lower) &&
        modifiers < 3
      ) {
        k--
        modifiers++
      }
      if (k >= limit && tokens[k]!.lower === 'the') k--
      if (
        k - 1 >= limit &&
        /^(?:of|from)$/.test(tokens[k]!.lower) &&
        tokens[k - 1]!.capital &&
        ORGANISATION_WORDS.has(tokens[end]!.lower)
      ) {
        const person = phraseBefore(tokens, k - 1, limit)
        if (person && person.kind === 'name' && person.last === k - 1) return person
      }
    }
    // `Lund and Ferreira said`: no single speaker; but `the Ministry of Ports and Harbours` is one body
    // (`Managing Director and Chief Executive Officer X said`: one person with two titles)
    if (
      (tokens[first - 1]?.lower === 'and' || tokens[first - 1]?.text === '&') &&
      tokens[first - 2]?.capital &&
      !TITLE_WORDS.has(tokens[first]!.lower)
    ) {
      const before = first - 2 >= limit ? phraseBefore(tokens, first - 2, limit) : null
      // (`the World Travel and Tourism Council`: a body's name ends the run)
      const bodyName =
        before &&
        before.kind === 'name' &&
        (ORGANISATION_WORDS.has(tokens[end]!.lower) ||
          tokens
            .slice(before.first, first - 1)
            .some((t, n, run) => ORGANISATION_WORDS.has(t.lower) && /^(?:of|for)$/.test(run[n + 1]?.lower ?? '')))
      if (!bodyName) return null
      first = before.first
    }
    while (
      first < end &&
      NOT_NAME_START.has(tokens[first]!.lower) &&
      !HONORIFICS.has(tokens[first]!.lower) &&
      !TITLE_WORDS.has(tokens[first]!.lower)
    )
      first++
    if (!meaningfulName(tokens, first, end)) return null
    // `Lund's Harbour Bill`: something of somebody's, not a speaker; but in `Kessel Capital's Ola
    // Brandt` a full name follows the possessive, and speaks
    for (let i = first; i < end; i++) {
      if (!/['’]s$/.test(tokens[i]!.text)) continue
      // `Borovia's Defence Ministry claimed`: a country's or city's body speaks, named with its owner
      if (i === first && tokens.slice(i + 1, end + 1).every((t) => t.capital) && OWNED_BODY.test(tokens[end]!.lower))
        continue
      if (
        end - i >= 2 &&
        tokens
          .slice(i + 1, end + 1)
          .every(
            (t) =>
              t.capital &&
              !isCommonWord(t.lower) &&
              !ORGANISATION_WORDS.has(t.lower) &&
              !/(?:ment|tion|sion|ance|ence|ity|ness|ship|ism|act|law|bill)$/.test(t.lower) &&
              !/^(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)$/.test(t.lower)
          )
      )
        first = i + 1
      else return null
    }
    // `advisers to Mr. Lund`: a group or role joined to the name (`Aides to Lund` opening a sentence too)
    const join = tokens[first - 1]
    const head = tokens[first - 2]
    const headOpens = first - 2 === limit || !tokens[first - 3]?.word
    if (
      join &&
      head &&
      first - 2 >= limit &&
      JOINS.has(join.lower) &&
      (!head.capital || headOpens) &&
      speakerNoun(head.lower)
    ) {
      // (a capitalised head opening the sentence is the noun itself: `Aides to Lund`)
      if (head.capital)
        return { first: first - 2, last: end, kind: speakerNoun(head.lower) === 'role' ? 'description' : 'group' }
      const group = phraseBefore(tokens, first - 2, limit)
      if (group && (group.kind === 'group' || group.kind === 'description'))
        return { first: group.first, last: end, kind: group.kind }
    }
    // `Sources in the Energy Ministry told reporters`: the unnamed sources speak, not the ministry
    const at = tokens[first - 1]?.lower === 'the' ? first - 2 : first - 1
    const sources = tokens[at - 1]
    if (
      sources &&
      at - 1 >= limit &&
      /^(?:in|at|within|close)$/.test(tokens[at]!.lower) &&
      /^(?:sources|officials|insiders)$/i.test(sources.text) &&
      (!sources.capital || at - 1 === 0 || /^[.!?”"’]$/.test(tokens[at - 2]?.text ?? ''))
    ) {
      return { first: at - 1, last: end, kind: 'group' }
    }
    // the determiner of an organisation (`the IMF`, `The Times`)
    if (first - 1 >= limit && tokens[first - 1]!.lower === 'the') first--
    return { first, last: end, kind: onlyTitles(tokens, first, end) ? 'description' : 'name' }
  }
  const noun = speakerNoun(last.lower)
  if (!noun) return null
  if (tokens[end - 1]?.lower === 'and' || tokens[end - 1]?.lower === 'or') return null
  let first = end
  // participles and years among the modifiers (`the gambling tycoon`, `a 2014 harbour veteran`) count
  // only when a determiner opens the phrase: `… praised striking workers` names nobody
  let loose = -1
  let determined = false
  for (let j = end - 1; j >= limit && end - j <= 5; j--) {
    const t = tokens[j]!
    if (!t.word) break
    if (DETERMINERS.has(t.lower)) {
      first = j
      determined = true
      if (t.lower === 'the' || t.lower === 'a' || t.lower === 'an') break
      continue
    }
    if (
      (/^[a-z]+(?:ed|ing)$/.test(t.text) && !/^(?:said|saying|adding|according)$/.test(t.lower)) ||
      /^(?:19|20)\d\d$/.test(t.text)
    ) {
      loose = Math.max(loose, j)
      first = j
      continue
    }
    // (`the prime minister’s spokesman`: a role's possessive among the modifiers)
    if (
      (t.capital && !NOT_NAME_START.has(t.lower)) ||
      ((/^[a-z-]+$/.test(t.text) || (/^[a-z-]+['’]s$/.test(t.text) && speakerNoun(t.lower.slice(0, -2)) === 'role')) &&
        !BETWEEN_SUBJECT_AND_VERB.has(t.lower) &&
        !/(?:ed|ing)$/.test(t.lower) &&
        !SUBJECT_PRONOUNS.has(t.lower) &&
        !JOINS.has(t.lower) &&
        ![
          'and',
          'or',
          'but',
          'that',
          'which',
          'who',
          'what',
          'said',
          'says',
          'whom',
          'whose',
          'though',
          'although',
          'while',
          'as',
          'because',
          'if',
          'when',
          'since',
          'after',
          'before',
          'whereas',
          'unless',
          'where'
        ].includes(t.lower))
    ) {
      first = j
      continue
    }
    // `a Department of Health spokesperson`: a join inside the capitalised body
    if ((t.lower === 'of' || t.lower === 'for') && tokens[j + 1]?.capital && tokens[j - 1]?.capital && j - 1 >= limit) {
      first = j
      continue
    }
    break
  }
  if (loose >= 0 && !determined) first = loose + 1
  // `officials at the port authority`: a group joined to the body it belongs to
  const join = tokens[first - 1]
  const head = tokens[first - 2]
  const sentenceFirst = first - 2 === limit || !tokens[first - 3]?.word
  if (
    join &&
    head &&
    first - 2 >= limit &&
    JOINS.has(join.lower) &&
    (!head.capital || sentenceFirst) &&
    speakerNoun(head.lower) === 'group'
  ) {
    const group = phraseBefore(tokens, first - 2, limit)
    if (group) return { first: group.first, last: end, kind: 'group' }
  }
  return { first, last: end, kind: noun === 'role' ? 'description' : 'group' }
}

/**
 * Whether the words ending at token `end`, from the start of the clause, are a title with
 * its seat or body (`Harbour Party TD for Kessel North`, `Labour MP for Leeds East`).
 *
 * @param tokens the paragraph's tokens.
 * @param end the last word.
 * @param limit the first token it may use.
 * @returns whether a title word stands there, followed by `for`/`of`, within eight words.
 */
export function titleBefore(tokens: Token[], end: number, limit: number): boolean {
  let a = end
  while (a - 1 >= limit && tokens[a - 1]!.word && end - a < 8) a--
  for (let t = a; t < end; t++)
    if (TITLE_WORDS.has(tokens[t]!.lower) && /^(?:for|of)$/.test(tokens[t + 1]?.lower ?? '')) return true
  return false
}

/**
 * Whether the words ending at token `end` are a role with its portfolio or body
 * (`the minister for coastal towns and islands`, `the chairman of the board`).
 *
 * @param tokens the paragraph's tokens.
 * @param end the last word.
 * @param limit the first token it may use.
 * @returns whether a determiner, a role noun and `for`/`of`/`to` stand within ten words before it.
 */
export function roleWithBody(tokens: Token[], end: number, limit: number): boolean {
  for (let a = end; a >= Math.max(limit, end - 10) && tokens[a]!.word; a--) {
    if (!/^(?:the|a|an)$/.test(tokens[a]!.lower)) continue
    for (let r = a + 1; r < end; r++)
      if (speakerNoun(tokens[r]!.lower) === 'role' && /^(?:for|of|to|at|in|on|from)$/.test(tokens[r + 1]?.lower ?? ''))
        return true
  }
  return false
}

/** Whether tokens `[from, to]` read as an appositive: `the interim chairwoman of X`, `a senior adviser`, `head of X`. */
export function isAppositive(tokens: Token[], from: number, to: number): boolean {
  if (to < from || to - from > 22) return false
  const firstToken = tokens[from]!
  if (!firstToken.word) return false
  // `a hydrologist at the University of Baghdad`: an agent noun after `a`, however rare the job
  if (
    (firstToken.lower === 'a' || firstToken.lower === 'an') &&
    tokens.slice(from + 1, Math.min(to, from + 4) + 1).some((t) => t.word && !t.capital && AGENT_NOUN.test(t.lower))
  )
    return true
  for (let i = from; i <= to; i++) {
    const t = tokens[i]!
    if (!t.word) {
      if (t.text === '.' || /[“”"‘’]/.test(t.text)) return false
      continue
    }
    if (!t.capital && (speakerNoun(t.lower) || (/-of-/.test(t.lower) && speakerNoun(t.lower.split('-')[0]!))))
      return true
    if (
      TITLE_WORDS.has(t.lower) &&
      !['house', 'senate', 'state', 'first', 'former', 'home', 'trade', 'health'].includes(t.lower)
    )
      return true
    if (/^(?:democrat|republican|independent|conservative|labour|liberal)s?$/.test(t.lower)) return true
  }
  return false
}

/**
 * Find the speaker phrase that starts at token `start` (going forward), as after
 * an inverted tag (`said Ana Ferreira`, `said the mayor`).
 *
 * @returns the phrase, or `null`.
 */
export function phraseAfter(tokens: Token[], start: number, limit: number): Phrase | null {
  if (start > limit) return null
  const t = tokens[start]!
  if (!t.word) return null
  const pronoun = SUBJECT_PRONOUNS.get(t.lower)
  if (pronoun) return { first: start, last: start, kind: 'pronoun' }
  const described = describedName(tokens, start, limit)
  if (described) return described
  let i = start
  if (DETERMINERS.has(t.lower)) i++
  // lowercase modifiers then a role or group noun, or a capitalised name
  let last = -1
  let kind: Phrase['kind'] = 'name'
  for (; i <= limit && i - start < 12; i++) {
    const token = tokens[i]!
    if (!token.word) {
      if ((token.text === '/' || token.text === '&') && last >= 0 && tokens[i + 1]?.capital) continue
      break
    }
    if (
      token.capital ||
      (PARTICLE_NAME.test(token.text) && last >= 0) ||
      (NAME_PARTICLES.has(token.lower) && last >= 0)
    ) {
      last = i
      kind = 'name'
      continue
    }
    // `the Bureau of Meteorology`, `the Committee for a Fair Budget`
    if (
      last >= 0 &&
      kind === 'name' &&
      /^(?:of|for|and)$/.test(token.lower) &&
      (i - start === 1 + (DETERMINERS.has(tokens[start]!.lower) ? 1 : 0) ||
        ORGANISATION_WORDS.has(tokens[i - 1]!.lower) ||
        // `U.S. Secretary of State Ana Lund`: a title's portfolio
        (TITLE_WORDS.has(tokens[i - 1]!.lower) && token.lower !== 'and'))
    ) {
      let k = i + 1
      while (k <= limit && /^(?:a|an|the)$/.test(tokens[k]!.lower)) k++
      if (k <= limit && tokens[k]!.capital && !NOT_NAME_START.has(tokens[k]!.lower)) {
        i = k - 1
        continue
      }
    }
    const noun = speakerNoun(token.lower)
    if (noun) {
      last = i
      kind = noun === 'role' ? 'description' : 'group'
      // `a spokesman for the campaign`
      const join = tokens[i + 1]
      if (join && JOINS.has(join.lower) && i + 2 <= limit) {
        const rest = phraseAfter(tokens, i + 2, limit)
        if (rest && rest.kind !== 'pronoun') return { first: start, last: rest.last, kind }
      }
      continue
    }
    // `Harbour Party environment spokesman Ola Brandt`: a role between a body and a name
    if (last >= 0 && kind === 'name') {
      let r = i
      while (
        r <= limit &&
        r - i < 3 &&
        tokens[r]!.word &&
        !tokens[r]!.capital &&
        !speakerNoun(tokens[r]!.lower) &&
        /^[a-z-]+$/.test(tokens[r]!.text)
      )
        r++
      if (
        r <= limit &&
        tokens[r]!.word &&
        !tokens[r]!.capital &&
        speakerNoun(tokens[r]!.lower) === 'role' &&
        tokens[r + 1]?.capital &&
        r + 1 <= limit
      ) {
        i = r
        continue
      }
      // `said one former Harbour Party campaign aide`: a determiner, a body and lowercase words, then
      // the role or group the phrase is about (no name after it)
      if (
        r <= limit &&
        tokens[r]!.word &&
        !tokens[r]!.capital &&
        speakerNoun(tokens[r]!.lower) &&
        !tokens[r + 1]?.capital &&
        DETERMINERS.has(tokens[start]!.lower) &&
        // (modifiers only: `The Herald has surveyed these delegates` is a clause)
        tokens
          .slice(i, r)
          .every(
            (t) =>
              !NOT_MODIFIER.test(t.lower) &&
              !DETERMINERS.has(t.lower) &&
              !SUBJECT_PRONOUNS.has(t.lower) &&
              !/^(?:his|her|its|their|our|my|your)$|ed$/.test(t.lower)
          )
      ) {
        const noun = speakerNoun(tokens[r]!.lower)
        return { first: start, last: r, kind: noun === 'role' ? 'description' : 'group' }
      }
    }
    if (last >= 0) break
    // adjectives after a determiner (`the former president`, `the operator's regional director`),
    // never a leading preposition
    if (
      i > start &&
      i - start <= 3 &&
      DETERMINERS.has(tokens[start]!.lower) &&
      (/^[a-z-]+(?:['’]s)?$/.test(token.text) || /^(?:19|20)\d\d$/.test(token.text)) &&
      !/^(?:will|would|can|could|may|might|must|shall|should|is|are|was|were|has|have|had|to|do|does|did)$/.test(
        token.lower
      )
    )
      continue
    break
  }
  if (last < 0) return null
  if (kind === 'name' && onlyTitles(tokens, start, last)) kind = 'description'
  else if (kind === 'name' && !meaningfulName(tokens, start, last)) return null
  // `said the operator's regional director, Selin Vautrin`: the name in apposition speaks
  if (kind === 'description' && tokens[last + 1]?.text === ',' && tokens[last + 2]?.capital && last + 2 <= limit) {
    const name = phraseAfter(tokens, last + 2, limit)
    const after = name ? tokens[name.last + 1] : undefined
    if (name && name.kind === 'name' && (!after || /^[,.;:!?)“”"‘’]$/.test(after.text))) return name
  }
  return { first: start, last, kind }
}

/** Adverbs a title-case headline capitalises between its subject and verb (`Lund Just Said`). */
const HEADLINE_ADVERB =
  /^(?:just|also|now|still|finally|already|reportedly|officially|again|quietly|suddenly|publicly|openly)$/

/** Prepositions: a name after one is an object (`director of the Kessel Party`), not a subject. */
const OBJECT_PREPOSITION = /^(?:of|at|for|to|with|from|in|on|by)$/

/** Words that end a run of modifiers before a name: the clause goes on, no name follows. */
const NOT_MODIFIER =
  /^(?:and|or|but|that|which|who|whom|whose|when|where|while|as|because|if|in|on|at|to|for|of|with|by|from|after|before|during|since|than|then|it|this|these|those|there|here|not|no|will|would|can|could|may|might|must|shall|should|is|are|was|were|be|been|has|have|had|do|does|did)$/

/**
 * `said former harbour master Ana Lund`, `said retired engineer Tomas Berg`, `said former Kessel
 * Gov. Ana Lund`: up to three lowercase modifiers (and a role noun) with no determiner, then a
 * name; the name is the phrase (the role before it is read with the name).
 *
 * @returns the name's phrase, or `null`.
 */
function describedName(tokens: Token[], start: number, limit: number): Phrase | null {
  let k = start
  while (
    k <= limit &&
    k - start < 4 &&
    tokens[k]!.word &&
    !tokens[k]!.capital &&
    /^[a-z-]+$/.test(tokens[k]!.text) &&
    !NOT_MODIFIER.test(tokens[k]!.lower) &&
    !DETERMINERS.has(tokens[k]!.lower) &&
    !SUBJECT_PRONOUNS.has(tokens[k]!.lower)
  )
    k++
  // (`said former Gov. Ana Lund`: a title may open the name)
  const opener = tokens[k]
  if (
    k === start ||
    k > limit ||
    !opener!.capital ||
    (NOT_NAME_START.has(opener!.lower) && !TITLE_WORDS.has(opener!.lower) && !HONORIFICS.has(opener!.lower))
  )
    return null
  // a role noun among the modifiers, or a title or a role in the capitalised run
  const name = phraseAfter(tokens, k, limit)
  if (!name || name.kind !== 'name') return null
  const roleBefore = tokens.slice(start, k).some((t) => speakerNoun(t.lower) === 'role')
  const titled = tokens
    .slice(k, name.last + 1)
    .some((t) => TITLE_WORDS.has(t.lower) || HONORIFICS.has(t.lower) || (!t.capital && speakerNoun(t.lower) === 'role'))
  return roleBefore || titled ? name : null
}

/** Whether tokens `[first, last]` are only titles and role words (`the PM`, `The Prime Minister`). */
function onlyTitles(tokens: Token[], first: number, last: number): boolean {
  let words = 0
  for (let i = first; i <= last; i++) {
    const t = tokens[i]!
    if (!t.word || t.lower === 'the' || t.lower === 'a') continue
    words++
    if (!TITLE_WORDS.has(t.lower) && !ROLE_NOUNS.has(t.lower)) return false
  }
  return words > 0
}

/** Whether tokens `[from, to)` are only a role and affiliation before a name (`IMF chief economist`). */
export function rolePrefix(tokens: Token[], from: number, to: number): boolean {
  if (to - from > 6) return false
  for (let i = from; i < to; i++) {
    const t = tokens[i]!
    // `Tenants’ Union chief executive`: a plural possessive's apostrophe belongs to its word
    if (
      !t.word &&
      /^['’]$/.test(t.text) &&
      tokens[i - 1]?.word &&
      tokens[i - 1]!.end === t.start &&
      /s$/.test(tokens[i - 1]!.text)
    )
      continue
    if (!t.word) return false
    if (!t.capital && !speakerNoun(t.lower) && !/^[a-z-]+(?:['’]s)?$/.test(t.text)) return false
  }
  return tokens.slice(from, to).some((t) => speakerNoun(t.lower) !== null || TITLE_WORDS.has(t.lower))
}

/** A plain noun phrase read as the subject of a speech verb, and whether it names who spoke. */
export interface SubjectPhrase {
  /** The whole phrase, its post-modifiers included (`protest organisers in the capital`). */
  phrase: Phrase
  /**
   * Whether it names people or a body that can be a speaker (`hacking specialists`, `sources close to
   * the board`), not a share or quantity (`74 percent`, `one in five`, `others`), a joint source
   * (`critics and some lawmakers`) or a thing (`a large body of work`).
   */
  speaks: boolean
}

/** Words that never stand inside a plain noun phrase: clause words, verbs of being and auxiliaries, subject pronouns. */
const NOT_IN_NOUN_PHRASE =
  /^(?:that|which|who|whom|whose|what|where|when|why|how|if|because|although|though|while|whereas|since|unless|until|as|than|or|but|nor|yet|so|not|no|is|are|was|were|be|been|being|has|have|had|do|does|did|will|would|could|can|may|might|shall|should|must|he|she|it|they|we|i|you|there|this|said|says|say|told|also|just|even|only|then|now|still)$/

/** Prepositions that join a post-modifier to a noun (`people with knowledge of …`, `officials in the capital`). */
const NOUN_PHRASE_JOINS = /^(?:of|in|at|for|from|with|on|to|among|within|inside|across|around|near|close|familiar)$/

/** Words that open a clause, after which a subject may start (`…, but analysts say`). */
const CLAUSE_OPENERS =
  /^(?:and|but|yet|so|while|although|though|because|since|whereas|as|if|when|where|that|now|still|meanwhile|however|instead|indeed|also|even|then)$/

/** Heads of a phrase that counts people rather than naming them (`74 percent`, `one in five`, `most`). */
const QUANTITY_HEADS =
  /^(?:\d[\d,.]*|percent|per|cent|%|half|third|thirds|quarter|quarters|fifth|fifths|majority|minority|plurality|number|share|proportion|most|many|some|few|several|others|other|all|both|one|two|three|four|five|six|seven|eight|nine|ten|dozen|dozens|hundreds|thousands|none|each|either|neither|rest|remainder|more|fewer|those|these|(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)-in-\w+)$/

/** Whether `only`, `just` or `than` at `i` modifies a quantity (`only 24 percent`, `more than six in 10`). */
function quantityModifier(tokens: Token[], i: number): boolean {
  const t = tokens[i]!
  const next = tokens[i + 1]?.lower ?? ''
  if (t.lower === 'than')
    return /^(?:more|less|fewer)$/.test(tokens[i - 1]?.lower ?? '') && (QUANTITY_HEADS.test(next) || /^\d/.test(next))
  return /^(?:only|just)$/.test(t.lower) && (QUANTITY_HEADS.test(next) || /^\d/.test(next))
}

/** Plural heads that name people without being role words (`friends`, `parents`, `Americans`). */
const PEOPLE_HEADS =
  /^(?:people|persons|friends|fans|parents|families|students|women|men|children|kids|citizens|locals|users|customers|consumers|patients|families|owners|staff|staffers|colleagues|associates|allies|aides|backers|hands|insiders|sources|figures|operatives|strategists|pollsters|loyalists|partisans|conservatives|liberals|progressives|moderates|evangelicals|hawks|doves|elites|activists|officials|crews|nurses|troops|soldiers|villagers|islanders|locals|youths|elders|clergy|police|pupils|tenants|retirees|pensioners|veterans|survivors|victims)$/

/** Whether a lowercase plural head names people: an agent noun (`makers`, `specialists`), a role or group word, or a listed noun. */
function peopleHead(lower: string): boolean {
  if (PEOPLE_HEADS.test(lower)) return true
  if (!lower.endsWith('s')) return false
  const singular = lower.replace(/(?:ies)$/, 'y').replace(/s$/, '')
  return AGENT_NOUN.test(singular) || ROLE_NOUNS.has(singular) || speakerNoun(lower) === 'group'
}

/**
 * The plain noun phrase that ends at token `end` and opens its clause: the subject of a speech
 * verb where no speaker phrase (`phraseBefore`) reads, such as `cement makers`, `sources close to the
 * board`, `people with knowledge of the talks`, `74 percent`, `one in five`, `many experts and some
 * lawmakers`. A relative clause (`voters who backed the plan`) is not part of the phrase: pass the
 * token before `who`.
 *
 * @param tokens the paragraph's tokens.
 * @param end the phrase's last token.
 * @param limit the first token it may use (the sentence's first).
 * @returns the phrase and whether it names who spoke, or `null` when no such phrase opens the clause there.
 */
export function subjectNounPhrase(tokens: Token[], end: number, limit: number): SubjectPhrase | null {
  const last = tokens[end]
  if (!last || end < limit) return null
  if (
    !(last.word || last.text === '%') ||
    NOT_IN_NOUN_PHRASE.test(last.lower) ||
    NOUN_PHRASE_JOINS.test(last.lower) ||
    /['’]s?$/.test(last.text)
  )
    return null
  // `those surveyed`, `voters polled`: a participle after its noun belongs to the phrase
  const reduced =
    /ed$/.test(last.lower) && /^(?:those|people)$|[^s]s$/.test(tokens[end - 1]?.lower ?? '') && tokens[end - 1]!.word
  if (isAdverb(last.lower) || (/(?:ed|ing)$/.test(last.lower) && !last.capital && !reduced)) return null
  let first = end
  let joint = false
  // the first word of the core noun phrase, before any preposition (`people` in `people with knowledge of …`)
  let coreEnd = reduced ? end - 1 : end
  for (let i = end - 1; i >= limit && end - i < 14; i--) {
    const t = tokens[i]!
    if (
      t.text === '%' ||
      t.text === '-' ||
      (t.word &&
        t.lower !== 'and' &&
        (!NOT_IN_NOUN_PHRASE.test(t.lower) || quantityModifier(tokens, i)) &&
        // (`nearly half`, `roughly 40 percent`: an adverb before a quantity)
        (!isAdverb(t.lower) || QUANTITY_HEADS.test(tokens[i + 1]?.lower ?? '')) &&
        !(t.lower === 'than' && !/^(?:more|less|fewer)$/.test(tokens[i - 1]?.lower ?? '')) &&
        (NOUN_PHRASE_JOINS.test(t.lower) || !(PREPOSITION.test(t.lower) || SUBORDINATE.test(t.lower))))
    ) {
      if (NOUN_PHRASE_JOINS.test(t.lower)) coreEnd = i - 1
      first = i
      continue
    }
    // `Friends, lobbyists and former foes`, `many experts and some lawmakers`: a joint source
    if (
      (t.lower === 'and' || t.text === ',') &&
      tokens[i - 1]?.word &&
      i - 1 >= limit &&
      !NOT_IN_NOUN_PHRASE.test(tokens[i - 1]!.lower)
    ) {
      if (t.text === ',' && !tokens.slice(i + 1, end + 1).some((x) => x.lower === 'and')) break
      joint = true
      first = i - 1
      i--
      continue
    }
    break
  }
  // the phrase must open its clause: the sentence's start, a mark, or a clause word
  const before = tokens[first - 1]
  if (first > limit && before && before.word && !CLAUSE_OPENERS.test(before.lower)) return null
  if (first > limit && before && !before.word && !/^[,;:(—–“"‘]$/.test(before.text)) return null
  while (first < coreEnd && CLAUSE_OPENERS.test(tokens[first]!.lower) && tokens[first]!.lower !== 'that') first++
  if (NOUN_PHRASE_JOINS.test(tokens[first]!.lower) || !tokens[first]!.word) return null
  const core = tokens.slice(first, coreEnd + 1).filter((t) => t.word)
  if (core.length === 0) return null
  // a capital that only opens the sentence (`People familiar with …`) is a common word's
  const named = (t: Token): boolean =>
    t.capital &&
    !(t === tokens[first] && (isCommonWord(t.lower) || peopleHead(t.lower) || QUANTITY_HEADS.test(t.lower)))
  // a name or title alone is `phraseBefore`'s to read: one that it refused is no subject
  if (core.every(named) && !core.some((t) => /^\d/.test(t.text))) return null
  const head = core[core.length - 1]!
  const quantity = core.some((t) => QUANTITY_HEADS.test(t.lower)) && !peopleHead(head.lower)
  const speaks = !joint && !quantity && !named(head) && peopleHead(head.lower)
  return {
    phrase: { first, last: end, kind: 'group' },
    // (`Democrats`, `Americans`: a capitalised plural alone names people too)
    speaks: speaks || (!joint && !quantity && head.capital && /s$/.test(head.text) && core.length === 1)
  }
}
