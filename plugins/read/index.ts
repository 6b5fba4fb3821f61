export { entryExists, formatBytes, readContentFile, type ContentFileOptions } from './content-file.ts'
export { FileError } from './file-error.ts'
export {
  ARTICLE_MAX_BYTES,
  ArticleError,
  articleMetaSchema,
  dateFromFileName,
  decodeArticle,
  decodeUtf8OrCp1252,
  isRealDay,
  listArticles,
  META_MAX_BYTES,
  readArticle,
  readArticleBytes,
  readArticleMeta,
  type ArticleMeta,
  type ReadMetaOptions
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
