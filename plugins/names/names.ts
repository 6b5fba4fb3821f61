/**
 * Names and slugs: text folded for comparison, URL slugs, and the comparison key of a person's
 * name (titles and suffixes dropped), shared by the MDX pages and the joins across briefings.
 */
import { slug as githubSlug } from 'github-slugger'
import type { Speaker } from '../types.ts'

/** Honorifics and titles dropped before names are compared (lower case, no dots). */
const TITLES = new Set([
  'mr',
  'mrs',
  'ms',
  'miss',
  'mx',
  'dr',
  'prof',
  'professor',
  'sir',
  'dame',
  'lord',
  'lady',
  'baroness',
  'baron',
  'rt',
  'hon',
  'right',
  'honourable',
  'the',
  'president',
  'vice',
  'prime',
  'minister',
  'pm',
  'chancellor',
  'secretary',
  'senator',
  'sen',
  'rep',
  'representative',
  'governor',
  'gov',
  'mayor',
  'king',
  'queen',
  'prince',
  'princess',
  'general',
  'gen',
  'colonel',
  'col',
  'captain',
  'capt',
  'judge',
  'justice',
  'rev',
  'reverend',
  'father',
  'pope',
  'ambassador',
  'chief',
  'deputy',
  'foreign',
  'defence',
  'defense',
  'home',
  'health',
  'mp',
  'mep'
])
/** Name suffixes dropped before names are compared. */
const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv', 'kc', 'qc', 'mp', 'obe', 'mbe', 'cbe'])

/**
 * Fold a string for comparison: strip accents, lower-case, keep letters, digits and spaces.
 *
 * @param value any text.
 * @returns the folded text, single-spaced.
 */
export function fold(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’'`]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
}

/**
 * A URL slug, made the way Astro makes heading ids (github-slugger: lower case, punctuation
 * dropped, each space a `-`, letters of every script kept, so `José Núñez` is `josé-núñez`), with
 * runs of `-` made one and none at either end (`a - b` is `a-b`), at most 80 characters; never
 * empty.
 *
 * @param value any text.
 * @param fallback the slug when `value` has no letters or digits (default `item`).
 * @returns the slug.
 */
export function slugify(value: string, fallback = 'item'): string {
  const slug = [...githubSlug(value.normalize('NFC')).replace(/-{2,}/g, '-').replace(/^-+/, '')]
    .slice(0, 80)
    .join('')
    .replace(/-+$/, '')
  return slug || fallback
}

/**
 * The comparison key of a person's name: titles and suffixes dropped, then the
 * first name and the surname (`Sir Keir Starmer` and `Keir Rodney Starmer` -> `keir starmer`).
 * A one-word name keys as itself (`starmer`). Organisations key on their whole folded name.
 *
 * @param name the name as the text gives it.
 * @param type `person` (default) or `organisation`.
 * @returns the key, or `''` when nothing is left.
 */
export function speakerKey(name: string, type: Speaker['type'] = 'person'): string {
  const words = fold(name).split(' ').filter(Boolean)
  if (type === 'organisation' || type === 'unnamed') return words.join(' ')
  let start = 0
  while (start < words.length - 1 && TITLES.has(words[start]!)) start++
  let end = words.length
  while (end > start + 1 && SUFFIXES.has(words[end - 1]!)) end--
  const core = words.slice(start, end).filter((word) => word.length > 1 || end - start <= 1)
  if (core.length === 0) return words.join(' ')
  if (core.length === 1) return core[0]!
  return `${core[0]} ${core[core.length - 1]}`
}

/**
 * Whether a "name" is only titles (`Minister`, `the Prime Minister`): not a person's name.
 *
 * @param name the name as the text gives it.
 * @returns `true` when every word is a title.
 */
export function isTitleOnly(name: string): boolean {
  const words = fold(name).split(' ').filter(Boolean)
  return words.length === 0 || words.every((word) => TITLES.has(word))
}
