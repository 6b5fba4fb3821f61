/**
 * Linearity of extraction in article length: the bench corpus run together into one document,
 * repeated 1, 4 and 16 times (by default), each extracted as one article. Linear extraction keeps
 * the same MB/s at every size; a rule that scans every entity or every earlier paragraph for each
 * mention shows up as a rate that falls as the document grows. Timed in CPU time of the process
 * (garbage collection included), so that other work on a shared machine does not count.
 */
import { readFileSync } from 'node:fs'
import { extractBriefing } from '../../plugins/index.ts'

/** One size of the run-together document. */
export interface LinearityRow {
  /** How many copies of the corpus the document holds. */
  factor: number
  /** Its size in bytes (UTF-8). */
  bytes: number
  /** Median milliseconds of CPU time (user and system) of one extraction. */
  medianMs: number
  mbPerS: number
}

/**
 * Time the extraction of the corpus run together, at each factor.
 *
 * @param files the corpus's `.txt` files.
 * @param factors how many copies each document holds (default 1, 4, 16).
 * @param rounds timed extractions per size; the median counts (default 5).
 * @param warmup extractions of the one-copy document first (default: enough for about 3 MB, at
 *   most 60, so that the optimising compiler has settled before the smallest size is timed).
 * @returns one row per factor, in order.
 */
export function measureLinearity(
  files: string[],
  factors: readonly number[] = [1, 4, 16],
  rounds = 5,
  warmup?: number
): LinearityRow[] {
  const one = files.map((path) => readFileSync(path, 'utf8').trim()).join('\n\n')
  const passes = warmup ?? Math.min(60, Math.ceil(3e6 / Math.max(1, Buffer.byteLength(one))))
  for (let i = 0; i < passes; i++) extractBriefing(one)
  return factors.map((factor) => {
    const document = Array.from({ length: factor }, () => one).join('\n\n')
    const times: number[] = []
    for (let i = 0; i < rounds; i++) {
      // CPU time of this process, not wall time: other work on a shared machine does not count
      const start = process.cpuUsage()
      extractBriefing(document)
      const used = process.cpuUsage(start)
      times.push((used.user + used.system) / 1000)
    }
    times.sort((a, b) => a - b)
    const medianMs = times[times.length >> 1]!
    const bytes = Buffer.byteLength(document)
    return { factor, bytes, medianMs, mbPerS: bytes / 1e6 / (medianMs / 1000) }
  })
}
