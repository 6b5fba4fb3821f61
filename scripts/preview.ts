/**
 * `npm run preview [-- DIR] [PORT]` (or `--port PORT`): serve the built site (default dist/) on
 * http://127.0.0.1:4321/ with Astro's preview server (src/lib/serve/preview.ts).
 */
import { parseCommandLine, runCommand, UsageError, wholeNumber } from '../src/lib/cli.ts'
import { previewSite } from '../src/lib/serve/preview.ts'

const USAGE = 'usage: npm run preview [-- DIR] [PORT]   (or --port PORT; default: dist 4321)'

await runCommand('preview', USAGE, async () => {
  const { values, positionals } = parseCommandLine(
    process.argv.slice(2),
    { port: { type: 'string' }, help: { type: 'boolean', short: 'h', default: false } },
    { max: 2 }
  )
  if (values.help) {
    process.stdout.write(`${USAGE}\n`)
    return
  }
  const [dir = 'dist', portGiven] = positionals
  if (portGiven !== undefined && values.port !== undefined) throw new UsageError('the port is given twice')
  const port = wholeNumber(portGiven ?? values.port ?? '4321', 'the port', { min: 0, max: 65535 })
  const running = await previewSite(dir, { port })
  process.stdout.write(`Serving ${dir} at ${running.url}/ (Ctrl-C to stop)\n`)
})
