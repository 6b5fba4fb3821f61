/**
 * `astro build` in a child process of the build (src/lib/build/build-site.ts), so that the memory
 * it takes goes back to the system when it is done, before the search index is written. It starts
 * while the pages are generated (importing Astro takes a moment), waits for the go-ahead, and hands
 * each page it renders to the build's search index over IPC, waiting for the index to take it.
 *
 * As a module, {@link startAstroProcess} runs it; as a program, it is the child.
 */
import { fork, type ChildProcess } from 'node:child_process'
import { searchIntegration } from '../search/search-index.ts'

/** What the child is told to build. */
export interface AstroBuildOrder {
  root: string
  outDir: string
  /** Astro's cache folder, or undefined for its default. */
  cacheDir: string | undefined
  /** Whether to hand the rendered pages to the search index. */
  search: boolean
  /** Pages the search index already has (URL paths): Astro renders the others first. */
  taken: string[]
}

/** Messages between the build and the child. */
type ToChild = { type: 'build'; order: AstroBuildOrder } | { type: 'ack'; id: number }
type FromChild =
  { type: 'page'; id: number; file: string; bytes: Uint8Array } | { type: 'done' } | { type: 'error'; message: string }

/** Pages handed to the build and not yet taken by the index, at most, before Astro waits. */
const IN_FLIGHT = 32

/** `astro build` in its child process. */
export interface AstroProcess {
  /**
   * Build.
   *
   * @param order what to build.
   * @param page where the rendered pages go (the search index), resolving when it took them.
   * @returns when Astro is done.
   */
  build: (order: AstroBuildOrder, page?: (file: string, bytes: Uint8Array) => Promise<void>) => Promise<void>
  /** Stop it (the build failed or was stopped), resolving when it is gone. */
  kill: () => Promise<void>
}

/**
 * Start the child: it loads Astro and waits for {@link AstroProcess.build}.
 *
 * @param env its environment (BRIEFING_CONTENT_DIR, BRIEFING_OUT_DIR…).
 * @param cwd its working folder (where Astro puts its server chunks when the output is elsewhere).
 * @returns the process.
 */
export function startAstroProcess(env: NodeJS.ProcessEnv, cwd: string): AstroProcess {
  const child: ChildProcess = fork(new URL(import.meta.url), [], {
    env,
    cwd,
    serialization: 'advanced',
    stdio: ['ignore', 'inherit', 'inherit', 'ipc']
  })
  let exited: string | null = null
  const gone = new Promise<void>((done) =>
    child.on('exit', (code, signal) => {
      exited = `astro build stopped (${signal ?? `exit ${code}`})`
      done()
    })
  )
  return {
    kill: () => {
      if (!exited) child.kill()
      return gone
    },
    build: (order, page) =>
      new Promise<void>((done, fail) => {
        let error: string | null = null
        child.on('message', (message: FromChild) => {
          if (message.type === 'page') {
            ;(page ? page(message.file, message.bytes) : Promise.resolve()).then(
              () => child.connected && child.send({ type: 'ack', id: message.id } satisfies ToChild),
              (failure: Error) => {
                error ??= failure.message
                child.kill()
              }
            )
          } else if (message.type === 'error') error ??= message.message
        })
        child.on('exit', (code, signal) => {
          if (code === 0 && !error) done()
          else fail(new Error(error ?? `astro build stopped (${signal ?? `exit ${code}`})`))
        })
        if (exited) fail(new Error(exited))
        else child.send({ type: 'build', order } satisfies ToChild)
      })
  }
}

/** The child: build when told to, then exit. */
async function child(): Promise<void> {
  const astro = import('astro')
  astro.catch(() => {})
  const order = await new Promise<AstroBuildOrder>((done) => {
    process.on('message', (message: ToChild) => {
      if (message.type === 'build') done(message.order)
    })
  })
  let next = 0
  let inFlight = 0
  const waiting: (() => void)[] = []
  process.on('message', (message: ToChild) => {
    if (message.type !== 'ack') return
    inFlight--
    for (const resume of waiting.splice(0)) resume()
  })
  const page = async (file: string, bytes: Uint8Array): Promise<void> => {
    while (inFlight >= IN_FLIGHT) await new Promise<void>((resume) => waiting.push(resume))
    inFlight++
    process.send!({ type: 'page', id: next++, file, bytes } satisfies FromChild)
  }
  const taken = new Set(order.taken.map((url) => url.replace(/\/$/, '')))
  const { build } = await astro
  await build({
    root: order.root,
    outDir: order.outDir,
    cacheDir: order.cacheDir,
    logLevel: 'warn',
    telemetry: false,
    integrations: order.search
      ? [searchIntegration(page, (pathname) => !taken.has(encodeURI(pathname).replace(/\/$/, '')))]
      : []
  } as Parameters<typeof build>[0])
  // Every page handed over is taken before Astro counts as done.
  while (inFlight > 0) await new Promise<void>((resume) => waiting.push(resume))
  // Exit once the message is out: Astro may leave handles open (its services stop with the process).
  process.send!({ type: 'done' } satisfies FromChild, () => process.exit(0))
}

if (import.meta.main) {
  child().catch((error: unknown) => {
    const message = error instanceof Error ? (error.stack ?? error.message) : String(error)
    process.send!({ type: 'error', message } satisfies FromChild, () => process.exit(1))
  })
}
