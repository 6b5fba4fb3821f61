import type { Root } from 'mdast'
import { unified, type Processor } from 'unified'
import { VFile } from 'vfile'
import { briefingAssemble } from './assemble/index.ts'
import { briefingClean } from './clean/index.ts'
import { briefingEvents } from './events/index.ts'
import { briefingFigures } from './figures/index.ts'
import { briefingIssues } from './issues/index.ts'
import { briefingParse } from './parse/index.ts'
import { briefingQuotes } from './quotes/index.ts'
import { briefingSpeakers } from './speakers/index.ts'
import { briefingStructure } from './structure/index.ts'
import { briefingSummary } from './summary/index.ts'
import { briefingSegment } from './text/segment.ts'
import type { Briefing } from './types.ts'

/** Options for {@link extractBriefing}. */
export interface ExtractOptions {
  /** The article's path, for messages (default: none). */
  path?: string
  /** The article's publication date (ISO `YYYY-MM-DD`), anchoring relative dates (default: `null`). */
  date?: string | null
}

/** What {@link extractBriefing} returns. */
export interface Extraction {
  /** The briefing JSON contract. */
  briefing: Briefing
  /** The annotated mdast. */
  tree: Root
  /** The vfile, with `data.paragraphs` and any messages. */
  file: VFile
}

/**
 * Create the unified processor: parse -> clean -> structure -> segment (sentences and words on the tree) -> quotes ->
 * speakers -> figures -> events -> issues -> summary -> assemble.
 *
 * @returns a frozen processor whose `runSync` fills `file.data.briefing`.
 */
export function createBriefingProcessor(): Processor<Root, Root, Root> {
  return unified()
    .use(briefingParse)
    .use(briefingClean)
    .use(briefingStructure)
    .use(briefingSegment)
    .use(briefingQuotes)
    .use(briefingSpeakers)
    .use(briefingFigures)
    .use(briefingEvents)
    .use(briefingIssues)
    .use(briefingSummary)
    .use(briefingAssemble)
    .freeze() as unknown as Processor<Root, Root, Root>
}

let shared: Processor<Root, Root, Root> | undefined

/**
 * Extract the briefing of one article.
 *
 * @param text the article's raw text (already decoded).
 * @param options path and date of the article.
 * @returns the briefing, the annotated tree and the vfile.
 */
export function extractBriefing(text: string, options: ExtractOptions = {}): Extraction {
  shared ??= createBriefingProcessor()
  const file = new VFile({ value: text, path: options.path })
  file.data.articleDate = options.date ?? null
  const tree = shared.runSync(shared.parse(file), file)
  const briefing = file.data.briefing
  if (!briefing) throw new Error('the pipeline produced no briefing')
  return { briefing, tree, file }
}
