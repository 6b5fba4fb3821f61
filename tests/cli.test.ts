import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { decodeArticle } from '../plugins/read/index.ts'
import { runExtract } from './helpers/run-extract.ts'
import { contractProblems } from './schema.ts'

let dir: string

/** Text the CLI must turn into a valid document, with how to decode its bytes. */
interface GoodCase {
  name: string
  bytes: () => Uint8Array
  /** `mixed`: UTF-8 with stray Windows-1252 bytes, read as plugins/read does. */
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252' | 'mixed'
}

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text)
const utf16le = (text: string): Uint8Array => {
  const bytes = new Uint8Array(2 + text.length * 2)
  bytes.set([0xff, 0xfe])
  for (let i = 0; i < text.length; i++) {
    bytes[2 + 2 * i] = text.charCodeAt(i) & 0xff
    bytes[3 + 2 * i] = text.charCodeAt(i) >> 8
  }
  return bytes
}
const swapped = (bytes: Uint8Array): Uint8Array => {
  const out = new Uint8Array(bytes.length)
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    out[i] = bytes[i + 1]!
    out[i + 1] = bytes[i]!
  }
  return out
}

const quoted =
  'Town hall vote\n\nThe mayor said “the new bridge will open in March 2027” on Tuesday.\n“It cost £40 million,” she added.\n'
const sentence =
  'The council said “rents rose 12 per cent in 2024” and the mayor replied that 3,000 homes would follow. '

const good: GoodCase[] = [
  {
    name: 'no-quotes.txt',
    encoding: 'utf-8',
    bytes: () => utf8('Budget day\n\nThe council met on Monday. It approved a budget of £2 million for roads.\n')
  },
  {
    name: 'unbalanced.txt',
    encoding: 'utf-8',
    bytes: () =>
      utf8(
        'Open ends\n\nThe minister said “we will never stop.\nHer aide added: "this one has no end\nAnd ‘another one never closes, he said.”” Then ” and ’ alone.\n'
      )
  },
  {
    name: 'long-paragraph.txt',
    encoding: 'utf-8',
    bytes: () => utf8('A very long paragraph\n\n' + sentence.repeat(Math.ceil(1_048_576 / sentence.length)) + '\n')
  },
  { name: 'utf16le-bom.txt', encoding: 'utf-16le', bytes: () => utf16le(quoted) },
  { name: 'utf16be-bom.txt', encoding: 'utf-16be', bytes: () => swapped(utf16le(quoted)) },
  { name: 'utf8-bom.txt', encoding: 'utf-8', bytes: () => utf8('\ufeff' + quoted) },
  {
    name: 'windows-1252.txt',
    encoding: 'windows-1252',
    // “Café prices rose 5%,” the owner said – in cp1252 bytes (0x93/0x94 quotes, 0xE9 é, 0x96 en dash).
    bytes: () =>
      Uint8Array.from(
        [...'Caf\xe9 news\r\n\r\n\x93Caf\xe9 prices rose 5%,\x94 the owner said \x96 on Friday.\r\n'].map((c) =>
          c.charCodeAt(0)
        )
      )
  },
  {
    name: 'mixed-utf8-cp1252.txt',
    encoding: 'mixed',
    bytes: () =>
      Uint8Array.from([
        ...utf8('Pasted “quote” — in a UTF-8 file\n\nThe minister said '),
        0x93,
        ...utf8('we’ll fund 2,000 nurses'),
        0x94,
        ...utf8(' on Monday.\n')
      ])
  },
  {
    name: 'divider-lines.txt',
    encoding: 'utf-8',
    bytes: () => utf8('***\nBudget day\n\n—\nThe council said “we will spend £40 million” on Monday.\n* * *\n')
  },
  // Lines that clean to nothing: a zero-width space with a stray Â, a lost no-break space.
  {
    name: 'junk-only-lines.txt',
    encoding: 'utf-8',
    bytes: () => utf8('\u200bÂ\nBudget day\n\nÂ\u00a0\nThe council said “we will spend £40 million” on Monday.\n')
  },
  {
    name: 'emoji.txt',
    encoding: 'utf-8',
    bytes: () => utf8('Emoji 🎉 day\n\nThe mayor said “we are thrilled 🎉👩‍💻 by the 20% rise” on Monday. 🇬🇧\n')
  },
  {
    name: 'right-to-left.txt',
    encoding: 'utf-8',
    bytes: () =>
      utf8(
        'חדשות היום\n\nהשר אמר ”נבנה 500 בתים” ביום שני.\nقال الوزير «سنبني 500 منزل» يوم الاثنين.\nMixed: the minister said “שלום” twice.\n'
      )
  }
]

