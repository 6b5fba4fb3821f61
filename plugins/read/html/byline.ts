/**
 * A byline as printed reduced to the people's names: `By JANE ROE March 11, 2015 3:46 PM` is
 * `Jane Roe`; `By Jane Roe, MA Example Health News` is `Jane Roe`; `Jane Roe22 Dec 2016651` is
 * `Jane Roe`; an outlet, a desk or a date alone is nobody.
 */

const MONTHS =
  'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?'
const WEEKDAYS = 'mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:rs(?:day)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?'
/** What starts the date or stamp after a name: `March 11`, `Monday, 3 March`, `Updated`, `3 hours ago`. */
const STAMP = new RegExp(
  String.raw`\b(?:(?:${MONTHS})\.?\s*\d|(?:${WEEKDAYS})\b,?\s*(?:\d|${MONTHS})|(?:last\s+)?updated\b|(?:first\s+)?published\b|posted\b|modified\b|today\b|yesterday\b)`,
  'i'
)
/** A month before a day, or a stamp word, glued to the name before it (`RoeMarch 11`, `RoeUpdated`). */
const GLUED_STAMP =
  /(\p{Ll})(?=\p{Lu}(?:an|eb|ar|pr|ay|un|ul|ug|ep|ct|ov|ec)\p{Ll}*\.?\s*\d|Updated|Published|Posted)/gu

/**
 * A capitalised word glued to the next (`LeclercTransport correspondent`: two elements printed
 * without a space); a part of four letters or more, so `McKinnon`, `MacArthur`, `DeSantis` stay whole.
 */
const GLUED_WORDS = /(\p{Lu}\p{Ll}{3,})(?=\p{Lu}\p{Ll})/gu

/** The words that introduce a byline. */
const LEAD =
  /^(?:(?:written|words|story|reporting|reported|text|posted|published|compiled|edited|interview|analysis|photos?)\s+by|by|from|author(?:s|\(s\))?\s*:|byline\s*:)\s*/i

/** Letters after a name that are qualifications, not the name (`Jane Roe, MA`, `Sam Okoro PhD`). */
const CREDENTIALS = new Set(
  'ma mba msc ms bsc ba bs phd dphil md do mph rn np pa pharmd dds dvm jd llm llb frcp mrcp cpa cfa rd ld facc facp obe mbe cbe kc qc esq'.split(
    ' '
  )
)

/** Words that make a part of a byline an outlet, desk or role rather than a person. */
const NOT_A_PERSON = new Set(
  (
    'news newsroom press associated agency agencies wire wires service services staff team desk reporters reporter ' +
    'correspondent correspondents editor editors editorial writer writers contributor contributors columnist ' +
    'producer analyst media online digital times post herald tribune telegraph journal gazette daily weekly chronicle ' +
    'express mail guardian observer standard courier review magazine radio television tv network channel group ' +
    'international world national political politics business health science sport sports opinion investigations ' +
    'senior chief deputy managing associate special foreign political economics economy affairs bureau board ' +
    'our the in and of for at photographer photography illustration graphics'
  ).split(' ')
)

/** Lower-case particles inside names (`Ana de la Cruz`, `Jan van der Berg`, `Omar bin Said`). */
const PARTICLES = new Set(
  'de del della der den di da das do dos du la le van von ter ten bin binti al el y e zu'.split(' ')
)

