/**
 * One card per distinct figure: figures that share a context (the same sentence) form one group,
 * whose strongest figure alone may be key, and a distinctive quantity said again (the same sum,
 * share or large count) is key only once, so a page shows one card per group and never the same
 * sentence or quantity twice.
 */
import type { Figure } from '../types.ts'
import type { FigureKind } from './scan.ts'

/** How much a kind of figure tells a reader of a briefing, before its place in the article. */
const KIND_WEIGHT: Record<FigureKind, number> = {
  money: 1,
  percent: 0.9,
  points: 0.8,
  votes: 0.8,
  count: 0.6,
  measure: 0.5,
  duration: 0.4,
  year: 0.2,
  age: 0.1
}

/**
 * How much a figure tells by its kind: money and shares most, then tallies and counts (a large
 * or unnamed crowd more than a few), durations, years and ages least.
 *
 * @param kind what the scanner read it as.
 * @param value its value.
 * @param unit its unit.
 * @returns a weight in (0, 1].
 */
export function kindWeight(kind: FigureKind, value: number | null, unit: string | null): number {
  if (kind === 'count' && (value === null ? unit === 'people' || unit === 'troops' : value >= 1000)) return 0.7
  return KIND_WEIGHT[kind]
}

/**
 * Whether a figure's quantity is distinctive enough that saying it again repeats it (`£40
 * million`, `2.5 per cent`, `55,000`), unlike a small count (`three leaders`, `three children`).
 *
 * @param figure the figure.
 * @returns `true` for money, shares, points and amounts of a thousand or more.
 */
function distinctive(figure: Figure): boolean {
  if (figure.value === null || figure.unit === null) return false
  return /^[A-Z]{3}$/.test(figure.unit) || /percent|point/.test(figure.unit) || Math.abs(figure.value) >= 1000
}

/**
 * Group the article's figures into cards and keep one key figure per card and per quantity:
 * figures sharing a context (the same sentence) are one group, numbered in the order of their
 * first figure; a distinctive quantity said again is key only where the story first gives it
 * (a headline's `£40 million` yields to the body's); then each group keeps as key only its key
 * member of most weight (the first of equals).
 *
 * @param figures every figure of the article, in text order (changed in place: `group`, `key`).
 * @param inTitle whether a figure is in the headline (default: none is).
 * @returns the number of groups.
 */
export function groupFigures(figures: Figure[], inTitle: (figure: Figure) => boolean = () => false): number {
  const groups = new Map<string, Figure[]>()
  for (const figure of figures) {
    const context = figure.context.trim()
    const group = groups.get(context)
    if (group) group.push(figure)
    else groups.set(context, [figure])
  }
  const holders = new Map<string, Figure>()
  for (const figure of figures) {
    if (!figure.key || !distinctive(figure)) continue
    const quantity = `${figure.value}\u0000${figure.unit}`
    const holder = holders.get(quantity)
    if (!holder) holders.set(quantity, figure)
    else if (inTitle(holder) && !inTitle(figure)) {
      holder.key = false
      holders.set(quantity, figure)
    } else figure.key = false
  }
  let number = 0
  for (const members of groups.values()) {
    let lead: Figure | undefined
    for (const figure of members) {
      figure.group = number
      if (figure.key && (!lead || figure.weight > lead.weight)) lead = figure
    }
    for (const figure of members) if (figure !== lead) figure.key = false
    number++
  }
  return number
}
