/**
 * `node scripts/bench/measure-large.ts [--megabytes N] [--line-megabytes N]`: large inputs, timed
 * (part of `npm run bench`; `npm test` keeps only machine-speed-free checks of the same paths).
 *
 * 1. An article of N MB (default 10) of many paragraphs: synthetic articles
 *    (scripts/bench/generate-articles.ts) run together into one file, about 115,000 paragraphs for
 *    10 MB, through the extract CLI (`node scripts/extract.ts FILE`): wall time, peak RSS of the
 *    process, and whether it gave a valid document (JSON with the contract's lists, every quote's
 *    span slicing back to its text, more than 1,000 quotes).
 * 2. A single line of N MB (default 1; fractions of a MB too, from 0.1) of markup lookalikes through extraction and the MDX stage
 *    (`extractBriefing`, `briefingToMdx`): wall time, and whether the page holds the line as text.
 *
 * Prints one JSON line.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { generateArticles } from './generate-articles.ts'

const ROOT = resolve(dirname(import.meta.filename), '../..')
const GNU_TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : null

/** What {@link measureLarge} measured. */
export interface LargeMeasure {
  article: {
    bytes: number
    paragraphs: number
    seconds: number
    peakRss: number | null
    exitStatus: number | null
    quotes: number
    /** Every list of the contract present and every quote's span slicing back to its text. */
    valid: boolean
    problems: string[]
  }
  line: { bytes: number; seconds: number; shownAsWritten: boolean }
}

/** A markup lookalike, repeated into the long line: markup, not speech (a quote per 100 bytes makes a slow page, not a harder escape). */
const CHUNK =
  "import x from 'y' <script>alert(1)</script> {process.exit(1)} <img src=x onerror=alert(1)> &amp; &lt;b&gt; # not a heading *nor em* [link](javascript:alert(1)) --- "

/**
 * Measure both large inputs.
 *
 * @param options the article's and the line's size in MB.
 * @returns the measures.
 */
export async function measureLarge(options: { megabytes: number; lineMegabytes: number }): Promise<LargeMeasure> {
  const dir = mkdtempSync(join(tmpdir(), 'briefing-large-'))
  try {
    const parts: string[] = []
    let size = 0
    for (const article of generateArticles(Math.ceil(options.megabytes * 400), 10)) {
      if (size >= options.megabytes * 1e6) break
      parts.push(article.text)
      size += Buffer.byteLength(article.text)
    }
    const path = join(dir, 'large.txt')
    const text = parts.join('')
    writeFileSync(path, text)
    const report = join(dir, 'time.txt')
    const started = performance.now()
    const args = [join(ROOT, 'scripts/extract.ts'), path]
    const run = GNU_TIME
      ? spawnSync(GNU_TIME, ['-f', '%M', '-o', report, process.execPath, ...args], {
          encoding: 'utf8',
          maxBuffer: 1 << 30
        })
      : spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 30 })
    const seconds = (performance.now() - started) / 1000
    const problems: string[] = []
    let quotes = 0
    try {
      const document = JSON.parse(run.stdout) as Record<string, unknown>
      for (const list of ['speakers', 'quotes', 'figures', 'issues', 'events', 'captions'])
        if (!Array.isArray(document[list])) problems.push(`no ${list} list`)
      const spans = (document.quotes ?? []) as { text: string; start: number; end: number }[]
      quotes = spans.length
      const wrong = spans.filter((quote) => !text.slice(quote.start, quote.end).includes(quote.text.slice(0, 20)))
      if (wrong.length) problems.push(`${wrong.length} quotes whose span does not slice back to their text`)
      if (quotes <= 1000) problems.push(`only ${quotes} quotes`)
    } catch (error) {
      problems.push(`not JSON: ${(error as Error).message}`)
    }
    const peak = GNU_TIME && existsSync(report) ? Number(readFileSync(report, 'utf8').trim().split('\n').pop()) : NaN

    const { extractBriefing } = await import('../../plugins/index.ts')
    const { briefingToMdx } = await import('../../plugins/mdx/index.ts')
    const line = CHUNK.repeat(Math.ceil((options.lineMegabytes * 1e6) / CHUNK.length)).trim()
    const lineText = `import One very long line\n${line}\n`
    const lineStarted = performance.now()
    const { briefing, file } = extractBriefing(lineText, { path: 'line.txt' })
    const { mdx } = briefingToMdx({
      briefing,
      paragraphs: file.data.paragraphs ?? [],
      slug: 'line',
      source: 'line.txt',
      date: null
    })
    const lineSeconds = (performance.now() - lineStarted) / 1000
    return {
      article: {
        bytes: Buffer.byteLength(text),
        paragraphs: text.split('\n').filter((row) => row.trim()).length,
        seconds,
        peakRss: Number.isFinite(peak) ? peak * 1024 : null,
        exitStatus: run.status,
        quotes,
        valid: run.status === 0 && problems.length === 0,
        problems
      },
      line: {
        bytes: Buffer.byteLength(line),
        seconds: lineSeconds,
        shownAsWritten:
          (file.data.paragraphs ?? []).some((paragraph) => paragraph.text === line) && mdx.length > line.length
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

if (import.meta.main) {
  const { parseCommandLine } = await import('../../src/lib/cli.ts')
  const { values } = parseCommandLine(process.argv.slice(2), {
    megabytes: { type: 'string', default: '10' },
    'line-megabytes': { type: 'string', default: '1' }
  })
  /** A size in MB, fractions allowed (0.2: the smallest article that still holds over 1,000 quotes). */
  const size = (value: string, name: string, max: number): number => {
    const megabytes = Number(value)
    if (!(megabytes >= 0.1 && megabytes <= max)) throw new Error(`${name} must be a number from 0.1 to ${max}`)
    return megabytes
  }
  const measured = await measureLarge({
    megabytes: size(values.megabytes, '--megabytes', 100),
    lineMegabytes: size(values['line-megabytes'], '--line-megabytes', 20)
  })
  process.stdout.write(`${JSON.stringify(measured)}\n`)
}
