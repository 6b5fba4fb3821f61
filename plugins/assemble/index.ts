export { briefingAssemble } from './assemble.ts'
