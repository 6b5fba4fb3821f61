export { briefingClean } from './clean.ts'
export { cleanText, type CleanedText } from './clean-text.ts'
