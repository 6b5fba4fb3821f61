/**
 * `npm run bench [-- --rounds N --warmup N --dir DIR --json --check]`: extraction throughput.
 *
 * Times `extractBriefing` over every article of the dev corpus (`../shared/corpus/dev/*.txt`,
 * else `content/articles/*.txt`) and, in the same run over the same texts, a plain
 * `compromise` pass (`nlp(text).sentences().json()`) as a yardstick. Each side runs in its own
 * child process, pinned to one CPU with `taskset` when there is one, so its peak RSS is its own:
 * warm-up passes first (20 by default: about 1 MB, enough for the JIT to settle), then timed rounds (one round = one pass over every text); the median
 * round gives MB/s (10^6 bytes of the files) and articles/s. The target is at least 1 MB/s.
 */
import { spawnSync } from 'node:child_process'
import { statSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { dateFromFileName, listArticles, readArticle } from './read-article.ts'

/** Extraction must reach this many MB/s on one core. */
export const TARGET_MB_PER_S = 1

/** The two measured sides. */
export type Side = 'extract' | 'compromise'

/** What one side's child process measured. */
export interface SideResult {
  side: Side
  /** Milliseconds of each timed round (one pass over every text). */
  rounds: number[]
  /** Peak resident set size of the child, in bytes. */
  peakRss: number
  /** Resident set size before the side's code was loaded, in bytes. */
  baseRss: number
}

const root = resolve(dirname(import.meta.filename), '..')

/**
 * The corpus to time: the dev corpus when present, else the bundled examples.
 *
 * @param dir an explicit folder of `.txt` articles (default: the dev corpus, then content/articles).
 * @returns the folder, its sorted `.txt` paths, and a note when it fell back.
 */
export function benchCorpus(dir?: string): { dir: string; files: string[]; note: string | null } {
  if (dir) return { dir, files: listArticles(dir), note: null }
  const dev = resolve(root, '..', 'shared', 'corpus', 'dev')
  const files = listArticles(dev)
  if (files.length > 0) return { dir: dev, files, note: null }
  const examples = join(root, 'content', 'articles')
  return { dir: examples, files: listArticles(examples), note: `dev corpus absent (${relative(root, dev)}): timing the bundled examples instead` }
}

/**
 * The median of some numbers.
 *
 * @param values at least one number.
 * @returns the middle value (mean of the two middle ones for an even count).
 */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = sorted.length >> 1
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

/**
 * Time one side in this process: load its code, warm up, then time each round.
 *
 * @param side `extract` (the briefing pipeline) or `compromise` (the yardstick).
 * @param files the article paths.
 * @param warmup untimed passes first.
 * @param rounds timed passes.
 * @returns the round times and memory.
 */
async function measure(side: Side, files: string[], warmup: number, rounds: number): Promise<SideResult> {
  const texts = files.map((path) => ({ path, text: readArticle(path), date: dateFromFileName(path) }))
  const baseRss = process.memoryUsage.rss()
  let pass: () => void
  if (side === 'extract') {
    const { extractBriefing } = await import('../plugins/index.ts')
    pass = () => {
      for (const { path, text, date } of texts) extractBriefing(text, { path, date })
    }
  } else {
    const nlp = (await import('compromise')).default
    pass = () => {
      for (const { text } of texts) nlp(text).sentences().json()
    }
  }
  for (let i = 0; i < warmup; i++) pass()
  const times: number[] = []
  for (let i = 0; i < rounds; i++) {
    const start = performance.now()
    pass()
    times.push(performance.now() - start)
  }
  return { side, rounds: times, peakRss: process.resourceUsage().maxRSS * 1024, baseRss }
}

/**
 * Run one side in a child process (pinned to CPU 0 with `taskset` when available).
 *
 * @returns the child's result and whether it was pinned.
 */
function runSide(side: Side, dir: string, warmup: number, rounds: number): { result: SideResult; pinned: boolean } {
  const args = [import.meta.filename, '--worker', side, '--dir', dir, '--warmup', String(warmup), '--rounds', String(rounds)]
  const pinned = process.platform === 'linux' && spawnSync('taskset', ['-c', '0', 'true']).status === 0
  const child = pinned ? spawnSync('taskset', ['-c', '0', process.execPath, ...args], { encoding: 'utf8' }) : spawnSync(process.execPath, args, { encoding: 'utf8' })
  if (child.status !== 0) throw new Error(`bench ${side} failed (exit ${child.status}): ${child.stderr.trim()}`)
  return { result: JSON.parse(child.stdout) as SideResult, pinned }
}

const mb = (bytes: number): string => (bytes / 1e6).toFixed(1)

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      rounds: { type: 'string', default: '11' },
      warmup: { type: 'string', default: '20' },
      dir: { type: 'string' },
      worker: { type: 'string' },
      json: { type: 'boolean', default: false },
      check: { type: 'boolean', default: false }
    },
    allowPositionals: true
  })
  const rounds = Math.max(1, Number(values.rounds) || 11)
  const warmup = Math.max(0, Number(values.warmup) || 0)
  const corpus = benchCorpus(values.dir)
  if (values.worker) {
    process.stdout.write(JSON.stringify(await measure(values.worker as Side, corpus.files, warmup, rounds)) + '\n')
    return
  }
  if (corpus.files.length === 0) throw new Error(`no .txt articles in ${corpus.dir}`)
  const bytes = corpus.files.reduce((sum, path) => sum + statSync(path).size, 0)
  const sides = (['extract', 'compromise'] as const).map((side) => runSide(side, corpus.dir, warmup, rounds))
  const rows = sides.map(({ result }) => {
    const seconds = median(result.rounds) / 1000
    return { ...result, medianMs: seconds * 1000, mbPerS: bytes / 1e6 / seconds, articlesPerS: corpus.files.length / seconds }
  })
  const extract = rows[0]!
  const met = extract.mbPerS >= TARGET_MB_PER_S
  if (values.json) {
    process.stdout.write(JSON.stringify({ corpus: corpus.dir, articles: corpus.files.length, bytes, warmup, rounds, pinned: sides[0]!.pinned, target: TARGET_MB_PER_S, met, sides: rows }, null, 2) + '\n')
  } else {
    const out: string[] = []
    if (corpus.note) out.push(`note: ${corpus.note}`)
    out.push(
      `corpus: ${relative(process.cwd(), corpus.dir) || '.'}: ${corpus.files.length} articles, ${(bytes / 1e6).toFixed(3)} MB`,
      `node ${process.version}, ${sides[0]!.pinned ? 'one core (taskset -c 0)' : 'one thread (not pinned: no taskset)'}, ${warmup} warm-up passes, median of ${rounds} rounds`,
      '',
      `${'side'.padEnd(34)}${'MB/s'.padStart(8)}${'articles/s'.padStart(12)}${'median pass'.padStart(13)}${'peak RSS'.padStart(11)}`
    )
    const label: Record<Side, string> = { extract: 'extractBriefing (briefing pipeline)', compromise: 'compromise nlp().sentences().json()' }
    for (const row of rows) {
      out.push(
        `${label[row.side].padEnd(34)}${row.mbPerS.toFixed(2).padStart(8)}${row.articlesPerS.toFixed(1).padStart(12)}${`${row.medianMs.toFixed(1)} ms`.padStart(13)}${`${mb(row.peakRss)} MB`.padStart(11)}`
      )
    }
    const ratio = extract.medianMs / rows[1]!.medianMs
    out.push(
      '',
      `extraction takes ${ratio.toFixed(2)}x the time of the compromise pass; peak RSS ${mb(extract.peakRss)} MB (${mb(extract.baseRss)} MB before loading the pipeline)`,
      `target: at least ${TARGET_MB_PER_S} MB/s -> ${met ? 'met' : 'NOT met'} (${extract.mbPerS.toFixed(2)} MB/s)`
    )
    process.stdout.write(out.join('\n') + '\n')
  }
  if (values.check && !met) process.exitCode = 1
}

if (import.meta.main) {
  main().catch((error: unknown) => {
    process.stderr.write(`bench: ${(error as Error).message}\n`)
    process.exitCode = 1
  })
}
