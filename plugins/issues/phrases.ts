/**
 * Noun-phrase chunking and n-gram statistics: content words between
 * stopwords, verbs and punctuation form chunks; every n-gram of a chunk is a
 * candidate key phrase, counted by occurrence, paragraph and sentence.
 */
import { CALENDAR_WORDS, FUNCTION_WORDS, STOPWORDS } from '../lexicon/stopwords.ts'
import { NAME_TITLES } from '../lexicon/topic-people.ts'
import { COMMON_VERBS, IRREGULAR_VERB_FORMS } from '../lexicon/topic-verbs.ts'
import { stem } from './stem.ts'
import type { Token } from './tokens.ts'

/** One place a candidate phrase occurs. */
export interface Occurrence {
  paragraph: number
  sentence: number
  /** Index of the phrase's first token in the article's token list. */
  start: number
  /** Index after its last token. */
  end: number
  /** The phrase as written. */
  surface: string
  /** The phrase as a title shows it: lowercase but for proper nouns and acronyms. */
  display: string
  /** Whether every word is capitalised away from a sentence start (a proper noun). */
  proper: boolean
  /** Whether the phrase ends its chunk (a noun head, not a modifier). */
  head: boolean
  /** Whether a determiner, possessive, preposition or modifier comes just before (it is used as a noun). */
  nominal: boolean
  /** Whether no capitalised content word extends the phrase on either side (a whole name, not a fragment). */
  complete: boolean
}

/** A candidate key phrase with everything the ranking needs. */
export interface Phrase {
  /** Space-joined stems of its words. */
  key: string
  /** Stems of its words. */
  keys: string[]
  /** Its words, lowercased. */
  words: string[]
  /** Number of words. */
  length: number
  occurrences: Occurrence[]
  paragraphs: Set<number>
  sentences: Set<number>
}

const VERB_KEYS = new Set(COMMON_VERBS.map(stem))
const VERB_FORMS = new Set(IRREGULAR_VERB_FORMS)
/** Words ending in `ly` that are not adverbs. */
const LY_NOUNS = new Set(
  'family ally rally supply assembly monopoly anomaly reply bully fly apply rely elderly italy july belly jelly lily holly folly poly'.split(
    ' '
  )
)
/** Longest n-gram considered. */
const MAX_WORDS = 4

const MODALS = new Set("will would shall should can could may might must 'll 'd to".split(' '))
const SUBJECTS = new Set('i we you he she they who it'.split(' '))
const OBJECT_STARTS = new Set(
  'the a an this that these those his her their its our my your him them us me it'.split(' ')
)
const NOMINAL_BEFORE = new Set(
  'the a an this that these those his her their its our my your of for in on about against over with no any some every each'.split(
    ' '
  )
)
const NOUN_SUFFIX = /(?:tion|sion|ment|ness|ity|ism|ance|ence|ship|age|ure|ist|ogy|cy)s?$/

/**
 * Whether a token can be part of a key phrase: not a function, generic or
 * calendar word, not a person's name, not a number, not a verb (by lexicon
 * or by context: after a modal, `to` or a subject pronoun).
 *
 * @param tokens the article's tokens.
 * @param i the index of the token to test.
 * @param personWords lowercase words that name people.
 * @returns `true` for content words.
 */
export function isContent(tokens: readonly Token[], i: number, personWords: ReadonlySet<string>): boolean {
  const token = tokens[i]!
  const { lower } = token
  if (token.numeric || lower.length < 2) return false
  if (token.cap && personWords.has(lower)) return false
  if (FUNCTION_WORDS.has(lower) || CALENDAR_WORDS.has(lower)) return false
  const previous =
    i > 0 && !tokens[i - 1]!.breakAfter && tokens[i - 1]!.sentence === token.sentence ? tokens[i - 1] : undefined
  const next = !token.breakAfter && tokens[i + 1]?.sentence === token.sentence ? tokens[i + 1] : undefined
  // a party-and-state tag after a legislator's name (`R-Ohio`, `D-Calif.`)
  if (token.text.charCodeAt(1) === 45 && PARTY_TAG.test(token.text)) return false
  // a speaker's job (`industry critic`, `regional organiser`) describes who speaks, not what about
  if (!token.cap && SPEAKER_JOBS.has(lower)) return false
  // whom something was told (`told ABC Radio Adelaide`, `told the BBC`): an outlet or audience, not a topic
  if (token.cap && toldListener(tokens, i)) return false
  if (token.cap && !token.initial) {
    if (!STOPWORDS.has(lower)) return true
    if (NAME_TITLES.has(lower)) return false
    // a generic word counts inside a name (`New Zealand`, `Red Cross`), not alone
    const named = (t: Token | undefined): boolean =>
      t !== undefined && t.cap && !t.initial && !FUNCTION_WORDS.has(t.lower) && !personWords.has(t.lower)
    return named(previous) || named(next)
  }
  if (STOPWORDS.has(lower) || VERB_FORMS.has(lower)) return false
  if (VERB_KEYS.has(token.key) && !isCompoundHead(token, previous, next)) return false
  if (lower.endsWith('ly') && !LY_NOUNS.has(lower)) return false
  if (looksLikeVerb(token, previous, next)) return false
  if (previous && !NOUN_SUFFIX.test(lower)) {
    const before = previous.lower
    if (before === 'to') {
      if (next && (OBJECT_STARTS.has(next.lower) || (next.cap && !next.initial))) return false
    } else if (MODALS.has(before) || SUBJECTS.has(before) || before === 'not' || before.endsWith("n't")) return false
  }
  return true
}

