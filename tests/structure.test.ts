import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { extractBriefing } from '../plugins/index.ts'
import { readDateline } from '../plugins/structure/dateline.ts'

/** What a fixture expects of the article's structure. */
interface Expected {
  title: string | null
  captions: string[]
  labels: string[]
  /** Page furniture (bylines, time stamps, related links, prompts), when the fixture lists it. */
  furniture?: string[]
}

const root = join(import.meta.dirname, 'fixtures', 'structure')

describe('structure fixtures: title, section labels, captions and credits', () => {
  for (const name of readdirSync(root).sort()) {
    it(name, () => {
      const text = readFileSync(join(root, name, 'input.txt'), 'utf8')
      const expected = JSON.parse(readFileSync(join(root, name, 'expected.json'), 'utf8')) as Expected
      const { briefing, file } = extractBriefing(text)
      expect(briefing.title).toBe(expected.title)
      expect(briefing.captions.map((c) => c.text)).toEqual(expected.captions)
      for (const caption of briefing.captions) expect(text.slice(caption.start, caption.end)).toBe(caption.text)
      const labels = (file.data.paragraphs ?? []).filter((p) => p.role === 'label').map((p) => p.text)
      expect(labels).toEqual(expected.labels)
      const furniture = (file.data.paragraphs ?? []).filter((p) => p.role === 'furniture').map((p) => p.text)
      expect(furniture).toEqual(expected.furniture ?? [])
      // furniture is never read for speech, figures or events
      for (const item of [...briefing.quotes, ...briefing.figures]) {
        for (const paragraph of (file.data.paragraphs ?? []).filter((p) => p.role === 'furniture'))
          expect(item.start >= paragraph.end || item.end <= paragraph.start).toBe(true)
      }
      // captions are never read as speech
      for (const quote of briefing.quotes) {
        for (const caption of briefing.captions)
          expect(quote.start >= caption.end || quote.end <= caption.start).toBe(true)
      }
    })
  }
})

describe('wire datelines', () => {
  const cases: [string, string][] = [
    ['KESSEL, March 3 (Reuters) - The harbour fund will double, Mayor Piet Lund said.', 'Piet Lund'],
    ['New Delhi, Aug 14 (PTI) The harbour fund will double, Finance Minister Asha Rao said.', 'Asha Rao'],
    ['WASHINGTON — The harbour fund will double, Senator Ida Marsh said.', 'Ida Marsh'],
    ['LONDON: The harbour fund will double, Chancellor Tomas Berg said.', 'Tomas Berg']
  ]
  for (const [lead, speaker] of cases) {
    it(`sets the place and agency of "${lead.slice(0, 24)}…" apart, keeps the date`, () => {
      const text = `Harbour fund to double\n\n${lead}\n\nThe work starts next year.\n`
      const { briefing } = extractBriefing(text)
      expect(briefing.speakers.map((s) => s.name)).toEqual([speaker])
      const [quote] = briefing.quotes
      expect(quote?.text).toBe('The harbour fund will double')
      expect(text.slice(quote!.start, quote!.end)).toBe(quote!.text)
      expect([...briefing.speakers, ...briefing.mentioned].map((s) => s.name).join(' ')).not.toMatch(
        /Kessel|Delhi|Washington|London|KESSEL|WASHINGTON|LONDON/
      )
      const date = /(?:March 3|Aug 14)/.exec(lead)?.[0]
      if (date) expect(briefing.events.map((e) => e.when)).toContain(date)
    })
  }

  it('leaves a line that only opens with capitals or a bracket alone', () => {
    for (const text of [
      'UPDATE: The harbour fund will double.',
      'The Prime Minister (PM) said the fund would double.',
      'AP — The fund',
      'Mr Lund (Labour) - who spoke first'
    ])
      expect(readDateline(text), text).toBeNull()
    expect(readDateline('FLINT, Mich., Oct. 4 (UPI) — The fund')).toEqual({
      place: [
        [0, 14],
        [21, 29]
      ],
      date: [14, 20]
    })
  })
})
