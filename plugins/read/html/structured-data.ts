/**
 * A page's own description of its article in JSON-LD (`<script type="application/ld+json">`):
 * the `NewsArticle`, `Article`, `ReportageNewsArticle` (or another article type) among the
 * scripts' objects, arrays, `@graph` lists and `mainEntity` values, with its authors resolved
 * through `@id` references.
 */

/** What a page's JSON-LD says of its article. */
export interface LinkedArticle {
  headline?: string
  /** `datePublished` (or `dateCreated`), as written; never `dateModified`. */
  datePublished?: string
  /** The authors' names as written (people and organisations). */
  authors: string[]
  /** `publisher.name`. */
  publisher?: string
  url?: string
}

type Node = Record<string, unknown>

/** Schema.org types of an article (`NewsArticle`, `ReportageNewsArticle`, `BlogPosting`…). */
const ARTICLE_TYPE = /^(?:schema:|https?:\/\/schema\.org\/)?(?:\w*Article|BlogPosting|LiveBlogPosting|Report)$/

/** Every object in a JSON-LD value: arrays, `@graph` lists and nested objects, depth first. */
function collectNodes(value: unknown, into: Node[], depth = 0): void {
  if (depth > 8 || !value || typeof value !== 'object') return
  if (Array.isArray(value)) {
    for (const item of value) collectNodes(item, into, depth + 1)
    return
  }
  into.push(value as Node)
  for (const child of Object.values(value as Node)) collectNodes(child, into, depth + 1)
}

/** The types of a node (`@type` is a string or an array). */
function typesOf(node: Node): string[] {
  const type = node['@type']
  return (Array.isArray(type) ? type : [type]).filter((item): item is string => typeof item === 'string')
}

/** A text value: a string, or the `@value`/`name` of an object, or the first of an array. */
function textOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined
  if (Array.isArray(value)) return value.map(textOf).find(Boolean)
  if (value && typeof value === 'object') return textOf((value as Node)['@value'] ?? (value as Node).name)
  return undefined
}

/**
 * Read the JSON-LD of a page.
 *
 * @param scripts the text of each `application/ld+json` script.
 * @returns the article it describes, or `undefined` when none does (scripts that are not valid JSON are skipped).
 */
export function linkedArticle(scripts: string[]): LinkedArticle | undefined {
  const nodes: Node[] = []
  for (const script of scripts) {
    try {
      // Some pages leave a trailing semicolon or an HTML comment around the JSON.
      collectNodes(
        JSON.parse(
          script
            .trim()
            .replace(/^<!--|-->$/g, '')
            .replace(/;\s*$/, '')
        ),
        nodes
      )
    } catch {
      // Not JSON: nothing to read.
    }
  }
  const article = nodes.find((node) => typesOf(node).some((type) => ARTICLE_TYPE.test(type)))
  if (!article) return undefined
  const byId = new Map<string, Node>()
  for (const node of nodes) if (typeof node['@id'] === 'string' && typesOf(node).length) byId.set(node['@id'], node)
  const resolve = (value: unknown): unknown =>
    value && typeof value === 'object' && !Array.isArray(value) && typeof (value as Node)['@id'] === 'string'
      ? (byId.get((value as Node)['@id'] as string) ?? value)
      : value
  const authorValues = ([] as unknown[]).concat(article.author ?? article.creator ?? [])
  const authors = authorValues.map((value) => textOf(resolve(value))).filter((name): name is string => Boolean(name))
  const page = resolve(article.mainEntityOfPage)
  return {
    headline: textOf(article.headline) ?? textOf(article.name),
    datePublished: textOf(article.datePublished) ?? textOf(article.dateCreated),
    authors,
    publisher: textOf(resolve(article.publisher)),
    url:
      textOf(article.url) ??
      (typeof page === 'string'
        ? page
        : (textOf((page as Node | undefined)?.url) ?? textOf((page as Node | undefined)?.['@id'])))
  }
}
