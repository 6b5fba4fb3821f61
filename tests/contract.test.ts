import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { listArticles } from '../plugins/read/index.ts'
import { root, runExtract, type ExtractRun } from './helpers/run-extract.ts'
import { contractProblems } from './schema.ts'

/** The documents of a run over `count` files: one per line, or the single (pretty-printed) document. */
function documents(run: ExtractRun, count: number): unknown[] {
  return count > 1 ? run.lines.map((line) => JSON.parse(line) as unknown) : [JSON.parse(run.stdout) as unknown]
}

/**
 * Run the CLI in batch mode over every article of a folder and check each document
 * against the contract and its own source text, and the line order against the file order.
 */
function contractSuite(label: string, files: string[]): void {
  describe(label, () => {
    let forward: ExtractRun
    let backward: ExtractRun
    beforeAll(() => {
      forward = runExtract(files, 280_000)
      backward = runExtract([...files].reverse(), 280_000)
    }, 600_000)

    it(
      files.length === 1
        ? 'exits 0 and prints one JSON document, nothing else'
        : 'exits 0 and prints one JSON line per file, nothing else',
      () => {
        expect(forward.stderr).toBe('')
        expect(forward.status).toBe(0)
        expect(forward.stdout.endsWith('\n')).toBe(true)
        if (files.length > 1) expect(forward.lines).toHaveLength(files.length)
        expect(documents(forward, files.length)).toHaveLength(files.length)
      }
    )

    it.runIf(files.length > 1)('prints the documents in the order of the files', () => {
      expect(documents(backward, files.length).reverse()).toEqual(documents(forward, files.length))
    })

    for (const [i, file] of files.entries()) {
      it(`keeps the contract: ${file.slice(root.length + 1)}`, () => {
        const document = documents(forward, files.length)[i]
        expect(contractProblems(document, readFileSync(file, 'utf8'))).toEqual([])
      })
    }
  })
}

const examples = listArticles(join(root, 'content', 'articles'))
const devDir = join(root, '..', 'shared', 'corpus', 'dev')
const dev = listArticles(devDir)

it('has bundled example articles', () => {
  expect(examples.length).toBeGreaterThan(0)
})

contractSuite('contract: bundled examples (content/articles)', examples)

if (dev.length > 0) contractSuite('contract: dev corpus (../shared/corpus/dev)', dev)
else describe.skip('dev corpus absent: ../shared/corpus/dev', () => it('validates every dev article', () => {}))
