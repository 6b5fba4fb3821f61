import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { expect, it } from 'vitest'

const root = join(import.meta.dirname, '..')

// TypeScript strict over plugins, scripts, src and tests: the code that Node 24 runs
// directly (type stripping) must still type-check.
it('type-checks with tsc --noEmit', () => {
  const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc')
  const run = spawnSync(process.execPath, [tsc, '--noEmit', '-p', root], { cwd: root, encoding: 'utf8' })
  expect(run.stdout + run.stderr).toBe('')
  expect(run.status).toBe(0)
}, 180_000)
