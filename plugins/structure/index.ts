export { briefingStructure } from './structure.ts'
