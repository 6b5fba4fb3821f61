/**
 * `npm run dev [-- --content DIR] [--port N] [--host H]`: the Astro dev server, watching the
 * articles (src/lib/dev/dev-server.ts).
 */
import { parseCommandLine, runCommand, wholeNumber } from '../src/lib/cli.ts'
import { startDev } from '../src/lib/dev/dev-server.ts'

const USAGE = 'usage: npm run dev [-- --content DIR] [--port N] [--host H]'

await runCommand('dev', USAGE, async () => {
  const { values } = parseCommandLine(process.argv.slice(2), {
    content: { type: 'string' },
    port: { type: 'string' },
    host: { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false }
  })
  if (values.help) {
    process.stdout.write(`${USAGE}\n`)
    return
  }
  const port = wholeNumber(values.port, '--port', { min: 0, max: 65535 })
  try {
    const server = await startDev({ content: values.content, port, host: values.host })
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
})
