/**
 * A worker thread of the build's pool (src/lib/build/pool.ts): runs the extract and page jobs it
 * is sent (src/lib/build/jobs.ts), one message each, and answers with the result or the error.
 */
import { parentPort } from 'node:worker_threads'
import { runExtractJob, runPageJob, type ExtractJob, type PageJob } from './jobs.ts'

parentPort!.on('message', async ({ id, job }: { id: number; job: ExtractJob | PageJob }) => {
  try {
    const ok = job.kind === 'extract' ? await runExtractJob(job) : await runPageJob(job)
    parentPort!.postMessage({ id, ok })
  } catch (error) {
    parentPort!.postMessage({ id, error: (error as Error).message })
  }
})
