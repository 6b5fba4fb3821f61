/**
 * `node scripts/bench/compare-extractions.ts BEFORE.jsonl AFTER.jsonl [FILES.txt]`
 *
 * Compare two runs of `npm run --silent extract -- FILE...` (JSON Lines, one article a line, in
 * the same order) article by article: how many articles differ, in which fields, and the first
 * differing items of the first few articles (`SHOW=n` for more). The `display` field of quotes
 * and figures is left out, so runs from before it existed compare too. With FILES.txt (the
 * article paths, one a line) the articles are named. Exits 1 when any article differs.
 *
 * The invariant of a refactoring: record a baseline of the dev corpus and polnear-train, change
 * the code, extract again and compare; an intended change is measured with the scorer instead.
 */
import { readFileSync } from 'node:fs'

const [before, after, list] = process.argv.slice(2).filter((arg) => arg !== '--')
if (!before || !after) {
  process.stderr.write('usage: node scripts/bench/compare-extractions.ts BEFORE.jsonl AFTER.jsonl [FILES.txt]\n')
  process.exit(2)
}
const lines = (path: string): string[] => readFileSync(path, 'utf8').split('\n').filter(Boolean)
const names = list ? lines(list) : []
const a = lines(before)
const b = lines(after)
const show = Number(process.env.SHOW ?? 3)

/** A document with the `display` fields left out. */
function withoutDisplay(line: string): Record<string, unknown> {
  const document = JSON.parse(line) as Record<string, unknown>
  for (const key of ['quotes', 'figures'])
    for (const item of (document[key] as Record<string, unknown>[] | undefined) ?? []) delete item.display
  return document
}

if (a.length !== b.length) process.stdout.write(`the runs hold ${a.length} and ${b.length} articles\n`)
let differing = 0
const fields: Record<string, number> = {}
for (let i = 0; i < Math.min(a.length, b.length); i++) {
  if (a[i] === b[i]) continue
  const x = withoutDisplay(a[i]!)
  const y = withoutDisplay(b[i]!)
  const keys = Object.keys({ ...x, ...y }).filter((key) => JSON.stringify(x[key]) !== JSON.stringify(y[key]))
  if (keys.length === 0) continue
  differing++
  for (const key of keys) fields[key] = (fields[key] ?? 0) + 1
  if (differing > show) continue
  process.stdout.write(`== ${names[i] ?? `article ${i + 1}`}: ${keys.join(', ')}\n`)
  for (const key of keys) {
    const xs = ([] as unknown[]).concat(x[key] ?? [])
    const ys = ([] as unknown[]).concat(y[key] ?? [])
    let shown = 0
    for (let j = 0; j < Math.max(xs.length, ys.length) && shown < 3; j++) {
      if (JSON.stringify(xs[j]) === JSON.stringify(ys[j])) continue
      process.stdout.write(`  ${key}[${j}] - ${JSON.stringify(xs[j])?.slice(0, 300)}\n`)
      process.stdout.write(`  ${key}[${j}] + ${JSON.stringify(ys[j])?.slice(0, 300)}\n`)
      shown++
    }
  }
}
process.stdout.write(`${differing} of ${a.length} article(s) differ${differing ? ` ${JSON.stringify(fields)}` : ''}\n`)
process.exitCode = differing ? 1 : 0
