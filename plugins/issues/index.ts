export { briefingIssues } from './issues.ts'
export { stem } from './stem.ts'
