export { issueKey, joinBriefings, type JoinInput, type JoinResult } from './joins.ts'
