export { briefingSpeakers } from './speakers.ts'
