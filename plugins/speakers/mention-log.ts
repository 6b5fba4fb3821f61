/**
 * Every place where an entity is mentioned (or stands as a sentence's subject), in reading
 * order, so that "the latest person mentioned before here" is found by reading back from here,
 * not by asking every entity of the article. Kept in one bucket per paragraph, so a mention
 * filed late (a surname read in a second pass) costs an insertion into its paragraph only.
 */
import type { Places } from './places.ts'

/** What the log files: anything with a creation order. */
interface Ordered {
  readonly order: number
}

/** One place and the entity mentioned there. */
interface Entry<T> {
  place: number
  entity: T
  /** Whether it is a mention (`positions`) and whether a subject (`subjectPositions`) there. */
  mention: boolean
  subject: boolean
}

/** Which list of places a question reads. */
export type Kind = 'mention' | 'subject'

/** The log of an article's mentions. */
export class MentionLog<T extends Ordered> {
  private readonly buckets: Entry<T>[][] = []
  private readonly places: Places

  /**
   * @param places the article's places.
   */
  constructor(places: Places) {
    this.places = places
  }

  /**
   * File a mention or a subject of `entity` at `place` (once).
   *
   * @param entity the entity.
   * @param place where.
   * @param kind a mention or a subject.
   */
  add(entity: T, place: number, kind: Kind): void {
    const p = this.places.paragraphOf(place)
    const bucket = (this.buckets[p] ??= [])
    let lo = 0
    let hi = bucket.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (bucket[mid]!.place < place) lo = mid + 1
      else hi = mid
    }
    for (let k = lo; k < bucket.length && bucket[k]!.place === place; k++) {
      if (bucket[k]!.entity !== entity) continue
      bucket[k]![kind] = true
      return
    }
    bucket.splice(lo, 0, { place, entity, mention: kind === 'mention', subject: kind === 'subject' })
  }

  /**
   * Read back from `at`: every entry of `kind` before it, latest first, down to `stop`.
   *
   * @param at read what stands before this place.
   * @param kind mentions or subjects.
   * @param stop the earliest place to read (default: the article's start).
   * @param visit called with each entry; return `true` to stop reading.
   */
  readBack(at: number, kind: Kind, stop: number, visit: (entity: T, place: number) => boolean | void): void {
    for (let p = Math.min(this.places.paragraphOf(at), this.buckets.length - 1); p >= 0; p--) {
      // every place of paragraph `p` (and of those before it) stands before the next one starts
      if (this.places.start(p + 1) <= stop) return
      const bucket = this.buckets[p]
      if (!bucket) continue
      for (let k = bucket.length - 1; k >= 0; k--) {
        const entry = bucket[k]!
        if (entry.place >= at) continue
        if (entry.place < stop) return
        if (entry[kind] && visit(entry.entity, entry.place)) return
      }
    }
  }

  /**
   * The entity of the latest entry of `kind` before `at` (and from `stop` on) that passes `test`;
   * of several at the same place, the first created.
   *
   * @returns the entity and its place, or `null`.
   */
  latest(at: number, kind: Kind, test: (entity: T) => boolean, stop = 0): { entity: T; place: number } | null {
    let found: { entity: T; place: number } | null = null
    this.readBack(at, kind, stop, (entity, place) => {
      if (found && place < found.place) return true
      if (!test(entity)) return false
      if (!found || entity.order < found.entity.order) found = { entity, place }
      return false
    })
    return found
  }

  /**
   * The distinct entities with an entry of `kind` in `[from, at)` that pass `test`.
   *
   * @returns them, in no particular order.
   */
  between(from: number, at: number, kind: Kind, test: (entity: T) => boolean): Set<T> {
    const found = new Set<T>()
    this.readBack(at, kind, from, (entity) => {
      if (test(entity)) found.add(entity)
    })
    return found
  }
}
