/**
 * Offset-keeping text cleaning: mojibake, no-break spaces, invisible characters.
 */

/** Cleaned text and, for every character of it, its offset in the input. */
export interface CleanedText {
  text: string
  /** `map[i]` is the input offset of `text[i]`; `map[text.length]` is the input's end. */
  map: number[]
  /** `ends[i]` is the input offset just after the input unit `text[i]` came from. */
  ends: number[]
}

/** cp1252 characters in 0x80–0x9F, by the byte they stand for. */
const CP1252_HIGH: Record<number, number> = {
  0x20ac: 0x80,
  0x201a: 0x82,
  0x0192: 0x83,
  0x201e: 0x84,
  0x2026: 0x85,
  0x2020: 0x86,
  0x2021: 0x87,
  0x02c6: 0x88,
  0x2030: 0x89,
  0x0160: 0x8a,
  0x2039: 0x8b,
  0x0152: 0x8c,
  0x017d: 0x8e,
  0x2018: 0x91,
  0x2019: 0x92,
  0x201c: 0x93,
  0x201d: 0x94,
  0x2022: 0x95,
  0x2013: 0x96,
  0x2014: 0x97,
  0x02dc: 0x98,
  0x2122: 0x99,
  0x0161: 0x9a,
  0x203a: 0x9b,
  0x0153: 0x9c,
  0x017e: 0x9e,
  0x0178: 0x9f
}

/** The byte a character stands for when UTF-8 was read as cp1252 (or Latin-1), else -1. */
function cp1252Byte(code: number): number {
  if (code >= 0x80 && code <= 0xff) return code
  return CP1252_HIGH[code] ?? -1
}

/** Characters that render as nothing and only get in the way. */
const INVISIBLE = new Set([0x200b, 0x200c, 0x200d, 0x2060, 0xfeff, 0x00ad])

/** Characters to read as a plain space. */
const SPACES = new Set([0xa0, 0x2007, 0x202f, 0x2009, 0x200a, 0x2002, 0x2003, 0x3000, 0x09])

/**
 * Characters that legitimately follow a word: after a two-byte lead outside Latin-1, Latin
 * Extended-A, Greek and Cyrillic (`É`, `Ö`, `ß`…), they mean real text such as `CAFÉ’s` or
 * `Straße”`, not mojibake.
 */
const AFTER_WORD = new Set([0x2018, 0x2019, 0x201c, 0x201d, 0x2013, 0x2014, 0xa0, 0xab, 0xbb])

/** Decodes the bytes a mojibake run stands for; throws on malformed UTF-8. */
const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true })

/** Two-byte leads whose mojibake is common enough to repair before any punctuation. */
function commonLead(lead: number): boolean {
  return lead <= 0xc5 || lead === 0xce || lead === 0xcf || lead === 0xd0 || lead === 0xd1
}

/**
 * Try to read a run of mojibake (UTF-8 bytes shown as cp1252) at `at`.
 *
 * @param input the raw text.
 * @param at the index of the would-be lead byte.
 * @returns the repaired character(s) and how many input characters they replace, or `null`.
 */
function repairMojibake(input: string, at: number): { value: string; length: number } | null {
  const lead = cp1252Byte(input.charCodeAt(at))
  let need: number
  if (lead >= 0xc2 && lead <= 0xdf) need = 1
  else if (lead >= 0xe0 && lead <= 0xef) need = 2
  else if (lead >= 0xf0 && lead <= 0xf4) need = 3
  else return null
  if (need === 1 && !commonLead(lead) && AFTER_WORD.has(input.charCodeAt(at + 1))) return null
  const bytes = [lead]
  for (let k = 1; k <= need; k++) {
    const code = at + k < input.length ? input.charCodeAt(at + k) : -1
    const byte = code < 0 ? -1 : cp1252Byte(code)
    if (byte < 0x80 || byte > 0xbf) {
      // U+201D read as cp1252 is `â€` + an undefined byte (0x9D), often lost or shown as `�`.
      if (need === 2 && k === 2 && bytes[1] === 0x80 && lead === 0xe2)
        return { value: '\u201d', length: code === 0xfffd ? 3 : 2 }
      return null
    }
    bytes.push(byte)
  }
  try {
    const value = STRICT_UTF8.decode(new Uint8Array(bytes))
    return { value, length: need + 1 }
  } catch {
    return null
  }
}

