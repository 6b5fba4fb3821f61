/**
 * The paragraph nodes of the article's tree, by their index in `file.data.paragraphs`: where the
 * stages leave what they find in a paragraph (`node.data`).
 */
import type { Paragraph, Root } from 'mdast'

/**
 * The paragraph nodes by index.
 *
 * @param tree the article's mdast (from `briefingParse`).
 * @returns `nodes[index]` for every paragraph.
 */
export function paragraphNodes(tree: Root): Paragraph[] {
  const nodes: Paragraph[] = []
  for (const node of tree.children)
    if (node.type === 'paragraph' && node.data?.index !== undefined) nodes[node.data.index] = node
  return nodes
}
