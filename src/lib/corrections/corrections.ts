/**
 * Editorial corrections: a YAML sidecar per article (`content/articles/<slug>.corrections.yaml`)
 * that fixes what the extraction got wrong. They apply on every build, after extraction and
 * before the page is generated, and match by stable keys (speaker names and aliases, quote
 * text, figure text, issue titles), never by ids or offsets, so they survive any change of
 * the extraction. A correction that no longer matches anything is reported, never dropped
 * silently.
 *
 * ```yaml
 * speakers:
 *   - match: Starmer              # a name or alias the extraction gives
 *     rename: Sir Keir Starmer    # the name to show (the old one becomes an alias)
 *     role: Prime Minister        # fix the role (null clears it)
 *     affiliation: Labour
 *   - match: the PM
 *     mergeInto: Sir Keir Starmer # one speaker: quotes and aliases join the target
 * quotes:
 *   - match: a special relationship   # words of the quote (case and spacing ignored)
 *     speaker: Donald Trump           # reassign (null: unattributed)
 *   - match: no comment
 *     drop: true
 * issues:
 *   - match: Trade tariffs
 *     title: Tariffs on steel         # retitle
 *   - match: Steel
 *     mergeInto: Tariffs on steel     # keywords and paragraphs join the target
 * figures:
 *   - match: £40 million              # the figure as written
 *     key: true                       # show (or not) among the key figures
 *     context: new hospitals          # optional: words of its context, when the text repeats the figure
 * ```
 */
import { parse as parseYaml } from 'yaml'
import { z } from 'zod'
import type { Briefing, Speaker } from '../../../plugins/types.ts'
import { FileError } from '../../../plugins/read/index.ts'

/** The largest corrections sidecar read, in bytes. */
export const CORRECTIONS_MAX_BYTES = 256 * 1024

/** The most corrections of one kind in a file. */
export const MAX_CORRECTIONS = 500

const text = z.string().trim().min(1).max(1000)

const speakerCorrection = z
  .strictObject({
    match: text,
    rename: text.optional(),
    role: z.string().trim().nullable().optional(),
    affiliation: z.string().trim().nullable().optional(),
    mergeInto: text.optional()
  })
  .refine(
    (c) => c.rename !== undefined || c.role !== undefined || c.affiliation !== undefined || c.mergeInto !== undefined,
    {
      message: 'a speaker correction needs rename, role, affiliation or mergeInto'
    }
  )
  .refine(
    (c) => c.mergeInto === undefined || (c.rename === undefined && c.role === undefined && c.affiliation === undefined),
    {
      message: 'mergeInto cannot be combined with rename, role or affiliation (correct the target instead)'
    }
  )

const quoteCorrection = z
  .strictObject({ match: text, speaker: text.nullable().optional(), drop: z.literal(true).optional() })
  .refine((c) => (c.speaker !== undefined) !== (c.drop === true), {
    message: 'a quote correction needs either speaker or drop: true'
  })

const issueCorrection = z
  .strictObject({ match: text, title: text.optional(), mergeInto: text.optional() })
  .refine((c) => (c.title !== undefined) !== (c.mergeInto !== undefined), {
    message: 'an issue correction needs either title or mergeInto'
  })

const figureCorrection = z.strictObject({ match: text, context: text.optional(), key: z.boolean() })

/** The schema of a corrections sidecar. */
export const correctionsSchema = z.strictObject({
  speakers: z.array(speakerCorrection).max(MAX_CORRECTIONS).optional(),
  quotes: z.array(quoteCorrection).max(MAX_CORRECTIONS).optional(),
  issues: z.array(issueCorrection).max(MAX_CORRECTIONS).optional(),
  figures: z.array(figureCorrection).max(MAX_CORRECTIONS).optional()
})

/** A validated corrections sidecar. */
export type Corrections = z.infer<typeof correctionsSchema>

/**
 * A correction that did not apply: it matches nothing in the current extraction, or it is refused
 * (a merge into itself, a merge cycle).
 */
export interface StaleCorrection {
  /** `speakers`, `quotes`, `issues` or `figures`. */
  kind: keyof Corrections
  /** The correction's `match`. */
  match: string
  /** Why it did not apply, for people. */
  reason: string
}

/** What {@link applyCorrections} returns. */
export interface CorrectionResult {
  /** The corrected briefing (a copy; the input is not changed). */
  briefing: Briefing
  /** How many corrections applied. */
  applied: number
  /** The corrections that did not apply: no longer matching anything, or refused (merges into themselves, cycles). */
  stale: StaleCorrection[]
}

/** A corrections file that is not valid YAML or does not fit {@link correctionsSchema}. */
export class CorrectionsError extends FileError {}

/**
 * Parse and validate a corrections sidecar.
 *
 * @param source the file's text (YAML).
 * @param path the file's path, for messages.
 * @returns the corrections (empty for an empty file).
 * @throws {CorrectionsError} when the YAML is invalid or does not fit the schema.
 */
