/**
 * Where a mention or a cue stands in the article, as one comparable number: its offset in the
 * article's cleaned text, the paragraphs read one after the other (each followed by one
 * separator). Unlike a `paragraph * 1e6 + offset` code, it holds for paragraphs of any length
 * and still tells which paragraph a place is in.
 */
import type { SourceParagraph } from '../types.ts'

/** The places of one article. */
export class Places {
  /** `starts[p]` is the place of paragraph `p`'s first character. */
  private readonly starts: number[]
  private readonly paragraphs: readonly (Pick<SourceParagraph, 'text'> & Partial<Pick<SourceParagraph, 'role'>>)[]

  /**
   * @param paragraphs the article's paragraphs (their cleaned `text`, and their `role` when known).
   */
  constructor(paragraphs: readonly (Pick<SourceParagraph, 'text'> & Partial<Pick<SourceParagraph, 'role'>>)[]) {
    this.paragraphs = paragraphs
    this.starts = new Array<number>(paragraphs.length + 1)
    let at = 0
    for (let p = 0; p < paragraphs.length; p++) {
      this.starts[p] = at
      at += paragraphs[p]!.text.length + 1
    }
    this.starts[paragraphs.length] = at
  }

  /**
   * The place of an offset of a paragraph.
   *
   * @param paragraph the paragraph's index.
   * @param offset an offset in its cleaned text.
   * @returns the place.
   */
  of(paragraph: number, offset: number): number {
    return (this.starts[paragraph] ?? this.starts[this.starts.length - 1]!) + offset
  }

  /**
   * The cleaned text of a paragraph.
   *
   * @param paragraph the paragraph's index.
   * @returns its text (`''` outside the article).
   */
  text(paragraph: number): string {
    return this.paragraphs[paragraph]?.text ?? ''
  }

  /**
   * The place where a paragraph starts.
   *
   * @param paragraph the paragraph's index (clamped to the article).
   * @returns the place of its first character.
   */
  start(paragraph: number): number {
    return this.starts[Math.max(0, Math.min(paragraph, this.starts.length - 1))]!
  }

  /**
   * The paragraph a place stands in.
   *
   * @param place a place (from {@link Places.of}).
   * @returns the paragraph's index.
   */
  paragraphOf(place: number): number {
    let lo = 0
    let hi = this.starts.length - 2
    if (hi < 0) return 0
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (this.starts[mid]! <= place) lo = mid
      else hi = mid - 1
    }
    return lo
  }

  /**
   * The paragraph `count` paragraphs of running text before `paragraph` (captions, labels and
   * page furniture between are not counted), or the first.
   *
   * @param paragraph the paragraph read from.
   * @param count how many paragraphs of text back.
   * @returns the paragraph's index.
   */
  textBack(paragraph: number, count: number): number {
    let p = paragraph
    while (count > 0 && p > 0) {
      p--
      const role = this.paragraphs[p]?.role
      if (role !== 'caption' && role !== 'label' && role !== 'furniture') count--
    }
    return p
  }

  /**
   * Whether `place` stands less than `paragraphs` paragraphs before `at` (same offset or later in
   * the paragraph that many before counts too), as `place > at - paragraphs * 1e6` read.
   *
   * @param place an earlier place.
   * @param at the place read from.
   * @param paragraphs how many paragraphs back.
   * @returns whether it is that recent.
   */
  within(place: number, at: number, paragraphs: number): boolean {
    if (place < 0) return this.paragraphOf(at) < paragraphs
    const p = this.paragraphOf(place)
    const q = this.paragraphOf(at)
    if (p !== q - paragraphs) return p > q - paragraphs
    return place - this.starts[p]! > at - this.starts[q]!
  }

  /**
   * Whether `place` stands in the paragraph of `at`, less than `chars` characters before it.
   *
   * @param place an earlier place.
   * @param at the place read from.
   * @param chars how many characters back.
   * @returns whether it is that near.
   */
  near(place: number, at: number, chars: number): boolean {
    return place > at - chars && place >= 0 && this.paragraphOf(place) === this.paragraphOf(at)
  }
}
