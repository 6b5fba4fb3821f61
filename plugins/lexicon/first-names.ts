/**
 * The gender a first name usually has in English, from a general list of given names (the
 * `gender-detection-from-name` package's English list), for the pronouns of people whose gender
 * the text does not give. Names given to men and women alike are left out.
 */
import { createRequire } from 'node:module'

/** Given names common for both men and women in English: they say nothing of a person's gender. */
const UNISEX = new Set(
  `
alex alexis ali andrea angel ariel ashley aubrey avery bailey billie blair bobbie brett brook brooke
cameron carey carmen carol casey cecil charlie chris christian claude courtney dale dana darcy darby
devon dominique drew eden ellis emerson emery evelyn finley frankie gabriel gale gene glenn hadley
harley hayden hunter jackie jaime jamie jan jean jerry jess jesse jessie jo jody joey jordan
jordyn jules julian justice kai kay kelly kelsey kendall kennedy kerry kim kris lane lee leslie lindsay
lindsey logan lou lynn mackenzie madison marion mckenzie mel merle micah morgan nat nicola noel
pat peyton quinn reagan reese regan rene riley robin rory ryan sam sandy sasha shannon shawn shelby
sidney simone skyler stacy stevie sydney taylor terry toby tracy val whitney
`
    .trim()
    .split(/\s+/)
)

const require = createRequire(import.meta.url)
let names: ReadonlyMap<string, string> | null = null

/**
 * The gender a first name usually has (`Ana` -> `f`, `Tomas` -> `m`), or `null` when the name is
 * not in the list or is given to both.
 *
 * @param first the first name, any case.
 * @returns `m`, `f` or `null`.
 */
export function firstNameGender(first: string): 'm' | 'f' | null {
  const lower = first.toLowerCase()
  if (lower.length < 2 || UNISEX.has(lower)) return null
  // loaded when first asked (some 30,000 names)
  names ??= require('gender-detection-from-name/names/en.js') as ReadonlyMap<string, string>
  const gender = names.get(lower)
  return gender === 'male' ? 'm' : gender === 'female' ? 'f' : null
}
