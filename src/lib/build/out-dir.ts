/**
 * The output folder of a build (`--out DIR`). `astro build` empties it first, so a build only
 * writes into a folder that is empty, new, or a site this tool built: one holding the marker file
 * {@link SITE_MARKER} (written after every build), or one this project was building into when a
 * build stopped half-way (recorded in `.cache/out/`). Anything else is refused unless `--force`,
 * and some places are refused even then: the project itself or a folder holding it, its source
 * folders, the content folder.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs'
import { dirname, isAbsolute, join, relative, resolve } from 'node:path'
import { hash, ROOT, writeFileAtomic } from './cache.ts'

/** The file that marks a folder as a site built by this tool. */
export const SITE_MARKER = '.briefing-site'

/** A build refused before it starts: the message says why and what to do. */
export class BuildRefusal extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'BuildRefusal'
  }
}

/** The project's folders an output folder may never be, nor be inside. */
const PROTECTED = ['content', 'src', 'plugins', 'public', 'scripts', 'tests', 'docs', 'node_modules', '.git', '.cache']

/**
 * Whether `path` is `folder` or inside it.
 *
 * @param folder a folder.
 * @param path a path.
 * @returns whether it is inside (or the same).
 */
export function isInside(folder: string, path: string): boolean {
  const rel = relative(folder, path)
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel))
}

/** A path with its symbolic links resolved, as far as it exists. */
function realPath(path: string): string {
  const absolute = resolve(path)
  if (existsSync(absolute)) return realpathSync(absolute)
  const parent = dirname(absolute)
  return parent === absolute ? absolute : join(realPath(parent), relative(parent, absolute))
}

/** Where the claim on an output folder is recorded. */
function claimPath(outDir: string): string {
  return join(ROOT, '.cache/out', `${hash(resolve(outDir)).slice(0, 16)}.json`)
}

/**
 * Check that a build may write (and empty) an output folder.
 *
 * @param outDir the output folder.
 * @param options `force` (replace a folder that is not a site), `contentDir` (never written into).
 * @throws {BuildRefusal} saying why, and what to do.
 */
export function checkOutDir(outDir: string, options: { force?: boolean; contentDir?: string } = {}): void {
  const out = realPath(outDir)
  const root = realPath(ROOT)
  if (isInside(out, root))
    throw new BuildRefusal(
      `--out ${outDir} is the project folder or holds it; astro build empties its output folder, so choose another (default: dist)`
    )
  for (const name of PROTECTED)
    if (isInside(join(root, name), out))
      throw new BuildRefusal(`--out ${outDir} is inside the project's ${name}/ folder; choose another (default: dist)`)
  if (options.contentDir) {
    const content = realPath(options.contentDir)
    if (isInside(out, content) || isInside(content, out))
      throw new BuildRefusal(
        `--out ${outDir} holds or is inside the content folder ${options.contentDir}; choose another`
      )
  }
  if (!existsSync(out)) return
  if (!statSync(out).isDirectory()) throw new BuildRefusal(`--out ${outDir} is a file, not a folder`)
  if (out === join(root, 'dist') || options.force) return
  const entries = readdirSync(out).filter((name) => name !== '.git')
  if (entries.length === 0 || entries.includes(SITE_MARKER)) return
  try {
    if (JSON.parse(readFileSync(claimPath(out), 'utf8')).outDir === out) return
  } catch {
    // No claim.
  }
  throw new BuildRefusal(
    `--out ${outDir} is not empty and is not a site built by briefing (it has no ${SITE_MARKER} file): astro build would delete its ${entries.length} entr${entries.length === 1 ? 'y' : 'ies'}. Choose an empty or new folder, or pass --force to replace its contents`
  )
}

/**
 * Record that this project is building into an output folder (before `astro build` empties it),
 * so a build stopped half-way can build there again without `--force`.
 *
 * @param outDir the output folder.
 */
export function claimOutDir(outDir: string): void {
  const out = realPath(outDir)
  const path = claimPath(out)
  mkdirSync(dirname(path), { recursive: true })
  writeFileAtomic(path, JSON.stringify({ outDir: out }))
}

/**
 * Mark an output folder as a site built by this tool (after the build).
 *
 * @param outDir the output folder.
 */
export function markOutDir(outDir: string): void {
  mkdirSync(outDir, { recursive: true })
  writeFileAtomic(
    join(outDir, SITE_MARKER),
    'This folder is a site built by briefing (npm run build); a build replaces everything in it.\n'
  )
}
