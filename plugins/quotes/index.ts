export { briefingQuotes } from './quotes.ts'
export type { QuoteCandidate, SpeakerCue } from './candidates.ts'
