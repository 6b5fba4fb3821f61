/**
 * A worker_threads pool for `npm run bench`: times one pass over every text with N threads.
 *
 * Each worker loads the texts and the side's code once (extractBriefing, or the plain compromise
 * pass), then on each round takes articles from a shared counter (Atomics) until none is left,
 * so the threads share the work however uneven the articles. The main thread only starts rounds
 * and waits; a round's time is the wall time from its start until every worker has finished.
 */
import { availableParallelism } from 'node:os'
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads'
import { dateFromFileName, readArticle } from '../../plugins/read/index.ts'

/** The two measured sides (see scripts/bench/bench.ts). */
export type PoolSide = 'extract' | 'compromise'

/** What a worker is given. */
interface PoolData {
  side: PoolSide
  files: string[]
  counter: SharedArrayBuffer
}

/**
 * One pass over some texts for a side: the code the one-core and the pool measurements share.
 *
 * @param side `extract` or `compromise`.
 * @param files the article paths.
 * @returns a function running the side on the text at an index.
 */
export async function loadSide(
  side: PoolSide,
  files: string[]
): Promise<{ count: number; run: (index: number) => void }> {
  const texts = files.map((path) => ({ path, text: readArticle(path), date: dateFromFileName(path) }))
  if (side === 'extract') {
    const { extractBriefing } = await import('../../plugins/index.ts')
    return {
      count: texts.length,
      run: (index) => void extractBriefing(texts[index]!.text, { path: texts[index]!.path, date: texts[index]!.date })
    }
  }
  const nlp = (await import('compromise')).default
  return { count: texts.length, run: (index) => void nlp(texts[index]!.text).sentences().json() }
}

/** What {@link measurePool} measured. */
export interface PoolResult {
  threads: number
  /** Milliseconds of each timed round. */
  rounds: number[]
}

/**
 * Time rounds over every text with a pool of worker threads.
 *
 * @param side `extract` or `compromise`.
 * @param files the article paths.
 * @param options `threads` (default: every core), `warmup` and `rounds`.
 * @returns the round times.
 */
export async function measurePool(
  side: PoolSide,
  files: string[],
  options: { threads?: number; warmup: number; rounds: number }
): Promise<PoolResult> {
  const threads = Math.max(1, options.threads ?? availableParallelism())
  const counter = new SharedArrayBuffer(4)
  const view = new Int32Array(counter)
  const workers = Array.from(
    { length: threads },
    () => new Worker(new URL(import.meta.url), { workerData: { side, files, counter } satisfies PoolData })
  )
  try {
    // Every worker says `ready` once its texts and code are loaded.
    await Promise.all(workers.map((worker) => next(worker)))
    const round = async (): Promise<number> => {
      Atomics.store(view, 0, 0)
      const start = performance.now()
      const done = workers.map((worker) => next(worker))
      for (const worker of workers) worker.postMessage('pass')
      await Promise.all(done)
      return performance.now() - start
    }
    for (let i = 0; i < options.warmup; i++) await round()
    const rounds: number[] = []
    for (let i = 0; i < options.rounds; i++) rounds.push(await round())
    return { threads, rounds }
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()))
  }
}

/** The next message of a worker (rejects when it fails). */
function next(worker: Worker): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const onMessage = (message: unknown): void => {
      worker.off('error', onError)
      resolve(message)
    }
    const onError = (error: Error): void => {
      worker.off('message', onMessage)
      reject(error)
    }
    worker.once('message', onMessage)
    worker.once('error', onError)
  })
}

if (!isMainThread && parentPort) {
  const { side, files, counter } = workerData as PoolData
  const view = new Int32Array(counter)
  const port = parentPort
  const { count, run } = await loadSide(side, files)
  port.on('message', () => {
    for (let index = Atomics.add(view, 0, 1); index < count; index = Atomics.add(view, 0, 1)) run(index)
    port.postMessage('done')
  })
  port.postMessage('ready')
}
