import type { Root } from 'mdast'
import type { VFile } from 'vfile'
import { sourceSpan } from '../text/spans.ts'
import type { QuoteCandidate, SpeakerCue } from '../quotes/index.ts'
import { ORGANISATION_WORDS } from '../lexicon/people.ts'
import { isTitleCase } from '../text/case.ts'
import { speakerNoun } from '../text/phrases.ts'
import { paragraphNodes } from '../text/tree.ts'
import type { SourceParagraph, Speaker, SpokenQuote } from '../types.ts'
import { findDescriptionSubjects, type DescriptionMention } from './descriptions.ts'
import { EntityRegistry, sameWord, type Entity } from './entities.ts'
import { findMentions, type NameMention } from './mentions.ts'
import { Places } from './places.ts'
import { normaliseRole } from './roles.ts'

/**
 * Resolve who said each quote and build the speakers: one canonical entity per
 * person or body, merging every way the text names it (full name, title and
 * surname, first name with `Sir`, a role such as `the PM`, a pronoun, a typo of
 * a long surname), with roles and affiliations the text gives.
 * Leaves each quote with its speaker on its paragraph (`node.data.quotes`) and the speakers in
 * `file.data.speakers`; people named but not quoted
 * go to `file.data.mentioned`.
 *
 * @returns the transformer.
 */
