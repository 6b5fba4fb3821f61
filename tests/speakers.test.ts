import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { extractBriefing, type Briefing } from '../plugins/index.ts'
import { EntityRegistry } from '../plugins/speakers/entities.ts'
import { NameIndex } from '../plugins/speakers/name-index.ts'
import { Places } from '../plugins/speakers/places.ts'
import { normaliseRole } from '../plugins/speakers/roles.ts'
import { findMentions } from '../plugins/speakers/mentions.ts'
import type { SourceParagraph } from '../plugins/types.ts'

/**
 * One fixture per named rule of `EntityRegistry.resolve` (`tests/fixtures/speakers/<rule>/`):
 * `input.txt` an invented article, `expected.json` every quote with the canonical name of its
 * speaker, or `null` when the rule leaves it unattributed.
 */
interface Expected {
  quotes: { speaker: string | null; text: string }[]
}

const root = join(import.meta.dirname, 'fixtures', 'speakers')

/** The canonical name of a quote's speaker. */
function speakerName(briefing: Briefing, id: string | null): string | null {
  return briefing.speakers.find((speaker) => speaker.id === id)?.name ?? null
}

describe('speaker resolution rules', () => {
  for (const name of readdirSync(root).sort()) {
    it(name, () => {
      const text = readFileSync(join(root, name, 'input.txt'), 'utf8')
      const expected = JSON.parse(readFileSync(join(root, name, 'expected.json'), 'utf8')) as Expected
      const { briefing } = extractBriefing(text)
      expect(briefing.quotes.map((quote) => quote.text)).toEqual(expected.quotes.map((quote) => quote.text))
      for (const [i, want] of expected.quotes.entries())
        expect(speakerName(briefing, briefing.quotes[i]!.speaker), `speaker of "${want.text}"`).toBe(want.speaker)
    })
  }

  it('has a fixture for every rule', () => {
    const rules = Object.getOwnPropertyNames(EntityRegistry.prototype).filter((key) => /^resolve[A-Z]/.test(key))
    const fixtures = readdirSync(root).map((name) => name.replace(/-./g, (m) => m[1]!.toUpperCase()))
    for (const rule of rules)
      expect(
        fixtures.some((fixture) => fixture.startsWith(rule)),
        rule
      ).toBe(true)
  })
})

describe('places', () => {
  const places = new Places([{ text: 'abc' }, { text: 'defgh' }, { text: '' }, { text: 'ij' }])

  it('numbers every offset of the article in reading order', () => {
    expect(places.of(0, 2)).toBeLessThan(places.of(1, 0))
    expect(places.paragraphOf(places.of(1, 4))).toBe(1)
    expect(places.paragraphOf(places.of(3, 1))).toBe(3)
    expect(places.start(2)).toBe(places.of(2, 0))
  })

  it('tells what stands within some paragraphs or characters before', () => {
    expect(places.within(places.of(1, 3), places.of(3, 1), 2)).toBe(true)
    expect(places.within(places.of(1, 0), places.of(3, 1), 2)).toBe(false)
    expect(places.within(places.of(0, 2), places.of(3, 1), 2)).toBe(false)
    expect(places.near(places.of(1, 1), places.of(1, 4), 160)).toBe(true)
    expect(places.near(places.of(0, 2), places.of(1, 0), 160)).toBe(false)
  })
})

describe('the name index', () => {
  const entity = (order: number) => ({ order })
  const index = new NameIndex<{ order: number }>()
  const [ferreira, lund, ferraz] = [entity(0), entity(1), entity(2)]
  index.add('ferreira', ferreira)
  index.add('lund', lund)
  index.add('ferraz', ferraz)

  it('finds a long name one typo away, a short one only as written', () => {
    expect(index.candidates('ferriera')).toContain(ferreira)
    expect(index.candidates('fereira')).toContain(ferreira)
    expect(index.candidates('lund')).toEqual([lund])
    expect(index.candidates('lunds')).toEqual([])
  })

  it('gives the candidates in order of creation', () => {
    const late = entity(3)
    index.add('ferreirb', late)
    const found = index.candidates('ferreira')
    expect(found.map((e) => e.order)).toEqual([...found.map((e) => e.order)].sort((a, b) => a - b))
  })
})

describe('everyone named', () => {
  it('lists every person the article names: the quoted as speakers, the others as mentioned', () => {
    const text =
      'Harbour talks\n\nThe talks began with a visit by Tomas Berg to the harbour office on Monday and go on when Mayor Ana Lund visits the quay.\n\n"The wall comes first," Lund said.\n'
    const { briefing } = extractBriefing(text)
    expect(briefing.speakers.map((s) => s.name)).toEqual(['Ana Lund'])
    expect(briefing.mentioned.map((s) => s.name)).toEqual(['Tomas Berg'])
  })
})

describe('roles said once', () => {
  it('puts the country of a title after it and drops an affiliation that only repeated it', () => {
    expect(normaliseRole('Russian foreign minister', 'Russian')).toEqual({
      role: 'Foreign Minister of Russia',
      affiliation: null
    })
    expect(normaliseRole('President', 'Ukrainian')).toEqual({ role: 'President of Ukraine', affiliation: null })
    expect(normaliseRole('British Prime Minister', null)).toEqual({
      role: 'Prime Minister of the United Kingdom',
      affiliation: null
    })
    expect(normaliseRole('South African trade minister', 'Harbour Party')).toEqual({
      role: 'Trade Minister of South Africa',
      affiliation: 'Harbour Party'
    })
  })

  it('leaves roles that are no national title as the text gives them', () => {
    expect(normaliseRole('chief economist', 'Ostrava Bank')).toEqual({
      role: 'chief economist',
      affiliation: 'Ostrava Bank'
    })
    expect(normaliseRole('Russian gas trader', 'Russian')).toEqual({
      role: 'Russian gas trader',
      affiliation: 'Russian'
    })
    expect(normaliseRole(null, 'Russian')).toEqual({ role: null, affiliation: 'Russian' })
  })
})

describe('what a speaker is', () => {
  it('types persons, bodies and the people a text does not name', () => {
    const text =
      'Harbour levy\n\n"The levy is fair," said Ana Lund, the harbour master.\n\n"We will not pay it," government sources said.\n\n"The wall comes first," the Kessel Harbour Board said.\n\n"Nobody asked us," a senior boatyard official said.\n'
    const { briefing } = extractBriefing(text)
    const typeOf = (name: string): string | undefined =>
      briefing.speakers.find((s) => s.name === name || s.aliases.includes(name))?.type
    expect(typeOf('Ana Lund')).toBe('person')
    expect(typeOf('government sources')).toBe('unnamed')
    expect(typeOf('Kessel Harbour Board')).toBe('organisation')
    expect(typeOf('a senior boatyard official')).toBe('unnamed')
  })
})

describe('affiliations', () => {
  it('are the body a role names, never the tail of the role', () => {
    const text =
      'Tom Lund, a professor of economics at Kessel University, agreed. Ana Berg, the former secretary of State, did not. White House Counsel Ola Brandt said nothing.'
    const read = new Map(findMentions({ text, index: 0 } as SourceParagraph).map((m) => [m.words.join(' '), m]))
    expect(read.get('Tom Lund')).toMatchObject({
      role: 'professor of economics at Kessel University',
      affiliation: 'Kessel University'
    })
    expect(read.get('Ana Berg')).toMatchObject({ role: 'former secretary of State', affiliation: null })
    expect(read.get('Ola Brandt')).toMatchObject({ role: 'White House Counsel', affiliation: 'White House' })
  })
})
