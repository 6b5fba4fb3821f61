import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { extractBriefing, type Briefing } from '../plugins/index.ts'

/** What a fixture expects: every quote with its speaker and kind, optionally speaker count and roles. */
interface Expected {
  /** `speaker: null`: the quote is left unattributed (nobody the text names said it). */
  quotes: { speaker: string | null; kind: string; text: string }[]
  speakers?: number
  roles?: Record<string, string>
}

const root = join(import.meta.dirname, 'fixtures', 'quotes')
const words = (text: string): number => text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0

/** Every name a speaker goes by. */
function namesOf(briefing: Briefing, id: string | null): string[] {
  const speaker = briefing.speakers.find((s) => s.id === id)
  return speaker ? [speaker.name, ...speaker.aliases] : []
}

describe('quotes and attribution fixtures', () => {
  for (const name of readdirSync(root).sort()) {
    it(name, () => {
      const text = readFileSync(join(root, name, 'input.txt'), 'utf8')
      const expected = JSON.parse(readFileSync(join(root, name, 'expected.json'), 'utf8')) as Expected
      const { briefing } = extractBriefing(text)
      // speech of four words or more: shorter quoted phrases are scare quotes or titles
      const found = briefing.quotes.filter((q) => words(q.text) >= 4)
      expect(found.map((q) => q.text)).toEqual(expected.quotes.map((q) => q.text))
      for (const [i, want] of expected.quotes.entries()) {
        const quote = found[i]!
        expect(quote.kind, `kind of "${want.text}"`).toBe(want.kind)
        if (want.speaker === null) expect(quote.speaker, `speaker of "${want.text}"`).toBeNull()
        else expect(namesOf(briefing, quote.speaker), `speaker of "${want.text}"`).toContain(want.speaker)
        expect(text.slice(quote.start, quote.end)).toBe(quote.text)
      }
      if (expected.speakers !== undefined) expect(briefing.speakers).toHaveLength(expected.speakers)
      for (const [speaker, role] of Object.entries(expected.roles ?? {})) {
        const entry =
          briefing.speakers.find((s) => s.name === speaker) ??
          briefing.speakers.find((s) => s.aliases.includes(speaker))
        expect(entry?.role, `role of ${speaker}`).toBe(role)
      }
    })
  }
})

describe('what is not speech', () => {
  it('takes a quoted phrase after a verb and its object for a thing named, not speech', () => {
    const text =
      'Harbour talks\n\nPiet Lund will today warn the council it risks a flood unless it agrees a long-term ‘sea wall’ for Kessel.\n'
    const { briefing } = extractBriefing(text)
    expect(briefing.quotes.map((q) => q.text)).not.toContain('sea wall')
  })

  it('leaves reported speech from a new statement unattributed, not given to the last speaker', () => {
    const text =
      'Shipper cuts outlook\n\n“We misjudged the cycle,” chief executive Ines Valcourt told analysts.\n\nHarbourline now expects revenue to fall 4% this year, according to a statement released late on Sunday.\n'
    const { briefing } = extractBriefing(text)
    const quote = briefing.quotes.find((q) => q.text.startsWith('Harbourline now expects'))
    expect(quote?.kind).toBe('indirect')
    expect(quote?.speaker).toBeNull()
    expect(briefing.speakers.map((s) => s.name)).toEqual(['Ines Valcourt'])
  })

  it('still reads a quote introduced after words between the verb and a colon', () => {
    const text = 'Harbour talks\n\nPiet Lund said in a statement: ‘The wall will be built.’\n'
    const { briefing } = extractBriefing(text)
    const quote = briefing.quotes.find((q) => q.text === 'The wall will be built.')
    expect(namesOf(briefing, quote?.speaker ?? null)).toContain('Piet Lund')
  })
})

describe('display', () => {
  it('gives each quote and figure its cleaned words beside the raw source slice', () => {
    const text =
      'Harbour talks\n\n“The harbourâ€™s wall will cost £40\u00a0million and take three years,” said Piet Lund, the harbour master.\n'
    const { briefing } = extractBriefing(text)
    const quote = briefing.quotes[0]!
    expect(quote.text).toBe('The harbourâ€™s wall will cost £40\u00a0million and take three years')
    expect(quote.display).toBe('The harbour’s wall will cost £40 million and take three years')
    const figure = briefing.figures.find((f) => f.unit === 'GBP')!
    expect(figure.text).toBe('£40\u00a0million')
    expect(figure.display).toBe('£40 million')
    expect(text.slice(figure.start, figure.end)).toBe(figure.text)
  })
})
