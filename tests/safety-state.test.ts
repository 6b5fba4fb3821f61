/**
 * Safe by default, the state and the process (docs/reliability.md):
 * - damaged state read back (a cache entry of valid JSON with the right key but `briefing: {}`, a
 *   hand-edited entry, truncated paragraphs, a truncated generated page, a garbled slug record)
 *   is found and built again, never trusted;
 * - the build lock: a lock left by a process that no longer runs is removed at once, saying so;
 *   one held by a running build is waited for, saying so once;
 * - `--out`: a non-empty folder that is not a site is refused (nothing deleted) unless `--force`;
 *   the project, its source folders and the content folder are refused outright;
 * - the command lines: bad values refused with the usage line (`--workers abc` is not NaN);
 * - Ctrl-C during `astro build`: the build ends at once (status 130), its lock and Pagefind's
 *   service go with it, and the next build starts at once and completes; both builds write to an
 *   output folder outside the project whose path starts with the working directory's (the
 *   `ERR_MODULE_NOT_FOUND '@oslojs/encoding'` case).
 */
import { spawn, spawnSync } from 'node:child_process'
import {
  appendFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  truncateSync,
  writeFileSync
} from 'node:fs'
import { hostname } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ROOT } from '../src/lib/build/cache.ts'
import { entryKey, generateBriefings } from '../src/lib/build/generate.ts'
import { lockOwner, processRuns, withLock } from '../src/lib/build/lock.ts'
import { BuildRefusal, checkOutDir, claimOutDir, markOutDir, SITE_MARKER } from '../src/lib/build/out-dir.ts'
import { contentSite, tempFolder, type ContentSite } from './helpers/content-site.ts'
import { node } from './helpers/run-extract.ts'

const base = tempFolder('briefing-safety-state-')
const site = (name: string, names: string[] = []): ContentSite => contentSite(base, name, names)

/** The pid of a process that has ended. */
function deadPid(): number {
  const run = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' })
  const pid = Number(run.stdout)
  expect(processRuns(pid)).toBe(false)
  return pid
}

describe('damaged state is built again, never trusted', () => {
  const options = site('damaged', ['ferry', 'bridge', 'tunnel'])
  const { contentDir, generatedDir, cacheDir } = options
  const entry = (name: string): string => join(cacheDir, 'entries', `${entryKey(`${name}.txt`)}.json`)

  it('a cache entry of valid JSON with the right key but an empty briefing', async () => {
    const first = await generateBriefings(options)
    expect(first.briefings.sort()).toEqual(['bridge', 'ferry', 'tunnel'])
    const pages = new Map(
      first.briefings.map((slug) => [slug, readFileSync(join(generatedDir, `${slug}.mdx`), 'utf8')])
    )
    const sealed = readFileSync(entry('ferry'), 'utf8')
    const json = JSON.parse(sealed.slice(sealed.indexOf('\n') + 1))
    // What the issue saw: the right key, no briefing. Written as plain JSON, and under a forged seal.
    writeFileSync(entry('ferry'), JSON.stringify({ ...json, briefing: {} }))
    writeFileSync(entry('bridge'), sealed.replace(/^[^\n]*\n/, `briefing-sealed sha256=${'0'.repeat(64)}\n`))
    const second = await generateBriefings(options)
    expect(second.failures).toEqual([])
    expect(second.extracted.sort()).toEqual(['bridge', 'ferry'])
    for (const slug of ['ferry', 'bridge'])
      expect(readFileSync(join(generatedDir, `${slug}.mdx`), 'utf8')).toBe(pages.get(slug))
    const third = await generateBriefings(options)
    expect(third.extracted).toEqual([])
  })

  it('a truncated generated page, and truncated paragraphs beside its entry', async () => {
    const page = join(generatedDir, 'tunnel.mdx')
    const whole = readFileSync(page, 'utf8')
    truncateSync(page, 200)
    const paragraphs = entry('tunnel').replace(/\.json$/, '.paragraphs.json')
    truncateSync(paragraphs, 100)
    const run = await generateBriefings(options)
    expect(run.written).toEqual(['tunnel'])
    expect(readFileSync(page, 'utf8')).toBe(whole)
    // Edited in place (same size, new mtime): found by its hash.
    writeFileSync(page, whole.replace('Ferry', 'Ferrx'))
    expect((await generateBriefings(options)).written).toEqual(['tunnel'])
    expect(readFileSync(page, 'utf8')).toBe(whole)
    // An untouched page is left alone.
    expect((await generateBriefings(options)).written).toEqual([])
  })

  it('a garbled slug record', async () => {
    appendFileSync(join(cacheDir, 'slugs.json'), 'garbage')
    const run = await generateBriefings(options)
    expect(run.briefings.sort()).toEqual(['bridge', 'ferry', 'tunnel'])
    expect(run.written).toEqual([])
    expect(readdirSync(contentDir)).toHaveLength(3)
  })
})

