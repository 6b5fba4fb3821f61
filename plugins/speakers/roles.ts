/**
 * A speaker's role said once: the country of a title after it (`Foreign Minister of Russia`, not
 * `Russian foreign minister` with `Russian` again as the affiliation).
 */
import { DEMONYMS } from '../lexicon/demonyms.ts'
import { PORTFOLIOS, ROLE_NOUNS, TITLE_WORDS } from '../lexicon/people.ts'

/** A role and an affiliation, as a speaker card shows them. */
export interface RoleAndAffiliation {
  role: string | null
  affiliation: string | null
}

/** Whether every word of a phrase is a title, a role noun or a portfolio (`foreign minister`, `Prime Minister`). */
function isTitle(phrase: string): boolean {
  const words = phrase.toLowerCase().split(/\s+/)
  return (
    words.length <= 4 &&
    words.some((w) => TITLE_WORDS.has(w) || ROLE_NOUNS.has(w)) &&
    words.every((w) => TITLE_WORDS.has(w) || ROLE_NOUNS.has(w) || PORTFOLIOS.has(w))
  )
}

/** `foreign minister` -> `Foreign Minister`. */
function titleCase(phrase: string): string {
  return phrase.replace(/(^|\s)(\p{Ll})/gu, (_, space: string, letter: string) => space + letter.toUpperCase())
}

/**
 * Say the role once: a national adjective before a title becomes the title's country (`Russian
 * foreign minister` -> `Foreign Minister of Russia`, `Ukrainian President` -> `President of
 * Ukraine`), also when it stands only as the affiliation (`President`, `Ukrainian`); the
 * affiliation is then dropped when it only repeated the country.
 *
 * @param role the role the text gives, or `null`.
 * @param affiliation the affiliation the text gives, or `null`.
 * @returns the role and affiliation to show.
 */
export function normaliseRole(role: string | null, affiliation: string | null): RoleAndAffiliation {
  if (!role) return { role, affiliation }
  let demonym: string | null = null
  let title = role
  for (const words of [2, 1]) {
    const parts = role.split(/\s+/)
    const lead = parts.slice(0, words).join(' ')
    if (parts.length > words && DEMONYMS.has(lead)) {
      demonym = lead
      title = parts.slice(words).join(' ')
      break
    }
  }
  if (!demonym && affiliation && DEMONYMS.has(affiliation)) demonym = affiliation
  if (!demonym || !isTitle(title) || / of /i.test(title)) return { role, affiliation }
  const country = DEMONYMS.get(demonym)!
  const repeats =
    affiliation !== null &&
    (affiliation === demonym || affiliation.replace(/^the /, '') === country.replace(/^the /, ''))
  return { role: `${titleCase(title)} of ${country}`, affiliation: repeats ? null : affiliation }
}
