/**
 * The dev server (`npm run dev`, scripts/dev.ts): the Astro dev server, watching the articles.
 *
 * The pages are generated once (incrementally, src/lib/build/generate.ts), then the articles'
 * folder is watched (node:fs.watch): adding, changing or deleting an article or one of its
 * sidecars (`.meta.yaml`, `.corrections.yaml`) regenerates the pages (only the changed article is
 * extracted again; only the pages whose bytes change are written, atomically). As soon as a page is
 * written the open pages reload (Vite's full reload): the briefing route reads a briefing's JSON
 * and MDX from the files in dev, so it shows the new text at once. Astro's content loader sees the
 * new JSON too, writes its store 500 ms after the last change and reloads the pages again: the
 * pages that join briefings (speakers, issues, home) are Astro's to refresh.
 */
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, watch, type FSWatcher } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import type { AstroIntegration } from 'astro'
import { ROOT } from '../build/cache.ts'
import { generateBriefings, type GenerateResult } from '../build/generate.ts'

/** Options of {@link startDev}. */
export interface DevOptions {
  /** The articles' folder (default content/articles). */
  content?: string
  port?: number
  host?: string
  /** The extraction cache (default .cache/briefing/<hash>). */
  cacheDir?: string
  /** Progress lines. */
  log?: (line: string) => void
}

/** A running dev server. */
export interface DevServer {
  /** Its address (`http://127.0.0.1:4321`). */
  url: string
  /** Where the pages are generated. */
  generatedDir: string
  /** Resolves after the next regeneration that follows a change (tests). */
  nextRegeneration: () => Promise<GenerateResult>
  /** Stop watching and stop the server. */
  stop: () => Promise<void>
}

/**
 * Generate the pages, start the Astro dev server and watch the articles.
 *
 * @param options folder, port, host, log.
 * @returns the server.
 */
export async function startDev(options: DevOptions = {}): Promise<DevServer> {
  const log = options.log ?? ((line: string) => process.stdout.write(`${line}\n`))
  const contentDir = resolve(options.content ?? join(ROOT, 'content/articles'))
  const isDefault = contentDir === resolve(ROOT, 'content/articles')
  const key = createHash('sha1').update(`dev:${contentDir}`).digest('hex').slice(0, 10)
  const generatedDir = isDefault ? join(ROOT, 'src/content/briefings') : join(ROOT, 'src/generated', `dev-${key}`)
  if (!existsSync(contentDir)) throw new Error(`dev: the content directory ${contentDir} does not exist`)
  mkdirSync(generatedDir, { recursive: true })

  const generate = async (): Promise<GenerateResult> => {
    const result = await generateBriefings({ contentDir, generatedDir, cacheDir: options.cacheDir, pdf: false, log })
    const changed = [
      ...result.written.map((slug) => `wrote ${slug}`),
      ...result.removed.map((slug) => `removed ${slug}`)
    ]
    log(
      `dev: ${changed.length ? changed.join(', ') : 'no page changed'} (${result.extracted.length} extracted, ${Math.round(result.ms)} ms)`
    )
    return result
  }
  await generate()

  process.env.BRIEFING_CONTENT_DIR = generatedDir
  process.env.BRIEFING_DEV_SERVER = '1' // The pages allow Vite's client (src/layouts/Base.astro).
  process.env.ASTRO_TELEMETRY_DISABLED = '1'
  const { dev } = await import('astro')
  // Astro's Vite dev server, from its setup hook.
  let vite: Parameters<NonNullable<AstroIntegration['hooks']['astro:server:setup']>>[0]['server'] | undefined
  const reloadHook: AstroIntegration = {
    name: 'briefing-dev-reload',
    hooks: { 'astro:server:setup': ({ server }) => void (vite = server) }
  }
  const server = await dev({
    integrations: [reloadHook],
    root: ROOT,
    cacheDir: join(ROOT, 'node_modules/.astro', `dev-${key}`),
    logLevel: 'warn',
    telemetry: false,
    server: { host: options.host ?? '127.0.0.1', port: options.port ?? 4321 }
  } as Parameters<typeof dev>[0])
  const address = server.address as { address: string; port: number }
  const url = `http://${address.address.includes(':') ? `[${address.address}]` : address.address}:${address.port}`
  log(
    `dev: serving ${url}/ and watching ${relative(process.cwd(), contentDir) || contentDir} (pages in ${relative(ROOT, generatedDir)})`
  )

  // Changes come in bursts (an editor writes a temp file, renames, touches): regenerate once per
  // burst, never two at a time.
  let timer: NodeJS.Timeout | undefined
  let running: Promise<void> | null = null
  let again = false
  let waiters: ((result: GenerateResult) => void)[] = []
  const run = (): void => {
    if (running) {
      again = true
      return
    }
    running = (async () => {
      try {
        const result = await generate()
        // Reload the open pages now, not when Astro's store catches up (over half a second later).
        if (result.written.length) vite?.ws.send({ type: 'full-reload', path: '*' })
        const done = waiters
        waiters = []
        for (const waiter of done) waiter(result)
      } catch (error) {
        log(`dev: regeneration failed: ${(error as Error).message}`)
      } finally {
        running = null
        if (again) {
          again = false
          run()
        }
      }
    })()
  }
  const watcher: FSWatcher = watch(contentDir, (_event, name) => {
    if (name && (name.startsWith('.') || name.endsWith('.tmp') || name.endsWith('~'))) return
    clearTimeout(timer)
    timer = setTimeout(run, 15)
  })

  return {
    url,
    generatedDir,
    nextRegeneration: () => new Promise((done) => waiters.push(done)),
    stop: async () => {
      clearTimeout(timer)
      watcher.close()
      await running
      await server.stop()
    }
  }
}
