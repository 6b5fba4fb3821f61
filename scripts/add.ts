/**
 * `npm run add -- FILE [--content DIR] [--date YYYY-MM-DD] [--slug SLUG]` (FILE `-` reads stdin):
 * file an article under content/articles (src/lib/add/add-article.ts).
 */
import { readFileSync } from 'node:fs'
import { relative } from 'node:path'
import { decodeArticle } from '../plugins/read/index.ts'
import { addArticle } from '../src/lib/add/add-article.ts'

const args = process.argv.slice(2).filter((arg) => arg !== '--')
const value = (flag: string): string | undefined => {
  const at = args.indexOf(flag)
  return at >= 0 ? args[at + 1] : undefined
}
const flags = new Set(['--content', '--date', '--slug'])
const inputs = args.filter((arg, i) => !flags.has(arg) && !flags.has(args[i - 1] ?? ''))
if (inputs.length !== 1) {
  process.stderr.write('usage: npm run add -- FILE|- [--content DIR] [--date YYYY-MM-DD] [--slug SLUG]\n')
  process.exit(2)
}
const name = inputs[0]!
try {
  const input = name === '-' ? readFileSync(0, 'utf8') : decodeArticle(readFileSync(name), name)
  const added = addArticle(input, name, { content: value('--content'), date: value('--date'), slug: value('--slug') })
  const shown = (path: string): string => relative(process.cwd(), path) || path
  process.stdout.write(
    `add: ${shown(added.file)} (${added.format})${added.metaFile ? ` and ${shown(added.metaFile)}` : ''}\n`
  )
} catch (error) {
  process.stderr.write(`add: ${name}: ${(error as Error).message.replace(/^[^:]*: (?=empty|binary|the file)/, '')}\n`)
  process.exit(1)
}
