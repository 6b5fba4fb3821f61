export { bylineNames, isPersonName, joinNames } from './byline.ts'
export { textBlocks, type TextBlock } from './blocks.ts'
export { charsetOfContentType, decodeHtml, sniffCharset, type CharsetSource, type PageCharset } from './charset.ts'
export { isFurnitureLine, removeFurniture } from './furniture.ts'
export { cleanHeadline, nameKey } from './headline.ts'
export {
  completeMetadata,
  isoDayOf,
  pageMetadata,
  type PageMetadata,
  type PageSources,
  type ReadabilityFindings
} from './metadata.ts'
export { isHtmlPage } from './sniff.ts'
export { PageError, readHtmlPage, type PageArticle, type ReadPageOptions } from './page.ts'
export { linkedArticle, type LinkedArticle } from './structured-data.ts'
