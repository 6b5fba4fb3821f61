/**
 * `npm run pdf [-- --out DIR] [--site URL] [--with-source]`: print every built briefing
 * (DIR/briefings/<slug>/) to DIR/pdf/<slug>.pdf (src/lib/pdf/print-pdfs.ts). `--site` is the
 * site's public address the PDFs link to (default: the one the pages were built with);
 * `--with-source` prints the source text appendix too.
 */
import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { checkWebUrl } from '../plugins/text/url.ts'
import { parseCommandLine, runCommand, UsageError } from '../src/lib/cli.ts'
import { printBriefingPdfs } from '../src/lib/pdf/print-pdfs.ts'

const USAGE = 'usage: npm run pdf [-- --out DIR] [--site URL] [--with-source]'

await runCommand('pdf', USAGE, async () => {
  const { values } = parseCommandLine(process.argv.slice(2), {
    out: { type: 'string', default: 'dist' },
    site: { type: 'string' },
    'with-source': { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false }
  })
  if (values.help) {
    process.stdout.write(`${USAGE}\n`)
    return
  }
  let site: string | undefined
  if (values.site !== undefined) {
    const check = checkWebUrl(values.site)
    if (!check.ok) throw new UsageError(`--site ${values.site}: ${check.reason}`)
    site = check.url
  }
  const outDir = resolve(values.out)
  if (!existsSync(join(outDir, 'briefings'))) {
    process.stderr.write(`pdf: ${outDir} has no built briefings; run \`npm run build\` first\n`)
    process.exit(1)
  }
  try {
    const written = await printBriefingPdfs(outDir, { site, withSource: values['with-source'] })
    process.stdout.write(`pdf: ${written.length} PDF${written.length === 1 ? '' : 's'} in ${join(outDir, 'pdf')}\n`)
  } catch (error) {
    process.stderr.write(`pdf: ${(error as Error).message}\n`)
    process.exit(1)
  }
})
