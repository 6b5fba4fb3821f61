export { FileError } from './file-error.ts'
export {
  ArticleError,
  dateFromFileName,
  decodeArticle,
  decodeUtf8OrCp1252,
  listArticles,
  readArticle,
  readArticleMeta,
  type ArticleMeta
} from './read.ts'
