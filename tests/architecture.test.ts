/**
 * The rooms' import rules (docs/architecture.md), read with TypeScript's own pre-processor
 * (`ts.preProcessFile`: static and dynamic imports, re-exports, `import type` and
 * `typeof import()`), never with regular expressions; an Astro component's imports are those of
 * its front matter script.
 *
 * - A stage (a folder of `plugins/`) is entered through its `index.ts`: no module outside the
 *   stage imports its other files. The shared folders (`lexicon`, `text`) and the files at the top
 *   of `plugins/` (`types.ts`, `pipeline.ts`, `index.ts`) are open to every module.
 * - `plugins/` (the pipeline) imports neither `src/` (the site) nor `scripts/` (the CLIs);
 *   `src/` never imports `scripts/`.
 * - No import cycle, type-only imports included.
 * - Every package imported is declared in package.json: in `dependencies` when the site's code
 *   imports it (plugins, src, the CLIs, astro.config.mjs), in either list when only the tests, the
 *   benchmarks or the tools' configuration do (so `compromise`, which only the benchmark runs,
 *   stays a devDependency and out of the pipeline version); and every declared package is used.
 *
 * Tests may import any module (they test stages' internals); they are only checked for packages.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { builtinModules } from 'node:module'
import { dirname, extname, join, relative, resolve, sep } from 'node:path'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'

const ROOT = resolve(import.meta.dirname, '..')

/** Folders of `plugins/` that hold shared utilities, not stages: any module imports their files. */
const SHARED_PLUGIN_FOLDERS = new Set(['lexicon', 'text'])

/**
 * Imports of a stage's internals allowed as exceptions: none (the extraction work moved the
 * shared helpers into `plugins/text` and `plugins/lexicon`, and stages' types into their
 * `index.ts`). `from -> to`, paths from the project root. Nothing may be added.
 */
const STAGE_INTERNALS_ALLOWED = new Set<string>([])

/** Import cycles allowed as exceptions: none. Each cycle as its sorted modules joined by ` + `. */
const CYCLES_ALLOWED = new Set<string>([])

/** Packages declared without being imported: each with why. */
const USED_WITHOUT_IMPORT: Record<string, string> = {
  '@types/node': 'types of Node (tsconfig `types`)',
  'axe-core': 'read as a file by the accessibility test (require.resolve)',
  eslint: 'the linter (npm run lint)',
  node: 'Node 24, pinned so every npm script runs on it',
  prettier: 'the formatter (npm run lint, npm run format)',
  'prettier-plugin-astro': 'loaded by Prettier (.prettierrc.json)'
}

/** The source files of a folder (recursively), generated folders left out. */
function sourceFiles(dir: string): string[] {
  const skip = new Set([join(ROOT, 'src/content/briefings'), join(ROOT, 'src/generated'), join(ROOT, 'tests/fixtures')])
  if (!existsSync(dir) || skip.has(dir)) return []
  const files: string[] = []
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) files.push(...sourceFiles(path))
    else if (/\.(ts|mjs|js|astro)$/.test(entry.name) && !entry.name.endsWith('.d.ts')) files.push(path)
  }
  return files
}

/** The script of a module: a `.ts`/`.js` file as it is, an Astro component's front matter. */
function scriptOf(path: string): string {
  const text = readFileSync(path, 'utf8')
  if (extname(path) !== '.astro') return text
  const lines = text.split('\n')
  if (lines[0]?.trim() !== '---') return ''
  const end = lines.indexOf('---', 1)
  return end > 0 ? lines.slice(1, end).join('\n') : ''
}

/** Every module specifier a file imports (static, dynamic, type-only, re-exports). */
function specifiersOf(path: string): string[] {
  return ts.preProcessFile(scriptOf(path), true, true).importedFiles.map((file) => file.fileName)
}

/** A path from the project root, with `/`. */
const rel = (path: string): string => relative(ROOT, path).split(sep).join('/')

/** The package a bare specifier names (`@scope/name/sub` -> `@scope/name`), or null for Node's and Astro's own. */
function packageOf(specifier: string): string | null {
  if (specifier.startsWith('node:') || specifier.startsWith('astro:') || builtinModules.includes(specifier)) return null
  const parts = specifier.split('/')
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!
}

const siteModules = [
  ...sourceFiles(join(ROOT, 'plugins')),
  ...sourceFiles(join(ROOT, 'src')),
  ...sourceFiles(join(ROOT, 'scripts')),
  join(ROOT, 'astro.config.mjs')
]
const otherModules = [
  ...sourceFiles(join(ROOT, 'tests')),
  join(ROOT, 'eslint.config.js'),
  join(ROOT, 'vitest.config.ts')
]