const PARTY_TAG = /^[RDI]-[A-Z][A-Za-z]{0,5}\.?$/

/** Jobs that say who a speaker is (`critic`, `organiser`, `spokesman`): never a topic on their own or in a phrase. */
const SPEAKER_JOBS = new Set(
  'lawyer attorney counsel barrister solicitor critic organiser organizer convener convenor patron patron-in-chief spokesman spokeswoman spokesperson correspondent reporter columnist commentator analyst economist hydrologist chairman chairwoman chairperson co-leader co-founder founder adviser advisor aide strategist pollster consultant lecturer professor researcher campaigner'.split(
    ' '
  )
)

/**
 * Whether a capitalised word belongs to the name right after `told` (`told ABC Radio
 * Adelaide`, `told the Herald`): whoever heard it.
 *
 * @param tokens the article's tokens.
 * @param i the word's index.
 * @returns `true` when only capitalised words stand between it and a `told` before them.
 */
function toldListener(tokens: readonly Token[], i: number): boolean {
  // the name must end the listener (`told Nato countries` names the countries, and Nato is a topic)
  let end = i
  while (
    !tokens[end]!.breakAfter &&
    tokens[end + 1]?.cap &&
    tokens[end + 1]!.sentence === tokens[i]!.sentence &&
    end - i < 5
  )
    end++
  const after = tokens[end + 1]
  if (!tokens[end]!.breakAfter && after && after.sentence === tokens[i]!.sentence && !FUNCTION_WORDS.has(after.lower))
    return false
  for (let k = i - 1; k >= 0 && i - k <= 5; k--) {
    const t = tokens[k]!
    if (t.sentence !== tokens[i]!.sentence) return false
    if (t.lower === 'told') return true
    if (t.lower === 'the' && tokens[k - 1]?.lower === 'told') return true
    if (!t.cap || t.breakAfter) return false
  }
  return false
}
/** Words before a verb: pronouns and relative words that are subjects. */
const VERB_SUBJECTS = new Set('i we you he she they it who which that'.split(' '))
/** Common nouns in `-ing` that name a thing or an activity, never only a verb. */
const ING_NOUNS = new Set(
  'building funding spending housing training meeting hearing shooting bombing warning ruling booking earning earnings savings setting clothing banking lending borrowing pricing rating ratings polling timing offering landing planning screening testing trading marketing manufacturing engineering processing sentencing policing parking smoking drinking gambling mining logging farming fishing shipping counseling counselling nursing schooling morning evening ceiling wedding painting feeling blessing crossing dealing opening ending beginning thing something nothing everything anything king ring spring string wing'.split(
    ' '
  )
)

/**
 * Whether a lowercase word is, by its neighbours, a verb: a present-tense
 * `-s` form after a subject pronoun or an adverb (`it oversees`, `regularly
 * incites`), or before an object (`the video contains the`), or a participle
 * in `-ing` that takes an object (`dumping the waste`, `committing British troops`).
 *
 * @param token the token.
 * @param previous the token before it in the same clause, if any.
 * @param next the token after it in the same clause, if any.
 * @returns `true` when the word is used as a verb.
 */
