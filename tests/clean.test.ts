import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { cleanText, type CleanedText } from '../plugins/clean/index.ts'

const fixtures = join(import.meta.dirname, 'fixtures', 'clean')
const cases = readdirSync(fixtures).sort()

/** How `value` looks when its UTF-8 bytes are read as Windows-1252. */
function mojibakeOf(value: string): string {
  return new TextDecoder('windows-1252').decode(new TextEncoder().encode(value))
}

/** Source characters cleaning may drop: a stray `Â` and invisible characters. */
const DROPPABLE = /^(?:\u00c2|\u200b|\u200c|\u200d|\u2060|\ufeff|\u00ad)$/

/** Space-like characters cleaning turns into a plain space. */
const SPACE_LIKE = /^(?:[ \t\u00a0\u2002\u2003\u2007\u2009\u200a\u202f\u3000]|\u00c2[ \u00a0])$/

/**
 * Check that the map explains the whole cleaned text: consecutive output characters
 * sharing one source unit `[map[i], ends[i])` are exactly what that unit cleans to
 * (itself, a space for a space-like unit, a double mark for two apostrophes, or the character
 * its mojibake stands for),
 * units never overlap and go forward, and the source characters no unit covers are
 * only droppable ones.
 */
function expectFaithfulMap(input: string, cleaned: CleanedText): void {
  const { text, map, ends } = cleaned
  expect(map).toHaveLength(text.length + 1)
  expect(ends).toHaveLength(text.length)
  expect(map[text.length]).toBe(input.length)
  const covered = new Array<boolean>(input.length).fill(false)
  let previousEnd = 0
  for (let i = 0; i < text.length;) {
    let j = i + 1
    while (j < text.length && map[j] === map[i] && ends[j] === ends[i]) j++
    const start = map[i]!
    const end = ends[i]!
    expect(start, `unit at ${i} starts before the previous one ends`).toBeGreaterThanOrEqual(previousEnd)
    expect(end).toBeGreaterThan(start)
    const unit = input.slice(start, end)
    const out = text.slice(i, j)
    const mojibake = mojibakeOf(out === ' ' ? '\u00a0' : out)
    const explained =
      unit === out ||
      (out === ' ' && SPACE_LIKE.test(unit)) ||
      (out === '"' && unit === "''") ||
      unit === mojibake ||
      unit === mojibake.replace(/\u009d$/, '') ||
      unit === mojibake.replace(/\u009d$/, '\ufffd')
    expect(explained, `${JSON.stringify(out)} from ${JSON.stringify(unit)}`).toBe(true)
    for (let k = start; k < end; k++) covered[k] = true
    previousEnd = end
    i = j
  }
  covered.forEach((isCovered, k) => {
    if (!isCovered) expect(input[k], `dropped source character at ${k}`).toMatch(DROPPABLE)
  })
}

describe('cleanText fixtures (tests/fixtures/clean/<case>)', () => {
  it('has fixtures', () => {
    expect(cases.length).toBeGreaterThan(5)
  })
  for (const name of cases) {
    it(name, () => {
      const input = readFileSync(join(fixtures, name, 'input.txt'), 'utf8')
      const expected = readFileSync(join(fixtures, name, 'expected.txt'), 'utf8')
      const cleaned = cleanText(input)
      expect(cleaned.text).toBe(expected)
      expectFaithfulMap(input, cleaned)
    })
  }
})

describe('cleanText offsets', () => {
  it('maps a repaired character to its whole mojibake unit', () => {
    const input = 'Itâ€™s â€œfineâ€\ufffd'
    const { text, map, ends } = cleanText(input)
    expect(text).toBe('It’s “fine”')
    const at = (char: string, from = 0): string => {
      const i = text.indexOf(char, from)
      return input.slice(map[i], ends[i])
    }
    expect(at('’')).toBe('â€™')
    expect(at('“')).toBe('â€œ')
    expect(at('”')).toBe('â€\ufffd')
  })

  it('maps a stray Â with its no-break space to one space', () => {
    const input = '£5Â\u00a0million'
    const { text, map, ends } = cleanText(input)
    expect(text).toBe('£5 million')
    expect(input.slice(map[2], ends[2])).toBe('Â\u00a0')
  })

  it('shifts every offset by base', () => {
    const plain = cleanText('cafÃ© Â\u00a0x')
    const shifted = cleanText('cafÃ© Â\u00a0x', 100)
    expect(shifted.text).toBe(plain.text)
    expect(shifted.map).toEqual(plain.map.map((offset) => offset + 100))
    expect(shifted.ends).toEqual(plain.ends.map((offset) => offset + 100))
  })

  it('keeps the map faithful on any mix of tricky pieces', () => {
    const pieces = [
      'a',
      'Z',
      ' ',
      '.',
      '5',
      '\n',
      'Â',
      '\u00a0',
      'â€™',
      'â€œ',
      'â€',
      '\ufffd',
      'Ã©',
      'é',
      'É',
      'ß',
      '’',
      '”',
      '"',
      "'",
      '\u200b',
      '\u00ad',
      '\ufeff',
      '\u202f',
      '😀',
      'ðŸ˜€',
      'שלום',
      '—',
      '€'
    ]
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
        const input = parts.join('')
        expectFaithfulMap(input, cleanText(input))
      }),
      { numRuns: 500 }
    )
  })
})
