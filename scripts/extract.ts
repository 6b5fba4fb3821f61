/**
 * `npm run --silent extract -- FILE...`: print the briefing JSON of each article.
 * One file: one JSON document. Several: one document per line (JSON Lines), in order.
 * An unusable file is reported on stderr (naming the file and the reason), its line
 * is `{"error": "..."}`, and the exit status is 1; the others are still printed.
 * An article's sidecar `<name>.meta.yaml` (written by `npm run add`) gives its date, as in the
 * build (else the date in the file name), and its title when the text has none.
 */
import { basename, dirname, extname, join } from 'node:path'
import { extractBriefing } from '../plugins/index.ts'
import {
  ArticleError,
  dateFromFileName,
  readArticle,
  readArticleMeta,
  type ArticleMeta
} from '../plugins/read/index.ts'
import { parseCommandLine, runCommand } from '../src/lib/cli.ts'

const USAGE = 'usage: npm run --silent extract -- FILE...'

await runCommand('extract', USAGE, () => {
  const { positionals: files } = parseCommandLine(process.argv.slice(2), {}, { min: 1, max: Infinity })
  let failed = 0
  const lines: string[] = []
  for (const path of files) {
    try {
      const text = readArticle(path)
      let meta: ArticleMeta = {}
      try {
        meta = readArticleMeta(join(dirname(path), `${basename(path, extname(path))}.meta.yaml`), {
          warn: (message) => process.stderr.write(`extract: warning: ${message}\n`)
        })
      } catch (error) {
        process.stderr.write(`extract: warning: ${(error as Error).message} (the sidecar is ignored)\n`)
      }
      const { briefing } = extractBriefing(text, { path, date: meta.date ?? dateFromFileName(path) })
      briefing.title ??= meta.title ?? null
      lines.push(files.length === 1 ? JSON.stringify(briefing, null, 2) : JSON.stringify(briefing))
    } catch (error) {
      failed++
      const message =
        error instanceof ArticleError
          ? error.message
          : `${path}: extraction failed: ${(error as Error).message ?? error}`
      const detail = error instanceof ArticleError ? '' : `\n${(error as Error).stack ?? ''}`
      process.stderr.write(`extract: ${message}${detail}\n`)
      lines.push(JSON.stringify({ error: message }))
    }
  }
  process.stdout.write(lines.join('\n') + '\n')
  process.exitCode = failed ? 1 : 0
})