/** `JANE ROE` -> `Jane Roe`, `O'NEIL` -> `O'Neil`, `MCKAY` -> `McKay`; mixed case is kept. */
function unshout(name: string): string {
  if (/\p{Ll}/u.test(name)) return name
  return name
    .toLowerCase()
    .replace(/(^|[\s'’-])(\p{L})/gu, (_all, before: string, letter: string) => before + letter.toUpperCase())
    .replace(/\bMc(\p{L})/gu, (_all, letter: string) => `Mc${letter.toUpperCase()}`)
}

/**
 * Whether a string reads as one person's name: one to five words, each capitalised (or a
 * particle), no digits, not an outlet, desk or role.
 *
 * @param value a candidate.
 * @returns whether it is a name.
 */
export function isPersonName(value: string): boolean {
  if (!value || value.length > 60 || /[\d@/:#]/.test(value)) return false
  const words = value.split(/\s+/)
  if (words.length > 5) return false
  if (words.length === 1 && !/^\p{Lu}\p{Ll}+$/u.test(words[0]!)) return false
  let nameWords = 0
  for (const word of words) {
    const bare = word.replace(/[.,'’]+$/, '')
    if (PARTICLES.has(bare)) continue
    if (!/^\p{Lu}/u.test(bare)) return false
    if (NOT_A_PERSON.has(bare.toLowerCase())) return false
    nameWords++
  }
  return nameWords > 0
}

/** One part of a byline (between commas or `and`) reduced to a name, or `undefined`. */
function namePart(part: string, outlets: string[]): string | undefined {
  let value = part.replace(LEAD, '').trim()
  // A date, time or stamp and all after it: `Jane Roe March 11, 2015`, `Jane Roe | Updated`.
  const stamp = STAMP.exec(value)
  if (stamp) value = value.slice(0, stamp.index)
  // Digits and all after them: `Jane Roe22 Dec 2016`, `Jane Roe 3 hours`.
  value = value.replace(/\s*\d.*$/s, '')
  // Post-nominal letters: `Sam Okoro PhD`, `Jane Roe MA`.
  const words = value.split(/\s+/).filter(Boolean)
  while (words.length > 1 && CREDENTIALS.has(words.at(-1)!.replace(/\./g, '').toLowerCase())) words.pop()
  value = unshout(
    words
      .join(' ')
      .replace(/[\s,;:|•·–—-]+$/u, '')
      .trim()
  )
  if (!isPersonName(value)) return undefined
  const key = value.toLowerCase().replace(/\W+/g, '')
  if (outlets.some((outlet) => outlet && (key === outlet || outlet.includes(key)))) return undefined
  return value
}

/**
 * Reduce bylines as printed to the people's names.
 *
 * @param bylines the bylines or author values found (JSON-LD names, meta tags, the printed byline).
 * @param outlets names that are the outlet, not an author (the site's name, the URL's host).
 * @returns the names, each once, in order.
 */
export function bylineNames(
  bylines: (string | null | undefined)[],
  outlets: (string | null | undefined)[] = []
): string[] {
  const outletKeys = outlets
    .filter((outlet): outlet is string => Boolean(outlet))
    .map((outlet) =>
      outlet
        .toLowerCase()
        .replace(/^www\./, '')
        .replace(/\.[a-z.]+$/, '')
        .replace(/\W+/g, '')
    )
  const names: string[] = []
  for (const byline of bylines) {
    if (!byline || /^https?:\/\//i.test(byline.trim())) continue
    const text = byline
      .replace(/\s+/g, ' ')
      .replace(GLUED_STAMP, '$1 ')
      .replace(GLUED_WORDS, '$1 | ')
      .replace(/^in\s+[^,]*,\s*/i, '') // `in Example News, by Example News`
      .trim()
    // Parts: `Jane Roe and Sam Okoro`, `Jane Roe, Sam Okoro`, `Jane Roe | Political Editor`.
    for (const part of text.split(/\s*(?:,|;|\||•|·|\/|\s&\s|\band\b|\bwith\b|\s[–—-]\s)\s*/i)) {
      const name = namePart(part, outletKeys)
      if (name && !names.some((known) => known.toLowerCase() === name.toLowerCase())) names.push(name)
    }
  }
  return names
}

/**
 * Names as one byline: `Jane Roe`, `Jane Roe and Sam Okoro`, `A, B and C`.
 *
 * @param names the names.
 * @returns the byline, or `undefined` when there is nobody.
 */
export function joinNames(names: string[]): string | undefined {
  if (names.length === 0) return undefined
  if (names.length === 1) return names[0]
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`
}