describe('the build lock', () => {
  it('removes a lock left by a process that no longer runs, saying so, and runs at once', async () => {
    const lock = join(base, 'stale.lock')
    mkdirSync(lock)
    const pid = deadPid()
    writeFileSync(join(lock, 'owner.json'), JSON.stringify({ pid, host: hostname(), started: '2025-01-01T00:00:00Z' }))
    const lines: string[] = []
    let held: ReturnType<typeof lockOwner>
    await withLock(
      lock,
      async () => {
        held = lockOwner(lock)
      },
      { log: (line) => lines.push(line) }
    )
    expect(lines).toEqual([
      expect.stringMatching(new RegExp(`removed a stale build lock .*process ${pid}, which made it, no longer runs`))
    ])
    expect(held!.pid).toBe(process.pid)
    expect(existsSync(lock)).toBe(false)
  })

  it('waits for a lock held by a running process, saying so once', async () => {
    const lock = join(base, 'held.lock')
    mkdirSync(lock)
    writeFileSync(join(lock, 'owner.json'), JSON.stringify({ pid: process.ppid, host: hostname(), started: 'now' }))
    const lines: string[] = []
    let ran = false
    const waiting = withLock(
      lock,
      async () => {
        ran = true
      },
      { log: (line) => lines.push(line) }
    )
    await new Promise((done) => setTimeout(done, 600))
    expect(ran).toBe(false)
    rmSync(lock, { recursive: true })
    await waiting
    expect(ran).toBe(true)
    expect(lines).toEqual([expect.stringMatching(new RegExp(`waiting for another build .*process ${process.ppid}`))])
  })
})

