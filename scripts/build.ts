/**
 * `npm run build [-- --content DIR] [-- --out DIR] [-- --no-pdf] [-- --no-search] [-- --search-shards N] [-- --cache DIR] [-- --workers N] [-- --generate-only]`:
 * build the site (src/lib/build/build-site.ts): generate the briefing pages, `astro build`, the
 * search index, the PDFs.
 *
 * Exit status 1 when any article failed (the site is still built from the others), 2 when the build failed.
 */
import { existsSync } from 'node:fs'
import { buildSite } from '../src/lib/build/build-site.ts'

const args = process.argv.slice(2).filter((arg) => arg !== '--')
const value = (flag: string): string | undefined => {
  const at = args.indexOf(flag)
  return at >= 0 ? args[at + 1] : undefined
}
const content = value('--content')
if (content && !existsSync(content)) {
  process.stderr.write(`build: the content directory ${content} does not exist\n`)
  process.exit(2)
}
try {
  const workers = value('--workers')
  const result = await buildSite({
    content,
    out: value('--out'),
    cacheDir: value('--cache'),
    workers: workers === undefined ? 'auto' : Number(workers),
    pdf: !args.includes('--no-pdf'),
    search: !args.includes('--no-search'),
    searchShards: value('--search-shards') === undefined ? undefined : Number(value('--search-shards')),
    generateOnly: args.includes('--generate-only')
  })
  const total = result.briefings.length + result.failures.length
  process.stdout.write(`build: ${result.briefings.length} of ${total} article${total === 1 ? '' : 's'} built`)
  if (result.failures.length) {
    process.stdout.write(`; ${result.failures.length} failed:\n`)
    for (const failure of result.failures) process.stdout.write(`  ${failure.file}: ${failure.reason}\n`)
    process.exitCode = 1
  } else process.stdout.write('\n')
} catch (error) {
  process.stderr.write(`build: the site build failed: ${(error as Error).stack ?? error}\n`)
  process.exit(2)
}
