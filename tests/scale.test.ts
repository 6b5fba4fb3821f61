/**
 * Quick checks of the scale generator (scripts/bench/generate-articles.ts): deterministic for a seed,
 * made of the example's and the fixtures' text only, and every article it makes extracts to a
 * valid contract document. The scale runs themselves are `npm run bench` (no timing here).
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { extractBriefing } from '../plugins/index.ts'
import { generateArticles, namesIn, prng, sourceArticles, swapNumbers } from '../scripts/bench/generate-articles.ts'
import { dateFromFileName } from '../plugins/read/index.ts'
import { node, root } from './helpers/run-extract.ts'
import { contractProblems } from './schema.ts'

const dir = mkdtempSync(join(tmpdir(), 'briefing-scale-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('generate-articles', () => {
  it('is deterministic for a seed and differs across seeds', () => {
    expect(generateArticles(30, 7)).toEqual(generateArticles(30, 7))
    expect(generateArticles(30, 8)).not.toEqual(generateArticles(30, 7))
    // A longer run starts with the shorter one.
    expect(generateArticles(40, 7).slice(0, 30)).toEqual(generateArticles(30, 7))
  })

  it('draws only on the bundled example and the non-hostile fixtures', () => {
    const sources = sourceArticles()
    expect(sources.some((source) => source.path.endsWith('content/articles/starmer-white-house.txt'))).toBe(true)
    for (const source of sources) {
      expect(source.path.startsWith(root)).toBe(true)
      expect(source.path).not.toMatch(/shared|hostile|fixtures\/mdx|fixtures\/clean/)
    }
    const names = namesIn(sources.flatMap((source) => source.lines))
    expect(names.full).toEqual(expect.arrayContaining(['Keir Starmer', 'Maria Fenwick']))
  })

  it('varies numbers but keeps their digits and the years', () => {
    const random = prng(3)
    const out = swapNumbers('In 2024 rents rose 12 per cent to £1,250 a month', random)
    expect(out).toMatch(/^In 2024 rents rose \d\d per cent to £\d,\d\d\d a month$/)
  })

  it('writes dated, uniquely named files from the CLI, and each extracts to a valid document', () => {
    const run = spawnSync(node, ['scripts/bench/generate-articles.ts', '--count', '25', '--out', dir, '--seed', '4'], {
      cwd: root,
      encoding: 'utf8'
    })
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    expect(run.stdout).toMatch(/25 articles/)
    const names = readdirSync(dir).sort()
    expect(names).toHaveLength(25)
    expect(names).toEqual(
      generateArticles(25, 4)
        .map((article) => article.name)
        .sort()
    )
    let quotes = 0
    for (const name of names) {
      expect(dateFromFileName(name)).toMatch(/^20(24|25|26)-\d\d-\d\d$/)
      const text = readFileSync(join(dir, name), 'utf8')
      expect(text.length).toBeGreaterThan(1000)
      const { briefing } = extractBriefing(text, { path: name, date: dateFromFileName(name) })
      expect(contractProblems(JSON.parse(JSON.stringify(briefing)), text)).toEqual([])
      expect(briefing.title).toBeTruthy()
      quotes += briefing.quotes.length
    }
    expect(quotes).toBeGreaterThan(25)
  })

  it('refuses a missing --out with its usage', () => {
    const run = spawnSync(node, ['scripts/bench/generate-articles.ts', '--count', '3'], { cwd: root, encoding: 'utf8' })
    expect(run.status).toBe(2)
    expect(run.stderr).toMatch(/usage/)
  })
})
