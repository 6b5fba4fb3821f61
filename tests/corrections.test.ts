/**
 * Editorial corrections (src/lib/corrections): every correction type on a hand-made extraction
 * (so the tests do not move with the engine), stale corrections reported, the schema refusing
 * malformed files, and the fixture sidecar applied to what the engine extracts now.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { applyCorrections, CorrectionsError, parseCorrections } from '../src/lib/corrections/index.ts'
import { extractBriefing } from '../plugins/index.ts'
import type { Briefing } from '../plugins/types.ts'

const FIXTURES = join(import.meta.dirname, 'fixtures/corrections')

/** A small extraction, as the engine would give it. */
function sample(): Briefing {
  return {
    title: 'Council backs park',
    date: null,
    speakers: [
      {
        id: 's1',
        name: 'Anna Moreno',
        role: 'council leader',
        affiliation: null,
        aliases: ['Moreno'],
        quoted: true,
        type: 'person'
      },
      { id: 's2', name: 'Ben Ortiz', role: 'Councillor', affiliation: null, aliases: [], quoted: true, type: 'person' },
      { id: 's3', name: 'the leader', role: null, affiliation: null, aliases: [], quoted: true, type: 'person' }
    ],
    mentioned: [
      { id: 's4', name: 'Carla Diaz', role: null, affiliation: null, aliases: ['Diaz'], quoted: false, type: 'person' }
    ],
    quotes: [
      {
        speaker: 's1',
        text: 'This park will give children somewhere safe to play',
        display: 'This park will give children somewhere safe to play',
        kind: 'direct',
        start: 10,
        end: 60,
        paragraph: 1,
        weight: 0.8,
        rank: 1
      },
      {
        speaker: 's2',
        text: 'a waste of money',
        display: 'a waste of money',
        kind: 'partial',
        start: 70,
        end: 86,
        paragraph: 2,
        weight: 0.8,
        rank: 1
      },
      {
        speaker: 's3',
        text: 'We will plant 400 trees',
        display: 'We will plant 400 trees',
        kind: 'direct',
        start: 90,
        end: 113,
        paragraph: 3,
        weight: 0.8,
        rank: 1
      },
      {
        speaker: null,
        text: 'We have waited ten years for this.',
        display: 'We have waited ten years for this.',
        kind: 'direct',
        start: 120,
        end: 154,
        paragraph: 4,
        weight: 0.8,
        rank: 1
      }
    ],
    figures: [
      {
        text: '£5 million',
        display: '£5 million',
        value: 5e6,
        unit: 'GBP',
        context: 'spend £5 million on a park',
        key: true,
        group: 0,
        weight: 1,
        start: 1,
        end: 11
      },
      {
        text: '£5 million',
        display: '£5 million',
        value: 5e6,
        unit: 'GBP',
        context: 'the £5 million comes from reserves',
        key: true,
        group: 0,
        weight: 0.9,
        start: 200,
        end: 210
      },
      {
        text: 'ten years',
        display: 'ten years',
        value: 10,
        unit: 'years',
        context: 'waited ten years',
        key: false,
        group: 1,
        weight: 0.3,
        start: 140,
        end: 149
      }
    ],
    captions: [],
    issues: [
      { title: 'Park', keywords: ['park'], paragraphs: [1, 3] },
      { title: 'Council and somewhere safe', keywords: ['council', 'safe'], paragraphs: [0, 1] }
    ],
    events: [],
    summary: { headline: null, lede: [], keyPoints: [], speakers: [], figures: [], next: [] }
  }
}

