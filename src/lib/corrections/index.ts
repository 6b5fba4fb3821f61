export { applyCorrections, CorrectionsError, correctionsSchema, parseCorrections } from './corrections.ts'
export type { CorrectionResult, Corrections, StaleCorrection } from './corrections.ts'