/** The project's import graph: each module's relative imports (resolved) and packages. */
const graph = new Map<string, { modules: string[]; packages: string[]; unresolved: string[] }>()
for (const file of [...siteModules, ...otherModules]) {
  const node = { modules: [] as string[], packages: [] as string[], unresolved: [] as string[] }
  for (const specifier of specifiersOf(file)) {
    if (specifier.startsWith('.')) {
      const target = resolve(dirname(file), specifier)
      if (existsSync(target)) node.modules.push(rel(target))
      else node.unresolved.push(specifier)
    } else {
      const name = packageOf(specifier)
      if (name) node.packages.push(name)
    }
  }
  graph.set(rel(file), node)
}
/** Whether a module is the site's code (its packages must be runtime dependencies). */
const isSite = (file: string): boolean =>
  /^(plugins|src)\//.test(file) ||
  (/^scripts\//.test(file) && !/^scripts\/bench\//.test(file)) ||
  file === 'astro.config.mjs'

/** The stage a module of `plugins/` belongs to (its folder), or null for shared modules. */
function stageOf(file: string): string | null {
  const parts = file.split('/')
  if (parts[0] !== 'plugins' || parts.length < 3 || SHARED_PLUGIN_FOLDERS.has(parts[1]!)) return null
  return parts[1]!
}

describe('architecture', () => {
  it('reads imports with a parser: static, dynamic, type-only, typeof import() and re-exports', () => {
    const source = [
      "import type { A } from './a.ts'",
      "export * from './b.ts'",
      "const c = (): Promise<typeof import('./c.ts')> => import('./d.ts')",
      "// import x from './comment.ts'",
      'const s = "import y from \'./string.ts\'"'
    ].join('\n')
    expect(ts.preProcessFile(source, true, true).importedFiles.map((file) => file.fileName)).toEqual([
      './a.ts',
      './b.ts',
      './c.ts',
      './d.ts'
    ])
    expect(graph.size).toBeGreaterThan(100)
    expect(graph.get('scripts/build.ts')?.modules).toContain('src/lib/build/build-site.ts')
    expect(graph.get('src/pages/briefings/[slug].astro')?.modules).toContain('src/layouts/Base.astro')
  })

  it('resolves every relative import to a file', () => {
    const broken = [...graph].flatMap(([file, node]) => node.unresolved.map((specifier) => `${file} -> ${specifier}`))
    expect(broken).toEqual([])
  })

  it("imports no stage's internals from outside the stage (only its index.ts)", () => {
    const violations: string[] = []
    for (const [file, node] of graph) {
      if (file.startsWith('tests/')) continue
      for (const target of node.modules) {
        const stage = stageOf(target)
        if (!stage || stageOf(file) === stage || target === `plugins/${stage}/index.ts`) continue
        violations.push(`${file} -> ${target}`)
      }
    }
    expect(violations.filter((edge) => !STAGE_INTERNALS_ALLOWED.has(edge))).toEqual([])
    // The allowlist only shrinks: an entry that no longer exists must go.
    expect([...STAGE_INTERNALS_ALLOWED].filter((edge) => !violations.includes(edge))).toEqual([])
  })

  it('keeps the pipeline out of the site and the CLIs, and the site out of the CLIs', () => {
    const violations: string[] = []
    for (const [file, node] of graph) {
      for (const target of node.modules) {
        if (file.startsWith('plugins/') && !target.startsWith('plugins/')) violations.push(`${file} -> ${target}`)
        if (file.startsWith('src/') && target.startsWith('scripts/')) violations.push(`${file} -> ${target}`)
      }
    }
    expect(violations).toEqual([])
  })

  it('has no import cycle (type-only imports included)', () => {
    // Tarjan's strongly connected components.
    const index = new Map<string, number>()
    const low = new Map<string, number>()
    const stack: string[] = []
    const onStack = new Set<string>()
    const cycles: string[] = []
    let counter = 0
    const visit = (file: string): void => {
      index.set(file, counter)
      low.set(file, counter++)
      stack.push(file)
      onStack.add(file)
      for (const target of graph.get(file)?.modules ?? []) {
        if (!index.has(target)) {
          visit(target)
          low.set(file, Math.min(low.get(file)!, low.get(target)!))
        } else if (onStack.has(target)) low.set(file, Math.min(low.get(file)!, index.get(target)!))
      }
      if (low.get(file) !== index.get(file)) return
      const component: string[] = []
      let member: string
      do {
        member = stack.pop()!
        onStack.delete(member)
        component.push(member)
      } while (member !== file)
      const selfImport = graph.get(file)?.modules.includes(file)
      if (component.length > 1 || selfImport) cycles.push(component.sort().join(' + '))
    }
    for (const file of graph.keys()) if (!index.has(file)) visit(file)
    expect(cycles.filter((cycle) => !CYCLES_ALLOWED.has(cycle))).toEqual([])
    expect([...CYCLES_ALLOWED].filter((cycle) => !cycles.includes(cycle))).toEqual([])
  })
  it('declares every package it imports, and imports every package it declares', () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>
      devDependencies: Record<string, string>
    }
    const dependencies = new Set(Object.keys(manifest.dependencies))
    const declared = new Set([...dependencies, ...Object.keys(manifest.devDependencies)])
    // A types-only package (`mdast`) is declared as its DefinitelyTyped package; types never run,
    // so either list will do.
    const typesOnly = (name: string): string | null => (declared.has(name) ? null : `@types/${name}`)
    const undeclared: string[] = []
    const used = new Set<string>()
    for (const [file, node] of graph) {
      for (const imported of node.packages) {
        const types = typesOnly(imported)
        const name = types && declared.has(types) ? types : imported
        used.add(name)
        if (types === name) continue
        if (isSite(file) ? !dependencies.has(name) : !declared.has(name))
          undeclared.push(`${file} -> ${name}${declared.has(name) ? ' (a devDependency)' : ''}`)
      }
    }
    expect(undeclared).toEqual([])
    expect([...declared].filter((name) => !used.has(name) && !(name in USED_WITHOUT_IMPORT))).toEqual([])
    expect(Object.keys(USED_WITHOUT_IMPORT).filter((name) => !declared.has(name) || used.has(name))).toEqual([])
  })
})