/** Whether `code` is a letter or digit (ASCII or Latin-1 / Latin Extended letters). */
function isWordChar(code: number): boolean {
  return (
    (code >= 0x30 && code <= 0x39) ||
    (code >= 0x41 && code <= 0x5a) ||
    (code >= 0x61 && code <= 0x7a) ||
    (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7)
  )
}

/**
 * Clean a string and keep, for every output character, its input offset.
 *
 * - mojibake (`â€™` -> `’`, `Ã©` -> `é`) is repaired;
 * - a stray `Â` left by a lost no-break space is dropped (or becomes a space);
 * - no-break and other odd spaces become plain spaces, invisible characters go;
 * - two straight apostrophes typed for a double quote mark (`''Yes,'' she said`) become `"`.
 *
 * @param input the raw text.
 * @param base the offset of `input[0]` in the source (default `0`).
 * @returns the cleaned text and its offset map.
 */
export function cleanText(input: string, base = 0): CleanedText {
  if (isClean(input)) return unchanged(input, base)
  let text = ''
  const map: number[] = []
  const ends: number[] = []
  const push = (value: string, offset: number, length = 1): void => {
    text += value
    for (let k = 0; k < value.length; k++) {
      map.push(offset)
      ends.push(offset + length)
    }
  }
  for (let i = 0; i < input.length;) {
    const code = input.charCodeAt(i)
    if (code === 0x27 && input.charCodeAt(i + 1) === 0x27) {
      // `''Yes,'' she said`: two apostrophes typed for a double quote mark; three are a single
      // mark inside it (`…no,''' he said`: the single closes first; `'''No` the double opens first)
      const three = input.charCodeAt(i + 2) === 0x27
      const opening = i === 0 || /\s|[([{\-–—]/u.test(input[i - 1]!)
      if (three && !opening) push("'", base + i)
      push('"', base + (three && !opening ? i + 1 : i), 2)
      if (three && opening) push("'", base + i + 2)
      i += three ? 3 : 2
      continue
    }
    if (code === 0xc2 /* Â */) {
      const next = i + 1 < input.length ? input.charCodeAt(i + 1) : -1
      const previous = i > 0 ? input.charCodeAt(i - 1) : -1
      if (next === -1 || next === 10 || next === 13 || ((previous === 0xa0 || previous === 32) && !isWordChar(next))) {
        // What is left of a lost no-break space: at a line end, or after a space and before no word.
        i++
        continue
      }
      if (next === 0xa0 || next === 32) {
        // `Â` + no-break space (or the plain space it became): one space for both.
        push(' ', base + i, 2)
        i += 2
        continue
      }
    }
    let value = input[i]!
    let length = 1
    if (code >= 0xc2 && code <= 0xf4) {
      const repaired = repairMojibake(input, i)
      if (repaired) ({ value, length } = repaired)
    }
    const unit = value.charCodeAt(0)
    // A zero-width joiner inside an emoji sequence (👩‍💻) is part of the emoji: keep it.
    const inEmoji = unit === 0x200d && i > 0 && (input.charCodeAt(i - 1) & 0xfc00) === 0xdc00
    if (value.length === 1 && INVISIBLE.has(unit) && !inEmoji) {
      i += length
      continue
    }
    push(value.length === 1 && SPACES.has(unit) ? ' ' : value, base + i, length)
    i += length
  }
  map.push(base + input.length)
  return { text, map, ends }
}

/** Whether a text holds nothing to clean: no Latin-1 letter that may start mojibake, no odd space, nothing invisible. */
function isClean(input: string): boolean {
  for (let i = 0; i < input.length; i++) {
    const code = input.charCodeAt(i)
    if (
      code < 0x80
        ? code === 0x09 || (code === 0x27 && input.charCodeAt(i + 1) === 0x27)
        : code <= 0xff || INVISIBLE.has(code) || SPACES.has(code)
    )
      return false
  }
  return true
}

/** The offset map of a text that cleaning leaves as it is. */
function unchanged(input: string, base: number): CleanedText {
  const map = new Array<number>(input.length + 1)
  const ends = new Array<number>(input.length)
  for (let i = 0; i < input.length; i++) {
    map[i] = base + i
    ends[i] = base + i + 1
  }
  map[input.length] = base + input.length
  return { text: input, map, ends }
}
