/**
 * The baseline the bench builds side by side with the site: the same site built the way it was
 * before pages were rendered from data (a "plain" `astro build` of the same MDX pages through a
 * content collection). In a temporary Astro project, a copy of `src/` whose `briefings` collection
 * is the generated pages as MDX entries, each page's data (its `<slug>.json`) as the YAML front
 * matter of its MDX body (as the build wrote them before), and whose briefing route renders each
 * entry with `render()` (so Vite compiles and bundles one module per page); every other page, the
 * components, the layout, `public/` and the configuration are the site's own.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { stringify } from 'yaml'
import { ROOT } from '../../src/lib/build/cache.ts'

/** The briefing route of the baseline: the entry's MDX rendered by the collection. */
const ROUTE = `---
import { render } from 'astro:content'
import AlsoNamed from '../../components/AlsoNamed.astro'
import BriefingGlance from '../../components/BriefingGlance.astro'
import Caption from '../../components/Caption.astro'
import Editorial from '../../components/Editorial.astro'
import IssueSection from '../../components/IssueSection.astro'
import IssueSpeaker from '../../components/IssueSpeaker.astro'
import IssueSpeakers from '../../components/IssueSpeakers.astro'
import KeyFigure from '../../components/KeyFigure.astro'
import KeyFigures from '../../components/KeyFigures.astro'
import Lede from '../../components/Lede.astro'
import Masthead from '../../components/Masthead.astro'
import MoreQuotes from '../../components/MoreQuotes.astro'
import Quote from '../../components/Quote.astro'
import QuoteRef from '../../components/QuoteRef.astro'
import Said from '../../components/Said.astro'
import SaidList from '../../components/SaidList.astro'
import Section from '../../components/Section.astro'
import SourceLink from '../../components/SourceLink.astro'
import SourceParagraph from '../../components/SourceParagraph.astro'
import SourceText from '../../components/SourceText.astro'
import SpeakerCard from '../../components/SpeakerCard.astro'
import SpeakerCards from '../../components/SpeakerCards.astro'
import Timeline from '../../components/Timeline.astro'
import TimelineEvent from '../../components/TimelineEvent.astro'
import Base from '../../layouts/Base.astro'
import { loadSite } from '../../lib/collection.ts'
import { withProps } from '../../lib/render-mdx.ts'

export async function getStaticPaths() {
  const { entries } = await loadSite()
  return entries.map((entry) => ({ params: { slug: entry.data.slug }, props: { entry }, cacheKey: entry.data.digest }))
}
const { entry } = Astro.props
const data = entry.data
const { Content } = await render(entry)
const components = {
  AlsoNamed, BriefingGlance: withProps(BriefingGlance, { data }), Caption, Editorial, IssueSection, IssueSpeaker,
  IssueSpeakers, KeyFigure, KeyFigures, Lede, Masthead: withProps(Masthead, { data }), MoreQuotes, Quote, QuoteRef,
  Said, SaidList, Section, SourceLink, SourceParagraph, SourceText, SpeakerCard, SpeakerCards, Timeline, TimelineEvent
}
---

<Base title={data.title} description={data.lede.map((point) => point.text).join(' ') || undefined} current="briefing" indexed>
  <article class="briefing" data-pagefind-meta={data.date ? \`date:\${data.date}\` : undefined}>
    <Content components={components} />
  </article>
</Base>
`

/** The baseline's collection: the MDX entries, checked with the site's schema. */
const CONFIG = `import { defineCollection } from 'astro:content'
import { glob } from 'astro/loaders'
import { briefingDataSchema } from './schemas/briefing.ts'

export const collections = {
  briefings: defineCollection({ loader: glob({ pattern: '**/*.mdx', base: './src/content/briefings' }), schema: briefingDataSchema })
}
`

/**
 * Make the baseline project from generated pages.
 *
 * @param generatedDir the build's generated pages (`<slug>.json` + `<slug>.mdx`).
 * @param dir the project's folder (replaced).
 * @returns the number of MDX entries written.
 */
export function makePlainProject(generatedDir: string, dir: string): number {
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  cpSync(join(ROOT, 'src'), join(dir, 'src'), {
    recursive: true,
    filter: (source) => !/\/src\/(content\/briefings|generated)(\/|$)/.test(source)
  })
  cpSync(join(ROOT, 'astro.config.mjs'), join(dir, 'astro.config.mjs'))
  symlinkSync(join(ROOT, 'public'), join(dir, 'public'))
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'))
  symlinkSync(join(ROOT, 'plugins'), join(dir, 'plugins'))
  writeFileSync(join(dir, 'src/content.config.ts'), CONFIG)
  writeFileSync(join(dir, 'src/pages/briefings/[slug].astro'), ROUTE)
  const entries = join(dir, 'src/content/briefings')
  mkdirSync(entries, { recursive: true })
  let count = 0
  for (const name of readdirSync(generatedDir)) {
    if (!name.endsWith('.json')) continue
    const slug = name.slice(0, -'.json'.length)
    const data = JSON.parse(readFileSync(join(generatedDir, name), 'utf8')) as unknown
    const body = readFileSync(join(generatedDir, `${slug}.mdx`), 'utf8')
    // As the build wrote front matter before: every string double-quoted.
    const yaml = stringify(data, { lineWidth: 0, defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' })
    writeFileSync(join(entries, `${slug}.mdx`), `---\n${yaml}---\n\n${body}`)
    count++
  }
  return count
}

/**
 * The command that builds the baseline project (`astro build`, as the site's build calls it).
 *
 * @param dir the project's folder.
 * @param outDir where the site goes.
 * @returns `node` arguments.
 */
export function plainBuildArgs(dir: string, outDir: string): string[] {
  const script = `const { build } = await import('astro'); await build({ root: ${JSON.stringify(dir)}, outDir: ${JSON.stringify(outDir)}, logLevel: 'warn', telemetry: false })`
  return ['--input-type=module', '-e', script]
}
