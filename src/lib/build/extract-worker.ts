/**
 * A worker thread of the build (see `extractInWorkers` in src/lib/build/generate.ts): extracts
 * the articles it is sent, one message each, and posts back the briefing and the paragraphs.
 */
import { parentPort } from 'node:worker_threads'
import { extractBriefing } from '../../../plugins/index.ts'

parentPort!.on('message', (job: { id: number; text: string; path: string; date: string | null }) => {
  try {
    const { briefing, file } = extractBriefing(job.text, { path: job.path, date: job.date })
    parentPort!.postMessage({ id: job.id, briefing, paragraphs: file.data.paragraphs ?? [] })
  } catch (error) {
    parentPort!.postMessage({ id: job.id, error: (error as Error).message })
  }
})
