/**
 * A pool of worker threads for the build's jobs (src/lib/build/build-worker.ts): each job goes to
 * the next idle worker, its result comes back to the promise it was given for. The page generator
 * extracts articles and writes pages on it, so the two phases share the workers' start-up.
 */
import { Worker } from 'node:worker_threads'

/** A job's result or the message of the error it threw. */
export type Outcome<T> = { ok: T } | { error: string }

/** A pool of worker threads running one module. */
export class WorkerPool<Job, Result> {
  readonly #workers: Worker[]
  readonly #idle: Worker[] = []
  readonly #queue: { job: Job; done: (outcome: Outcome<Result>) => void }[] = []
  readonly #pending = new Map<number, (outcome: Outcome<Result>) => void>()
  #next = 0
  #failure: Error | undefined

  /**
   * Start the workers.
   *
   * @param module the worker's module (it answers `{ id, job }` with `{ id, ok }` or `{ id, error }`).
   * @param size how many workers.
   */
  constructor(module: URL, size: number) {
    this.#workers = Array.from({ length: Math.max(1, size) }, () => {
      const worker = new Worker(module)
      worker.on('message', (message: { id: number } & Outcome<Result>) => {
        const done = this.#pending.get(message.id)
        this.#pending.delete(message.id)
        done?.('error' in message ? { error: message.error } : { ok: message.ok })
        this.#dispatch(worker)
      })
      worker.on('error', (error: Error) => this.#fail(error))
      worker.on('exit', (code) => {
        if (code !== 0) this.#fail(new Error(`a build worker stopped (exit ${code})`))
      })
      this.#idle.push(worker)
      return worker
    })
  }

  /**
   * Run a job on the next idle worker.
   *
   * @param job the job (structured-cloned to the worker).
   * @returns its result, or the message of the error it threw.
   */
  run(job: Job): Promise<Outcome<Result>> {
    if (this.#failure) return Promise.reject(this.#failure)
    return new Promise((done) => {
      this.#queue.push({ job, done })
      const worker = this.#idle.pop()
      if (worker) this.#dispatch(worker)
    })
  }

  /** Stop the workers. */
  async close(): Promise<void> {
    await Promise.all(this.#workers.map((worker) => worker.terminate()))
  }

  #dispatch(worker: Worker): void {
    const next = this.#queue.shift()
    if (!next) {
      this.#idle.push(worker)
      return
    }
    const id = this.#next++
    this.#pending.set(id, next.done)
    worker.postMessage({ id, job: next.job })
  }

  #fail(error: Error): void {
    this.#failure ??= error
    for (const done of this.#pending.values()) done({ error: error.message })
    this.#pending.clear()
    for (const { done } of this.#queue.splice(0)) done({ error: error.message })
  }
}
