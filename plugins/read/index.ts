export { FileError } from './file-error.ts'
export {
  ArticleError,
  dateFromFileName,
  decodeArticle,
  decodeUtf8OrCp1252,
  listArticles,
  readArticle,
  readArticleBytes,
  readArticleMeta,
  type ArticleMeta
} from './read.ts'
export {
  charsetOfContentType,
  decodeHtml,
  isHtmlPage,
  PageError,
  readHtmlPage,
  type PageArticle,
  type PageCharset,
  type ReadPageOptions
} from './html/index.ts'
