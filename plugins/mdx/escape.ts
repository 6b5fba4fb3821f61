/**
 * Keep article text as text when the tree is serialised as MDX.
 *
 * remark-mdx already escapes `{` and `<` (so `{process.exit(1)}`, `<script>`,
 * `</script>` and `<!-- -->` stay text), and remark-stringify escapes markdown
 * syntax (`---`, `#`, `*`…). What neither does: a line that starts with
 * `import ` or `export ` is read by MDX as ESM and run. This plugin adds unsafe
 * patterns so the first letter of such a line is written as a character
 * reference (`&#x69;mport`), which MDX decodes back to the letter, as text.
 */
import type { Unsafe } from 'mdast-util-to-markdown'
import type { Processor } from 'unified'

/** The patterns that make `import`/`export` at the start of a line safe. */
export const esmUnsafe: Unsafe[] = [
  { character: 'i', atBreak: true, after: 'mport(?:[\\t {*"\']|$)' },
  { character: 'e', atBreak: true, after: 'xport(?:[\\t {*"\']|$)' }
]

/**
 * unified plugin: register {@link esmUnsafe} with the markdown serialiser.
 *
 * @this the processor.
 * @returns nothing.
 */
export function briefingPageSafeText(this: Processor): undefined {
  const data = this.data()
  const extensions = (data.toMarkdownExtensions ??= [])
  extensions.push({ unsafe: esmUnsafe })
}