describe('--out', () => {
  const refusal = (outDir: string, options: Parameters<typeof checkOutDir>[1] = {}): string => {
    try {
      checkOutDir(outDir, options)
      return ''
    } catch (error) {
      expect(error).toBeInstanceOf(BuildRefusal)
      return (error as Error).message
    }
  }

  it('takes a new, empty or marked folder, refuses any other unless --force', () => {
    const folder = join(base, 'out-check')
    expect(refusal(join(folder, 'new'))).toBe('')
    mkdirSync(join(folder, 'empty'), { recursive: true })
    expect(refusal(join(folder, 'empty'))).toBe('')
    mkdirSync(join(folder, 'photos'))
    writeFileSync(join(folder, 'photos', 'holiday.jpg'), 'x')
    writeFileSync(join(folder, 'photos', 'notes.txt'), 'x')
    expect(refusal(join(folder, 'photos'))).toMatch(
      /is not empty and is not a site built by briefing \(it has no \.briefing-site file\): astro build would delete its 2 entries.*--force/
    )
    expect(refusal(join(folder, 'photos'), { force: true })).toBe('')
    markOutDir(join(folder, 'photos'))
    expect(existsSync(join(folder, 'photos', SITE_MARKER))).toBe(true)
    expect(refusal(join(folder, 'photos'))).toBe('')
    // A build stopped half-way (Astro's files, no marker yet) may build there again.
    mkdirSync(join(folder, 'half'))
    claimOutDir(join(folder, 'half'))
    writeFileSync(join(folder, 'half', 'index.html'), '<!doctype html>')
    expect(refusal(join(folder, 'half'))).toBe('')
    rmSync(join(ROOT, '.cache/out'), { recursive: true, force: true })
  })

  it('refuses the project, its source folders and the content folder, even with --force', () => {
    expect(refusal(ROOT, { force: true })).toMatch(/is the project folder or holds it/)
    expect(refusal(join(ROOT, '..'), { force: true })).toMatch(/holds it/)
    expect(refusal(join(ROOT, 'src/site'), { force: true })).toMatch(/inside the project's src\/ folder/)
    expect(refusal(join(ROOT, 'content'), { force: true })).toMatch(/content\/ folder/)
    const content = join(base, 'out-content', 'articles')
    mkdirSync(content, { recursive: true })
    expect(refusal(join(base, 'out-content'), { force: true, contentDir: content })).toMatch(/the content folder/)
    expect(refusal(join(ROOT, 'dist'))).toBe('')
  })

  it('npm run build refuses a folder with other files and deletes nothing', () => {
    const options = site('out-cli', ['ferry'])
    const out = join(base, 'out-cli', 'mine')
    mkdirSync(out)
    writeFileSync(join(out, 'thesis.docx'), 'four years of work')
    const run = spawnSync(node, ['scripts/build.ts', '--content', options.contentDir, '--out', out, '--no-pdf'], {
      cwd: ROOT,
      encoding: 'utf8'
    })
    expect(run.status).toBe(2)
    expect(run.stderr).toMatch(/build: --out .*mine is not empty and is not a site built by briefing/)
    expect(readFileSync(join(out, 'thesis.docx'), 'utf8')).toBe('four years of work')
  })
})

describe('command lines', () => {
  it.each([
    [['scripts/build.ts', '--workers', 'abc'], /--workers must be a whole number from 1 to 64, not "abc"/],
    [['scripts/build.ts', '--workers', '2.5'], /--workers must be a whole number/],
    [['scripts/build.ts', '--out'], /--out <value>' argument missing/],
    [['scripts/build.ts', '--outt', 'x'], /Unknown option '--outt'/],
    [['scripts/build.ts', 'stray'], /unexpected argument "stray"/],
    [['scripts/build.ts', '--content', '/no/such/folder'], /the content directory \/no\/such\/folder does not exist/],
    [['scripts/dev.ts', '--port', '70000'], /--port must be a whole number from 0 to 65535/],
    [['scripts/add.ts', 'a.txt', '--date', '2025-02-30'], /--date must be a real date/],
    [['scripts/add.ts'], /an argument is missing/],
    [['scripts/extract.ts'], /an argument is missing/],
    [['scripts/preview.ts', 'dist', 'http'], /the port must be a whole number/]
  ])('%j is refused with the usage line, exit 2', (args, message) => {
    const run = spawnSync(node, args, { cwd: ROOT, encoding: 'utf8' })
    expect(run.stderr).toMatch(message)
    expect(run.stderr).toMatch(/\nusage: npm run /)
    expect(run.status).toBe(2)
  })
})

/** A build started as a user starts it, its output collected. */
function startBuild(args: string[], cwd: string) {
  const child = spawn(node, [join(ROOT, 'scripts/build.ts'), ...args], {
    cwd,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' }
  })
  let output = ''
  child.stdout.on('data', (chunk) => (output += chunk))
  child.stderr.on('data', (chunk) => (output += chunk))
  const exit = new Promise<{ code: number | null; signal: string | null }>((done) =>
    child.on('exit', (code, signal) => done({ code, signal }))
  )
  return { child, exit, output: () => output }
}

/** The ids of a process's children (Linux), or none. */
function childrenOf(pid: number): number[] {
  try {
    return readdirSync(`/proc/${pid}/task`).flatMap((task) =>
      readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').split(/\s+/).filter(Boolean).map(Number)
    )
  } catch {
    return []
  }
}

describe('Ctrl-C during astro build', () => {
  it('ends the build, its lock and its child processes at once; the next build starts at once and completes', async () => {
    const lock = join(ROOT, 'node_modules/.astro-build.lock')
    const options = site('interrupt', ['ferry'])
    // The output folder's path starts with the working directory's: Astro would put its server
    // chunks there, out of reach of the project's node_modules.
    const cwd = join(base, 'interrupt')
    const out = join(cwd, 'site-out')
    const args = ['--content', options.contentDir, '--out', out, '--cache', options.cacheDir, '--no-pdf']
    const first = startBuild(args, cwd)
    // Wait until this build holds the lock: astro build is running.
    for (let i = 0; lockOwner(lock)?.pid !== first.child.pid; i++) {
      if (first.child.exitCode !== null) throw new Error(`the build ended first:\n${first.output()}`)
      if (i > 6000) throw new Error(`the build never reached astro build:\n${first.output()}`)
      await new Promise((done) => setTimeout(done, 20))
    }
    const children = childrenOf(first.child.pid!)
    first.child.kill('SIGINT')
    const stopped = await first.exit
    expect(stopped.code, first.output()).toBe(130)
    expect(lockOwner(lock)?.pid).not.toBe(first.child.pid)
    for (const pid of children) expect(processRuns(pid), `child process ${pid}`).toBe(false)

    const second = startBuild(args, cwd)
    const done = await second.exit
    expect(done.code, second.output()).toBe(0)
    expect(second.output()).not.toMatch(/stale build lock/)
    expect(second.output()).not.toMatch(new RegExp(`process ${first.child.pid}`))
    expect(second.output()).toMatch(/build: 1 of 1 article built/)
    expect(existsSync(join(out, 'briefings/ferry/index.html'))).toBe(true)
    expect(existsSync(join(out, SITE_MARKER))).toBe(true)
    const generated = /generated in (src\/generated\/[0-9a-f]+)/.exec(second.output())?.[1]
    if (generated) rmSync(join(ROOT, generated), { recursive: true, force: true })
  }, 240_000)
})
