export {
  applyCorrections,
  CORRECTIONS_MAX_BYTES,
  CorrectionsError,
  correctionsSchema,
  MAX_CORRECTIONS,
  parseCorrections
} from './corrections.ts'
export type { CorrectionResult, Corrections, StaleCorrection } from './corrections.ts'
