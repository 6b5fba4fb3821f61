export { briefingSummary } from './summary.ts'
