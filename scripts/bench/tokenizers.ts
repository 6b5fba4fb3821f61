/**
 * `node scripts/bench/tokenizers.ts [DIR]`: the tokenizer measurement behind docs/extraction.md.
 *
 * Times the tokenizers over the cleaned paragraphs of a corpus (default: the dev corpus, else
 * content/articles), median of 21 passes after 20 warm-up passes, and prints how each reads two
 * hard sentences: `plugins/text/tokens.ts` (the one on the tree), `Intl.Segmenter` (sentences, then
 * words), and the unified collective's `parse-english` (nlcst; a devDependency for this
 * measurement only, never run by the pipeline).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { toString as nlcstToString } from 'nlcst-to-string'
import { ParseEnglish } from 'parse-english'
import { visit } from 'unist-util-visit'
import { cleanText } from '../../plugins/clean/index.ts'
import { tokenize } from '../../plugins/text/tokens.ts'

const root = resolve(dirname(import.meta.filename), '..', '..')
const dev = resolve(root, '..', 'shared', 'corpus', 'dev')
const dir = process.argv[2] ?? (existsSync(dev) ? dev : join(root, 'content', 'articles'))
const paragraphs: string[] = []
for (const name of readdirSync(dir)
  .filter((file) => file.endsWith('.txt'))
  .sort())
  for (const line of readFileSync(join(dir, name), 'utf8').split(/\r?\n/))
    if (line.trim()) paragraphs.push(cleanText(line.trim(), 0).text)
const bytes = paragraphs.reduce((n, paragraph) => n + Buffer.byteLength(paragraph), 0)

/** A tokenizer under test: `words` reads one text into its words. */
interface Side {
  name: string
  words: (text: string) => string[]
}

const wordSegmenter = new Intl.Segmenter('en', { granularity: 'word' })
const sentenceSegmenter = new Intl.Segmenter('en', { granularity: 'sentence' })
const sides: Side[] = [
  { name: 'plugins/text/tokens.ts (hand-written)', words: (text) => tokenize(text).map((token) => token.text) },
  {
    name: 'Intl.Segmenter (sentences, then words)',
    words: (text) =>
      [...sentenceSegmenter.segment(text)].flatMap((sentence) =>
        [...wordSegmenter.segment(sentence.segment)].filter((word) => word.isWordLike).map((word) => word.segment)
      )
  }
]
const english = new ParseEnglish()
sides.push({
  name: 'parse-english (nlcst)',
  words: (text) => {
    const found: string[] = []
    visit(english.parse(text), 'WordNode', (node) => void found.push(nlcstToString(node)))
    return found
  }
})

for (const side of sides) {
  const pass = (): number => paragraphs.reduce((n, paragraph) => n + side.words(paragraph).length, 0)
  for (let i = 0; i < 20; i++) pass()
  const times: number[] = []
  let count = 0
  for (let i = 0; i < 21; i++) {
    const start = performance.now()
    count = pass()
    times.push(performance.now() - start)
  }
  times.sort((a, b) => a - b)
  const ms = times[10]!
  process.stdout.write(
    `${side.name.padEnd(45)} ${(bytes / 1e6 / (ms / 1000)).toFixed(1).padStart(6)} MB/s  ${count} tokens  (${ms.toFixed(1)} ms a pass over ${(bytes / 1e6).toFixed(3)} MB)\n`
  )
}
for (const text of [
  'Mr. Lund said the U.S. plan costs $1.5bn, or 55,000 jobs.',
  'Dato’ Seri Ana Lund, 62, told reporters at 3 p.m. on Jan. 4.'
])
  for (const side of sides) process.stdout.write(`${side.name}: ${JSON.stringify(side.words(text))}\n`)
