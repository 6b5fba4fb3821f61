import {
  HONORIFICS,
  NAME_PARTICLES,
  NOT_NAME_START,
  ORGANISATION_WORDS,
  ROLE_ABBREVIATIONS,
  ROLE_HEADS,
  TITLE_WORDS
} from '../lexicon/people.ts'
import type { SpeakerCue } from '../quotes/index.ts'
import type { NameMention } from './mentions.ts'
import { MentionLog } from './mention-log.ts'
import { NameIndex } from './name-index.ts'
import type { Places } from './places.ts'
import { firstNameGender } from '../lexicon/first-names.ts'
import { notAName } from './plausible.ts'
import { isCommonWord } from '../lexicon/common-words.ts'
import { BODY_NOUNS, COMPANY_NAME, COMPANY_NOUNS, PUBLIC_BODY } from '../lexicon/bodies.ts'

/** A person or body the article names, with every way it is named. */
export interface Entity {
  id: string
  type: 'person' | 'organisation' | 'group'
  /** Lowercase first and last name, for matching (persons). */
  first: string | null
  last: string | null
  /** Display names seen, with how often. */
  forms: Map<string, number>
  /** Other ways the text names it (`the PM`, `Mr Lund`). */
  aliases: Set<string>
  roles: string[]
  affiliations: string[]
  gender: 'm' | 'f' | null
  /** The gender its first name usually has (`firstNameGender`), when the text gives none. */
  nameGender: 'm' | 'f' | null
  /** The gender of the pronouns that followed its first mention that had any (weakest); `n` for `it`. */
  pronounGender: 'm' | 'f' | 'n' | null
  /** Its place in the order of creation (`s1` is 0). */
  order: number
  /** Places of its mentions (see `places.ts`), ascending. */
  positions: number[]
  /** Positions where it is a sentence subject. */
  subjectPositions: number[]
  quoted: boolean
  /** Whether the text shows it is a person (title, role, gender, a given name, surname alone), not a two-word body such as a bank. */
  personal: boolean
  /** How often each spelling of the surname is used (`Ferreira` 5, `Ferriera` 1). */
  surnames: Map<string, number>
  /** The age the text gives (`Tova Brandt, 38,`), for `the 38-year-old`. */
  age: number | null
  /** Where it was last given a quote (-1 before any). */
  spoke: number
  /** Where that quote ends (-1 before any). */
  spokeEnd: number
}

/** Whether two name words are the same, allowing one typo in long words (`Ferriera` for `Ferreira`). */
export function sameWord(a: string, b: string): boolean {
  if (a === b) return true
  // a plural is another word (`Democrat`, `Democrats`), not a typo
  if (a === `${b}s` || b === `${a}s`) return false
  if (a.length < 6 || b.length < 6 || Math.abs(a.length - b.length) > 1) return false
  let i = 0
  while (i < a.length && i < b.length && a[i] === b[i]) i++
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2)
  }
  const [s, l] = a.length < b.length ? [a, b] : [b, a]
  return s.slice(i) === l.slice(i + 1)
}

