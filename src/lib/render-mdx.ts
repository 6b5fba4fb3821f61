/**
 * A briefing page's MDX body, compiled when the page renders instead of bundled as a module per
 * page: with Sätteri, the compiler `@astrojs/mdx` uses, and the same options (no GFM, no smart
 * punctuation, HTML attribute names, heading ids from Astro's own plugin), so the HTML is what a
 * content-collection MDX entry renders. Vite bundles the components once; the pages are data.
 * The MDX the build writes has no expression but numbers' literals, no import and no export
 * (plugins/mdx): compiling it runs nothing of the article.
 */
import { readFile } from 'node:fs/promises'
import { satteriHeadingIdsPlugin } from '@astrojs/markdown-satteri'
import { Fragment, jsx, jsxs } from 'astro/jsx-runtime'
import * as astroServer from 'astro/runtime/server/index.js'
import { evaluate } from 'satteri'

/** What the code `@astrojs/mdx` generates calls to mark a component for a renderer (not in Astro's types). */
const { __astro_tag_component__: tagComponent } = astroServer as unknown as {
  __astro_tag_component__: (component: unknown, renderer: string) => void
}

/** Components by the names the MDX uses. */
export type MdxComponents = Record<string, unknown>

/** A compiled page body, rendered as `<Content />` in an Astro page. */
export type MdxContent = ((props?: Record<string, unknown>) => unknown) & { moduleId?: string }

/**
 * Mark a function component for Astro's JSX renderer (the one `@astrojs/mdx` registers), as the
 * integration marks a compiled MDX module's `Content`.
 *
 * @param component the function.
 * @returns the function, marked.
 */
function forAstro<T extends (props: Record<string, unknown>) => unknown>(component: T): T {
  ;(component as unknown as Record<symbol, boolean>)[Symbol.for('mdx-component')] = true
  tagComponent(component, 'astro:jsx')
  return component
}

/**
 * Compile an MDX body into a component.
 *
 * @param source the MDX (no front matter).
 * @param components the components it names.
 * @param id a name for messages (the file).
 * @returns the component.
 */
export function compileMdx(source: string, components: MdxComponents, id: string): MdxContent {
  const module = evaluate(source, {
    Fragment,
    jsx: jsx as (type: unknown, props: unknown, key?: unknown) => unknown,
    jsxs: jsxs as (type: unknown, props: unknown, key?: unknown) => unknown,
    features: { gfm: false, smartPunctuation: false },
    elementAttributeNameCase: 'html',
    hastPlugins: [satteriHeadingIdsPlugin()],
    data: { astro: { frontmatter: {}, headings: [], localImagePaths: new Set(), remoteImagePaths: new Set() } }
  })
  if (module instanceof Promise) throw new Error(`${id}: the MDX compiler answered asynchronously`)
  const MDXContent = module.default as (props: Record<string, unknown>) => unknown
  const Content = forAstro((props: Record<string, unknown> = {}) =>
    MDXContent({ ...props, components: { Fragment, ...components } })
  ) as MdxContent
  Content.moduleId = id
  return Content
}

/**
 * Read and compile a page's MDX body.
 *
 * @param file the `.mdx` file.
 * @param components the components it names.
 * @returns the component.
 */
export async function loadMdx(file: URL | string, components: MdxComponents): Promise<MdxContent> {
  return compileMdx(await readFile(file, 'utf8'), components, String(file))
}

/**
 * A component with some props given: how the briefing route hands a page's data to the
 * components the MDX names without props (`<Masthead />`, `<BriefingGlance />`).
 *
 * @param component an Astro component.
 * @param props the props it gets (besides those the MDX gives).
 * @returns a component for the MDX.
 */
export function withProps(component: unknown, props: Record<string, unknown>): MdxContent {
  return forAstro((given: Record<string, unknown> = {}) => jsx(component, { ...given, ...props }))
}