describe('applyCorrections', () => {
  it('renames a speaker, keeping the old name as an alias, and fixes role and affiliation', () => {
    const { briefing, applied, stale } = applyCorrections(sample(), {
      speakers: [{ match: 'Moreno', rename: 'Dr Anna Moreno', role: 'Leader of the council', affiliation: 'Labour' }]
    })
    expect(stale).toEqual([])
    expect(applied).toBe(1)
    expect(briefing.speakers[0]).toMatchObject({
      id: 's1',
      name: 'Dr Anna Moreno',
      role: 'Leader of the council',
      affiliation: 'Labour'
    })
    expect(briefing.speakers[0]!.aliases).toEqual(['Moreno', 'Anna Moreno'])
  })

  it('clears a role with null and leaves the input untouched', () => {
    const input = sample()
    const { briefing } = applyCorrections(input, { speakers: [{ match: 'ben ortiz', role: null }] })
    expect(briefing.speakers[1]!.role).toBeNull()
    expect(input.speakers[1]!.role).toBe('Councillor')
  })

  it('merges a speaker into another: quotes and names join the target', () => {
    const { briefing, stale } = applyCorrections(sample(), {
      speakers: [{ match: 'the leader', mergeInto: 'Anna Moreno' }]
    })
    expect(stale).toEqual([])
    expect(briefing.speakers.map((s) => s.name)).toEqual(['Anna Moreno', 'Ben Ortiz'])
    expect(briefing.quotes[2]!.speaker).toBe('s1')
    expect(briefing.speakers[0]!.aliases).toContain('the leader')
  })

  it('reassigns a quote by its words, to a mentioned person who becomes a speaker', () => {
    const { briefing, stale } = applyCorrections(sample(), {
      quotes: [{ match: 'WE HAVE  waited ten years', speaker: 'Diaz' }]
    })
    expect(stale).toEqual([])
    expect(briefing.quotes[3]!.speaker).toBe('s4')
    expect(briefing.speakers.map((s) => s.name)).toContain('Carla Diaz')
    expect(briefing.speakers.find((s) => s.id === 's4')!.quoted).toBe(true)
    expect(briefing.mentioned).toEqual([])
  })

  it('makes a quote unattributed; a speaker left without quotes is only mentioned', () => {
    const { briefing } = applyCorrections(sample(), { quotes: [{ match: 'a waste of money', speaker: null }] })
    expect(briefing.quotes[1]!.speaker).toBeNull()
    expect(briefing.speakers.map((s) => s.name)).not.toContain('Ben Ortiz')
    expect(briefing.mentioned.find((s) => s.name === 'Ben Ortiz')).toMatchObject({ quoted: false })
  })

  it('drops a quote', () => {
    const { briefing, applied } = applyCorrections(sample(), { quotes: [{ match: 'plant 400 trees', drop: true }] })
    expect(applied).toBe(1)
    expect(briefing.quotes.map((q) => q.text)).not.toContain('We will plant 400 trees')
    expect(briefing.quotes).toHaveLength(3)
  })

  it('retitles an issue and merges another into it', () => {
    const { briefing, stale } = applyCorrections(sample(), {
      issues: [
        { match: 'park', title: 'Parks and green space' },
        { match: 'Council and somewhere safe', mergeInto: 'Parks and green space' }
      ]
    })
    expect(stale).toEqual([])
    expect(briefing.issues).toEqual([
      { title: 'Parks and green space', keywords: ['park', 'council', 'safe'], paragraphs: [0, 1, 3] }
    ])
  })

  it('marks figures key or not, by their text and words of their context', () => {
    const { briefing, stale } = applyCorrections(sample(), {
      figures: [
        { match: 'ten years', key: true },
        { match: '£5 million', context: 'reserves', key: false }
      ]
    })
    expect(stale).toEqual([])
    expect(briefing.figures.map((f) => f.key)).toEqual([true, false, true])
  })

  it('reports every correction that matches nothing, with the reason, and applies the others', () => {
    const { briefing, applied, stale } = applyCorrections(sample(), {
      speakers: [
        { match: 'Nobody', role: 'x' },
        { match: 'Ben Ortiz', mergeInto: 'Somebody Else' },
        { match: 'Ben Ortiz', role: 'councillor' }
      ],
      quotes: [
        { match: 'words nobody said', drop: true },
        { match: 'a waste of money', speaker: 'Unknown Person' }
      ],
      issues: [
        { match: 'Transport', title: 'Buses' },
        { match: 'Park', mergeInto: 'Housing' }
      ],
      figures: [
        { match: '£99 billion', key: true },
        { match: '£5 million', context: 'not there', key: false }
      ]
    })
    expect(applied).toBe(1)
    expect(briefing.speakers[1]!.role).toBe('councillor')
    expect(stale.map((s) => `${s.kind}: ${s.match}`)).toEqual([
      'speakers: Nobody',
      'speakers: Ben Ortiz',
      'quotes: words nobody said',
      'quotes: a waste of money',
      'issues: Transport',
      'issues: Park',
      'figures: £99 billion',
      'figures: £5 million'
    ])
    expect(stale[1]!.reason).toMatch(/Somebody Else/)
    expect(stale[7]!.reason).toMatch(/not there/)
  })

  it('reports merges into themselves and merge cycles, and applies none of them', () => {
    const input = sample()
    const { briefing, applied, stale } = applyCorrections(input, {
      speakers: [
        { match: 'Anna Moreno', mergeInto: 'anna  moreno' },
        { match: 'Moreno', mergeInto: 'Anna Moreno' },
        { match: 'Ben Ortiz', mergeInto: 'the leader' },
        { match: 'the leader', mergeInto: 'Carla Diaz' },
        { match: 'Carla Diaz', mergeInto: 'Ben Ortiz' }
      ],
      issues: [
        { match: 'Park', mergeInto: 'Council and somewhere safe' },
        { match: 'Council and somewhere safe', mergeInto: 'Park' }
      ]
    })
    expect(applied).toBe(0)
    expect(stale.map((s) => s.reason)).toEqual([
      'merges "Anna Moreno" into itself; not applied',
      '"Moreno" and "Anna Moreno" are already one speaker (Anna Moreno); nothing to merge',
      'a merge cycle ("Ben Ortiz" into "the leader" into "Carla Diaz" into "Ben Ortiz"); not applied',
      'a merge cycle ("the leader" into "Carla Diaz" into "Ben Ortiz" into "the leader"); not applied',
      'a merge cycle ("Carla Diaz" into "Ben Ortiz" into "the leader" into "Carla Diaz"); not applied',
      'a merge cycle ("Park" into "Council and somewhere safe" into "Park"); not applied',
      'a merge cycle ("Council and somewhere safe" into "Park" into "Council and somewhere safe"); not applied'
    ])
    expect(briefing.speakers.map((speaker) => speaker.name)).toEqual(input.speakers.map((speaker) => speaker.name))
    expect(briefing.issues).toEqual(input.issues)
  })

  it('still merges a chain that is no cycle', () => {
    const { briefing, applied, stale } = applyCorrections(sample(), {
      speakers: [
        { match: 'the leader', mergeInto: 'Ben Ortiz' },
        { match: 'Ben Ortiz', mergeInto: 'Anna Moreno' }
      ]
    })
    expect(stale).toEqual([])
    expect(applied).toBe(2)
    expect(briefing.speakers.map((speaker) => speaker.name)).toEqual(['Anna Moreno'])
  })
})

