import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { extractBriefing } from '../plugins/index.ts'

/** What a fixture expects of the article's structure. */
interface Expected {
  title: string | null
  captions: string[]
  labels: string[]
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
      // captions are never read as speech
      for (const quote of briefing.quotes) {
        for (const caption of briefing.captions) expect(quote.start >= caption.end || quote.end <= caption.start).toBe(true)
      }
    })
  }
})
