import { describe, expect, it } from 'vitest'
import type { Paragraph } from 'mdast'
import { extractBriefing, type SentenceNode } from '../plugins/index.ts'
import { paragraphTokens } from '../plugins/text/tokens.ts'

describe('the text on the tree', () => {
  const text =
    'Harbour talks\n\nMr. Lund said the wall costs £40\u00a0million. â€œIt will hold,â€\u009d he added.\nThe council meets on Monday.\n'
  const { tree, file } = extractBriefing(text)
  const paragraphs = tree.children as Paragraph[]

  it('gives each paragraph its sentences and each sentence its words', () => {
    const body = paragraphs[1]!.children as SentenceNode[]
    expect(body.map((sentence) => sentence.type)).toEqual(['sentence', 'sentence'])
    expect(body[0]!.children.map((word) => word.value)).toEqual([
      'Mr.',
      'Lund',
      'said',
      'the',
      'wall',
      'costs',
      '£',
      '40',
      'million',
      '.'
    ])
    expect(paragraphs[1]!.data?.starts).toEqual([0, 'Mr. Lund said the wall costs £40 million. '.length])
  })

  it('positions every word in the source, mojibake and all', () => {
    for (const paragraph of paragraphs)
      for (const sentence of paragraph.children as SentenceNode[]) {
        for (const word of sentence.children) {
          const slice = text.slice(word.position!.start.offset, word.position!.end.offset)
          expect(slice.replace(/â€œ/g, '“').replace(/â€\u009d/g, '”')).toBe(word.value)
          expect(word.position!.start.line).toBe(paragraph.position!.start.line)
        }
      }
    const opening = (paragraphs[1]!.children as SentenceNode[])[1]!.children[0]!
    expect(opening.value).toBe('“')
    expect(text.slice(opening.position!.start.offset, opening.position!.end.offset)).toBe('â€œ')
    expect(opening.position!.start.column).toBe(opening.position!.start.offset! - text.indexOf('Mr.') + 1)
  })

  it('holds the very tokens the stages read', () => {
    const paragraph = file.data.paragraphs![1]!
    const words = (paragraphs[1]!.children as SentenceNode[]).flatMap((sentence) => sentence.children)
    expect(words.map((word) => word.data.token)).toEqual(paragraphTokens(paragraph))
    expect(words[0]!.data.token).toBe(paragraphTokens(paragraph)[0])
  })
})
