/**
 * The build's content-hash cache and file helpers: the pipeline version (a hash of the
 * extraction's source files), hashing, atomic writes (temp file + rename) and writes that leave a
 * file untouched (same bytes, same mtime) when its content has not changed.
 */
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { basename, dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { z } from 'zod'

/** The project root. */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..')

/**
 * A hex SHA-256 of the given parts (each length-prefixed, so parts cannot run together).
 *
 * @param parts strings or bytes.
 * @returns the digest.
 */
export function hash(...parts: (string | Uint8Array | null | undefined)[]): string {
  const digest = createHash('sha256')
  for (const part of parts) {
    const value = part ?? ''
    digest.update(`${typeof value === 'string' ? 's' : 'b'}${value.length}:`)
    digest.update(value)
  }
  return digest.digest('hex')
}

/** Every `.ts` file under a folder, sorted. */
function sourceFiles(dir: string): string[] {
  if (!existsSync(dir)) return []
  const files: string[] = []
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) files.push(...sourceFiles(path))
    else if (/\.(ts|js|mjs|json)$/.test(entry.name)) files.push(path)
  }
  return files.sort()
}

let pipelineVersion: string | undefined

/**
 * The pipeline version: a hash of every source file of `plugins/` (the reader, extraction, MDX
 * generation), of the corrections and the joins across briefings (`src/lib/corrections`,
 * `src/lib/joins`) and of the build's generation step and cache, and the installed version of every
 * runtime dependency (package.json `dependencies`: unified, remark, yaml...). Any change to them
 * invalidates every cached extraction and page. Development packages are left out: upgrading one
 * the benchmark alone runs (`compromise`) or a test tool keeps the cache.
 *
 * @returns the version (hex).
 */
export function getPipelineVersion(): string {
  if (pipelineVersion) return pipelineVersion
  const files = [
    ...sourceFiles(join(ROOT, 'plugins')),
    ...sourceFiles(join(ROOT, 'src/lib/corrections')),
    ...sourceFiles(join(ROOT, 'src/lib/joins')),
    join(ROOT, 'src/lib/build/generate.ts'),
    join(ROOT, 'src/lib/build/cache.ts')
  ]
  const parts: string[] = []
  for (const file of files) parts.push(relative(ROOT, file), hash(readFileSync(file)))
  const manifest = readJson<{ dependencies?: Record<string, string> }>(join(ROOT, 'package.json'))
  for (const name of Object.keys(manifest?.dependencies ?? {}).sort())
    parts.push(name, readJson<{ version?: string }>(join(ROOT, 'node_modules', name, 'package.json'))?.version ?? '?')
  pipelineVersion = hash(...parts).slice(0, 16)
  return pipelineVersion
}

let siteVersion: string | undefined

/**
 * The site's version: a hash of everything besides the pages' data that makes the built HTML
 * (the Astro pages, components, layouts and site code in `src/`, the generated content left out;
 * `public/`; `astro.config.mjs`; the locked versions of every package). The search index takes a
 * page from the previous build only when this and the page's key are unchanged.
 *
 * @returns the version (hex).
 */
export function getSiteVersion(): string {
  if (siteVersion) return siteVersion
  const generated = new Set([join(ROOT, 'src/content/briefings'), join(ROOT, 'src/generated')])
  const files: string[] = []
  const walk = (dir: string): void => {
    if (!existsSync(dir) || generated.has(dir)) return
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name)
      if (entry.isDirectory()) walk(path)
      else files.push(path)
    }
  }
  walk(join(ROOT, 'src'))
  walk(join(ROOT, 'public'))
  files.push(join(ROOT, 'astro.config.mjs'), join(ROOT, 'package-lock.json'))
  const parts: string[] = []
  for (const file of files.sort()) if (existsSync(file)) parts.push(relative(ROOT, file), hash(readFileSync(file)))
  siteVersion = hash(...parts).slice(0, 16)
  return siteVersion
}

let counter = 0

/**
 * Write a file atomically: the content goes to a temporary file in the same folder (named so no
 * loader picks it up: `.<name>.<pid>.<n>.tmp`), which is then renamed over the target. A reader
 * (or a build killed half-way) sees the old file or the new one, never half of one.
 *
 * @param path the target.
 * @param content the content.
 */
export function writeFileAtomic(path: string, content: string | Uint8Array): void {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${counter++}.tmp`)
  try {
    writeFileSync(temp, content)
    renameSync(temp, path)
  } catch (error) {
    rmSync(temp, { force: true })
    throw error
  }
}

/**
 * Write a file atomically unless it already holds exactly this content, in which case it is left
 * untouched (same bytes, same mtime), so watchers and caches downstream see no change.
 *
 * @param path the target.
 * @param content the content.
 * @returns whether the file was written.
 */
export function writeIfChanged(path: string, content: string): boolean {
  try {
    if (statSync(path).size === Buffer.byteLength(content) && readFileSync(path, 'utf8') === content) return false
  } catch {
    // Missing: write it.
  }
  writeFileAtomic(path, content)
  return true
}

/**
 * Remove the temporary files a killed build may have left in a folder.
 *
 * @param dir the folder.
 */
export function removeTempFiles(dir: string): void {
  if (!existsSync(dir)) return
  for (const name of readdirSync(dir)) if (/^\..*\.\d+\.\d+\.tmp$/.test(name)) rmSync(join(dir, name), { force: true })
}

/** The first line of a sealed file: this, then the SHA-256 of the rest (the JSON). */
const SEAL = 'briefing-sealed sha256='

/**
 * Write JSON state the build reads back (cache entries, slugs), sealed: a first line with the
 * SHA-256 of the JSON bytes after it, so {@link readSealedJson} knows a damaged or hand-edited
 * file from the one written. Atomic, like every write ({@link writeFileAtomic}).
 *
 * @param path the file.
 * @param value the value (JSON-serialisable).
 * @returns the bytes written.
 */
export function writeSealedJson(path: string, value: unknown): string {
  const json = JSON.stringify(value)
  const content = `${SEAL}${hash(json)}\n${json}`
  writeFileAtomic(path, content)
  return content
}

/**
 * Read a file written by {@link writeSealedJson}: its hash must match its bytes and its value the
 * schema; anything else (missing, truncated, edited, another layout) is `undefined`, so the
 * caller builds the state again.
 *
 * @param path the file.
 * @param schema what the value must be.
 * @returns the value, or `undefined`.
 */
export function readSealedJson<T>(path: string, schema: z.ZodType<T>): T | undefined {
  let content: string
  try {
    content = readFileSync(path, 'utf8')
  } catch {
    return undefined
  }
  const newline = content.indexOf('\n')
  if (!content.startsWith(SEAL) || newline < 0) return undefined
  const json = content.slice(newline + 1)
  if (content.slice(SEAL.length, newline) !== hash(json)) return undefined
  try {
    const result = schema.safeParse(JSON.parse(json))
    return result.success ? result.data : undefined
  } catch {
    return undefined
  }
}

/**
 * Read a JSON file, or `undefined` when it is missing or not valid JSON.
 *
 * @param path the file.
 * @returns the value.
 */
export function readJson<T>(path: string): T | undefined {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as T
  } catch {
    return undefined
  }
}