export function briefingSpeakers() {
  return function transform(tree: Root, file: VFile): undefined {
    const paragraphs = file.data.paragraphs ?? []
    const nodes = paragraphNodes(tree)
    // the quotes found, paragraph by paragraph, on the tree
    const candidates = nodes.flatMap((node) => node?.data?.quoteCandidates ?? [])
    const source = String(file.value)
    const places = new Places(paragraphs)
    const positionOf = (paragraph: number, offset: number): number => places.of(paragraph, offset)
    const registry = new EntityRegistry(places)
    const mentions: NameMention[] = []
    const spansOf = new Map<number, { open: number; close: number }[]>()
    for (const node of nodes) {
      const top = (node?.data?.quoteSpans ?? []).filter((span) => !span.nested)
      if (top.length) spansOf.set(node!.data!.index!, top)
    }
    const mentionsOf = new Map<number, NameMention[]>()
    const descriptions: DescriptionMention[] = []
    for (const paragraph of paragraphs) {
      if (paragraph.role === 'label' || paragraph.role === 'furniture') continue
      const inside = spansOf.get(paragraph.index) ?? []
      if (paragraph.role !== 'caption')
        descriptions.push(
          ...findDescriptionSubjects(paragraph, (at) => inside.some((span) => at > span.open && at < span.close))
        )
      const own = findMentions(paragraph)
      // `Harbourline Slides Most Since 2019 as CEO Warns Demand Is Fading`: capitals say nothing here
      const headlineCase = paragraph.role === 'title' && isTitleCase(paragraph.text)
      let s = 0
      for (const mention of own) {
        while (s < inside.length && inside[s]!.close < mention.start) s++
        const span = inside[s]
        mention.quoted = Boolean(span && mention.start > span.open && mention.start < span.close)
        if (mention.quoted) mention.subject = false
        if (paragraph.role === 'caption') mention.aside = true
        if (headlineCase) mention.headline = true
        mentions.push(mention)
      }
      mentionsOf.set(paragraph.index, own)
    }
    learnGender(mentions, paragraphs)
    // names and titled surnames in reading order (so `Mr Lund` joins the Lund named before him, and a
    // later `Eva Lund` of another gender stays apart), then bare surnames, which only join
    const entityOf = new Map<NameMention, Entity>()
    const register = (mention: NameMention, create: boolean): void => {
      const entity = registry.addMention(mention, create)
      if (entity) entityOf.set(mention, entity)
    }
    for (const mention of mentions) if (mention.kind === 'person' && !mention.headline) register(mention, true)
    for (const mention of mentions) if (mention.kind !== 'person' && !mention.headline) register(mention, false)
    // a title-case headline's runs only join who the body names
    for (const mention of mentions) if (mention.headline) register(mention, false)

    const mentionOf = (cue: SpeakerCue): NameMention | null => {
      // the mention that overlaps the cue's end (`… Prime Minister Ana Ferreira said`)
      let found: NameMention | null = null
      for (const mention of mentionsOf.get(cue.paragraph) ?? []) {
        if (mention.start >= cue.end) break
        if (mention.end > cue.start) found = mention
      }
      if (found && found.end > cue.end) {
        // a cue that stops inside a longer run: read the cue's own words
        const paragraph = paragraphs[cue.paragraph]!
        return (
          findMentions({ ...paragraph, text: paragraph.text.slice(0, cue.end) })
            .filter((m) => m.end > cue.start)
            .pop() ?? null
        )
      }
      return found
    }
    const speakerOf = new Map<QuoteCandidate, Entity | null>()
    let last: Entity | null = null
    let lastParagraph = -1
    const byParagraph = new Map<number, QuoteCandidate[]>()
    for (const c of candidates) {
      const list = byParagraph.get(c.paragraph)
      if (list) list.push(c)
      else byParagraph.set(c.paragraph, [c])
    }
    // role descriptions standing as subjects (`The PM faces…`) join their holder in reading
    // order, as the quotes before them have taught who holds which role
    let described = 0
    // a headline's speech is resolved last, once the article has named who speaks (`City says …`
    // over `The City of Marlow says …`), and continues nobody
    const inTitle = (candidate: QuoteCandidate): boolean => paragraphs[candidate.paragraph]?.role === 'title'
    const body = candidates.filter((c) => !inTitle(c))
    const ordered = [...body, ...candidates.filter(inTitle)]
    for (const [n, candidate] of ordered.entries()) {
      if (n === body.length) last = null
      const at = positionOf(candidate.paragraph, candidate.from)
      for (
        ;
        described < descriptions.length &&
        positionOf(descriptions[described]!.paragraph, descriptions[described]!.start) < at;
        described++
      ) {
        const description = descriptions[described]!
        registry.noteDescription(description.text, positionOf(description.paragraph, description.start))
      }
      let entity: Entity | null = null
      if (candidate.cue) entity = registry.resolve(candidate.cue, last, mentionOf)
      else if (candidate.inherit !== 'none') {
        // the same paragraph's other quotes, then the previous paragraph's last speaker
        const siblings = byParagraph.get(candidate.paragraph) ?? []
        const before = siblings.filter((s) => s.from < candidate.from && speakerOf.get(s))
        const after = siblings.find((s) => s.from > candidate.from && s.cue)
        if (before.length) entity = speakerOf.get(before[before.length - 1]!) ?? null
        else if (after?.cue) entity = registry.resolve(after.cue, last, mentionOf)
        else if (
          last &&
          continuesSpeaker(
            paragraphs,
            spansOf,
            candidate.paragraph,
            lastParagraph,
            (p) =>
              (mentionsOf.get(p) ?? []).some((m) => entityOf.get(m)?.type === 'person' && entityOf.get(m) !== last),
            (p) => (mentionsOf.get(p) ?? []).some((m) => entityOf.get(m) === last)
          )
        )
          entity = last
      }
      speakerOf.set(candidate, entity)
      if (entity) {
        registry.noteSpeech(entity, at, positionOf(candidate.paragraph, candidate.to))
        last = entity
        lastParagraph = candidate.paragraph
      }
    }

    const quotesOf = new Map<number, SpokenQuote[]>()
    for (const candidate of candidates) {
      const entity = speakerOf.get(candidate) ?? null
      if (entity) entity.quoted = true
      const paragraph = paragraphs[candidate.paragraph] as SourceParagraph
      const [start, end] = sourceSpan(paragraph, candidate.from, candidate.to)
      const quote: SpokenQuote = {
        speaker: entity?.id ?? null,
        text: source.slice(start, end),
        display: paragraph.text.slice(candidate.from, candidate.to),
        kind: candidate.kind,
        start,
        end,
        paragraph: candidate.paragraph
      }
      const list = quotesOf.get(candidate.paragraph)
      if (list) list.push(quote)
      else quotesOf.set(candidate.paragraph, [quote])
    }
    // each paragraph keeps its quotes, with their speakers, on the tree
    for (const [index, quotes] of quotesOf) {
      const node = nodes[index]
      if (node) node.data = { ...node.data, quotes }
    }
    file.data.speakers = registry.entities.filter((e) => e.quoted).map(toSpeaker)
    file.data.mentioned = registry
      .persons()
      .filter((e) => !e.quoted)
      .map(toSpeaker)
  }
}

