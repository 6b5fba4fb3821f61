export { briefingQuotes } from './quotes.ts'
export type { Inheritance, QuoteCandidate, SpeakerCue } from './types.ts'
export type { QuoteSpan } from './marks.ts'
