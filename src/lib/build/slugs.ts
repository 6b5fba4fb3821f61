/**
 * Each article's URL (`/briefings/<slug>/`), stable per file: an article keeps the slug it was
 * first given for as long as its file exists, so a new file never takes an existing article's URL
 * (`A b.txt` added after `a-b.txt` gets `a-b-1`, and `a-b.txt` keeps `a-b`). A new file takes the
 * slug of its name (plugins/names `slugify`, github-slugger) or, when another file holds it, the
 * first free `<slug>-1`, `<slug>-2`… (github-slugger's numbering), and the collision is reported.
 * The slugs given are kept in the build's cache folder (`slugs.json`), next to the entries.
 */
import { basename, extname } from 'node:path'
import { z } from 'zod'
import { slugify } from '../../../plugins/names/index.ts'

/** The slugs file: article file name -> slug. */
export const slugRecordSchema = z.record(z.string().min(1), z.string().regex(/^[^/\\\s.][^/\\\s]*$/u))

/** A slug record (article file name -> slug). */
export type SlugRecord = z.infer<typeof slugRecordSchema>

/** A new article whose name's slug another article holds. */
export interface SlugCollision {
  /** The new article's file name. */
  file: string
  /** The slug its name gives. */
  wanted: string
  /** The article that holds it. */
  holder: string
  /** The slug it was given instead. */
  slug: string
}

/** What {@link assignSlugs} returns. */
export interface SlugAssignment {
  /** File name -> slug, for every article. */
  slugs: Map<string, string>
  collisions: SlugCollision[]
}

/**
 * The slug a file's name gives (its name without the extension; `briefing` when that has no
 * letters or digits).
 *
 * @param name the article's file name.
 * @returns the slug.
 */
export function slugOfFile(name: string): string {
  return slugify(basename(name, extname(name)), 'briefing')
}

/**
 * Give every article its slug: the one it had (when the record has it and no other article took
 * it first), else the one its name gives, else the first free numbered one.
 *
 * @param names the articles' file names, in a stable order (sorted).
 * @param previous the slugs given before (file name -> slug).
 * @returns the slugs and the collisions of new articles.
 */
export function assignSlugs(names: string[], previous: SlugRecord = {}): SlugAssignment {
  const slugs = new Map<string, string>()
  const holders = new Map<string, string>()
  const take = (name: string, slug: string): void => {
    slugs.set(name, slug)
    holders.set(slug, name)
  }
  for (const name of names) {
    const slug = Object.hasOwn(previous, name) ? previous[name] : undefined
    if (slug !== undefined && !holders.has(slug)) take(name, slug)
  }
  const collisions: SlugCollision[] = []
  for (const name of names) {
    if (slugs.has(name)) continue
    const wanted = slugOfFile(name)
    let slug = wanted
    for (let n = 1; holders.has(slug); n++) slug = `${wanted}-${n}`
    if (slug !== wanted) collisions.push({ file: name, wanted, holder: holders.get(wanted)!, slug })
    take(name, slug)
  }
  return { slugs, collisions }
}
