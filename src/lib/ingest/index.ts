export { addFeed, addUrl, type Added, type FeedResult, type IngestOptions } from './add.ts'
export { FeedError, readFeed, type FeedContent, type FeedEntry } from './feed.ts'
export {
  FETCH_DEFAULTS,
  FetchError,
  fetchResource,
  httpUrl,
  type FetchKind,
  type FetchOptions,
  type Fetched
} from './fetch.ts'
export { FeedRecord, RECORD_NAME, type FiledItem } from './record.ts'
