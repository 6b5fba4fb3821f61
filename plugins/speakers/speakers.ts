import type { Root } from 'mdast'
import type { VFile } from 'vfile'
import { sourceSpan } from '../text/spans.ts'
import type { QuoteCandidate, SpeakerCue } from '../quotes/index.ts'
import { isTitleCase } from '../text/case.ts'
import { paragraphNodes } from '../text/tree.ts'
import type { SourceParagraph, Speaker, SpokenQuote } from '../types.ts'
import { findDescriptionSubjects, type DescriptionMention } from './descriptions.ts'
import { EntityRegistry, sameWord, type Entity } from './entities.ts'
import { findMentions, type NameMention } from './mentions.ts'
import { Places } from './places.ts'

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
    for (const mention of mentions)
      if (mention.kind === 'person' && !mention.headline) registry.addMention(mention, true)
    for (const mention of mentions)
      if (mention.kind !== 'person' && !mention.headline) registry.addMention(mention, false)
    // a title-case headline's runs only join who the body names
    for (const mention of mentions) if (mention.headline) registry.addMention(mention, false)

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
      else {
        // the same paragraph's other quotes, then the previous paragraph's last speaker
        const siblings = byParagraph.get(candidate.paragraph) ?? []
        const before = siblings.filter((s) => s.from < candidate.from && speakerOf.get(s))
        const after = siblings.find((s) => s.from > candidate.from && s.cue)
        if (before.length) entity = speakerOf.get(before[before.length - 1]!) ?? null
        else if (after?.cue) entity = registry.resolve(after.cue, last, mentionOf)
        else if (last && candidate.paragraph - lastParagraph <= 1) entity = last
      }
      speakerOf.set(candidate, entity)
      if (entity) {
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
  return {
    id: entity.id,
    name,
    role: bestRole(entity.roles),
    affiliation: entity.affiliations[0] ?? null,
    aliases: [...aliases],
    quoted: entity.quoted,
    type: entity.type === 'person' && entity.personal ? 'person' : 'organisation'
  }
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
 * nobody else is named in between (`Lund said his wife…`).
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
    const window = text.slice(mention.end, end).replace(/[“"‘][^”"’]*[”"’]/g, ' ')
    const male = window.match(/\b(?:he|his|him|himself)\b/gi)?.length ?? 0
    const female = window.match(/\b(?:she|her|hers|herself)\b/gi)?.length ?? 0
    if (male && !female) mention.gender = 'm'
    else if (female && !male) mention.gender = 'f'
  }
}
