/**
 * Incremental builds (src/lib/build/generate.ts): cache hits and misses, pages left untouched
 * (bytes and mtime), corrections and metadata changes, deleted articles, what changed, stale
 * corrections, worker threads giving the same pages, and a build killed while writing pages
 * leaving only whole pages behind.
 */
import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import {
  appendFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  unlinkSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { entryKey, generateBriefings, type GenerateOptions } from '../src/lib/build/generate.ts'
import { slugOfFile } from '../src/lib/build/slugs.ts'
import { writeArticles } from '../scripts/bench/generate-articles.ts'

const ROOT = resolve(import.meta.dirname, '..')
const base = mkdtempSync(join(tmpdir(), 'briefing-incremental-'))
afterAll(() => rmSync(base, { recursive: true, force: true }))

/** A fresh content folder of `count` generated articles, with its own output and cache. */
function setup(name: string, count: number): GenerateOptions & { files: string[] } {
  const contentDir = join(base, name, 'articles')
  const files = writeArticles(contentDir, count)
  return {
    contentDir,
    generatedDir: join(base, name, 'generated'),
    cacheDir: join(base, name, 'cache'),
    files,
    workers: 1
  }
}

/** Each page's bytes and mtime. */
function snapshot(dir: string): Map<string, { bytes: string; mtimeMs: number }> {
  return new Map(
    readdirSync(dir).map((name) => [
      name,
      { bytes: readFileSync(join(dir, name), 'utf8'), mtimeMs: statSync(join(dir, name)).mtimeMs }
    ])
  )
}

/** A page's data (`<slug>.json` beside its MDX). */
function pageData(dir: string, slug: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(dir, `${slug}.json`), 'utf8'))
}

