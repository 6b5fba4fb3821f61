export { briefingAssemble } from './assemble.ts'
export { ensureBriefing, sourceSpan } from './state.ts'
