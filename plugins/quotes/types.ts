/**
 * What the quotes stage hands on: candidate quotes with the phrase that names their speaker.
 */
import type { Phrase } from '../text/phrases.ts'
import type { QuoteKind } from '../types.ts'

/** Who a candidate quote is said by, as the text names them near the quote. */
export interface SpeakerCue {
  /** The phrase (`Mr. Lund`, `he`, `the mayor`), cleaned text. */
  text: string
  kind: Phrase['kind']
  paragraph: number
  /** Offsets of the phrase in the paragraph's cleaned text. */
  start: number
  end: number
}

/** How a candidate's speaker is found when no phrase names it. */
export type Inheritance = 'none' | 'previous' | 'sentence-subject'

/** A piece of speech found in a paragraph, before speakers are resolved. */
export interface QuoteCandidate {
  paragraph: number
  /** Span in the paragraph's cleaned text. */
  from: number
  to: number
  kind: QuoteKind
  cue: SpeakerCue | null
  /** Where to look for the speaker when `cue` is null. */
  inherit: Inheritance
}