export function parseCorrections(source: string, path = 'corrections.yaml'): Corrections {
  if (Buffer.byteLength(source) > CORRECTIONS_MAX_BYTES)
    throw new CorrectionsError(
      path,
      `is too large (${Math.round(Buffer.byteLength(source) / 1024)} KB; the limit is ${CORRECTIONS_MAX_BYTES / 1024} KB)`
    )
  let data: unknown
  try {
    data = parseYaml(source, { maxAliasCount: 100 })
  } catch (error) {
    throw new CorrectionsError(path, `invalid YAML: ${(error as Error).message.split('\n')[0]}`)
  }
  if (data === null || data === undefined) return {}
  const result = correctionsSchema.safeParse(data)
  if (!result.success) {
    const issue = result.error.issues[0]!
    const message =
      issue.code === 'too_big' && issue.origin === 'array'
        ? `at most ${MAX_CORRECTIONS} corrections of each kind`
        : issue.message
    throw new CorrectionsError(path, `${issue.path.join('.') || '(top)'}: ${message}`)
  }
  return result.data
}

/** Lower case, spacing collapsed, curly quotes made straight: how corrections compare text. */
function norm(value: string): string {
  return value.normalize('NFKC').replace(/[’‘]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim().toLowerCase()
}

/**
 * The merges that are refused: a merge of a name into itself, and every merge on a cycle
 * (`A` into `B` and `B` into `A`), which would otherwise count as applied while merging nothing.
 *
 * @param fixes the corrections of one kind (those with `mergeInto` are the merges).
 * @returns the refused ones, with the reason.
 */
function refusedMerges<T extends { match: string; mergeInto?: string }>(fixes: T[]): Map<T, string> {
  const merges = fixes.filter((fix): fix is T & { mergeInto: string } => fix.mergeInto !== undefined)
  const refused = new Map<T, string>()
  const targets = new Map<string, string[]>()
  for (const merge of merges) {
    const from = norm(merge.match)
    targets.set(from, [...(targets.get(from) ?? []), norm(merge.mergeInto)])
  }
  for (const merge of merges) {
    const from = norm(merge.match)
    const to = norm(merge.mergeInto)
    if (from === to) {
      refused.set(merge, `merges "${merge.match}" into itself; not applied`)
      continue
    }
    // Is `from` reachable from `to`? Then this merge is on a cycle.
    const parent = new Map<string, string>([[to, '']])
    const queue = [to]
    while (queue.length && !parent.has(from)) {
      const at = queue.shift()!
      for (const next of targets.get(at) ?? [])
        if (!parent.has(next)) {
          parent.set(next, at)
          queue.push(next)
        }
    }
    if (!parent.has(from)) continue
    const path = [from]
    for (let at = parent.get(from)!; at; at = parent.get(at)!) path.unshift(at)
    const named = (key: string): string =>
      merges.find((candidate) => norm(candidate.match) === key)?.match ?? merge.mergeInto
    refused.set(
      merge,
      `a merge cycle (${[merge.match, ...path.map(named)].map((name) => `"${name}"`).join(' into ')}); not applied`
    )
  }
  return refused
}

/** Whether `name` is the speaker's name or one of its aliases. */
function names(speaker: Speaker, name: string): boolean {
  const wanted = norm(name)
  return norm(speaker.name) === wanted || speaker.aliases.some((alias) => norm(alias) === wanted)
}

/**
 * Apply editorial corrections to one article's extraction, in this order: speakers (rename, role,
 * affiliation, merge), quotes (reassign, drop), issues (retitle, merge), figures (key or not).
 * Speakers are found by name or alias among the quoted and the mentioned; quotes by their words
 * (a correction applies to every quote containing them); issues by title; figures by their text as
 * written (and words of their context when given). Speakers left without quotes move to the
 * mentioned; a mentioned person given a quote becomes a speaker. Corrections that match nothing
 * are returned in `stale`.
 *
 * @param input the extraction's briefing (not changed).
 * @param corrections the validated corrections.
 * @returns the corrected briefing, how many corrections applied, the stale ones.
 */
export function applyCorrections(input: Briefing, corrections: Corrections): CorrectionResult {
  const briefing: Briefing = structuredClone(input)
  const stale: StaleCorrection[] = []
  let applied = 0
  let people: Speaker[] = [...briefing.speakers, ...briefing.mentioned]
  const find = (name: string): Speaker | undefined => people.find((speaker) => names(speaker, name))
  let nextId = 1 + Math.max(0, ...people.map((speaker) => Number(/\d+/.exec(speaker.id)?.[0] ?? 0)))
  const idOf = (speaker: Speaker): string => {
    if (!speaker.id) speaker.id = `s${nextId++}`
    return speaker.id
  }

  const refusedSpeakers = refusedMerges(corrections.speakers ?? [])
  for (const fix of corrections.speakers ?? []) {
    if (refusedSpeakers.has(fix)) {
      stale.push({ kind: 'speakers', match: fix.match, reason: refusedSpeakers.get(fix)! })
      continue
    }
    const speaker = find(fix.match)
    if (!speaker) {
      stale.push({ kind: 'speakers', match: fix.match, reason: `no speaker is named "${fix.match}"` })
      continue
    }
    if (fix.mergeInto !== undefined) {
      const target = find(fix.mergeInto)
      if (!target) {
        stale.push({
          kind: 'speakers',
          match: fix.match,
          reason: `the speaker to merge into, "${fix.mergeInto}", is not named`
        })
        continue
      }
      if (target === speaker) {
        stale.push({
          kind: 'speakers',
          match: fix.match,
          reason: `"${fix.match}" and "${fix.mergeInto}" are already one speaker (${speaker.name}); nothing to merge`
        })
        continue
      }
      for (const alias of [speaker.name, ...speaker.aliases]) if (!names(target, alias)) target.aliases.push(alias)
      for (const quote of briefing.quotes)
        if (quote.speaker !== null && quote.speaker === speaker.id) quote.speaker = idOf(target)
      target.role ??= speaker.role
      target.affiliation ??= speaker.affiliation
      people = people.filter((person) => person !== speaker)
      applied++
      continue
    }
    if (fix.rename !== undefined && norm(fix.rename) !== norm(speaker.name)) {
      const old = speaker.name
      speaker.name = fix.rename
      speaker.aliases = speaker.aliases.filter((alias) => norm(alias) !== norm(fix.rename!))
      if (!speaker.aliases.some((alias) => norm(alias) === norm(old))) speaker.aliases.push(old)
    }
    if (fix.role !== undefined) speaker.role = fix.role || null
    if (fix.affiliation !== undefined) speaker.affiliation = fix.affiliation || null
    applied++
  }

  for (const fix of corrections.quotes ?? []) {
    const words = norm(fix.match)
    const matched = briefing.quotes.filter((quote) => norm(quote.text).includes(words))
    if (matched.length === 0) {
      stale.push({ kind: 'quotes', match: fix.match, reason: `no quote contains "${fix.match}"` })
      continue
    }
    if (fix.drop) {
      briefing.quotes = briefing.quotes.filter((quote) => !matched.includes(quote))
      applied++
      continue
    }
    if (fix.speaker === null) for (const quote of matched) quote.speaker = null
    else {
      const target = find(fix.speaker!)
      if (!target) {
        stale.push({
          kind: 'quotes',
          match: fix.match,
          reason: `the speaker to reassign to, "${fix.speaker}", is not named`
        })
        continue
      }
      for (const quote of matched) quote.speaker = idOf(target)
    }
    applied++
  }

  // Speakers are the people with quotes; the others are mentioned.
  const quotedIds = new Set(briefing.quotes.map((quote) => quote.speaker).filter((id) => id !== null))
  const wasSpeaker = new Set(briefing.speakers.map((speaker) => speaker.id))
  for (const person of people) person.quoted = quotedIds.has(person.id)
  briefing.speakers = people
    .filter((person) => person.quoted)
    .sort((a, b) => Number(!wasSpeaker.has(a.id)) - Number(!wasSpeaker.has(b.id)))
  briefing.mentioned = people.filter((person) => !person.quoted)

  const refusedIssues = refusedMerges(corrections.issues ?? [])
  for (const fix of corrections.issues ?? []) {
    if (refusedIssues.has(fix)) {
      stale.push({ kind: 'issues', match: fix.match, reason: refusedIssues.get(fix)! })
      continue
    }
    const issue = briefing.issues.find((candidate) => norm(candidate.title) === norm(fix.match))
    if (!issue) {
      stale.push({ kind: 'issues', match: fix.match, reason: `no issue is titled "${fix.match}"` })
      continue
    }
    if (fix.title !== undefined) issue.title = fix.title
    else {
      const target = briefing.issues.find((candidate) => norm(candidate.title) === norm(fix.mergeInto!))
      if (!target) {
        stale.push({
          kind: 'issues',
          match: fix.match,
          reason: `the issue to merge into, "${fix.mergeInto}", does not exist`
        })
        continue
      }
      if (target === issue) {
        stale.push({ kind: 'issues', match: fix.match, reason: `merges "${fix.match}" into itself; not applied` })
        continue
      }
      for (const keyword of issue.keywords)
        if (!target.keywords.some((k) => norm(k) === norm(keyword))) target.keywords.push(keyword)
      target.paragraphs = [...new Set([...target.paragraphs, ...issue.paragraphs])].sort((a, b) => a - b)
      briefing.issues = briefing.issues.filter((candidate) => candidate !== issue)
    }
    applied++
  }

  for (const fix of corrections.figures ?? []) {
    const matched = briefing.figures.filter(
      (figure) =>
        norm(figure.text) === norm(fix.match) &&
        (fix.context === undefined || norm(figure.context).includes(norm(fix.context)))
    )
    if (matched.length === 0) {
      const where = fix.context === undefined ? '' : ` in a context with "${fix.context}"`
      stale.push({ kind: 'figures', match: fix.match, reason: `no figure reads "${fix.match}"${where}` })
      continue
    }
    for (const figure of matched) figure.key = fix.key
    applied++
  }

  return { briefing, applied, stale }
}
