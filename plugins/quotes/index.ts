export { briefingQuotes } from './quotes.ts'
