import { describe, expect, it } from 'vitest'
import { ArticleError, dateFromFileName, decodeArticle } from '../plugins/read/index.ts'

const bytes = (...parts: (string | number[])[]): Uint8Array =>
  Uint8Array.from(parts.flatMap((part) => (typeof part === 'string' ? [...new TextEncoder().encode(part)] : part)))

describe('decodeArticle', () => {
  it('reads UTF-8 and keeps a byte-order mark at offset 0, as readFileSync(path, "utf8") does', () => {
    const file = bytes([0xef, 0xbb, 0xbf], 'It’s “fine” 🎉')
    expect(decodeArticle(file, 'a.txt')).toBe('\ufeffIt’s “fine” 🎉')
    expect(decodeArticle(file, 'a.txt')).toBe(Buffer.from(file).toString('utf8'))
  })

  it('reads UTF-16 with either byte-order mark', () => {
    expect(decodeArticle(Uint8Array.from([0xff, 0xfe, 0x48, 0, 0x1c, 0x20, 0x69, 0]), 'le.txt')).toBe('\ufeffH“i')
    expect(decodeArticle(Uint8Array.from([0xfe, 0xff, 0, 0x48, 0x20, 0x1c, 0, 0x69]), 'be.txt')).toBe('\ufeffH“i')
  })

  it('reads Windows-1252 bytes', () => {
    expect(
      decodeArticle(bytes([0x93], 'Caf', [0xe9], ' au lait', [0x94, 0x20, 0x96, 0x20], '5', [0x80]), 'cp.txt')
    ).toBe('“Café au lait” – 5€')
  })

  it('reads a Windows-1252 file as such even where two bytes look like UTF-8 (É’ is C9 92)', () => {
    expect(decodeArticle(bytes('CAF', [0xc9, 0x92], 's owner said ', [0x93], 'no', [0x94, 0x2e]), 'cp.txt')).toBe(
      'CAFÉ’s owner said “no”.'
    )
  })

  it('keeps UTF-8 text around a stray Windows-1252 byte, one character per byte', () => {
    const file = bytes('The “café” vote: she said ', [0x93], 'it’s over', [0x94], ' — twice.')
    const text = decodeArticle(file, 'mixed.txt')
    expect(text).toBe('The “café” vote: she said “it’s over” — twice.')
    // Same length as the lossy UTF-8 reading, so offsets agree with readFileSync(path, 'utf8').
    expect(text).toHaveLength(Buffer.from(file).toString('utf8').length)
  })

  it.each([
    ['empty', new Uint8Array(0), /a\.txt: empty file/],
    ['white space', bytes(' \n\t\r\n', [0xc2, 0xa0]), /a\.txt: the file holds only white space/],
    ['NUL bytes', bytes('PK', [3, 4, 0, 0]), /a\.txt: binary file \(it contains NUL bytes/],
    [
      'control characters',
      Uint8Array.from({ length: 100 }, (_, i) => (i % 2 ? 0x41 : 0x01)),
      /a\.txt: binary file \(control characters\)/
    ]
  ])('refuses %s with an ArticleError naming the file', (_name, file, message) => {
    expect(() => decodeArticle(file, 'a.txt')).toThrow(ArticleError)
    expect(() => decodeArticle(file, 'a.txt')).toThrow(message)
  })
})

describe('dateFromFileName', () => {
  it('finds an ISO date in the file name only', () => {
    expect(dateFromFileName('/x/2019-01-01/nyt_2016-09-19_obama.txt')).toBe('2016-09-19')
    expect(dateFromFileName('starmer-white-house.txt')).toBeNull()
    expect(dateFromFileName('a_2016-13-01.txt')).toBeNull()
  })
})
