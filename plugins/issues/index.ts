export { briefingIssues } from './issues.ts'
