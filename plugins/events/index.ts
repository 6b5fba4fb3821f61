export { briefingEvents } from './events.ts'