describe('incremental page generation', () => {
  const site = setup('main', 6)
  const slugOf = (file: string): string => slugOfFile(basename(file))
  let first: Awaited<ReturnType<typeof generateBriefings>>

  beforeAll(async () => {
    first = await generateBriefings(site)
  })

  it('extracts and writes every article the first time', () => {
    expect(first.failures).toEqual([])
    expect(first.extracted).toHaveLength(6)
    expect(first.written).toHaveLength(6)
    expect(readdirSync(site.generatedDir).sort()).toEqual(
      site.files.flatMap((file) => [`${slugOf(file)}.json`, `${slugOf(file)}.mdx`]).sort()
    )
    // Every page's key: its briefing, speakers and issues.
    for (const file of site.files) expect(first.pageKeys[`/briefings/${slugOf(file)}/`]).toMatch(/^[0-9a-f]{32}$/)
    expect(Object.keys(first.pageKeys).some((url) => url.startsWith('/speakers/'))).toBe(true)
  })

  it('hits the cache for unchanged articles and leaves their pages untouched (same bytes, same mtime)', async () => {
    const before = snapshot(site.generatedDir)
    await new Promise((done) => setTimeout(done, 20))
    const again = await generateBriefings(site)
    expect(again.extracted).toEqual([])
    expect(again.written).toEqual([])
    expect(again.briefings).toHaveLength(6)
    expect(snapshot(site.generatedDir)).toEqual(before)
  })

  it('extracts only the changed article again, and records what changed on its page', async () => {
    const file = site.files[2]!
    appendFileSync(file, '\n"We will open 37 new libraries by the spring," said Omar Okafor.\n')
    const before = snapshot(site.generatedDir)
    const run = await generateBriefings({ ...site, now: () => new Date('2026-01-02T03:04:05Z') })
    expect(run.extracted).toEqual([slugOf(file)])
    expect(run.written).toContain(slugOf(file))
    const data = pageData(site.generatedDir, slugOf(file)) as {
      updated: string
      changes: { addedQuotes: { text: string }[]; addedFigures: { text: string }[] }
    }
    expect(data.updated).toBe('2026-01-02T03:04:05.000Z')
    expect(data.changes.addedQuotes.map((quote) => quote.text).join(' ')).toMatch(/37 new libraries/)
    expect(data.changes.addedFigures.map((figure) => figure.text).join(' ')).toMatch(/37/)
    // Pages that do not join it are untouched.
    const after = snapshot(site.generatedDir)
    for (const [name, value] of before)
      if (!run.written.includes(name.replace(/\.(mdx|json)$/, ''))) expect(after.get(name)).toEqual(value)
    // Only the pages that show it get a new key.
    for (const [url, key] of Object.entries(run.pageKeys))
      if (url === `/briefings/${slugOf(file)}/`) expect(key).not.toBe(first.pageKeys[url])
    // And what changed stays on the page through later builds.
    const later = await generateBriefings(site)
    expect(later.extracted).toEqual([])
    expect(pageData(site.generatedDir, slugOf(file)).updated).toBe('2026-01-02T03:04:05.000Z')
  })

  it('tells a changed figure from an added and a removed one', async () => {
    const file = join(site.contentDir, 'parks-budget.txt')
    writeFileSync(
      file,
      'Council spends more on parks\n\nThe council will spend £5 million on parks this year, the leader said.\n'
    )
    await generateBriefings(site)
    writeFileSync(
      file,
      'Council spends more on parks\n\nThe council will spend £7 million on parks this year, the leader said.\n'
    )
    await generateBriefings(site)
    const data = pageData(site.generatedDir, 'parks-budget') as {
      changes: { changedFigures: unknown[]; addedFigures: unknown[]; removedFigures: unknown[] }
    }
    expect(data.changes.changedFigures).toEqual([
      { from: '£5 million', to: '£7 million', context: expect.stringContaining('£7 million on parks') }
    ])
    expect(data.changes.addedFigures).toEqual([])
    expect(data.changes.removedFigures).toEqual([])
    unlinkSync(file)
    await generateBriefings(site)
  })

  it('applies a new corrections sidecar without extracting again, and reports stale corrections', async () => {
    const file = site.files[0]!
    const sidecar = file.replace(/\.txt$/, '.corrections.yaml')
    writeFileSync(sidecar, 'figures:\n  - match: "£123 trillion"\n    key: true\n')
    const run = await generateBriefings(site)
    expect(run.extracted).toEqual([])
    expect(run.written).toEqual([slugOf(file)])
    expect(run.stale).toEqual([
      {
        file: expect.stringContaining(file.split('/').pop()!),
        corrections: [expect.objectContaining({ kind: 'figures', match: '£123 trillion' })]
      }
    ])
    const data = pageData(site.generatedDir, slugOf(file)) as {
      corrections: { stale: string[] }
    }
    expect(data.corrections.stale).toEqual(['figures: no figure reads "£123 trillion"'])
    // A sidecar that is not valid is reported; the page is still built, without corrections.
    writeFileSync(sidecar, 'speakers: [ { match: A')
    const broken = await generateBriefings(site)
    expect(broken.correctionErrors).toEqual([
      { file: expect.any(String), reason: expect.stringMatching(/invalid YAML/) }
    ])
    expect(broken.briefings).toContain(slugOf(file))
    unlinkSync(sidecar)
  })

  it('extracts again when the metadata date changes (it anchors relative dates)', async () => {
    const file = site.files[1]!
    writeFileSync(file.replace(/\.txt$/, '.meta.yaml'), 'date: 2024-06-30\noutlet: The Test Post\n')
    const run = await generateBriefings(site)
    expect(run.extracted).toEqual([slugOf(file)])
    const data = pageData(site.generatedDir, slugOf(file)) as {
      date: string
      article: { outlet: string }
    }
    expect(data.date).toBe('2024-06-30')
    expect(data.article.outlet).toBe('The Test Post')
  })

  it('generates again a page whose data file was edited or broken (as its MDX: tests/safety-state.test.ts)', async () => {
    const slug = slugOf(site.files[3]!)
    const jsonPath = join(site.generatedDir, `${slug}.json`)
    const whole = readFileSync(jsonPath, 'utf8')
    const before = pageData(site.generatedDir, slug)
    writeFileSync(jsonPath, JSON.stringify({ ...before, title: 'A title set by hand' }))
    const edited = await generateBriefings(site)
    expect(edited.extracted).toEqual([])
    expect(edited.written).toEqual([slug])
    expect(readFileSync(jsonPath, 'utf8')).toBe(whole)
    writeFileSync(jsonPath, '{ "title": ')
    await generateBriefings(site)
    expect(readFileSync(jsonPath, 'utf8')).toBe(whole)
    expect(edited.pageKeys[`/briefings/${slug}/`]).toBe(before.digest)
  })

  it('removes the page and the cache entry of a deleted article', async () => {
    const file = site.files[5]!
    unlinkSync(file)
    const run = await generateBriefings(site)
    expect(run.removed).toEqual([slugOf(file)])
    expect(existsSync(join(site.generatedDir, `${slugOf(file)}.mdx`))).toBe(false)
    expect(existsSync(join(site.generatedDir, `${slugOf(file)}.json`))).toBe(false)
    const key = entryKey(basename(file))
    expect(readdirSync(join(site.cacheDir!, 'entries')).filter((name) => name.startsWith(key))).toEqual([])
  })
})

