/**
 * Small builders for the mdast nodes the page is made of. Every value passed
 * here is data: text ends up in a `text` node or a string attribute, which the
 * serialiser escapes; nothing is ever spliced into MDX source as a string. The
 * one expression written is a number's literal (`n={5}`), made from a finite
 * number, never from text, so the component gets a number.
 */
import type { BlockContent, Heading, Link, List, Paragraph, PhrasingContent, RootContent, Text } from 'mdast'
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx'

/**
 * Attribute values: a string is written as a string attribute, a finite number as its literal
 * (`quotes={3}`), `true` as a bare attribute (`compact`); `null`, `undefined` and `false` drop
 * the attribute.
 */
export type AttributeValues = Record<string, string | number | boolean | null | undefined>

/**
 * The attributes of a JSX element.
 *
 * @param values attribute names and values.
 * @returns the mdast attribute nodes.
 * @throws when a number is not finite (it would not be a literal).
 */
export function attributes(values: AttributeValues): MdxJsxAttribute[] {
  const list: MdxJsxAttribute[] = []
  for (const [name, value] of Object.entries(values)) {
    if (value === null || value === undefined || value === false) continue
    if (value === true) list.push({ type: 'mdxJsxAttribute', name, value: null })
    else if (typeof value === 'number') {
      if (!Number.isFinite(value)) throw new Error(`attribute ${name}: ${value} is not a finite number`)
      list.push({
        type: 'mdxJsxAttribute',
        name,
        value: { type: 'mdxJsxAttributeValueExpression', value: String(value) }
      })
    } else list.push({ type: 'mdxJsxAttribute', name, value })
  }
  return list
}

/**
 * A block-level JSX element (`<SpeakerCard …>…</SpeakerCard>`).
 *
 * @param name the component or element name.
 * @param values its attributes.
 * @param children its block children.
 * @returns the node.
 */
export function flow(
  name: string,
  values: AttributeValues = {},
  children: (BlockContent | MdxJsxFlowElement | RootContent)[] = []
): MdxJsxFlowElement {
  return {
    type: 'mdxJsxFlowElement',
    name,
    attributes: attributes(values),
    children: children as MdxJsxFlowElement['children']
  }
}

/**
 * An inline JSX element (`<mark id="q-1">…</mark>`).
 *
 * @param name the component or element name.
 * @param values its attributes.
 * @param children its phrasing children.
 * @returns the node.
 */
export function inline(
  name: string,
  values: AttributeValues = {},
  children: PhrasingContent[] = []
): MdxJsxTextElement {
  return { type: 'mdxJsxTextElement', name, attributes: attributes(values), children }
}

/**
 * A text node. Newlines become spaces so a value never starts a new block.
 *
 * @param value the text.
 * @returns the node.
 */
export function text(value: string): Text {
  return { type: 'text', value: value.replace(/[\r\n]+/g, ' ') }
}

/**
 * A paragraph.
 *
 * @param children its phrasing content (strings become text nodes).
 * @returns the node.
 */
export function paragraph(...children: (PhrasingContent | string)[]): Paragraph {
  return { type: 'paragraph', children: children.map((child) => (typeof child === 'string' ? text(child) : child)) }
}

/**
 * A link.
 *
 * @param url the target.
 * @param children its content (strings become text nodes).
 * @param title an optional title.
 * @returns the node.
 */
export function link(url: string, children: (PhrasingContent | string)[], title?: string): Link {
  return {
    type: 'link',
    url,
    title: title ?? null,
    children: children.map((child) => (typeof child === 'string' ? text(child) : child)) as Link['children']
  }
}

/**
 * A heading.
 *
 * @param depth 1 to 6.
 * @param value its text.
 * @returns the node.
 */
export function heading(depth: Heading['depth'], value: string): Heading {
  return { type: 'heading', depth, children: [text(value)] }
}

/**
 * A bulleted list of paragraphs.
 *
 * @param items each item's phrasing content.
 * @returns the node.
 */
export function list(items: (PhrasingContent | string)[][]): List {
  return {
    type: 'list',
    ordered: false,
    spread: false,
    children: items.map((item) => ({ type: 'listItem', spread: false, children: [paragraph(...item)] }))
  }
}
