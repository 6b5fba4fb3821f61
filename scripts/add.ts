/**
 * `npm run add -- FILE [--content DIR] [--date YYYY-MM-DD] [--slug SLUG]` (FILE `-` reads stdin):
 * file an article under content/articles (src/lib/add/add-article.ts).
 */
import { readFileSync } from 'node:fs'
import { relative } from 'node:path'
import { decodeArticle } from '../plugins/read/index.ts'
import { addArticle } from '../src/lib/add/add-article.ts'
import { isoDate, parseCommandLine, runCommand } from '../src/lib/cli.ts'

const USAGE = 'usage: npm run add -- FILE|- [--content DIR] [--date YYYY-MM-DD] [--slug SLUG]'

await runCommand('add', USAGE, () => {
  const { values, positionals } = parseCommandLine(
    process.argv.slice(2),
    { content: { type: 'string' }, date: { type: 'string' }, slug: { type: 'string' } },
    { min: 1, max: 1 }
  )
  const date = isoDate(values.date, '--date')
  const name = positionals[0]!
  try {
    const input = name === '-' ? readFileSync(0, 'utf8') : decodeArticle(readFileSync(name), name)
    const added = addArticle(input, name, { content: values.content, date, slug: values.slug })
    const shown = (path: string): string => relative(process.cwd(), path) || path
    process.stdout.write(
      `add: ${shown(added.file)} (${added.format})${added.metaFile ? ` and ${shown(added.metaFile)}` : ''}\n`
    )
  } catch (error) {
    process.stderr.write(`add: ${name}: ${(error as Error).message.replace(/^[^:]*: (?=empty|binary|the file)/, '')}\n`)
    process.exit(1)
  }
})