/**
 * Whether a quote with no speaker phrase continues the speaker of the paragraph before: its
 * paragraph is nothing but quotation (a narrative sentence around the quote names its own
 * speaker, or none), and between the two stand only captions, labels, page furniture and at most
 * one narrative paragraph that names no other person (and introduces nothing with a colon unless
 * it names the speaker).
 *
 * @param paragraphs the article's paragraphs.
 * @param spansOf each paragraph's top-level quote spans.
 * @param paragraph the quote's paragraph.
 * @param lastParagraph the paragraph of the last attributed quote.
 * @param namesSomebodyElse whether a paragraph names a person other than the last speaker (default: always).
 * @param namesTheSpeaker whether a paragraph names the last speaker (default: never).
 * @returns whether the quote is the last speaker's.
 */
export function continuesSpeaker(
  paragraphs: readonly SourceParagraph[],
  spansOf: ReadonlyMap<number, readonly { open: number; close: number }[]>,
  paragraph: number,
  lastParagraph: number,
  namesSomebodyElse: (paragraph: number) => boolean = () => true,
  namesTheSpeaker: (paragraph: number) => boolean = () => false
): boolean {
  if (lastParagraph < 0 || lastParagraph >= paragraph) return paragraph === lastParagraph
  let narrative = 0
  for (let p = lastParagraph + 1; p < paragraph; p++)
    if (
      paragraphs[p]?.role === 'body' &&
      (++narrative > 1 || namesSomebodyElse(p) || (/:\s*$/.test(paragraphs[p]!.text) && !namesTheSpeaker(p)))
    )
      return false
  const text = paragraphs[paragraph]!.text
  let at = 0
  for (const span of spansOf.get(paragraph) ?? []) {
    if (/[\p{L}\p{N}]/u.test(text.slice(at, span.open))) return false
    at = span.close + 1
  }
  return !/[\p{L}\p{N}]/u.test(text.slice(at))
}

/** The contract's view of an entity. */
function toSpeaker(entity: Entity): Speaker {
  const forms = [...entity.forms.entries()].sort(
    (a, b) => b[0].split(' ').length - a[0].split(' ').length || b[1] - a[1]
  )
  let name = entity.type === 'person' ? (forms.find(([f]) => f.split(' ').length === 2) ?? forms[0])![0] : forms[0]![0]
  // the surname as the text spells it most often (a typo in one caption does not name the person)
  const usual = [...entity.surnames.entries()].sort((a, b) => b[1] - a[1])[0]?.[0]
  const words = name.split(' ')
  if (
    usual &&
    words.length > 1 &&
    words[words.length - 1] !== usual &&
    sameWord(words[words.length - 1]!.toLowerCase(), usual.toLowerCase())
  ) {
    words[words.length - 1] = usual
    name = words.join(' ')
  }
  const aliases = new Set<string>([...forms.map(([f]) => f), ...entity.aliases])
  aliases.delete(name)
  const { role, affiliation } = normaliseRole(bestRole(entity.roles), entity.affiliations[0] ?? null)
  return {
    id: entity.id,
    name,
    role,
    affiliation,
    aliases: [...aliases],
    quoted: entity.quoted,
    type: typeOf(entity)
  }
}

