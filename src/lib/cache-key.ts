/**
 * The `cacheKey` of a page from `getStaticPaths()` (Astro's experimental incremental build,
 * astro.config.mjs): a hash of the data the page renders, so Astro re-renders a page when
 * its data changes and copies the previous output otherwise. Astro itself tracks the page's
 * code and the content entries it renders.
 */
import { createHash } from 'node:crypto'

/**
 * A hash of a page's data.
 *
 * @param data anything JSON can hold.
 * @returns the key (hex).
 */
export function cacheKey(data: unknown): string {
  return createHash('sha256').update(JSON.stringify(data)).digest('hex').slice(0, 24)
}
