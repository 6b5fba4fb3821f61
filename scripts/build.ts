/**
 * `npm run build [-- --content DIR] [--out DIR] [--force] [--no-pdf] [--site URL] [--no-search] [--cache DIR] [--workers N|auto] [--generate-only]`:
 * build the site (src/lib/build/build-site.ts): generate the briefing pages, `astro build`, the
 * search index, the PDFs. `--force` builds into an `--out` folder that is not empty and not a
 * site this tool built, replacing its contents.
 *
 * Exit status 1 when any article failed (the site is still built from the others), 2 when the
 * build failed or the command line is wrong, 130/143 when stopped by Ctrl-C or a kill.
 */
import { existsSync, statSync } from 'node:fs'
import { checkWebUrl } from '../plugins/text/url.ts'
import { buildSite } from '../src/lib/build/build-site.ts'
import { isStopping } from '../src/lib/build/interrupt.ts'
import { BuildRefusal } from '../src/lib/build/out-dir.ts'
import { parseCommandLine, runCommand, UsageError, wholeNumber } from '../src/lib/cli.ts'

const USAGE =
  'usage: npm run build [-- --content DIR] [--out DIR] [--force] [--no-pdf] [--site URL] [--no-search] [--cache DIR] [--workers N|auto] [--generate-only]'

await runCommand('build', USAGE, async () => {
  const { values } = parseCommandLine(process.argv.slice(2), {
    content: { type: 'string' },
    out: { type: 'string' },
    force: { type: 'boolean', default: false },
    pdf: { type: 'boolean', default: true },
    site: { type: 'string' },
    search: { type: 'boolean', default: true },
    cache: { type: 'string' },
    workers: { type: 'string', default: 'auto' },
    'generate-only': { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false }
  })
  if (values.help) {
    process.stdout.write(`${USAGE}\n`)
    return
  }
  const content = values.content
  if (content !== undefined && !(existsSync(content) && statSync(content).isDirectory()))
    throw new UsageError(`the content directory ${content} does not exist`)
  let site: string | undefined
  if (values.site !== undefined) {
    const check = checkWebUrl(values.site)
    if (!check.ok) throw new UsageError(`--site ${values.site}: ${check.reason}`)
    site = check.url
  }
  const workers = values.workers === 'auto' ? 'auto' : wholeNumber(values.workers, '--workers', { min: 1, max: 64 })
  try {
    const result = await buildSite({
      content,
      out: values.out,
      force: values.force,
      cacheDir: values.cache,
      workers,
      pdf: values.pdf,
      site,
      search: values.search,
      generateOnly: values['generate-only']
    })
    const total = result.briefings.length + result.failures.length
    const { warnings, skipped } = result.generated
    const notes = [
      warnings.length ? `${warnings.length} warning${warnings.length === 1 ? '' : 's'}` : '',
      skipped.length ? `${skipped.length} entr${skipped.length === 1 ? 'y' : 'ies'} skipped` : ''
    ].filter(Boolean)
    process.stdout.write(
      `build: ${result.briefings.length} of ${total} article${total === 1 ? '' : 's'} built${notes.length ? ` (${notes.join(', ')}: see above)` : ''}`
    )
    if (result.failures.length) {
      process.stdout.write(`; ${result.failures.length} failed:\n`)
      for (const failure of result.failures) process.stdout.write(`  ${failure.file}: ${failure.reason}\n`)
      process.exitCode = 1
    } else process.stdout.write('\n')
  } catch (error) {
    // Stopped by a signal: the interrupt handler ends the process (130, 143, 129) once its child
    // processes are gone; what failed because they were stopped is no failure.
    if (isStopping()) return
    if (error instanceof BuildRefusal) process.stderr.write(`build: ${error.message}\n`)
    else process.stderr.write(`build: the site build failed: ${(error as Error).stack ?? error}\n`)
    process.exit(2)
  }
})
