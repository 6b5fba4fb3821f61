/**
 * `npm run dev [-- --content DIR] [-- --port N] [-- --host H]`: the Astro dev server, watching the
 * articles (src/lib/dev/dev-server.ts).
 */
import { startDev } from '../src/lib/dev/dev-server.ts'

const args = process.argv.slice(2).filter((arg) => arg !== '--')
const value = (flag: string): string | undefined => {
  const at = args.indexOf(flag)
  return at >= 0 ? args[at + 1] : undefined
}
try {
  const port = value('--port')
  const server = await startDev({
    content: value('--content'),
    port: port ? Number(port) : undefined,
    host: value('--host')
  })
  const stop = async (): Promise<void> => {
    await server.stop()
    process.exit(0)
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
} catch (error) {
  process.stderr.write(`dev: ${(error as Error).message}\n`)
  process.exit(2)
}
