/**
 * A page title reduced to the article's headline: the site's name, a section or the author glued
 * on with a separator (`Headline - Example Wire`, `Headline | Eleanor Roe`, `Section | Headline |
 * Site`) is taken off.
 */

/** Separators pages put between the headline, the section and the site's name. */
const SEPARATOR = /\s+[|–—•·»:-]{1,2}\s+|\s*\|\s*/u

/**
 * A string's letters and digits, lower case: what two names are compared by.
 *
 * @param value a name or line.
 * @returns its key (`The Example Wire` -> `theexamplewire`).
 */
export function nameKey(value: string): string {
  return value
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '')
}

/** The outlet's names to compare with: its name, and its host without `www.` and the domain ending. */
function outletKeys(outlets: (string | null | undefined)[]): string[] {
  const keys: string[] = []
  for (const outlet of outlets) {
    if (!outlet) continue
    keys.push(nameKey(outlet))
    const host = /^(?:https?:\/\/)?(?:www\.)?([^/:]+)/i.exec(outlet)?.[1]
    if (host && host.includes('.')) {
      // `news.example-wire.co.uk` -> `examplewire`, `examplewire.com` -> `examplewire`.
      const labels = host.toLowerCase().split('.')
      const main = labels.length > 2 && labels.at(-2)!.length <= 3 ? labels.at(-3)! : labels.at(-2)!
      keys.push(nameKey(main))
    }
  }
  return keys.filter((key) => key.length >= 2)
}

/** Whether a part of a title is the outlet's name (`The Example Wire`, `examplewire.com`, `Example Wire News`). */
function isOutlet(part: string, outlets: string[]): boolean {
  const key = nameKey(part)
  const bare = nameKey(part.replace(/^the\s+/i, ''))
  return outlets.some(
    (outlet) =>
      key === outlet ||
      bare === outlet ||
      nameKey(outlet.replace(/^the/, '')) === bare ||
      (outlet.length >= 4 && (key.startsWith(outlet) || key.endsWith(outlet)) && key.length <= outlet.length + 12)
  )
}

/**
 * The headline in a page title.
 *
 * @param title the title as given (JSON-LD `headline`, `og:title`, `<title>`…).
 * @param options the outlet's names (site name, URL or host) and the authors' names to take off.
 * @returns the headline, or `undefined` when nothing but the outlet or author is left.
 */
export function cleanHeadline(
  title: string | null | undefined,
  options: { outlets?: (string | null | undefined)[]; authors?: string[] } = {}
): string | undefined {
  if (!title) return undefined
  const squashed = title.replace(/\s+/g, ' ').trim()
  if (!squashed) return undefined
  const outlets = outletKeys(options.outlets ?? [])
  const authors = (options.authors ?? []).map(nameKey).filter(Boolean)
  const parts = squashed.split(SEPARATOR)
  const isFurniture = (part: string): boolean =>
    isOutlet(part, outlets) || authors.includes(nameKey(part.replace(/^by\s+/i, '')))
  // Only the ends are taken off: a separator inside a headline (`Budget: what changes`) stays.
  let first = 0
  let last = parts.length - 1
  while (last > first && isFurniture(parts[last]!)) last--
  while (first < last && isFurniture(parts[first]!)) first++
  if (first === last && isFurniture(parts[first]!)) return undefined
  if (first === 0 && last === parts.length - 1) return squashed
  // Rebuild from the original, so the separators inside the headline stay as written.
  const kept = parts.slice(first, last + 1)
  const start = squashed.indexOf(kept[0]!)
  const lastPart = kept.at(-1)!
  const end = squashed.indexOf(lastPart, start + kept.slice(0, -1).join('').length) + lastPart.length
  return squashed.slice(start, end).trim() || undefined
}
