import { spawnSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import { benchCorpus, median } from '../scripts/bench.ts'
import { node, root } from './helpers/run-extract.ts'

describe('bench', () => {
  it('takes the median of the rounds', () => {
    expect(median([5, 1, 3])).toBe(3)
    expect(median([4, 1, 3, 2])).toBe(2.5)
  })

  it('lists the .txt articles of an explicit folder, without a note', () => {
    const explicit = benchCorpus(`${root}/content/articles`)
    expect(explicit.files.length).toBeGreaterThan(0)
    expect(explicit.note).toBeNull()
  })

  it('measures both sides over the same texts and reports the target (no timing asserted)', () => {
    const run = spawnSync(node, ['scripts/bench.ts', '--json', '--rounds', '1', '--warmup', '0', '--dir', 'content/articles'], { cwd: root, encoding: 'utf8' })
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    const report = JSON.parse(run.stdout) as { articles: number; target: number; met: boolean; sides: { side: string; rounds: number[]; mbPerS: number; peakRss: number }[] }
    expect(report.target).toBe(1)
    expect(report.sides.map((side) => side.side)).toEqual(['extract', 'compromise'])
    for (const side of report.sides) {
      expect(side.rounds).toHaveLength(1)
      expect(side.mbPerS).toBeGreaterThan(0)
      expect(side.peakRss).toBeGreaterThan(0)
    }
    expect(report.met).toBe(report.sides[0]!.mbPerS >= 1)
  })
})
