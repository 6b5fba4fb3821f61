/**
 * `npm run pdf [-- --out DIR]`: print every built briefing (DIR/briefings/<slug>/) to
 * DIR/pdf/<slug>.pdf (src/lib/pdf/print-pdfs.ts).
 */
import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parseCommandLine, runCommand } from '../src/lib/cli.ts'
import { printBriefingPdfs } from '../src/lib/pdf/print-pdfs.ts'

const USAGE = 'usage: npm run pdf [-- --out DIR]'

await runCommand('pdf', USAGE, async () => {
  const { values } = parseCommandLine(process.argv.slice(2), {
    out: { type: 'string', default: 'dist' },
    help: { type: 'boolean', short: 'h', default: false }
  })
  if (values.help) {
    process.stdout.write(`${USAGE}\n`)
    return
  }
  const outDir = resolve(values.out)
  if (!existsSync(join(outDir, 'briefings'))) {
    process.stderr.write(`pdf: ${outDir} has no built briefings; run \`npm run build\` first\n`)
    process.exit(1)
  }
  try {
    const written = await printBriefingPdfs(outDir)
    process.stdout.write(`pdf: ${written.length} PDF${written.length === 1 ? '' : 's'} in ${join(outDir, 'pdf')}\n`)
  } catch (error) {
    process.stderr.write(`pdf: ${(error as Error).message}\n`)
    process.exit(1)
  }
})
