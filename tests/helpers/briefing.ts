/** Briefings for tests that build pages from an extraction. */
import type { Briefing } from '../../plugins/index.ts'

/**
 * An extraction with nothing found.
 *
 * @returns a new empty briefing.
 */
export function emptyBriefing(): Briefing {
  return {
    title: null,
    date: null,
    speakers: [],
    mentioned: [],
    quotes: [],
    figures: [],
    captions: [],
    issues: [],
    events: [],
    summary: { headline: null, lede: [], keyPoints: [], speakers: [], figures: [], next: [] }
  }
}
