/**
 * Whether a capitalised phrase can name a person or a body at all: not a sentence's first word
 * (`Back in 1999, …`, `Nationally, …`, `Having announced …`), a quantifier (`Another`,
 * `Several`), a clause (`It’s`), something of somebody's (`Japan’s`), a bare place (`Florida`)
 * or a crosshead in capitals. General English only.
 */
import { isCommonWord } from '../lexicon/common-words.ts'
import { firstNameGender } from '../lexicon/first-names.ts'
import { ORGANISATION_WORDS } from '../lexicon/people.ts'
import { isPlaceName } from '../lexicon/places.ts'
import { speakerNoun } from '../text/phrases.ts'

/** Determiners, quantifiers and numbers that open a phrase but never name anybody. */
const QUANTIFIERS =
  /^(?:another|other|others|several|some|many|most|few|both|all|any|each|every|either|neither|none|such|much|more|less|certain|various|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|hundreds|thousands|millions|dozens)$/

/**
 * Why a phrase names no person or body, or `null` when it may name one.
 *
 * @param name the phrase as written (a leading `the` allowed).
 * @param opensSentence whether it stands first in its sentence (a capital says nothing there).
 * @param strict whether a group noun opening a sentence (`Police said`) names nobody too: so for a
 *   mention that would make an entity, not for a speaker phrase (default `false`).
 * @returns the reason (`quantifier`, `clause`, `possessive`, `place`, `crosshead`,
 *   `sentence word`), or `null`.
 */
export function notAName(name: string, opensSentence: boolean, strict = false): string | null {
  const bare = name.trim().replace(/^the\s+/i, '')
  const words = bare.split(/\s+/)
  const lower = bare.toLowerCase().replace(/’/g, "'")
  if (words.length === 1 && QUANTIFIERS.test(lower)) return 'quantifier'
  // `It’s`, `That’s`, `I’m`: a clause, not a name; `Japan’s`: the speaker is what is Japan's
  if (/^(?:it|he|she|that|there|what|who|here|i|we|they|you|let)'(?:s|re|m|ll|ve|d)$/.test(lower)) return 'clause'
  if (/'s$/.test(lower)) return 'possessive'
  if (isPlaceName(bare)) return 'place'
  if (words.length >= 3 && words.every((w) => !/\p{Ll}/u.test(w)) && words.some((w) => isCommonWord(w.toLowerCase())))
    return 'crosshead'
  if (words.length === 1 && opensSentence && /^\p{Lu}\p{Ll}+$/u.test(bare)) {
    // `Back in 1999`, `Having announced`, `Research suggests`; but `Officials`, `Police` are groups
    if ((isCommonWord(lower) || (strict && ORGANISATION_WORDS.has(lower))) && (strict || !speakerNoun(lower)))
      return 'sentence word'
    // `Nationally, …`: an adverb (not a first name such as `Kelly`)
    if (/ly$/.test(lower) && lower.length > 5 && !firstNameGender(lower)) return 'sentence word'
  }
  return null
}
