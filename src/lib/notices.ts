/**
 * The build's notices of the briefings being rendered (what changed, corrections, the original
 * article), for the masthead of the page (src/components/MastheadWithNotices.astro): the page
 * registers its briefing's data under its PDF URL, which the MDX page passes to `Masthead`.
 */
import type { BriefingData } from './site.ts'

// On globalThis: the dev server may load this module again for one importer and not the other
// after a change, and both must see the same registry.
const registry = globalThis as { __briefingNotices?: Map<string, BriefingData> }
const byPdf = (registry.__briefingNotices ??= new Map<string, BriefingData>())

/**
 * Register a briefing for its masthead.
 *
 * @param data the briefing's front matter.
 */
export function registerBriefing(data: BriefingData): void {
  byPdf.set(data.pdf, data)
}

/**
 * The briefing whose masthead links this PDF.
 *
 * @param pdf the masthead's `pdf` prop.
 * @returns its data, when registered.
 */
export function briefingForMasthead(pdf: string): BriefingData | undefined {
  return byPdf.get(pdf)
}
