/**
 * The page processor: an empty root -> the briefing page's mdast -> MDX text.
 */
import type { Root } from 'mdast'
import remarkMdx from 'remark-mdx'
import remarkStringify from 'remark-stringify'
import { unified, type Processor } from 'unified'
import { VFile } from 'vfile'
import { briefingPageSafeText } from './escape.ts'
import type { BriefingPageInput } from './model.ts'
import type { BriefingPage } from './schema.ts'
import {
  briefingPageFigures,
  briefingPageGlance,
  briefingPageIssues,
  briefingPageMasthead,
  briefingPageMethod,
  briefingPageModel,
  briefingPageSource,
  briefingPageSpeakers,
  briefingPageSummary,
  briefingPageTimeline
} from './page.ts'

/**
 * Create the processor that builds a briefing page as an MDX tree and serialises it
 * with remark-stringify + remark-mdx. The page model itself is not in the MDX: the build writes it
 * beside the page as JSON (the page's data).
 *
 * @returns a frozen processor; run it on an empty root with `file.data.briefingPageInput` set.
 */
export function createBriefingPageProcessor(): Processor<Root, Root, Root, Root, string> {
  return unified()
    .use(remarkMdx)
    .use(briefingPageSafeText)
    .use(briefingPageModel)
    .use(briefingPageMasthead)
    .use(briefingPageSummary)
    .use(briefingPageFigures)
    .use(briefingPageSpeakers)
    .use(briefingPageGlance)
    .use(briefingPageIssues)
    .use(briefingPageTimeline)
    .use(briefingPageSource)
    .use(briefingPageMethod)
    .use(remarkStringify, { bullet: '-', emphasis: '_', rule: '-', fences: true })
    .freeze() as unknown as Processor<Root, Root, Root, Root, string>
}

let shared: Processor<Root, Root, Root, Root, string> | undefined

/** What {@link briefingToMdx} returns. */
export interface BriefingMdx {
  /** The MDX document (the page's body: components and text, no front matter). */
  mdx: string
  /** The page model (the page's data). */
  page: BriefingPage
  /** The page's mdast. */
  tree: Root
}

/**
 * Build one briefing page.
 *
 * @param input the extraction and the article's metadata.
 * @returns the MDX text, the page model and the tree.
 */
export function briefingToMdx(input: BriefingPageInput): BriefingMdx {
  shared ??= createBriefingPageProcessor()
  const file = new VFile({ path: `${input.slug}.mdx` })
  file.data.briefingPageInput = input
  const tree = shared.runSync({ type: 'root', children: [] }, file)
  const mdx = shared.stringify(tree, file)
  return { mdx, page: file.data.briefingPage!, tree }
}
