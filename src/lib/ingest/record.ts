/**
 * The record of the feed items already filed, so that `npm run add -- --feed URL` run again files
 * only new items: `.feeds.yaml` in the articles' folder (a dot file, so the dev server's watcher
 * does not rebuild for it), one list per feed of the items' keys (guid or link), links, the file
 * each became and when.
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml'
import { FileError } from '../../../plugins/read/index.ts'
import { writeFileAtomic } from '../build/cache.ts'

/** One filed item. */
export interface FiledItem {
  /** The item's guid or id, else its link. */
  key: string
  url?: string
  /** The article file it became (`<slug>.txt`). */
  file: string
  /** When it was filed (ISO time). */
  filed: string
}

/** The record's name in the articles' folder. */
export const RECORD_NAME = '.feeds.yaml'

const HEADER =
  '# Feed items filed by `npm run add -- --feed URL`, by feed: an item listed here (by its key, a guid or link,\n' +
  '# or by its link) is not filed again. Remove an entry to file that item again.\n'

/** The filed items of every feed, read from and written to one file. */
export class FeedRecord {
  /** The record's path. */
  readonly path: string
  private readonly feeds: Record<string, FiledItem[]>

  /**
   * Read the record of an articles' folder (an empty one when there is none yet).
   *
   * @param contentDir the articles' folder.
   * @throws {FileError} when the record exists but is not valid YAML of the expected shape.
   */
  constructor(contentDir: string) {
    this.path = join(contentDir, RECORD_NAME)
    this.feeds = {}
    if (!existsSync(this.path)) return
    let data: unknown
    try {
      data = parseYaml(readFileSync(this.path, 'utf8'))
    } catch (error) {
      throw new FileError(this.path, `the feed record is not valid YAML: ${(error as Error).message.split('\n')[0]}`)
    }
    const feeds = (data as { feeds?: unknown } | null)?.feeds ?? {}
    if (typeof feeds !== 'object' || Array.isArray(feeds))
      throw new FileError(this.path, 'the feed record has no `feeds:` map of feed URLs to lists of items')
    for (const [feed, items] of Object.entries(feeds as Record<string, unknown>))
      this.feeds[feed] = (Array.isArray(items) ? items : []).filter(
        (item): item is FiledItem => Boolean(item) && typeof (item as FiledItem).key === 'string'
      )
  }

  /**
   * Whether a feed's item was filed already (by its key or its link).
   *
   * @param feed the feed's URL.
   * @param key the item's key.
   * @param url the item's link.
   * @returns whether it is in the record.
   */
  has(feed: string, key: string, url?: string | null): boolean {
    return (this.feeds[feed] ?? []).some((item) => item.key === key || (url && (item.url === url || item.key === url)))
  }

  /**
   * Record a filed item and write the record at once (atomically), so an interrupted run keeps
   * what it filed.
   *
   * @param feed the feed's URL.
   * @param item the item.
   */
  add(feed: string, item: FiledItem): void {
    ;(this.feeds[feed] ??= []).push(item)
    writeFileAtomic(this.path, HEADER + stringifyYaml({ feeds: this.feeds }, { lineWidth: 0 }))
  }
}