/** What a speaker is: a person the text names, a body, or people it does not name (`government sources`, `Ana Lund’s campaign` is a body). */
function typeOf(entity: Entity): Speaker['type'] {
  if (entity.type === 'person') return entity.personal ? 'person' : 'organisation'
  const name = [...entity.forms.keys()][0]!
  // `Demonstrators`, `Officials` opening a sentence: people, unnamed
  if (entity.type === 'organisation')
    return /^\p{Lu}\p{Ll}+[^s]s$/u.test(name) && speakerNoun(name.toLowerCase()) === 'group'
      ? 'unnamed'
      : 'organisation'
  const head = name.toLowerCase().split(/\s+/).pop()!
  return ORGANISATION_WORDS.has(head) ? 'organisation' : 'unnamed'
}

/**
 * The role to show: the first the text gives that reads as a title or job (`Prime Minister`,
 * `chief economist`), not a long description with a clause of its own.
 *
 * @param roles the roles in the order the text gives them.
 * @returns the role, or `null`.
 */
function bestRole(roles: string[]): string | null {
  const plain = (role: string): boolean =>
    role.split(/\s+/).length <= 7 && !/\b(?:who|which|that|whose|when|where)\b/i.test(role)
  return roles.find(plain) ?? roles[0] ?? null
}

/**
 * Learn a person's gender from the pronouns that follow their mention when
 * nobody else is named in between (`Lund said his wife…`): weaker evidence than an honorific,
 * a gendered role or a first name.
 */
function learnGender(mentions: NameMention[], paragraphs: SourceParagraph[]): void {
  for (let n = 0; n < mentions.length; n++) {
    const mention = mentions[n]!
    if (mention.gender || mention.quoted || mention.kind === 'organisation') continue
    const text = paragraphs[mention.paragraph]!.text
    // `… Lund told Radio Austral. He claimed …`: who was told is no antecedent of the next `he`
    if (/\b(?:told|tells|telling)\s+$/i.test(text.slice(Math.max(0, mention.start - 10), mention.start))) continue
    const next = mentions[n + 1]
    let end = Math.min(next && next.paragraph === mention.paragraph ? next.start : text.length, mention.end + 400)
    // the rest of this sentence and the next one at most
    const stop = /[.!?]["”’]?\s+(?=[A-Z“"‘])/g
    stop.lastIndex = mention.end
    const first = stop.exec(text)
    if (first) {
      const second = stop.exec(text)
      end = Math.min(end, second ? second.index : text.length)
    }
    // what others are quoted as saying is no evidence, nor a quote the window cuts open
    const window = text
      .slice(mention.end, end)
      .replace(/[“"‘][^”"’]*[”"’]/g, ' ')
      .replace(/[“"‘][^]*$/, ' ')
    const male = window.match(/\b(?:he|his|him|himself)\b/gi)?.length ?? 0
    const female = window.match(/\b(?:she|her|hers|herself)\b/gi)?.length ?? 0
    if (male && !female) mention.pronounGender = 'm'
    else if (female && !male) mention.pronounGender = 'f'
    else if (!male && !female && /\b(?:it|its|itself)\b/i.test(window)) mention.pronounGender = 'n'
  }
  // a name that `it` follows somewhere and `he` or `she` nowhere is a body's wherever it stands
  const seen = new Map<string, Set<string>>()
  for (const mention of mentions) {
    if (!mention.pronounGender) continue
    const key = mention.words.join(' ')
    const genders = seen.get(key)
    if (genders) genders.add(mention.pronounGender)
    else seen.set(key, new Set([mention.pronounGender]))
  }
  for (const mention of mentions) {
    const genders = seen.get(mention.words.join(' '))
    if (genders?.size === 1 && genders.has('n')) mention.pronounGender = 'n'
  }
}