function looksLikeVerb(token: Token, previous: Token | undefined, next: Token | undefined): boolean {
  const { lower } = token
  if (lower.length < 5 || token.cap) return false
  const objectNext =
    next !== undefined &&
    (OBJECT_STARTS.has(next.lower) || (next.cap && !next.initial && !NOMINAL_BEFORE.has(previous?.lower ?? '')))
  if (/[^su']s$/.test(lower) && !NOUN_SUFFIX.test(lower) && !LY_NOUNS.has(lower)) {
    if (
      previous &&
      (VERB_SUBJECTS.has(previous.lower) || (previous.lower.endsWith('ly') && !LY_NOUNS.has(previous.lower)))
    )
      return true
    if (
      previous &&
      next &&
      OBJECT_STARTS.has(next.lower) &&
      !NOMINAL_BEFORE.has(previous.lower) &&
      !FUNCTION_WORDS.has(previous.lower)
    )
      return true
    // `Ottawa unveils $2.1B`, `Parliament resumes next week`: a verb after a name, before its object
    if (
      previous &&
      previous.cap &&
      next &&
      (next.numeric ||
        /^[$£€¥₹]/.test(next.text) ||
        CALENDAR_WORDS.has(next.lower) ||
        /^(?:next|last|this|on|in|its|their|new)$/.test(next.lower))
    )
      return true
    // `the council unveils £4m …`: a verb before an amount of money
    if (previous && !FUNCTION_WORDS.has(previous.lower) && token.moneyAfter) return true
    // a headline's verb after its subject (`Kessel unveils fare cap`, `Centre approves package`)
    if (token.initial && previous?.cap && previous.initial) return true
    return false
  }
  if (lower.endsWith('ing') && !ING_NOUNS.has(lower)) {
    if (previous && NOMINAL_BEFORE.has(previous.lower)) return false
    // `patients sitting in hospital beds`: a participle after its plural subject, then a preposition
    if (
      previous &&
      /[^s']s$/.test(previous.lower) &&
      !previous.cap &&
      next &&
      /^(?:in|on|at|for|with|from|into|outside|inside|across|under|over|through)$/.test(next.lower)
    )
      return true
    return objectNext || (previous !== undefined && previous.lower.endsWith('ly') && !LY_NOUNS.has(previous.lower))
  }
  return false
}

/** Words after which a verb-like word closing a noun compound is still a noun (`the tax return of`). */
const AFTER_HEAD = new Set('of for in on at from with and or but was is were are has had which that who'.split(' '))

/**
 * Whether a word that is usually a verb heads a noun compound here: a plain
 * (not `-ed`/`-ing`) form right after a lowercase noun, with the phrase
 * ending there (`a tax return.`, `the price rise in`).
 *
 * @param token the word.
 * @param previous the word before it in the same clause, if any.
 * @param next the word after it in the same clause, if any.
 * @returns `true` when the word is the noun head of a compound.
 */
function isCompoundHead(token: Token, previous: Token | undefined, next: Token | undefined): boolean {
  if (
    !previous ||
    previous.cap ||
    previous.numeric ||
    /(?:ed|ing|ly)$/.test(token.lower) ||
    /(?:ed|ing|ly|s)$/.test(previous.lower)
  )
    return false
  if (STOPWORDS.has(previous.lower) || VERB_KEYS.has(previous.key) || VERB_FORMS.has(previous.lower)) return false
  return token.breakAfter || next === undefined || AFTER_HEAD.has(next.lower)
}

const ACRONYM = /^[\p{Lu}\p{N}.&-]{2,}$/u

/**
 * How a word shows in a title or keyword list.
 *
 * @param token the token.
 * @returns its text, lowercased unless it is a proper noun or an acronym.
 */
function displayWord(token: Token): string {
  if (token.cap && !token.initial) return token.text
  // (a word opening on a lowercase ASCII letter is no acronym: most words, no regex)
  const first = token.text.charCodeAt(0)
  if (first >= 97 && first <= 122) return token.lower
  return ACRONYM.test(token.text) ? token.text : token.lower
}

/**
 * Count every n-gram (1 to 4 words) of every chunk of content words.
 *
 * @param tokens the article's tokens in order.
 * @param content for each token, whether it is a content word.
 * @returns the candidate phrases by key.
 */
export function collectPhrases(tokens: readonly Token[], content: readonly boolean[]): Map<string, Phrase> {
  const phrases = new Map<string, Phrase>()
  let start = 0
  while (start < tokens.length) {
    if (!content[start]) {
      start++
      continue
    }
    let end = start + 1
    while (
      end < tokens.length &&
      content[end] &&
      !tokens[end - 1]!.breakAfter &&
      tokens[end]!.sentence === tokens[start]!.sentence
    )
      end++
    for (let from = start; from < end; from++) {
      // each longer n-gram from `from` extends the one before it by a word
      const first = tokens[from]!
      const nominal =
        from > start || (from > 0 && !tokens[from - 1]!.breakAfter && NOMINAL_BEFORE.has(tokens[from - 1]!.lower))
      const openLeft = !(from > start && tokens[from - 1]!.cap && !tokens[from - 1]!.initial)
      let key = ''
      let surface = ''
      let display = ''
      let proper = true
      for (let to = from + 1; to <= Math.min(end, from + MAX_WORDS); to++) {
        const last = tokens[to - 1]!
        const joiner = to === from + 1 ? '' : ' '
        key += joiner + last.key
        surface += joiner + last.text
        display += joiner + displayWord(last)
        proper &&= last.cap && !last.initial
        // a phrase ends on a noun, not on a participle (`accounts opened`)
        if (to - from > 1 && !last.cap && last.lower.endsWith('ed')) continue
        let phrase = phrases.get(key)
        if (!phrase) {
          const words = tokens.slice(from, to)
          phrase = {
            key,
            keys: words.map((t) => t.key),
            words: words.map((t) => t.lower),
            length: to - from,
            occurrences: [],
            paragraphs: new Set(),
            sentences: new Set()
          }
          phrases.set(key, phrase)
        }
        phrase.occurrences.push({
          paragraph: first.paragraph,
          sentence: first.sentence,
          start: from,
          end: to,
          surface,
          display,
          proper,
          head: to === end,
          nominal,
          complete: openLeft && !(to < end && tokens[to]!.cap && !tokens[to]!.initial)
        })
        phrase.paragraphs.add(first.paragraph)
        phrase.sentences.add(first.sentence)
      }
    }
    start = end
  }
  return phrases
}
