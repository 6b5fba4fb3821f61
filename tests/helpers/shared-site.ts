/**
 * One built site shared by the test files that read a built site (e2e, PDF, HTML safety): every
 * article set of tests/fixtures/site/build-site.ts, built once per `npm test` run, by whichever
 * file asks first; the others wait for it. The folder comes from tests/helpers/global-setup.ts,
 * which removes it (and the generated pages) when the run ends.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { inject } from 'vitest'
import { buildFixtureSite, type FixtureSite } from '../fixtures/site/build-site.ts'

declare module 'vitest' {
  export interface ProvidedContext {
    /** The folder the shared site is built in (tests/helpers/global-setup.ts). */
    sharedSiteDir: string
  }
}

/** The shared site as recorded on disk (`cleanup` is the global teardown's). */
export type SharedSite = Omit<FixtureSite, 'cleanup'>

/** How long a file waits for another to build the site. */
const WAIT_MS = 280_000

/**
 * The shared site: built now (if this is the first file to ask) or when the file building it is done.
 *
 * @returns the built site (its build may have exit status 1: the `bad` and `unsafe` sets fail by design).
 */
export async function sharedSite(): Promise<SharedSite> {
  const dir = inject('sharedSiteDir')
  const record = join(dir, 'site.json')
  try {
    mkdirSync(join(dir, 'building'))
  } catch {
    const started = Date.now()
    for (;;) {
      try {
        return JSON.parse(readFileSync(record, 'utf8')) as SharedSite
      } catch {
        if (Date.now() - started > WAIT_MS) throw new Error(`the shared site was not built within ${WAIT_MS} ms`)
        await new Promise((done) => setTimeout(done, 100))
      }
    }
  }
  const { cleanup: _cleanup, ...site } = await buildFixtureSite({
    articles: ['example', 'fixtures', 'bad', 'hostile', 'unsafe'],
    pdf: false,
    base: join(dir, 'site')
  })
  writeFileSync(`${record}.tmp`, JSON.stringify(site))
  renameSync(`${record}.tmp`, record)
  return site
}