const norm = (word: string): string => word.toLowerCase().replace(/[’']/g, "'").replace(/\.$/, '')

/** The registry of the article's entities and the resolution of speaker phrases. */
export class EntityRegistry {
  readonly entities: Entity[] = []
  private readonly byKey = new Map<string, Entity>()
  /** Bodies named but never speaking by name (`Northfield Instruments Inc. shares fell`): who a later `the company` or `the ministry` may be. */
  private readonly namedBodies = new Map<string, number[]>()
  /** The names of `namedBodies` by each of their lowercase words, and those that sound like a company's. */
  private readonly namedByWord = new Map<string, string[]>()
  private readonly namedCompanies: string[] = []
  /** Organisations by each lowercase word of their name (`fund` for the International Monetary Fund). */
  private readonly organisationsByWord = new Map<string, Entity[]>()
  /** Persons by surname and by first name (a typo allowed), and every entity by the words of its roles. */
  private readonly bySurname = new NameIndex<Entity>()
  private readonly byFirstName = new NameIndex<Entity>()
  private readonly byRoleWord = new Map<string, Set<Entity>>()
  /** The holders of each role asked for (`holdersOf`), by the role's wanted forms. */
  private readonly roleHolders = new Map<string, Entity[]>()
  /** The persons (`persons()`), kept in order of creation as entities become personal. */
  private readonly personal: Entity[] = []

  /**
   * @param places where each mention stands in the article.
   */
  constructor(places: Places) {
    this.places = places
    this.log = new MentionLog<Entity>(places)
  }

  /** Every mention and subject in reading order, to read back from a place. */
  private readonly log: MentionLog<Entity>

  /** Where each mention stands in the article. */
  readonly places: Places

  /** Every person, in order of first mention: a name with a title, a role, a gender, or used by surname alone. */
  persons(): Entity[] {
    return this.personal
  }

  /** File a mention of an entity at a place (its `positions` and the log). */
  private mentionAt(entity: Entity, at: number): void {
    insertSorted(entity.positions, at)
    this.log.add(entity, at, 'mention')
  }

  /** File an entity as a sentence's subject at a place (its `subjectPositions` and the log). */
  private subjectAt(entity: Entity, at: number): void {
    insertSorted(entity.subjectPositions, at)
    this.log.add(entity, at, 'subject')
  }

  /** Mark an entity as a person the text shows is one (see `Entity.personal`). */
  private markPersonal(entity: Entity): void {
    if (entity.personal) return
    entity.personal = true
    if (entity.type !== 'person') return
    let at = this.personal.length
    while (at > 0 && this.personal[at - 1]!.order > entity.order) at--
    this.personal.splice(at, 0, entity)
  }

  /**
   * The entities holding a role that reads as one of `wanted` (`minister`, or `prime minister`
   * for `pm`), in order of creation; kept up to date as roles are added.
   */
  private holdersOf(wanted: readonly string[]): Entity[] {
    const key = wanted.join('|')
    let holders = this.roleHolders.get(key)
    if (!holders) {
      const filed = new Set<Entity>()
      for (const w of wanted) for (const e of this.byRoleWord.get(w.split(' ')[0]!) ?? []) filed.add(e)
      holders = [...filed].filter((e) => e.roles.some((r) => readsAs(r, wanted))).sort((a, b) => a.order - b.order)
      this.roleHolders.set(key, holders)
    }
    return holders
  }

  /** Give an entity a role (once), filed by its words. */
  private addRole(entity: Entity, role: string): void {
    if (entity.roles.includes(role)) return
    entity.roles.push(role)
    for (const [key, holders] of this.roleHolders) {
      if (holders.includes(entity) || !readsAs(role, key.split('|'))) continue
      let at = holders.length
      while (at > 0 && holders[at - 1]!.order > entity.order) at--
      holders.splice(at, 0, entity)
    }
    for (const word of ` ${role.toLowerCase()} `.split(' ')) {
      const holders = this.byRoleWord.get(word)
      if (holders) holders.add(entity)
      else this.byRoleWord.set(word, new Set([entity]))
    }
  }

  /** Give a person a first name it had not (filed for `personByFirstName`). */
  private setFirst(entity: Entity, first: string | null): void {
    entity.first = first
    if (first) this.byFirstName.add(first, entity)
    entity.nameGender = first ? firstNameGender(first) : null
  }

  private create(type: Entity['type'], display: string, first: string | null, last: string | null): Entity {
    const entity: Entity = {
      id: `s${this.entities.length + 1}`,
      order: this.entities.length,
      type,
      first,
      last,
      forms: new Map([[display, 1]]),
      aliases: new Set(),
      roles: [],
      affiliations: [],
      gender: null,
      nameGender: type === 'person' && first ? firstNameGender(first) : null,
      pronounGender: null,
      positions: [],
      subjectPositions: [],
      quoted: false,
      personal: false,
      surnames: new Map(),
      age: null,
      spoke: -1,
      spokeEnd: -1
    }
    this.entities.push(entity)
    if (type === 'organisation')
      for (const word of new Set(display.toLowerCase().split(/\s+/))) {
        const list = this.organisationsByWord.get(word)
        if (list) list.push(entity)
        else this.organisationsByWord.set(word, [entity])
      }
    if (type === 'person' && last) this.bySurname.add(last, entity)
    if (type === 'person' && first) this.byFirstName.add(first, entity)
    return entity
  }

  /** An organisation known by the long form of an acronym, or by the acronym of a long name (`WHO`, `World Health Organization`). */
  private byAcronym(name: string): Entity | null {
    // `Hafra` for the Harbour and Fisheries Regulatory Authority: an acronym written as a word
    const word = /^[A-Z][a-z]{2,5}$/.test(name) ? name.toUpperCase() : null
    if (word) {
      const long = this.entities.find(
        (e) =>
          e.type === 'organisation' &&
          [...e.forms.keys()].some(
            (f) => f.split(/\s+/).length >= 3 && (initials(f) === word || initials(f, true) === word)
          )
      )
      if (long) return long
    }
    const short = /^[A-Z]{2,6}$/.test(name) ? name : null
    const long = short ? null : initials(name)
    for (const entity of this.entities) {
      if (entity.type !== 'organisation') continue
      for (const form of [...entity.forms.keys(), ...entity.aliases]) {
        if (short && (initials(form) === short || initials(form, true) === short)) return entity
        if (long && long.length >= 2 && form === long) return entity
        if (short === null && /^[A-Z]{2,6}$/.test(form) && initials(name, true) === form) return entity
      }
    }
    return null
  }

  /** Find a person by first and last name. */
  private personByName(first: string | null, last: string, gender: 'm' | 'f' | null, at: number): Entity | null {
    const matches = this.bySurname
      .candidates(last)
      .filter(
        (e) =>
          e.type === 'person' &&
          e.last &&
          sameWord(e.last, last) &&
          (!first || !e.first || sameWord(e.first, first) || (first.length <= 2 && e.first[0] === first[0])) &&
          (!gender || !genderOf(e) || genderOf(e) === gender)
      )
    if (matches.length <= 1) return matches[0] ?? null
    return mostRecent(matches, at)
  }

  /** Find a person by a surname of several words (`Sousa de Almeida` for Inês Sousa de Almeida). */
  private personBySurnames(words: string[], at: number): Entity | null {
    if (words.length < 2) return null
    const matches = this.bySurname.candidates(words[words.length - 1]!).filter(
      (e) =>
        e.type === 'person' &&
        e.last &&
        sameWord(e.last, words[words.length - 1]!) &&
        [...e.forms.keys()].some((form) => {
          const full = form.split(/\s+/).map(norm)
          return full.length > words.length && words.every((w, i) => w === full[full.length - words.length + i])
        })
    )
    return matches.length ? mostRecent(matches, at) : null
  }

  /** The one person of the article with that given name and a surname, or `null` (none, or several). */
  private onlyByFirstName(first: string): Entity | null {
    const matches = this.byFirstName
      .candidates(first)
      .filter((e) => e.type === 'person' && e.personal && e.first === first && e.last && e.nameGender)
    return matches.length === 1 ? matches[0]! : null
  }

  /** Find a person by first name alone (`Sir Tomas`). */
  private personByFirstName(first: string, at: number): Entity | null {
    const matches = this.byFirstName
      .candidates(first)
      .filter((e) => e.type === 'person' && e.first && sameWord(e.first, first))
    return matches.length ? mostRecent(matches, at) : null
  }

  /**
   * Record a mention: full names make entities; titled and bare surnames join them.
   *
   * @param mention the mention.
   * @param create whether a new entity may be made for it.
   * @returns the entity it belongs to, if any.
   */
  addMention(mention: NameMention, create: boolean): Entity | null {
    const at = this.places.of(mention.paragraph, mention.start)
    // a place, a quantifier, a clause names nobody: it joins an entity of that name, never makes one
    if (
      create &&
      !mention.honorific &&
      !mention.title &&
      notAName(mention.words.join(' '), this.opensSentence(mention), true)
    )
      create = false
    const words = mention.words.map(norm)
    let entity: Entity | null = null
    if (mention.kind === 'organisation') {
      const name = mention.words.join(' ').replace(/^The /, '')
      const key = `org:${name.toLowerCase()}`
      entity = this.byKey.get(key) ?? this.byAcronym(name)
      if (!entity && create) {
        entity = this.create('organisation', name, null, null)
        this.byKey.set(key, entity)
      }
      if (!entity && !mention.quoted && !mention.aside && !mention.headline) this.noteNamedBody(name, at)
      if (entity && !entity.forms.has(name)) entity.aliases.add(name)
    } else if (mention.kind === 'person' && words.length >= 2) {
      // `De Vries`: a particle starts the surname, not a first name
      const first = NAME_PARTICLES.has(words[0]!) ? null : words[0]!
      const last = words[words.length - 1]!
      entity =
        this.personByName(first, last, mention.gender ?? personalGender(mention.pronounGender), at) ??
        this.personBySurnames(words, at)
      if (!entity && create) entity = this.create('person', mention.words.join(' '), first, last)
      else if (entity && !entity.first) this.setFirst(entity, first)
    } else if (words.length === 1) {
      const word = words[0]!
      const firstNameHonorific = mention.honorific && /^(?:sir|dame|lord|lady)$/i.test(mention.honorific)
      entity = firstNameHonorific
        ? (this.personByFirstName(word, at) ??
          this.personByName(null, word, mention.gender ?? personalGender(mention.pronounGender), at))
        : this.personByName(null, word, mention.gender ?? personalGender(mention.pronounGender), at)
      // `Fiona added` after `Fiona Parry`: the one person of that first name (no honorific: `Mr. Fiona` is a surname)
      if (!entity && !mention.honorific) entity = this.onlyByFirstName(word)
      if (!entity && create && mention.kind === 'person')
        entity = this.create(
          'person',
          mention.words.join(' '),
          firstNameHonorific ? word : null,
          firstNameHonorific ? null : word
        )
    }
    if (!entity) return null
    this.note(entity, mention, at)
    return entity
  }

  private note(entity: Entity, mention: NameMention, at: number): void {
    if (!mention.quoted && !mention.aside) this.mentionAt(entity, at)
    if (mention.subject && !mention.aside) this.subjectAt(entity, at)
    if (entity.type === 'person' && mention.words.length >= 2) {
      const display = mention.words.join(' ')
      entity.forms.set(display, (entity.forms.get(display) ?? 0) + 1)
    }
    if (mention.text && !entity.forms.has(mention.text)) entity.aliases.add(mention.text)
    if (mention.role) this.addRole(entity, mention.role)
    if (mention.affiliation && !entity.affiliations.includes(mention.affiliation))
      entity.affiliations.push(mention.affiliation)
    if (mention.gender && !entity.gender) entity.gender = mention.gender
    if (mention.pronounGender && !entity.pronounGender) entity.pronounGender = mention.pronounGender
    if (mention.age != null) entity.age ??= mention.age
    if (
      mention.honorific ||
      mention.title ||
      mention.role ||
      mention.gender ||
      personalGender(mention.pronounGender) ||
      (entity.type === 'person' &&
        entity.nameGender &&
        entity.pronounGender !== 'n' &&
        !businessWord(mention.words[mention.words.length - 1]!)) ||
      mention.age != null ||
      mention.words.length === 1
    )
      this.markPersonal(entity)
    if (entity.type === 'person') {
      const surname = mention.words[mention.words.length - 1]!
      entity.surnames.set(surname, (entity.surnames.get(surname) ?? 0) + 1)
    }
  }

  /**
   * Resolve a speaker phrase to an entity: the first of the named rules that decides (see
   * `resolvePronoun`, `resolveName` and `DESCRIPTION_RULES`), else a group of that name.
   *
   * @param cue the phrase near the quote.
   * @param lastSpeaker the speaker of the previous quote, for pronouns.
   * @param mentionOf parse a name phrase into a mention.
   * @returns the entity, or `null` when the phrase cannot be tied to anyone.
   */
  resolve(
    cue: SpeakerCue,
    lastSpeaker: Entity | null,
    mentionOf: (cue: SpeakerCue) => NameMention | null
  ): Entity | null {
    const at = this.places.of(cue.paragraph, cue.start)
    const words = cue.text
      .toLowerCase()
      .replace(/^(?:the|a|an)\s+/, '')
      .split(/\s+/)
    const context: CueContext = { cue, at, words, head: words[words.length - 1]!, lastSpeaker, mentionOf }
    if (cue.kind === 'pronoun') return this.resolvePronoun(context)
    if (cue.kind === 'name') return this.resolveName(context)
    for (const rule of DESCRIPTION_RULES) {
      const found = this[rule](context)
      if (found !== undefined) return found
    }
    return this.resolveGroup(context)
  }

  /** `he`, `she`: a person of that gender (see `pronoun`); `it`, `they`: the body just quoted, or the latest named. */
  resolvePronoun({ cue, at, lastSpeaker }: CueContext): Entity | null {
    const lower = cue.text.toLowerCase()
    if (lower === 'he' || lower === 'she') {
      const entity = this.pronoun(lower === 'he' ? 'm' : 'f', at, lastSpeaker)
      // whoever `he` or `she` stands for is a person
      if (entity) this.markPersonal(entity)
      return entity
    }
    if (lower === 'it' || lower === 'they') {
      // a body: not a person, or a name the text never shows is a person's (`Hollis Fargo … it`)
      const body = (e: Entity): boolean => e.type !== 'person' || (!e.personal && e.pronounGender === 'n')
      const bodies = this.entities.filter((e) => body(e) && lastBefore(e.positions, at) >= 0)
      if (lastSpeaker && body(lastSpeaker)) return lastSpeaker
      return bodies.length ? mostRecent(bodies, at) : null
    }
    return null
  }

  /**
   * A name: the person or body it names (found or made); in a title-case headline, only a known
   * person inside the run; a body's short name (`the City`) for the longer one named before.
   */
  resolveName({ cue, at, mentionOf }: CueContext): Entity | null {
    const mention = mentionOf(cue)
    if (mention) {
      const found = this.addMention(mention, false)
      if (found) return found
    }
    // nobody known by that name: a sentence word, a quantifier, a place… names nobody
    const nobody = !mention?.honorific && !mention?.title && notAName(cue.text, this.opensSentence(cue))
    if (mention && !nobody) {
      // a headline run such as `Ana Ferreira Grills Ostrava Bank CEO`: a known person inside it
      const cueWords = mention.words.map(norm)
      const named = new Set<Entity>()
      for (const w of cueWords) for (const e of this.bySurname.candidates(w)) named.add(e)
      const inside = [...named]
        .filter(
          (e) =>
            e.type === 'person' &&
            e.personal &&
            e.last &&
            cueWords.some((w) => sameWord(w, e.last!)) &&
            (!e.first || cueWords.includes(e.first))
        )
        .sort((a, b) => a.order - b.order)
      if (inside.length) return mostRecent(inside, at)
      if (mention.headline) return null
      if (mention.kind === 'person' || mention.honorific || mention.title)
        return this.addMention({ ...mention, kind: 'person' }, true)
    }
    // a body: `the Elysee`, `The Herald`, `the WHO`; `the City` for the City of Marlow named before;
    // a one-word name that is a common word keeps its article (`The Hill`, `The Times`)
    const bare = cue.text.replace(/^(?:the|a|an)\s+/i, '')
    const name =
      /^the\s/i.test(cue.text) && /^\p{Lu}\p{Ll}+$/u.test(bare) && isCommonWord(bare.toLowerCase())
        ? `The ${bare}`
        : bare
    const longer =
      /^\p{Lu}\p{Ll}+$/u.test(bare) && ORGANISATION_WORDS.has(bare.toLowerCase())
        ? (this.organisationsByWord.get(bare.toLowerCase()) ?? []).filter((e) =>
            [...e.forms.keys()].some((f) => f !== bare)
          )
        : []
    // named before; or, in the headline (paragraph 0: `City says …` over `The City of
    // Marlow says …`), after
    const before = longer.filter((e) => lastBefore(e.positions, at) >= 0)
    const kind = before.length ? before : this.places.paragraphOf(at) === 0 ? longer : []
    if (nobody && !kind.length) return null
    const entity = this.entityNamed(
      'organisation',
      name,
      () =>
        this.byKey.get(`org:${bare.toLowerCase()}`) ??
        this.byAcronym(bare) ??
        (kind.length ? mostRecent(kind, at) : undefined)
    )
    this.mentionAt(entity, at)
    return entity
  }

  /** The place where the sentence holding `at` starts (after the last `.`, `!` or `?` before it in its paragraph). */
  private sentenceStart(at: number): number {
    const paragraph = this.places.paragraphOf(at)
    const start = this.places.start(paragraph)
    const before = this.places.text(paragraph).slice(0, at - start)
    const end = Math.max(before.lastIndexOf('. '), before.lastIndexOf('! '), before.lastIndexOf('? '))
    return end < 0 ? start : start + end + 2
  }

  /** Whether a cue or mention stands first in its sentence (its capital says nothing there). */
  private opensSentence({ text, paragraph, start }: { text: string; paragraph: number; start: number }): boolean {
    // `The Times`: a name after its article
    if (/^the\s/i.test(text)) return false
    const before = this.places.text(paragraph).slice(Math.max(0, start - 12), start)
    return /(?:^|[.!?:;]["”’)]?\s+|(?:^|\s)["'(—–-]\s*|[“‘]\s*)$/.test(before)
  }

  /** `the 38-year-old`: the person the text gave that age. */
  resolveAge({ cue, at, head }: CueContext): Entity | undefined {
    if (cue.kind !== 'description') return undefined
    const age = /^(\d{1,3})-year-old$/.exec(head)
    const aged = age ? this.persons().filter((e) => e.age === Number(age[1])) : []
    if (aged.length === 0) return undefined
    const entity = mostRecent(aged, at)
    entity.aliases.add(cue.text.replace(/^The /, 'the '))
    return entity
  }

  /** `the mayor`, `the PM`: the holder of that role the text named (see `roleHolder`). */
  resolveRoleHolder({ cue, at }: CueContext): Entity | undefined {
    if (cue.kind !== 'description') return undefined
    const entity = this.roleHolder(cue.text, at)
    if (!entity) return undefined
    entity.aliases.add(cue.text.replace(/^The /, 'the '))
    return entity
  }

  /** `the PM`, `the Prime Minister` with no holder named: the article's main person without a role. */
  resolveLeaderWithoutHolder({ cue, at, words }: CueContext): Entity | undefined {
    const capitalised = /^(?:the\s+)?(?:\p{Lu}[\p{L}.]*\s*)+$/u.test(cue.text)
    if (cue.kind !== 'description' || !capitalised || !LEADER_TITLES.test(words.join(' '))) return undefined
    // named before the title, or else anywhere in the article (`The Taoiseach said …` before his name appears)
    let free = this.persons().filter((e) => e.roles.length === 0 && lastBefore(e.positions, at + 1) >= 0)
    if (free.length === 0) free = this.persons().filter((e) => e.roles.length === 0)
    if (free.length === 0) free = this.entities.filter((e) => e.type === 'person' && e.roles.length === 0)
    if (free.length === 0) return undefined
    const main = free.sort((a, b) => b.positions.length - a.positions.length || a.positions[0]! - b.positions[0]!)[0]!
    this.addRole(main, titleCase(words.join(' ')))
    main.aliases.add(cue.text.replace(/^The /, 'the '))
    return main
  }

  /**
   * `a Department of Health spokesperson`, `the Scottish Government spokeswoman`, `a spokesperson
   * for Castlereagh Metals`: the body speaks through them.
   */
  resolveSpokesperson({ cue, at }: CueContext): Entity | undefined {
    if (cue.kind !== 'description') return undefined
    // `the spokesman` after `the prime minister’s spokesman`: the one that spokesman spoke for
    const bare = /^the\s+(spokes(?:man|woman|person))$/i.exec(cue.text)?.[1]!.toLowerCase()
    if (bare) {
      const spokenFor = this.entities.filter(
        (e) => lastBefore(e.positions, at) >= 0 && [...e.aliases].some((a) => a.toLowerCase().endsWith(`’s ${bare}`))
      )
      if (spokenFor.length) return mostRecent(spokenFor, at)
    }
    // `the prime minister’s spokesman`, `Lund’s spokeswoman`: the person they speak for
    const owned = PERSON_SPOKESPERSON.exec(cue.text)
    if (owned) {
      const owner = /^\p{Lu}/u.test(owned[1]!)
        ? this.personByName(null, owned[1]!.toLowerCase().split(/\s+/).pop()!, null, at)
        : this.roleHolder(`the ${owned[1]!}`, at)
      if (!owner) return undefined
      owner.aliases.add(cue.text.replace(/^The /, 'the ').replace(/'s /, '’s '))
      this.mentionAt(owner, at)
      return owner
    }
    const voiceFor = SPOKESPERSON_FOR.exec(cue.text)
    const voice = SPOKESPERSON.exec(cue.text) ?? (voiceFor ? [voiceFor[0], voiceFor[2]!.trim(), voiceFor[1]!] : null)
    const body = voice ? this.bodyNamed(voice[1]!, at) : null
    if (!voice || !body) return undefined
    body.aliases.add(cue.text.replace(/^(?:The|A|An) /, (w) => w.toLowerCase()))
    this.addRole(body, voice[2]!.toLowerCase())
    return body
  }

  /** `the agent said` after `One agent, who asked not to be named, told …`: that unnamed person. */
  resolveUnnamedMember({ cue, at, head }: CueContext): Entity | undefined {
    if (cue.kind !== 'description' || !/^the\s/i.test(cue.text)) return undefined
    const group = this.entities.filter(
      (e) =>
        e.type === 'group' &&
        [...e.forms.keys()].some((f) => f.toLowerCase().split(/\s+/).pop() === head) &&
        lastBefore(e.positions, at) >= 0
    )
    return group.length ? mostRecent(group, at) : undefined
  }

  /**
   * `the labour leader stated`, `the billionaire businessman said` with no such role named: the
   * person just quoted, described.
   */
  resolveDescribedSpeaker({ cue, at, head, lastSpeaker }: CueContext): Entity | undefined {
    if (
      cue.kind !== 'description' ||
      !/^the\s/i.test(cue.text) ||
      lastSpeaker?.type !== 'person' ||
      !lastSpeaker.personal ||
      !this.places.within(lastBefore(lastSpeaker.positions, at), at, 2) ||
      /\s\p{Lu}/u.test(` ${cue.text.replace(/^the\s+/i, '')}`) ||
      !(ROLE_HEADS.test(head) || EPITHET_HEADS.test(head)) ||
      // `the other candidate` is not the one just named
      /\b(?:other|rival|opposing|second)\b/i.test(cue.text)
    )
      return undefined
    lastSpeaker.aliases.add(cue.text.replace(/^The /, 'the '))
    return lastSpeaker
  }

  /** `the senator` with no senator in the text: nobody can be named (`a spokesman` stays anonymous). */
  resolveUnheldRole({ cue }: CueContext): null | undefined {
    return cue.kind === 'description' &&
      !INDEFINITE.test(cue.text) &&
      !/\s\p{Lu}/u.test(` ${cue.text.replace(/^the\s+/i, '')}`)
      ? null
      : undefined
  }

  /** `a Herald article`, `the Herald editorial`: the publication speaks. */
  resolveOutlet({ cue }: CueContext): Entity | undefined {
    const outlet = OUTLET_PIECE.exec(cue.text)
    if (!outlet) return undefined
    const name = outlet[1]!.trim()
    return this.entityNamed('organisation', name, () =>
      this.entities.find(
        (e) => e.type === 'organisation' && [...e.forms.keys()].some((f) => f.replace(/^The /, '') === name)
      )
    )
  }

  /** `his advisers`, `her campaign`: the group of the person the pronoun stands for (`advisers to Ana Lund`, `Ana Lund’s campaign`). */
  resolvePossessiveGroup({ cue, at, lastSpeaker }: CueContext): Entity | undefined {
    const possessive = /^(his|her)\s+(.+)$/i.exec(cue.text)
    if (!possessive || cue.kind !== 'group') return undefined
    const owner = this.pronoun(possessive[1]!.toLowerCase() === 'his' ? 'm' : 'f', at, lastSpeaker)
    if (!owner) return undefined
    const ownerName = [...owner.forms.keys()][0]!
    const noun = possessive[2]!.toLowerCase()
    // `Ana Lund’s campaign` (a body of hers), `advisers to Ana Lund` (people of hers), or the
    // `advisers to Ms. Lund` named before
    const body = ORGANISATION_WORDS.has(noun.split(/\s+/).pop()!)
    const group = this.entityNamed(
      'group',
      body ? `${ownerName}’s ${possessive[2]}` : `${possessive[2]} to ${ownerName}`,
      () =>
        this.entities.find(
          (e) =>
            e.type === 'group' &&
            [...e.forms.keys()].some((f) => {
              const form = f.toLowerCase()
              return (
                (form.startsWith(`${noun} to `) && form.endsWith(owner.last ?? '\u0000')) ||
                (form.endsWith(`’s ${noun}`) && form.startsWith(ownerName.toLowerCase()))
              )
            })
        )
    )
    group.aliases.add(cue.text.replace(/^H/, 'h'))
    return group
  }

  /**
   * `the statement added`, `the release said`: whoever issued it, the speaker just quoted when the
   * text ties them to such a document since (`Lund said in a statement`, `Lund’s office issued a
   * release`); else (nobody quoted yet, no document of theirs named, or `a statement`, a new one)
   * its issuer is unknown, and it is no speaker itself.
   */
  resolveStatement({ cue, at, lastSpeaker }: CueContext): Entity | null | undefined {
    if (!STATEMENT.test(cue.text)) return undefined
    if (/^an?\s/i.test(cue.text) || !lastSpeaker || lastSpeaker.spoke < 0) return null
    const head = cue.text.toLowerCase().split(/\s+/).pop()!
    const first = this.places.paragraphOf(lastSpeaker.spoke)
    const last = this.places.paragraphOf(at)
    if (last - first > 2) return null
    let text = ''
    for (let p = first; p <= last; p++) {
      const start = this.places.start(p)
      const from = p === first ? Math.max(0, lastSpeaker.spoke - start - 200) : 0
      text += ' ' + this.places.text(p).slice(from, p === last ? at - start : undefined)
    }
    return new RegExp(`\\b(?:an?|the|its|his|her|their)\\s+(?:[\\w-]+\\s+)?${head}\\b`, 'i').test(text)
      ? lastSpeaker
      : null
  }

  /** A body named by its kind: `the fund` for the International Monetary Fund. */
  resolveBodyKind({ at, head }: CueContext): Entity | undefined {
    const bodies = this.organisationsByWord.get(head) ?? []
    return bodies.length ? mostRecent(bodies, at) : undefined
  }

  /**
   * `the ministry`, `the company`, `the utility`: the body named before with that word, else the
   * body named in the last few paragraphs (the one named most), else, for `the company` with no
   * body speaking yet, the company the text named most.
   */
  resolveBodyNoun({ cue, at, head }: CueContext): Entity | undefined {
    if (cue.kind !== 'group' || !/^the\s/i.test(cue.text) || !BODY_NOUNS.test(head)) return undefined
    // `the ministry said` after `the Federal Ministry of Works` was named, never speaking by name
    const byWord = this.namedBefore(
      at,
      (this.namedByWord.get(head) ?? []).filter((name) => name.includes(' '))
    )
    if (byWord) return this.bodyFromNamed(byWord, cue)
    // the body named in the last few paragraphs, else the one the article names most
    // (a body of capitalised words with no sign of a person, `Southern Counties Water`, or that `it`
    // stands for, counts too)
    const body = (e: Entity): boolean =>
      (e.type === 'organisation' ||
        (e.type === 'person' &&
          !e.personal &&
          (e.pronounGender === 'n' ||
            [...e.forms.keys()][0]!.split(' ').length >= 3 ||
            businessWord([...e.forms.keys()][0]!.split(' ').pop()!)))) &&
      // `the company` is no ministry or council
      (!COMPANY_NOUNS.test(head) || ![...e.forms.keys()].some((f) => PUBLIC_BODY.test(f)))
    // named in the last four paragraphs (read back from here), else anywhere before
    const q = this.places.paragraphOf(at)
    const from =
      q < 4 ? 0 : Math.min(this.places.start(q - 3), this.places.start(q - 4) + (at - this.places.start(q)) + 1)
    // a lone capitalised word with no sign of a body (`Lund said`) is a body only when nothing else is
    const bodyish = (e: Entity): boolean =>
      [...e.forms.keys()].some(
        (f) => f.includes(' ') || ACRONYM_NAME.test(f) || ORGANISATION_WORDS.has(f.toLowerCase())
      ) || e.pronounGender === 'n'
    const named = (list: Entity[]): Entity[] => (list.some(bodyish) ? list.filter(bodyish) : list)
    const recent = named([...this.log.between(from, at, 'mention', body)].sort((a, b) => a.order - b.order))
    const pool = recent.length
      ? recent
      : named(this.entities.filter((e) => body(e) && lastBefore(e.positions, at) >= 0))
    if (pool.length) {
      // a company's name sounds like one (`Northern Ports Water`, `Acme Holdings`)
      const fit = (e: Entity): number =>
        e.positions.length + (COMPANY_NOUNS.test(head) && [...e.forms.keys()].some((f) => COMPANY_NAME.test(f)) ? 2 : 0)
      const entity = pool.sort(
        (a, b) => fit(b) - fit(a) || lastBefore(b.positions, at) - lastBefore(a.positions, at)
      )[0]!
      entity.aliases.add(cue.text.replace(/^The /, 'the '))
      return entity
    }
    // `the company said` when no body has spoken yet: the company the text named most before it
    const company = COMPANY_NOUNS.test(head) ? this.namedBefore(at, this.namedCompanies, true) : null
    return company ? this.bodyFromNamed(company, cue) : undefined
  }

  /** `government sources`, `a senior Harbour Party source`: an unnamed group or person of that name. */
  resolveGroup({ cue, at }: CueContext): Entity {
    // `a source close to the mayor`, `officials familiar with the talks`: who they are goes with them
    const after = this.places.text(cue.paragraph).slice(cue.end, cue.end + 120)
    const tail = UNNAMED_TAIL.exec(after)?.[1] ?? ''
    const phrase = tail ? `${cue.text} ${tail}` : cue.text
    const entity = this.entityNamed('group', phrase.replace(/^(?:the|a|an)\s+/i, ''))
    // `a senior Harbour Party source`, `one aide`: one unnamed person, also known with the article
    if (INDEFINITE.test(phrase)) entity.aliases.add(phrase.replace(/^\p{Lu}/u, (c) => c.toLowerCase()))
    this.mentionAt(entity, at)
    return entity
  }

  /**
   * The organisation a capitalised name stands for (`Department of Health`, `Home Office`),
   * found or made.
   *
   * @param name the name as written, its article dropped.
   * @param at where it stands.
   * @returns the organisation, or `null` when the name is no body's (lowercase, a person's).
   */
  private bodyNamed(name: string, at: number): Entity | null {
    const clean = name.replace(/^(?:the|a|an)\s+/i, '').trim()
    if (
      !/^\p{Lu}/u.test(clean) ||
      clean
        .toLowerCase()
        .split(/\s+/)
        .some((word) =>
          this.bySurname.candidates(word).some((e) => e.type === 'person' && e.personal && e.last === word)
        )
    )
      return null
    const entity = this.entityNamed('organisation', clean, () => this.byAcronym(clean))
    this.mentionAt(entity, at)
    return entity
  }

  /** Note a body named where no entity is yet (`namedBodies`), filed by its words. */
  private noteNamedBody(name: string, at: number): void {
    // `Bank` alone (a sentence's first word, a cut name) names no body
    if (!name.includes(' ') && (isCommonWord(name.toLowerCase()) || ORGANISATION_WORDS.has(name.toLowerCase()))) return
    let places = this.namedBodies.get(name)
    if (!places) {
      places = []
      this.namedBodies.set(name, places)
      for (const word of new Set(name.toLowerCase().split(/\s+/))) {
        const names = this.namedByWord.get(word)
        if (names) names.push(name)
        else this.namedByWord.set(word, [name])
      }
      if (COMPANY_NAME.test(name) && !PUBLIC_BODY.test(name)) this.namedCompanies.push(name)
    }
    // (a name read again from a cue is counted again, as it was named again)
    let k = places.length
    while (k > 0 && places[k - 1]! > at) k--
    places.splice(k, 0, at)
  }

  /**
   * A body named before `at` but not yet an entity, among `names` (in the order first named).
   *
   * @param most the one named most often (the latest on a tie); else the latest.
   */
  private namedBefore(at: number, names: readonly string[], most = false): string | null {
    const counts = new Map<string, { count: number; last: number }>()
    for (const name of names) {
      const places = this.namedBodies.get(name)!
      const count = countBefore(places, at)
      if (count > 0) counts.set(name, { count, last: places[count - 1]! })
    }
    let best: string | null = null
    for (const [name, seen] of counts) {
      const current = best === null ? null : counts.get(best)!
      if (
        !current ||
        (most && seen.count > current.count) ||
        ((!most || seen.count === current.count) && seen.last > current.last)
      )
        best = name
    }
    return best
  }

  /**
   * The body or group of a name: the one filed under the name, else the one `found` gives (by
   * acronym, by a longer name), else a new one filed under the name.
   *
   * @param type a body (`org:` keys) or a group (`group:` keys).
   * @param name the name as the entity is to be shown.
   * @param found another way to find it, tried only when nothing is filed under the name.
   * @returns the entity.
   */
  private entityNamed(type: 'organisation' | 'group', name: string, found?: () => Entity | null | undefined): Entity {
    const key = `${type === 'group' ? 'group' : 'org'}:${name.toLowerCase()}`
    let entity = this.byKey.get(key) ?? found?.() ?? null
    if (!entity) {
      entity = this.create(type, name, null, null)
      this.byKey.set(key, entity)
    }
    return entity
  }

  /** The entity of a body named before (made now), with the cue that stands for it as an alias. */
  private bodyFromNamed(name: string, cue: SpeakerCue): Entity {
    const key = `org:${name.toLowerCase()}`
    const entity = this.byKey.get(key) ?? this.create('organisation', name, null, null)
    this.byKey.set(key, entity)
    for (const place of this.namedBodies.get(name) ?? []) this.mentionAt(entity, place)
    entity.aliases.add(cue.text.replace(/^The /, 'the '))
    return entity
  }

  /**
   * The person a role description stands for (`the B.C. premier`, `the PM`): the one holder
   * of the role, or among several, those the description's capitalised modifiers fit.
   *
   * @param description the description as written (`the Ukrainian president`).
   * @param at where it stands.
   * @returns the most recently named holder, or `null` when nobody holds the role.
   */
  roleHolder(description: string, at: number): Entity | null {
    // `a Defra spokesman` is somebody not named, not the `environment spokesman` named before
    if (INDEFINITE.test(description)) return null
    const words = description
      .toLowerCase()
      .replace(/^(?:the|a|an)\s+/, '')
      .split(/\s+/)
    const head = words[words.length - 1]!
    const modifiers = words.slice(0, -1).filter((w) => !/^(?:former|then|current|new|top|senior)$/.test(w))
    const wanted = [head, ...(ROLE_ABBREVIATIONS[head] ?? [])]
    const all = this.holdersOf(wanted)
    const holds = (e: Entity): boolean => e.type === 'person' && e.personal
    // the one holder of the role, whatever the modifiers say
    let only: Entity | null = null
    let count = 0
    for (const e of all) if (holds(e) && ((only = e), ++count > 1)) break
    if (count <= 1) return only
    // of several, those the description's capitalised modifiers fit (`the Ukrainian president`)
    const fitting = (e: Entity): boolean =>
      modifiers.every(
        (m) =>
          [...e.roles, ...e.affiliations].some((x) => x.toLowerCase().includes(m)) ||
          !/^\p{Lu}/u.test(description.split(/\s+/).find((w) => w.toLowerCase() === m) ?? '')
      )
    // the one mentioned latest (read back from here), else the first named after
    const members = new Set(all)
    const latest = this.log.latest(at + 1, 'mention', (e) => members.has(e) && holds(e) && fitting(e))
    if (latest) return latest.entity
    const holders = all.filter((e) => holds(e) && fitting(e))
    return holders.length ? mostRecent(holders, at) : null
  }

  /**
   * Record that an entity was given a quote at a place (a person named before that is no newcomer
   * for a later pronoun).
   *
   * @param entity the speaker.
   * @param at where the quote stands.
   * @param end where it ends (default: `at`).
   */
  noteSpeech(entity: Entity, at: number, end = at): void {
    if (at < entity.spoke) return
    entity.spoke = at
    entity.spokeEnd = end
  }

  /**
   * Whether a place stands in the sentence the entity last spoke in, after its quote: its tag or
   * appositive (`…,” said Piet Vos, a former aide to Governor Ola Brandt`). Sentence ends inside
   * quote marks and after initials or abbreviated titles do not count.
   */
  private inLastSpeech(entity: Entity, place: number): boolean {
    if (entity.spokeEnd < 0 || place < entity.spokeEnd) return false
    const paragraph = this.places.paragraphOf(entity.spokeEnd)
    if (this.places.paragraphOf(place) !== paragraph) return false
    const start = this.places.start(paragraph)
    const between = this.places
      .text(paragraph)
      .slice(entity.spokeEnd - start, place - start)
      // (the quote's own closing mark, then any later quotation)
      .replace(/^[^“”"]*[”"]/, ' ')
      .replace(/[“"][^”"]*[”"]/g, ' ')
    return !SENTENCE_END.test(between)
  }

  /**
   * Record a role description that stands as a sentence's subject (`The PM faces…`) as a
   * subject mention of its holder, so a later `he` can stand for them.
   *
   * @param description the description as written.
   * @param at where it stands.
   */
  noteDescription(description: string, at: number): void {
    const entity = this.roleHolder(description, at)
    if (!entity) return
    this.mentionAt(entity, at)
    this.subjectAt(entity, at)
  }

  /** Resolve `he` or `she`: the last speaker when nobody else took the floor, else the latest subject. */
  private pronoun(gender: 'm' | 'f', at: number, lastSpeaker: Entity | null): Entity | null {
    const fits = (e: Entity): boolean => e.type === 'person' && (genderOf(e) === null || genderOf(e) === gender)
    const log = this.log
    // the candidates: those mentioned before who fit, the persons the text marks as such if any
    // (nobody marked as a person: any full name will do, `Tomas Berg spoke … he said`)
    let personalOnly = true
    if (!log.latest(at, 'mention', (e) => fits(e) && e.personal)) {
      personalOnly = false
      if (!log.latest(at, 'mention', fits)) return null
    }
    const candidate = (e: Entity): boolean => fits(e) && (!personalOnly || e.personal)
    const places = this.places
    const paragraph = places.paragraphOf(at)
    const since = (e: Entity): number => Math.max(lastBefore(e.subjectPositions, at), lastBefore(e.positions, at))
    // a person just named as the subject of this sentence, of that gender, when the last speaker's is
    // another or unknown (`backing Ana Lund, he said` names Lund as no subject)
    const nearFrom = Math.max(at - 159, places.start(paragraph))
    const near = log.between(nearFrom, at, 'subject', (e) => candidate(e) && genderOf(e) === gender)
    if (near.size && (!lastSpeaker || genderOf(lastSpeaker) !== gender) && !near.has(lastSpeaker as Entity))
      return log.latest(at, 'subject', (e) => near.has(e), nearFrom)!.entity
    if (lastSpeaker && fits(lastSpeaker)) {
      // a rival: another candidate the subject of a sentence since the last speaker's, here or in the paragraph before
      const from = Math.max(since(lastSpeaker) + 1, places.start(paragraph - 1))
      const rival = log.latest(at, 'subject', (e) => e !== lastSpeaker && candidate(e), from)
      // a newcomer: a person of that gender first named since the last speaker spoke
      const newcomer = log.latest(
        at,
        'mention',
        (e) =>
          e !== lastSpeaker &&
          candidate(e) &&
          genderOf(e) === gender &&
          e.positions[0]! >= Math.max(from, lastSpeaker.spoke) &&
          // (`said Piet Vos, a former aide to Governor Ola Brandt. … he added`: named in the speaker's own tag)
          !this.inLastSpeech(lastSpeaker, e.positions[0]!),
        from
      )
      // (named before this sentence: `After talks with Piet Lund, he said` is still the last speaker)
      const sentence = this.sentenceStart(at)
      if (!rival && (!newcomer || newcomer.place >= sentence)) return lastSpeaker
    }
    // only one fitting person named in this paragraph or the one before: that person
    const window = log.between(places.start(paragraph - 1), at, 'mention', candidate)
    if (window.size === 1) return [...window][0]!
    // the latest subject of this paragraph or the two of text before; a person only mentioned, never the
    // subject of a sentence nearby, or a subject further back, is too weak a guess (the quote stays
    // unattributed)
    const subject = log.latest(at, 'subject', candidate, places.start(places.textBack(paragraph, 2)))
    return subject ? subject.entity : null
  }
}

/** What a rule reads of a speaker phrase. */
export interface CueContext {
  cue: SpeakerCue
  /** Where the phrase stands (`Places`). */
  at: number
  /** Its lowercase words, without a leading article; `head` is the last. */
  words: string[]
  head: string
  /** The speaker of the previous quote. */
  lastSpeaker: Entity | null
  /** Parse a name phrase into a mention. */
  mentionOf: (cue: SpeakerCue) => NameMention | null
}

/**
 * The rules for descriptions and groups, in the order they are tried: each returns the entity,
 * `null` (nobody can be named), or `undefined` (the rule does not apply).
 */
const DESCRIPTION_RULES = [
  'resolveAge',
  'resolveRoleHolder',
  'resolveLeaderWithoutHolder',
  'resolveSpokesperson',
  'resolveUnnamedMember',
  'resolveDescribedSpeaker',
  'resolveUnheldRole',
  'resolveOutlet',
  'resolvePossessiveGroup',
  'resolveStatement',
  'resolveBodyKind',
  'resolveBodyNoun'
] as const

/** A publication's piece (`a Herald article`, `the Herald editorial`): the publication's name. */
const OUTLET_PIECE =
  /^(?:an?|the)?\s*((?:\p{Lu}[\p{L}.&'’-]*\s+)+)(?:article|editorial|story|column|piece|op-ed|headline)$/u

/** A sentence's end: a full stop, question or exclamation mark before a capital, not after an initial or an abbreviated title. */
const SENTENCE_END =
  /(?<!(?:^|[\s.])(?:\p{Lu}|Mr|Mrs|Ms|Dr|Gov|Sen|Rep|Gen|Lt|Col|Capt|Sgt|Prof|Rev|St|Jr|Sr|Inc|Corp|Co|No))[.!?]["”’']*\s+["“‘']*\p{Lu}/u

/** A document that speaks for whoever issued it (`the statement`, `its release`). */
const STATEMENT =
  /^(?:the|a|an|its|his|her|their)\s+(?:\w+\s+)?(?:statement|release|letter|notice|memo|communiqué|communique)$/i

/** Titles of a head of government or state that stand for the article's main person when nobody holds them by name. */
const LEADER_TITLES = /^(?:pm|cm|prime minister|chief minister|president|chancellor|premier|first minister|taoiseach)$/

/** A spokesperson for a body named after (`a spokesperson for Castlereagh Metals`): the role and the body's name. */
const SPOKESPERSON_FOR =
  /^(?:(?:the|a|an)\s+)?(spokes(?:man|woman|person)|representative|press officer|press secretary)\s+for\s+(?:the\s+)?((?:\p{Lu}[\p{L}'’.&-]*\s*)+)$/u

/** A person's spokesperson (`the prime minister’s spokesman`, `Lund’s spokeswoman`): the person, as a role or a name. */
const PERSON_SPOKESPERSON =
  /^(?:the\s+)?((?:\p{Ll}[\p{L}-]*\s+)*\p{Ll}[\p{L}-]*|(?:\p{Lu}[\p{L}.'-]*\s+)*\p{Lu}[\p{L}'-]*)['’]s\s+(?:spokes(?:man|woman|person)|press secretary|spokesmen)$/u

/** A body's spokesperson (`a Department of Health spokesperson`): the body's name and the role. */
const SPOKESPERSON =
  /^(?:(?:the|a|an)\s+)?((?:\p{Lu}[\p{L}'’.&-]*\s+(?:(?:of|for|and|on)\s+(?:the\s+)?)?)+)(spokes(?:man|woman|person)|representative|press officer|press secretary)$/u

/** Whether a name's last word reads as a business's (`Marlow Dredging`, `Kessel Shipping`), not a surname. */
function businessWord(word: string): boolean {
  return /\p{Ll}ing$/u.test(word) || COMPANY_NAME.test(word)
}

/** A person's gender: as the text gives it (honorific, role), else as their first name usually has it, else as the pronouns after their name say. */
function genderOf(entity: Entity): 'm' | 'f' | null {
  return entity.gender ?? entity.nameGender ?? personalGender(entity.pronounGender)
}

/** A pronoun's gender when it stands for a person (`he`, `she`), else `null` (`it`). */
function personalGender(gender: 'm' | 'f' | 'n' | null | undefined): 'm' | 'f' | null {
  return gender === 'm' || gender === 'f' ? gender : null
}

/** What says who unnamed people are, after them (`close to the mayor`, `familiar with the talks`), up to the clause's end. */
const UNNAMED_TAIL =
  /^\s+((?:close to|familiar with|with knowledge of|briefed on|involved in|knowledgeable about)\s+[^,.;:!?“”"()—]+?)(?=\s*(?:[,.;:!?“”"()—]|$)|\s+(?:said|says|told|tells|added|who|which|that|and|but|as|when|while|on|in)\b)/i

/** Heads of a description that stands for a person just named (`the billionaire businessman`, `the candidate`). */
const EPITHET_HEADS =
  /^(?:candidate|nominee|businessman|businesswoman|mogul|tycoon|magnate|developer|billionaire|politician|lawmaker|legislator|senator|congressman|congresswoman|governor|president|secretary|star|founder|owner|investor|entrepreneur|author|actor|actress|singer|player|coach|general|diplomat|scientist|professor)$/

/** An indefinite description: somebody not named before (`a spokesman`, `one aide`, `another source`). */
const INDEFINITE = /^(?:a|an|one|another)\s/i

/** A name written as an acronym (`IMF`, `F.B.I.`). */
const ACRONYM_NAME = /^(?:\p{Lu}\.?){2,}$/u

/** The entity mentioned most recently before `at` (or first mentioned after it). */
function mostRecent(entities: Entity[], at: number): Entity {
  let best = entities[0]!
  let bestAt = -Infinity
  for (const e of entities) {
    const before = lastBefore(e.positions, at + 1)
    const last = before >= 0 ? before : -1e15 - (e.positions[0] ?? 0)
    if (last > bestAt) {
      bestAt = last
      best = e
    }
  }
  return best
}

/** `prime minister` -> `Prime Minister`; `pm` -> `PM`. */
function titleCase(role: string): string {
  if (role === 'pm') return 'Prime Minister'
  if (role === 'cm') return 'Chief Minister'
  return role
    .split(/\s+/)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join(' ')
}

/** Whether a word of a cue is only a title or sentence word, not part of a name. */
export function isTitleWord(word: string): boolean {
  const lower = word.toLowerCase()
  return HONORIFICS.has(lower) || TITLE_WORDS.has(lower) || NOT_NAME_START.has(lower) || ORGANISATION_WORDS.has(lower)
}

/**
 * The initials of a multi-word name (`International Labour Organization` -> `ILO`); with
 * `joins`, of its small words too (`Ministry of Manpower` -> `MOM`).
 */
function initials(name: string, joins = false): string {
  const words = name
    .split(/\s+/)
    .filter((w) => (joins ? !/^(?:the|and)$/i.test(w) : !/^(?:of|for|the|and|on|in|de|du|des|la|le)$/i.test(w)))
  if (words.length < 2) return ''
  return words.map((w) => w[0]!.toUpperCase()).join('')
}

/** How many values of the ascending array `list` are below `at` (where `at` would be inserted). */
function countBefore(list: readonly number[], at: number): number {
  let lo = 0
  let hi = list.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (list[mid]! < at) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** Insert `value` into the ascending array `list` (once). */
function insertSorted(list: number[], value: number): void {
  const at = countBefore(list, value)
  if (list[at] !== value) list.splice(at, 0, value)
}

/** The greatest value of the ascending array `list` below `at`, or -1. */
function lastBefore(list: readonly number[], at: number): number {
  const count = countBefore(list, at)
  return count > 0 ? list[count - 1]! : -1
}

/** Whether a role reads as one of `wanted`, word for word (`deputy prime minister` reads as `prime minister`). */
function readsAs(role: string, wanted: readonly string[]): boolean {
  const spaced = ` ${role.toLowerCase()} `
  return wanted.some((w) => spaced.includes(` ${w} `))
}
