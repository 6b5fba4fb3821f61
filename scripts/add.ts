/**
 * `npm run add -- FILE|-|URL [--content DIR] [--date YYYY-MM-DD] [--slug SLUG]` (FILE `-` reads stdin)
 * or `npm run add -- --feed URL [--content DIR]`: file an article under content/articles
 * (src/lib/add/add-article.ts), a page fetched over http(s) or every new item of an RSS or Atom
 * feed (src/lib/ingest).
 */
import { readFileSync } from 'node:fs'
import { relative } from 'node:path'
import { readArticleBytes } from '../plugins/read/index.ts'
import { addArticle } from '../src/lib/add/add-article.ts'
import { isoDate, parseCommandLine, runCommand, UsageError } from '../src/lib/cli.ts'
import { addFeed, addUrl, type Added } from '../src/lib/ingest/index.ts'

const USAGE =
  'usage: npm run add -- FILE|-|URL [--content DIR] [--date YYYY-MM-DD] [--slug SLUG]\n' +
  '       npm run add -- --feed URL [--content DIR]   (each item gets its own slug and date)'

await runCommand('add', USAGE, async () => {
  const { values, positionals } = parseCommandLine(
    process.argv.slice(2),
    {
      content: { type: 'string' },
      date: { type: 'string' },
      slug: { type: 'string' },
      feed: { type: 'string' }
    },
    { max: 1 }
  )
  const feed = values.feed
  if (feed && (positionals.length || values.slug !== undefined || values.date !== undefined))
    throw new UsageError('--feed takes no FILE, --slug or --date (each item has its own)')
  if (!feed && positionals.length === 0) throw new UsageError('an argument is missing')
  const options = { content: values.content, date: isoDate(values.date, '--date'), slug: values.slug }
  const name = feed ?? positionals[0]!
  const shown = (path: string): string => relative(process.cwd(), path) || path
  const filed = (added: Added): string =>
    `${shown(added.file)} (${added.format})${added.metaFile ? ` and ${shown(added.metaFile)}` : ''}`
  try {
    if (feed) {
      const result = await addFeed(feed, {
        content: options.content,
        onItem: (item) =>
          process[item.added ? 'stdout' : 'stderr'].write(
            item.added ? `add: ${filed(item.added)} from ${item.url}\n` : `add: ${item.url}: ${item.reason}\n`
          )
      })
      process.stdout.write(
        `add: ${feed}: ${result.added.length} new, ${result.known} filed before, ${result.failed.length} failed (record: ${shown(result.record)})\n`
      )
      process.exitCode = result.failed.length ? 1 : 0
    } else if (/^[a-z][\w+.-]*:\/\//i.test(name)) {
      process.stdout.write(`add: ${filed(await addUrl(name, options))}\n`)
    } else {
      const input = name === '-' ? readFileSync(0) : readArticleBytes(name)
      process.stdout.write(`add: ${filed(addArticle(input, name, options))}\n`)
    }
  } catch (error) {
    const message = (error as Error).message
    process.stderr.write(`add: ${message.startsWith(`${name}: `) ? message : `${name}: ${message}`}\n`)
    process.exit(1)
  }
})
