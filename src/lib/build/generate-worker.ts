/**
 * Step 1 of the build on a worker thread (see `generateInWorker`), so the main thread can load
 * Astro meanwhile: the options come as `workerData`, log lines and the result go back as messages.
 */
import { parentPort, workerData } from 'node:worker_threads'
import { generateBriefings, type GenerateOptions } from './generate.ts'

const options = workerData as Omit<GenerateOptions, 'log' | 'now'>
const result = await generateBriefings({ ...options, log: (line) => parentPort!.postMessage({ log: line }) })
parentPort!.postMessage({ result })