const bad = [
  { name: 'empty.txt', bytes: new Uint8Array(0), reason: /empty file/ },
  { name: 'whitespace.txt', bytes: utf8('  \n\t\n\u00a0 \r\n   '), reason: /only white space/ },
  {
    name: 'image.png',
    bytes: Uint8Array.from([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0
    ]),
    reason: /binary file/
  },
  {
    name: 'controls.bin',
    bytes: Uint8Array.from({ length: 400 }, (_, i) => (i % 3 === 0 ? 0x41 : 1 + (i % 7))),
    reason: /binary file/
  }
]

/** The text the CLI's offsets index: the file decoded, any byte-order mark kept. */
function source(path: string, encoding: GoodCase['encoding']): string {
  const bytes = readFileSync(path)
  return encoding === 'mixed'
    ? decodeArticle(bytes, path)
    : new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes)
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'briefing-cli-'))
  for (const c of good) writeFileSync(join(dir, c.name), c.bytes())
  for (const c of bad) writeFileSync(join(dir, c.name), c.bytes)
})

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true })
})

describe('extract CLI: unusable files', () => {
  for (const c of bad) {
    it(`refuses ${c.name} with the file and the reason on stderr and exit 1`, () => {
      const path = join(dir, c.name)
      const run = runExtract([path])
      expect(run.status).toBe(1)
      expect(run.stderr).toContain(path)
      expect(run.stderr).toMatch(c.reason)
      expect(JSON.parse(run.stdout)).toEqual({ error: expect.stringMatching(c.reason) })
    })
  }

  it('refuses a missing file and a directory', () => {
    const missing = join(dir, 'missing.txt')
    const run = runExtract([missing, dir])
    expect(run.status).toBe(1)
    expect(run.stderr).toContain(`${missing}: no such file`)
    expect(run.stderr).toContain(`${dir}: is a directory`)
    expect(run.lines).toHaveLength(2)
  })

  it('still prints the good files of a batch, in order, one error line per bad file', () => {
    const files = ['no-quotes.txt', 'empty.txt', 'emoji.txt', 'image.png', 'utf16le-bom.txt'].map((name) =>
      join(dir, name)
    )
    const run = runExtract(files)
    expect(run.status).toBe(1)
    expect(run.lines).toHaveLength(5)
    expect(run.stderr).toContain(files[1])
    expect(run.stderr).toContain(files[3])
    const documents = run.lines.map((line) => JSON.parse(line) as Record<string, unknown>)
    expect(documents[1]).toEqual({ error: expect.stringContaining(`${files[1]}: empty file`) })
    expect(documents[3]).toEqual({ error: expect.stringContaining(`${files[3]}: binary file`) })
    expect(contractProblems(documents[0], source(files[0]!, 'utf-8'))).toEqual([])
    expect(contractProblems(documents[2], source(files[2]!, 'utf-8'))).toEqual([])
    expect(contractProblems(documents[4], source(files[4]!, 'utf-16le'))).toEqual([])
  })

  it('prints usage and exits 2 without files', () => {
    const run = runExtract([])
    expect(run.status).toBe(2)
    expect(run.stdout).toBe('')
    expect(run.stderr).toMatch(/usage/)
  })
})

describe('extract CLI: any text gives a valid document', () => {
  // One run over every file (JSON Lines, in order), each checked on its own: one Node start, not one per file.
  let batch: ReturnType<typeof runExtract>
  const documentOf = (name: string): unknown => JSON.parse(batch.lines[good.findIndex((c) => c.name === name)]!)
  beforeAll(() => {
    // No timing is asserted; the long limit only keeps a slow extractor (1 MB paragraph) from failing the test.
    batch = runExtract(
      good.map((c) => join(dir, c.name)),
      290_000
    )
  })

  it('reads every file without a word on stderr, one document per line, in order', () => {
    expect(batch.stderr).toBe('')
    expect(batch.status).toBe(0)
    expect(batch.lines).toHaveLength(good.length)
  })

  for (const c of good) {
    it(c.name, () => {
      expect(contractProblems(documentOf(c.name), source(join(dir, c.name), c.encoding))).toEqual([])
    })
  }

  it('reads a UTF-16 file as the same text as its UTF-8 twin', () => {
    const a = documentOf('utf16le-bom.txt') as { title: unknown; quotes: unknown[] }
    const b = documentOf('utf8-bom.txt') as { title: unknown; quotes: unknown[] }
    expect(a).toEqual(b)
  })
})
