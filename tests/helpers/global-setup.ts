/**
 * Vitest's global setup: a folder for the site the browser and HTML tests share
 * (tests/helpers/shared-site.ts), removed with the pages it generated when the run ends.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { TestProject } from 'vitest/node'

const ROOT = resolve(import.meta.dirname, '../..')

/**
 * Make the shared site's folder and tell the test files where it is.
 *
 * @param project the test project.
 * @returns the teardown.
 */
export default function setup(project: TestProject): () => void {
  const dir = mkdtempSync(join(tmpdir(), 'briefing-shared-site-'))
  project.provide('sharedSiteDir', dir)
  return () => {
    try {
      const { generated } = JSON.parse(readFileSync(join(dir, 'site.json'), 'utf8')) as { generated: string | null }
      if (generated) rmSync(join(ROOT, generated), { recursive: true, force: true })
    } catch {
      // Never built.
    }
    rmSync(dir, { recursive: true, force: true })
  }
}
