export { briefingParse, parseArticle } from './parse.ts'
