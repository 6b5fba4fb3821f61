import { ROLE_NOUNS } from '../lexicon/people.ts'
import { paragraphTokens } from '../text/tokens.ts'
import type { SourceParagraph } from '../types.ts'
import { isSentenceStart } from './mentions.ts'

/** A role that stands for a person as a sentence's subject, nobody named (`The PM faces…`, `The Ukrainian president said`). */
export interface DescriptionMention {
  paragraph: number
  /** Offsets of the description (`The PM`) in the paragraph's cleaned text. */
  start: number
  end: number
  /** The description as written, without its article (`PM`, `Ukrainian president`). */
  text: string
}

/**
 * Find the role descriptions that open a sentence as its subject: `the` (or
 * `this`), up to two modifiers, then a role noun, with no name after it (`the
 * Prime Minister Ana Ferreira` is a name, read by `findMentions`).
 *
 * @param paragraph the paragraph (cleaned text).
 * @param inQuote whether an offset of the paragraph stands inside quote marks.
 * @returns the descriptions in order.
 */
export function findDescriptionSubjects(
  paragraph: SourceParagraph,
  inQuote: (offset: number) => boolean
): DescriptionMention[] {
  const tokens = paragraphTokens(paragraph)
  const out: DescriptionMention[] = []
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.lower !== 'the' || inQuote(tokens[i]!.start) || !isSentenceStart(tokens, i)) continue
    // `the Prime Minister`, `the Ukrainian president`, `the former minister`: the head is the last role word
    let head = -1
    for (let j = i + 1; j <= Math.min(i + 3, tokens.length - 1) && tokens[j]!.word; j++) {
      if (ROLE_NOUNS.has(tokens[j]!.lower)) head = j
      else if (head >= 0) break
    }
    if (head < 0) continue
    const next = tokens[head + 1]
    if (next && next.word && next.capital) continue
    out.push({
      paragraph: paragraph.index,
      start: tokens[i]!.start,
      end: tokens[head]!.end,
      text: paragraph.text.slice(tokens[i + 1]!.start, tokens[head]!.end)
    })
    i = head
  }
  return out
}
