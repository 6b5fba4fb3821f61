/**
 * Small content folders for the in-process build tests (generateBriefings): a temporary base
 * folder removed after the file's tests, and content folders of invented articles in it, each with
 * its own output and cache folders.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll } from 'vitest'

/** An invented article: a headline, a quote with its speaker, a figure. */
export const FERRY_ARTICLE = (headline: string): string =>
  `${headline}\n\n“We will open the new ferry route in May,” said harbour master Ines Calder on Tuesday.\n\nThe route will carry 40,000 passengers a year, the port authority said.\n`

/** A content folder with its output and cache folders (generateBriefings' options). */
export interface ContentSite {
  contentDir: string
  generatedDir: string
  cacheDir: string
  workers: 1
}

/**
 * A temporary folder, removed when the file's tests end.
 *
 * @param prefix the folder name's prefix.
 * @returns its path.
 */
export function tempFolder(prefix: string): string {
  const base = mkdtempSync(join(tmpdir(), prefix))
  afterAll(() => rmSync(base, { recursive: true, force: true }))
  return base
}

/**
 * A content folder `BASE/NAME/articles` of `names` (each `<name>.txt`, a {@link FERRY_ARTICLE}),
 * with `generated` and `cache` folders beside it.
 *
 * @param base the folder to make it in.
 * @param name the site's folder name.
 * @param names the articles to write.
 * @returns generateBriefings' options.
 */
export function contentSite(base: string, name: string, names: string[] = []): ContentSite {
  const contentDir = join(base, name, 'articles')
  mkdirSync(contentDir, { recursive: true })
  for (const file of names) writeFileSync(join(contentDir, `${file}.txt`), FERRY_ARTICLE(`Ferry route opens (${file})`))
  return { contentDir, generatedDir: join(base, name, 'generated'), cacheDir: join(base, name, 'cache'), workers: 1 }
}
