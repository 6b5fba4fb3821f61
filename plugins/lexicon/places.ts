/**
 * Names of places that are nobody's name: the countries and territories of the world (from the
 * runtime's own region names, `Intl.DisplayNames`), their usual short forms, and the states,
 * provinces and territories of federal countries with their postal abbreviations. General
 * geography only: a bare place is never a speaker (`Florida said` is a cut name or a headline).
 */

/** States, provinces and territories of federal countries, and short forms of country names. */
const REGIONS = `
Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|
Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|
Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|
North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|
Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming|District of Columbia|
Alberta|British Columbia|Manitoba|New Brunswick|Newfoundland and Labrador|Nova Scotia|Ontario|
Prince Edward Island|Quebec|Saskatchewan|Yukon|Nunavut|Northwest Territories|
New South Wales|Queensland|South Australia|Tasmania|Victoria|Western Australia|Northern Territory|
England|Scotland|Wales|Northern Ireland|Britain|Great Britain|America|United States of America|
Ala.|Ariz.|Ark.|Calif.|Colo.|Conn.|Del.|Fla.|Ga.|Ill.|Ind.|Kan.|Ky.|La.|Md.|Mass.|Mich.|Minn.|Miss.|
Mo.|Mont.|Neb.|Nev.|N.H.|N.J.|N.M.|N.Y.|N.C.|N.D.|Okla.|Ore.|Pa.|R.I.|S.C.|S.D.|Tenn.|Tex.|Va.|Vt.|
Wash.|Wis.|Wyo.|W.Va.|D.C.|U.S.|US|USA|U.S.A.|UK|U.K.|EU|UAE
`

let places: ReadonlySet<string> | null = null

/** Every place name, lowercase: the regions above and every region the runtime names in English. */
function allPlaces(): ReadonlySet<string> {
  if (places) return places
  const names = new Set(
    REGIONS.split('|')
      .map((name) => name.trim().toLowerCase())
      .filter(Boolean)
  )
  const regions = new Intl.DisplayNames(['en'], { type: 'region' })
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
  for (const a of letters)
    for (const b of letters) {
      let name: string | undefined
      try {
        name = regions.of(a + b)
      } catch {
        name = undefined
      }
      if (!name || name === a + b) continue
      names.add(name.toLowerCase())
      // `Bosnia & Herzegovina` is also written with `and`; `St. Lucia` with `Saint`
      names.add(name.toLowerCase().replace(/ & /g, ' and '))
      names.add(name.toLowerCase().replace(/^st\. /, 'saint '))
    }
  places = names
  return names
}

/**
 * Whether a name is only a place: a country or territory, or a state or province (`Florida`,
 * `Calif.`, `the United States`).
 *
 * @param name the name as written, with or without a leading `the`.
 * @returns whether it names a place and nothing more.
 */
export function isPlaceName(name: string): boolean {
  return allPlaces().has(
    name
      .trim()
      .replace(/^the\s+/i, '')
      .toLowerCase()
  )
}