describe('worker threads', () => {
  it('give the same pages as extraction on the main thread', async () => {
    const inline = setup('inline', 8)
    const threaded = {
      ...inline,
      generatedDir: join(base, 'threaded/generated'),
      cacheDir: join(base, 'threaded/cache'),
      workers: 2
    }
    await generateBriefings(inline)
    const run = await generateBriefings(threaded)
    expect(run.extracted).toHaveLength(8)
    const a = snapshot(inline.generatedDir)
    const b = snapshot(threaded.generatedDir)
    expect([...b.keys()]).toEqual([...a.keys()])
    for (const [name, value] of a) expect(b.get(name)!.bytes, name).toBe(value.bytes)
  })
})

describe('a build killed while writing pages', () => {
  it('leaves every page whole (old or new), and the next build completes', async () => {
    const count = 40
    const contentDir = join(base, 'killed/articles')
    const outDir = join(base, 'killed/dist')
    const cacheDir = join(base, 'killed/cache')
    const files = writeArticles(contentDir, count)
    const key = createHash('sha1').update(outDir).digest('hex').slice(0, 10)
    const generatedDir = join(ROOT, 'src/generated', key)
    const args = [
      'scripts/build.ts',
      '--content',
      contentDir,
      '--out',
      outDir,
      '--cache',
      cacheDir,
      '--generate-only',
      '--workers',
      '2'
    ]
    const run = (kill?: (child: ReturnType<typeof spawn>) => void): Promise<number | null> =>
      new Promise((done) => {
        const child = spawn(process.execPath, args, { cwd: ROOT, stdio: 'ignore' })
        kill?.(child)
        child.on('close', (code) => done(code))
      })
    try {
      expect(await run()).toBe(0)
      const old = snapshot(generatedDir)
      expect(old.size).toBe(count * 2)
      for (const file of files) appendFileSync(file, '\n"Every page changes now," said Grace Fraser.\n')
      const started = Date.now()
      let changedWhenKilled = -1
      const code = await run((child) => {
        const poll = setInterval(() => {
          let changed = 0
          for (const name of readdirSync(generatedDir)) {
            if (!name.endsWith('.mdx')) continue
            try {
              if (statSync(join(generatedDir, name)).mtimeMs >= started) changed++
            } catch {
              // Being renamed.
            }
          }
          if (changed >= 1 || Date.now() - started > 30_000) {
            changedWhenKilled = changed
            child.kill('SIGKILL')
            clearInterval(poll)
          }
        }, 1)
        child.on('close', () => clearInterval(poll))
      })
      expect(code).toBeNull()
      expect(changedWhenKilled).toBeGreaterThanOrEqual(1)
      const afterKill = snapshot(generatedDir)
      const pages = [...afterKill].filter(([name]) => name.endsWith('.mdx'))
      expect(pages).toHaveLength(count)
      let rewritten = 0
      for (const [name, { bytes }] of pages) {
        const json = name.replace(/\.mdx$/, '.json')
        // Each data file is whole: it parses.
        expect(JSON.parse(afterKill.get(json)!.bytes).slug, json).toBe(name.replace(/\.mdx$/, ''))
        if (bytes === old.get(name)!.bytes) continue
        rewritten++
        // A new page is whole: it ends as every page ends.
        expect(bytes, name).toMatch(/Every page changes now/)
        expect(bytes.trimEnd().split('\n').at(-1), name).toBe(old.get(name)!.bytes.trimEnd().split('\n').at(-1))
      }
      expect(rewritten).toBeGreaterThanOrEqual(1)
      expect(rewritten).toBeLessThan(count)
      // The next build finishes the job and sweeps the temporary files.
      expect(await run()).toBe(0)
      const names = readdirSync(generatedDir)
      expect(names.filter((name) => name.endsWith('.tmp'))).toEqual([])
      for (const name of names.filter((name) => name.endsWith('.mdx')))
        expect(readFileSync(join(generatedDir, name), 'utf8'), name).toMatch(/Every page changes now/)
    } finally {
      rmSync(generatedDir, { recursive: true, force: true })
      mkdirSync(generatedDir, { recursive: true })
      rmSync(generatedDir, { recursive: true, force: true })
    }
  }, 60_000)
})