describe('parseCorrections', () => {
  it('reads the fixture sidecar and an empty file', () => {
    const corrections = parseCorrections(readFileSync(join(FIXTURES, 'corrections.yaml'), 'utf8'))
    expect(corrections.speakers).toHaveLength(2)
    expect(corrections.quotes?.[1]).toEqual({ match: 'plant 400 trees', drop: true })
    expect(parseCorrections('')).toEqual({})
    expect(parseCorrections('# nothing yet\n')).toEqual({})
  })

  const refused: [string, RegExp][] = [
    ['speakers: [{ match: A }]', /rename, role, affiliation or mergeInto/],
    ['speakers: [{ match: A, mergeInto: B, role: x }]', /mergeInto cannot be combined/],
    ['quotes: [{ match: A }]', /either speaker or drop/],
    ['quotes: [{ match: A, drop: true, speaker: B }]', /either speaker or drop/],
    ['issues: [{ match: A, title: B, mergeInto: C }]', /either title or mergeInto/],
    ['figures: [{ match: A }]', /figures\.0\.key/],
    ['figures: [{ match: A, key: yes please }]', /figures\.0\.key/],
    ['speaker: [{ match: A, role: B }]', /Unrecognized key|unrecognized/i],
    ['quotes: [{ match: "", drop: true }]', /quotes\.0\.match/],
    ['speakers: [ { match: A', /invalid YAML/],
    [`quotes:\n${'  - { match: x, drop: true }\n'.repeat(501)}`, /quotes: at most 500 corrections of each kind/],
    [`quotes:\n  - { match: "${'x'.repeat(1001)}", drop: true }`, /quotes\.0\.match/],
    [`# ${'x'.repeat(300 * 1024)}`, /is too large \(300 KB; the limit is 256 KB\)/],
    [
      'a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n',
      /invalid YAML: Excessive alias count/
    ]
  ]
  const label = (source: string): string =>
    source.length > 80 ? `${JSON.stringify(source.slice(0, 50))}… (${source.length} characters)` : source
  it.each(refused.map(([source, message]) => ({ source, message, label: label(source) })))(
    'refuses $label',
    ({ source, message }) => {
      expect(() => parseCorrections(source, 'x.corrections.yaml')).toThrow(CorrectionsError)
      expect(() => parseCorrections(source, 'x.corrections.yaml')).toThrow(message)
    }
  )

  it('applies the fixture sidecar to what the engine extracts now, reporting only what no longer matches', () => {
    const text = readFileSync(join(FIXTURES, 'article.txt'), 'utf8')
    const { briefing: extracted } = extractBriefing(text, { path: 'article.txt', date: '2025-03-03' })
    const { briefing, stale } = applyCorrections(
      extracted,
      parseCorrections(readFileSync(join(FIXTURES, 'corrections.yaml'), 'utf8'))
    )
    // The fixture holds one correction that can never match (£99 billion).
    expect(stale.map((s) => s.match)).toContain('£99 billion')
    const anna = [...briefing.speakers, ...briefing.mentioned].find((s) => s.name === 'Dr Anna Moreno')
    if (!stale.some((s) => s.match === 'Anna Moreno')) expect(anna?.role).toBe('Leader of Riverside council')
    if (!stale.some((s) => s.match === 'plant 400 trees'))
      expect(briefing.quotes.some((q) => /plant 400 trees/.test(q.text))).toBe(false)
    for (const quote of briefing.quotes)
      if (quote.speaker) expect([...briefing.speakers].some((s) => s.id === quote.speaker)).toBe(true)
  })
})
