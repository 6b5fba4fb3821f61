/**
 * Wire-copy datelines that open an article's first paragraph: `NEW DELHI, Aug 14 (PTI) –`,
 * `BRUSSELS (Reuters) -`, `KYIV, Ukraine (AP) —`, `WASHINGTON —`, `LONDON:`, `Baghdad, Iraq –`.
 * The place and the agency say where the story was filed, not who speaks in it; the date is
 * when it happened.
 */

const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?'
/** A place: one to four capitalised words (`New Delhi`, `Port-au-Prince`, `ST. LOUIS`). */
const PLACE = "\\p{Lu}[\\p{L}.'’-]*(?:[ -]\\p{Lu}[\\p{L}.'’-]*){0,3}"
/** The news agencies and outlets that sign datelines. */
const AGENCIES = [
  'PTI',
  'IANS',
  'ANI',
  'UNI',
  'Reuters',
  'AP',
  'AFP',
  'dpa',
  'DPA',
  'Xinhua',
  'Bernama',
  'Kyodo',
  'Yonhap',
  'AAP',
  'CP',
  'EFE',
  'ANSA',
  'TASS',
  'Anadolu',
  'APP',
  'BSS',
  'KUNA',
  'WAM',
  'SPA',
  'IRNA',
  'NAN',
  'PA',
  'Sputnik',
  'Interfax',
  'Ukrinform',
  'CNA',
  'Antara',
  'PNA',
  'NNA',
  'CNN',
  'UPI',
  'Bloomberg',
  'WAFA',
  'KNA',
  'GNA',
  'IPS',
  'RIA Novosti',
  'Canadian Press',
  'Associated Press',
  'Agence France-Presse',
  'Press Association',
  'Thomson Reuters',
  'Express News Service',
  'HT',
  'TOI'
]
/** `(PTI)`, `(Reuters)`, `(CNN Business)`: the agency that filed it, and the dash or colon after it. */
const AGENCY = `\\((?:${AGENCIES.join('|')})(?:[ /][\\p{L}/ ]+)?\\)\\s*(?:[-–—―:]+\\s*)?`
const DATE = `${MONTH}\\s+\\d{1,2}(?:,\\s*\\d{4})?`

/** `Place[, Region][, Month Day[, Year]] (Agency) [–:]`. */
const WITH_AGENCY = new RegExp(`^(${PLACE}(?:,\\s*${PLACE})?,?\\s*)(${DATE}\\s*)?(${AGENCY})`, 'u')
/** `WASHINGTON —`, `KYIV, Ukraine —`, `LONDON:`: a place in capitals, then a dash or a colon. */
const CAPITALS = new RegExp(
  `^(\\p{Lu}[\\p{Lu} .'’-]{2,}(?:,\\s*${PLACE})?,?\\s*)(${DATE}\\s*)?((?:[–—―]|--?|:)\\s+)(?=\\p{Lu}|["“‘])`,
  'u'
)
/** `Baghdad, Iraq –`, `Kyiv, Ukraine —`: a place and its country or state, then a dash. */
const TITLED = new RegExp(`^(${PLACE},\\s*${PLACE},?\\s*)(${DATE}\\s*)?((?:[–—―]|--?)\\s+)(?=\\p{Lu}|["“‘])`, 'u')
/** Words in capitals that open a line as a label, not a place (`UPDATE:`, `BREAKING:`). */
const LABELS =
  /^(?:UPDATE|UPDATED|BREAKING|BREAKING NEWS|EXCLUSIVE|ANALYSIS|OPINION|COMMENT|WATCH|LIVE|NOTE|EDITOR['’]S NOTE|CORRECTION|CLARIFICATION|FACT CHECK|REVIEW|INTERVIEW|VIDEO|PHOTOS?|WARNING|ALERT|FLASH|URGENT|DEVELOPING|SPONSORED|ADVERTISEMENT|FEATURE|EXPLAINER|Q&A)\b/u

/** Where a dateline's parts stand in its paragraph's text, as `[start, end)` offsets. */
export interface Dateline {
  /** The place, and the agency with the punctuation after it. */
  place: [number, number][]
  /** The date between them (`Aug 14`), if any. */
  date: [number, number] | null
}

/**
 * Read the dateline that opens a paragraph, if any.
 *
 * @param text the paragraph's cleaned text.
 * @returns its parts, or `null` when the paragraph has no dateline.
 */
export function readDateline(text: string): Dateline | null {
  let match = WITH_AGENCY.exec(text)
  if (!match) {
    match = CAPITALS.exec(text)
    // a place of capitals needs a word of three letters (`AP` alone is an agency), and no label
    if (match && (!/\p{Lu}{3}/u.test(match[1]!) || LABELS.test(match[1]!))) return null
  }
  match ??= TITLED.exec(text)
  if (!match || match[0].length >= text.length) return null
  const place = match[1]!
  const date = match[2] ?? ''
  const agencyStart = place.length + date.length
  return {
    place: [
      [0, place.length],
      [agencyStart, agencyStart + match[3]!.length]
    ],
    date: date ? [place.length, place.length + date.trimEnd().length] : null
  }
}
