/**
 * Run a command and measure the memory of its whole process tree: every 50 ms the resident set
 * sizes of the process and all its descendants (Linux: `/proc/<pid>/task/<tid>/children` and
 * `/proc/<pid>/status`) are added up, and the largest sum is the peak. Threads share their
 * process's memory, so a process counts once however many worker threads it runs; separate
 * processes (Pagefind's service, esbuild, Chromium) count each. Resident memory shared between
 * processes (libraries) is counted in each, so the sum errs high.
 */
import { spawn } from 'node:child_process'
import { existsSync, readdirSync, readFileSync } from 'node:fs'

/** What {@link runMeasured} measured. */
export interface MeasuredRun {
  status: number | null
  signal: NodeJS.Signals | null
  stdout: string
  stderr: string
  /** Wall time. */
  seconds: number
  /** The largest sum of the tree's resident memory, in bytes (null where /proc is not there). */
  peakTreeRss: number | null
  /** The largest resident memory of one process of the tree, in bytes. */
  peakProcessRss: number | null
  /** The largest resident memory of each kind of process (its program or script's name), in bytes. */
  peakByProcess: Record<string, number>
  /** Whether it was stopped for going over `limitBytes`. */
  stoppedOverLimit: boolean
}

/** Options of {@link runMeasured}. */
export interface MeasureOptions {
  cwd?: string
  env?: NodeJS.ProcessEnv
  /** Stop the tree (SIGKILL) when its memory goes over this many bytes (it would not fit). */
  limitBytes?: number
  /** Called with each line the command prints on stdout. */
  onLine?: (line: string) => void
}

/** What a process is: the script a `node` runs, or the program's name. */
function kindOf(pid: number): string {
  try {
    const args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean)
    const program = args[0]?.split('/').pop() ?? '?'
    if (program !== 'node') return program
    const script = args.slice(1).find((arg) => /\.(ts|mjs|js)$/.test(arg))
    return script ? `node ${script.split('/').pop()}` : 'node'
  } catch {
    return '?'
  }
}

/** The resident memory of a process in bytes, or 0 when it is gone. */
function rssOf(pid: number): number {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))
    return match ? Number(match[1]) * 1024 : 0
  } catch {
    return 0
  }
}

/** The process and all its descendants. */
export function processTree(root: number): number[] {
  const seen: number[] = []
  const queue = [root]
  while (queue.length) {
    const pid = queue.pop()!
    seen.push(pid)
    let tasks: string[]
    try {
      tasks = readdirSync(`/proc/${pid}/task`)
    } catch {
      continue
    }
    for (const task of tasks) {
      try {
        for (const child of readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').trim().split(/\s+/))
          if (child) queue.push(Number(child))
      } catch {
        // Gone meanwhile.
      }
    }
  }
  return seen
}

/**
 * Run a command, sampling its process tree's memory.
 *
 * @param command the program.
 * @param args its arguments.
 * @param options folder, environment, memory limit.
 * @returns its output, wall time and peak memory.
 */
export function runMeasured(command: string, args: string[], options: MeasureOptions = {}): Promise<MeasuredRun> {
  const proc = existsSync('/proc/self/status')
  return new Promise((done, fail) => {
    const started = performance.now()
    const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    let pending = ''
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk
      if (!options.onLine) return
      pending += chunk
      const lines = pending.split('\n')
      pending = lines.pop()!
      for (const line of lines) options.onLine(line)
    })
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
    let peakTree = 0
    let peakProcess = 0
    const peakByProcess: Record<string, number> = {}
    const kinds = new Map<number, string>()
    let stopped = false
    const sample = (): void => {
      if (!proc || child.pid === undefined) return
      let sum = 0
      for (const pid of processTree(child.pid)) {
        const rss = rssOf(pid)
        sum += rss
        if (rss > peakProcess) peakProcess = rss
        if (!kinds.has(pid)) kinds.set(pid, kindOf(pid))
        const kind = kinds.get(pid)!
        if (rss > (peakByProcess[kind] ?? 0)) peakByProcess[kind] = rss
      }
      if (sum > peakTree) peakTree = sum
      if (options.limitBytes && sum > options.limitBytes && !stopped) {
        stopped = true
        for (const pid of processTree(child.pid).reverse()) {
          try {
            process.kill(pid, 'SIGKILL')
          } catch {
            // Gone.
          }
        }
      }
    }
    const timer = setInterval(sample, 50)
    child.on('error', (error) => {
      clearInterval(timer)
      fail(error)
    })
    child.on('close', (status, signal) => {
      clearInterval(timer)
      done({
        status,
        signal,
        stdout,
        stderr,
        seconds: (performance.now() - started) / 1000,
        peakTreeRss: proc ? peakTree : null,
        peakProcessRss: proc ? peakProcess : null,
        peakByProcess,
        stoppedOverLimit: stopped
      })
    })
  })
}
