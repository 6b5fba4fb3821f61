import {
  AGENT_NOUN,
  BODY_PORTFOLIOS,
  GENDERED_ROLES,
  HONORIFIC_PAIRS,
  HONORIFICS,
  LOOSE_TITLES,
  NAME_PARTICLES,
  NOT_NAME_START,
  ORGANISATION_WORDS,
  PARTICLE_NAME,
  PORTFOLIOS,
  ROLE_NOUNS,
  SUBJECT_PRONOUNS,
  TITLE_WORDS
} from '../lexicon/people.ts'
import { isCommonWord } from '../lexicon/common-words.ts'
import { firstNameGender } from '../lexicon/first-names.ts'
import { isStopword } from '../lexicon/stopwords.ts'
import { SPEECH_VERBS } from '../lexicon/speech-verbs.ts'
import { isAppositive, speakerNoun, titleBefore } from '../text/phrases.ts'
import { paragraphTokens, type Token } from '../text/tokens.ts'
import type { SourceParagraph } from '../types.ts'
import { HEADLINE_BREAK, LEADING_CLAUSE_WORDS, SUBJECT_OPENERS } from '../lexicon/clause-words.ts'
import { BODY_NOUNS } from '../lexicon/bodies.ts'

/** A name found in the text, split into its parts. */
export interface NameMention {
  paragraph: number
  /** Offsets of the whole mention (title included) in the paragraph's cleaned text. */
  start: number
  end: number
  /** The mention as written (`President Ana Ferreira`). */
  text: string
  /** Honorific (`Mr`, `Sir`), if any. */
  honorific: string | null
  /** Title words before the name (`President`, `Prime Minister`, `Rep.`), normalised. */
  title: string | null
  /** The name's own words (`Ana`, `Ferreira`). */
  words: string[]
  /** Role and affiliation the text gives around the mention. */
  role: string | null
  affiliation: string | null
  /** `m`, `f` or `null` when the text does not say (an honorific, a gendered role). */
  gender: 'm' | 'f' | null
  /**
   * The gender of the pronouns that follow the mention with nobody else named between (weaker
   * evidence); `n` when only `it` or `its` follow (a body, `Marlow Dredging … it said`).
   */
  pronounGender?: 'm' | 'f' | 'n' | null
  /** The age the text gives after the name (`Tova Brandt, 38,`), if any. */
  age?: number | null
  /** A person, an organisation or a bare single word (a surname, or a place). */
  kind: 'person' | 'organisation' | 'single'
  /** Whether it stands where a sentence's subject does (first words of the sentence). */
  subject: boolean
  /** Whether it stands inside a quote (somebody else's words). */
  quoted?: boolean
  /** Whether it stands in a caption or credit line: it names the entity but is never a pronoun's antecedent. */
  aside?: boolean
  /** Whether it stands in a headline in title case: it may join a person or body the text names, never make one. */
  headline?: boolean
}

/** Whether a word is written as an acronym (`IMF`, `NYPD`). */
const ACRONYM = /^[A-Z][A-Z0-9&.]{1,7}$/

/**
 * Find every capitalised name in a paragraph and read what the text says
 * around it: honorific, title, a role before it (`Russian foreign minister`),
 * an appositive after it (`, the interim chairwoman of X,`).
 *
 * @param paragraph the paragraph (cleaned text).
 * @returns the mentions in order.
 */
export function findMentions(paragraph: SourceParagraph): NameMention[] {
  const tokens = paragraphTokens(paragraph)
  const out: NameMention[] = []
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!
    if (!t.capital) continue
    let j = i
    let body = false
    for (;;) {
      const next = tokens[j + 1]
      if (!next || next.text === 'I') break
      // `Ana Lund Just Said …`, `Tomas Berg On How …`: a title-case headline's adverb or
      // function word ends the name
      if (HEADLINE_BREAK.test(next.lower)) break
      // `Kessel Capital's Ola Brandt`: a possessive ends the body's name when a person's name follows
      // (`People's Party`, `St Mary's Hospital` run on)
      if (
        /['’]s$/.test(tokens[j]!.text) &&
        next.capital &&
        tokens[j + 2]?.capital &&
        ![next, tokens[j + 2]!].some((t) => ORGANISATION_WORDS.has(t.lower) || isCommonWord(t.lower))
      )
        break
      if (next.capital || PARTICLE_NAME.test(next.text)) {
        j++
        continue
      }
      // `Arvid "Avi" Lindqvist`: a nickname in quote marks inside the name
      if (
        /^["“‘']$/.test(next.text) &&
        tokens[j + 2]?.capital &&
        /^["”’']$/.test(tokens[j + 3]?.text ?? '') &&
        tokens[j + 4]?.capital &&
        tokens[j]!.capital
      ) {
        j += 4
        continue
      }
      // `Ilse von der Heide`, `Karin van der Merwe`: particles before the surname
      let k = j + 1
      while (k < tokens.length && k - j <= 3 && NAME_PARTICLES.has(tokens[k]!.lower)) k++
      if (k > j + 1 && tokens[k]?.capital && tokens[j]!.capital) {
        j = k
        continue
      }
      // `Minister for Energy Mian Asif Kharal`: a title's portfolio runs on over `for`
      if (
        /^(?:of|for)$/.test(next.lower) &&
        TITLE_WORDS.has(tokens[j]!.lower) &&
        tokens[j + 2]?.capital &&
        (isPortfolio(tokens[j + 2]!.lower) || (tokens[j + 3]?.capital && tokens[j + 4]?.capital))
      ) {
        j += 2
        continue
      }
      // `Ministry of Water Resources`, `University of the West`, `Ministry of Ports and Harbours`:
      // a body's name runs on over `of`, then over `and`
      if (
        (/^(?:of|for)$/.test(next.lower) && ORGANISATION_WORDS.has(tokens[j]!.lower)) ||
        ((body || endsInBody(tokens, j + 2)) && (next.lower === 'and' || next.text === '&'))
      ) {
        const k = tokens[j + 2]?.lower === 'the' ? j + 3 : j + 2
        if (tokens[k]?.capital && !NOT_NAME_START.has(tokens[k]!.lower)) {
          body = true
          j = k
          continue
        }
      }
      break
    }
    if (t.text === 'I' || (/^[A-Z]{2,}$/.test(t.text) && t.text.length > 5)) continue
    // a lone sentence word (`The`, `But`) names nobody: no need to read it
    if (i === j && NOT_NAME_START.has(t.lower) && !HONORIFICS.has(t.lower) && !TITLE_WORDS.has(t.lower)) {
      i = j
      continue
    }
    const mention = readMention(paragraph, tokens, i, j)
    if (mention) out.push(mention)
    i = j
  }
  return out
}

/** Read tokens `[first, last]` (a capitalised run) as a mention. */
function readMention(paragraph: SourceParagraph, tokens: Token[], first: number, last: number): NameMention | null {
  // `Chilean President Ana Ferreira`, `Ostrava Bank CEO Piet Lund`: what stands before the title is an affiliation
  let prefix: string | null = null
  let lead = first
  while (
    lead <= last &&
    NOT_NAME_START.has(tokens[lead]!.lower) &&
    !HONORIFICS.has(tokens[lead]!.lower) &&
    !TITLE_WORDS.has(tokens[lead]!.lower)
  )
    lead++
  for (let j = lead + 1; j < last; j++) {
    const lower = tokens[j]!.lower
    // `Pentagon Spokesman Ana Lund`, `White House Counsel Ana Lund`: a capitalised role noun before a name
    const role = ROLE_NOUNS.has(lower) && tokens[j + 1]!.capital && !ROLE_NOUNS.has(tokens[j + 1]!.lower)
    if (!HONORIFICS.has(lower) && !TITLE_WORDS.has(lower) && !role) continue
    // `White House Counsel`: a word of a body's name, not a title (but `Health Minister` is one)
    const next = tokens[j + 1]!.lower
    if (BODY_NAME_WORDS.has(lower) && !TITLE_WORDS.has(next) && !HONORIFICS.has(next)) continue
    // the whole run of title words from here (`Deputy Chief Minister`), then the name
    let m = j
    while (m + 1 < last && (TITLE_WORDS.has(tokens[m + 1]!.lower) || HONORIFICS.has(tokens[m + 1]!.lower))) m++
    const run = tokens.slice(j, m + 1)
    // `Police Chief Ana Lund`: loose title words too, when a name follows them
    const titled =
      HONORIFICS.has(lower) ||
      run.some((t) => TITLE_WORDS.has(t.lower) && !LOOSE_TITLES.has(t.lower)) ||
      tokens[m + 1]!.capital
    if (!titled) {
      j = m
      continue
    }
    if (
      tokens
        .slice(lead, j)
        .every(
          (t, n) => (!TITLE_WORDS.has(t.lower) || (n > 0 && BODY_NAME_WORDS.has(t.lower))) && !HONORIFICS.has(t.lower)
        )
    ) {
      prefix = paragraph.text.slice(tokens[lead]!.start, tokens[j - 1]!.end)
      first = j
    }
    break
  }
  let i = first
  let honorific: string | null = null
  let bodyName = false
  const titleWords: string[] = []
  // leading sentence words (`But`, `The`), honorifics and titles
  for (; i <= last; i++) {
    const lower = tokens[i]!.lower
    // `Tan Sri Muhyiddin Yassin`, `Dato’ Seri Rahimah Kassim`: a two-word honorific
    const pair = HONORIFIC_PAIRS.get(lower)
    if (pair && i + 1 < last && pair.has(tokens[i + 1]!.lower)) {
      honorific = `${tokens[i]!.text} ${tokens[i + 1]!.text}`
      i++
      continue
    }
    if (HONORIFICS.has(lower) && i < last) {
      honorific = tokens[i]!.text.replace(/\.$/, '')
      continue
    }
    // `Chief Cabinet Secretary`, `Home Affairs Minister`: a capitalised portfolio between title words
    if (
      titleWords.length &&
      !TITLE_WORDS.has(lower) &&
      !HONORIFICS.has(lower) &&
      i + 1 < last &&
      TITLE_WORDS.has(tokens[i + 1]!.lower) &&
      !LOOSE_TITLES.has(tokens[i + 1]!.lower)
    ) {
      titleWords.push(tokens[i]!.text)
      continue
    }
    if (TITLE_WORDS.has(lower) && i < last) {
      titleWords.push(TITLE_WORDS.get(lower)!)
      // `Minister for Energy`, `Minister of State for Manpower`: the portfolio belongs to the title
      // (one word at least when two more name it: `Minister for Ports Asha Rao`)
      while (
        i + 2 < last &&
        /^(?:for|of)$/.test(tokens[i + 1]!.lower) &&
        tokens[i + 2]!.capital &&
        (isPortfolio(tokens[i + 2]!.lower) || last - (i + 2) >= 2)
      ) {
        titleWords.push(tokens[i + 1]!.lower, tokens[i + 2]!.text)
        i += 2
        while (i + 1 < last && tokens[i + 1]!.capital && isPortfolio(tokens[i + 1]!.lower) && last - (i + 1) >= 2)
          titleWords.push(tokens[++i]!.text)
        // `Minister for Ports and Harbours`
        while (i + 2 < last && tokens[i + 1]!.lower === 'and' && isPortfolio(tokens[i + 2]!.lower)) {
          titleWords.push('and', tokens[i + 2]!.text)
          i += 2
        }
      }
      continue
    }
    // `Prosecutor Eva Lund said`: a role noun capitalised before a name is a title
    if (ROLE_NOUNS.has(lower) && i < last && tokens[i + 1]!.capital && !ROLE_NOUNS.has(tokens[i + 1]!.lower)) {
      titleWords.push(tokens[i]!.text)
      continue
    }
    if (NOT_NAME_START.has(lower) && titleWords.length === 0 && !honorific) continue
    break
  }
  if (i > last) return null
  // `Home Office`, `State Department`, `Finance Ministry`, `Health New Zealand`: a portfolio before a body
  // or a place is the name of a body, not the title of a person
  const portfolioOnly =
    titleWords.length > 0 && !honorific && titleWords.every((w) => BODY_PORTFOLIOS.has(w.toLowerCase()))
  if (
    portfolioOnly ||
    (titleWords.length &&
      !honorific &&
      titleWords.every((w) => LOOSE_TITLES.has(w.toLowerCase())) &&
      tokens.slice(i, last + 1).every((t) => ORGANISATION_WORDS.has(t.lower)))
  ) {
    i = first
    titleWords.length = 0
    if (portfolioOnly) bodyName = true
  }
  // `Deputy Minister of Transport` (and Public Works): a title and its portfolio, nobody named
  if (
    titleWords.length &&
    /^(?:of|for)$/.test(tokens[i]!.lower) &&
    tokens.slice(i + 1, last + 1).every((t) => isPortfolio(t.lower) || t.lower === 'and')
  )
    return null
  // `Minister of State for Food Security`: a title and its portfolio, nobody named
  if (titleWords.some((w) => w === 'for' || w === 'of') && tokens.slice(i, last + 1).every((t) => isPortfolio(t.lower)))
    return null
  // `The Prime Minister`, `Mr. President`: only titles, nobody named (but `Mr. King`, `Ms. Judge` are surnames)
  if (
    tokens
      .slice(i, last + 1)
      .every((t) => TITLE_WORDS.has(t.lower) || (ROLE_NOUNS.has(t.lower) && !(honorific && i === last)))
  )
    return null
  // a nickname in quote marks (`Arvid "Avi" Lindqvist`) is not part of the name's words
  const nameTokens = tokens
    .slice(i, last + 1)
    .filter(
      (t, n, run) =>
        !/^["“”‘’']$/.test(t.text) &&
        !(/^["“‘']$/.test(run[n - 1]?.text ?? '') && /^["”’']$/.test(run[n + 1]?.text ?? ''))
    )
  const words = nameTokens.map((t) => t.text.replace(/[’']s$/, ''))
  const lowerWords = words.map((w) => w.toLowerCase())
  const start = tokens[titleWords.length || honorific ? first + firstTitleOffset(tokens, first, i) : i]!.start
  const end = tokens[last]!.end
  const text = paragraph.text.slice(start, end).replace(/[’']s$/, '')
  const organisation =
    bodyName ||
    lowerWords.some((w, n) => (n > 0 || lowerWords.length === 1) && ORGANISATION_WORDS.has(w)) ||
    (words.some((w) => ACRONYM.test(w) && !/^[A-Z]\.$/.test(w)) && words.length <= 2 && !honorific)
  let kind: NameMention['kind']
  if (organisation && !honorific) kind = 'organisation'
  else if (
    honorific ||
    (titleWords.length > 0 && words.length >= 1 && !titleWords.every((w) => LOOSE_TITLES.has(w.toLowerCase())))
  )
    kind = words.length >= 1 ? 'person' : 'single'
  else if (
    words.length >= 2 &&
    words.every(
      (w) =>
        /^\p{Lu}[\p{Ll}’'-]|^\p{Lu}\.|^\p{Lu}[\p{Ll}]*$|^(?:II|III|IV|Jr\.?|Sr\.?)$/u.test(w) ||
        NAME_PARTICLES.has(w.toLowerCase()) ||
        PARTICLE_NAME.test(w)
    )
  )
    kind = 'person'
  else kind = 'single'
  if (kind === 'person' && words.length === 1 && !honorific && titleWords.length === 0) kind = 'single'
  // `Great Wall`, `Central Command`, `Team Lund`: a common word where a first name would stand
  if (kind === 'person' && words.length === 2 && !honorific && titleWords.length === 0 && !readsAsFirstName(words[0]!))
    kind = 'single'
  // `the Middle East`, `the Red Cross`: a place or a body, not a person
  if (kind === 'person' && !honorific && titleWords.length === 0 && tokens[first - 1]?.lower === 'the')
    kind = 'organisation'
  // an age after the name: `Tova Brandt, 38,`, `Ana Lund (62)`
  let after = last
  let age: number | null = null
  if (
    /^\d{1,3}$/.test(tokens[last + 2]?.text ?? '') &&
    ((tokens[last + 1]?.text === ',' && /^[,.]$/.test(tokens[last + 3]?.text ?? '')) ||
      (tokens[last + 1]?.text === '(' && tokens[last + 3]?.text === ')'))
  ) {
    age = Number(tokens[last + 2]!.text)
    after = tokens[last + 3]!.text === ')' ? last + 3 : last + 2
  }
  // a party tag may follow the name: `Olumide Bankole (PDP),`, `Linnéa Åkesson (S), chair of …,`
  let tagged = after
  if (tokens[after + 1]?.text === '(') {
    let close = after + 2
    while (close < tokens.length && tokens[close]!.text !== ')' && close - after < 8) close++
    if (tokens[close]?.text === ')') tagged = close
  }
  // a role before the name: lowercase role words and a capitalised affiliation (`Russian foreign minister`)
  let role: string | null = titleWords.length ? titleWords.join(' ') : null
  let affiliation: string | null = null
  let gender: 'm' | 'f' | null = honorific ? (HONORIFICS.get(honorific.toLowerCase().split(' ')[0]!) ?? null) : null
  const startToken = titleWords.length || honorific ? first : i
  const { before, k } = roleWordsBefore(tokens, startToken)
  const site: NameSite = { paragraph, tokens, startToken, last, tagged, titleWords }
  // `former Secretary of State Ana Lund`: a lowercase modifier of the title
  if (
    !before.length &&
    titleWords.length &&
    /^(?:former|then|acting|interim|outgoing|incoming|retired|late|current|new)$/.test(
      tokens[startToken - 1]?.text ?? ''
    )
  ) {
    role = `${tokens[startToken - 1]!.text} ${titleWords.join(' ')}`
  }
  const read =
    roleWordsWithAffiliation(site, before, k) ??
    capitalisedRoleBefore(site) ??
    roleForSomebodyBefore(site) ??
    roleBetweenCommasBefore(site)
  if (read) {
    role = read.role
    affiliation = read.affiliation
  }
  if (!role) role = roleWithPortfolioBefore(site) ?? titleAndSeatBefore(site)
  // an affiliation adjective inside the run (`Chilean President Ana Ferreira`)
  if (!affiliation && first < startToken) {
    const lead = tokens.slice(first, startToken).filter((t) => !NOT_NAME_START.has(t.lower))
    if (lead.length) affiliation = lead.map((t) => t.text).join(' ')
  }
  if (prefix) {
    // `Climate Commissioner`, `Health Secretary`: a portfolio is part of the role, not an affiliation
    if (!PORTFOLIOS.has(prefix.toLowerCase())) affiliation ??= prefix
    if (role) role = `${prefix} ${role}`
  }
  const honorificRole = !role && honorific && /^(?:rev|reverend|dr|prof|professor|rabbi|imam|cllr)$/i.test(honorific)
  if (!affiliation && titleWords.length && first < i) {
    const lead = tokens
      .slice(first, i)
      .filter(
        (t) =>
          !NOT_NAME_START.has(t.lower) &&
          !TITLE_WORDS.has(t.lower) &&
          !HONORIFICS.has(t.lower) &&
          !ROLE_NOUNS.has(t.lower)
      )
    if (lead.length) affiliation = lead.map((t) => t.text).join(' ')
  }
  // an appositive after the name: `, the interim chairwoman of the Harbour Workers' Federation,`
  let appositive = kind !== 'organisation' ? appositiveAfter(paragraph, tokens, tagged) : null
  // `Harbourline Shipping, the smaller operator,`: an appositive that names a body makes it one
  if (appositive && !honorific && !titleWords.length && BODY_NOUNS.test(appositiveHead(appositive.role))) {
    kind = 'organisation'
    appositive = null
  }
  if (appositive) {
    role ??= appositive.role
    affiliation ??= appositive.affiliation
    gender ??= genderOfRole(appositive.role)
    if (kind === 'single' && (words.length >= 2 || !/s$/.test(words[0]!))) kind = 'person'
  }
  if (kind === 'person') affiliation ??= bodyAfter(paragraph, tokens, last)
  affiliation ??= partyAfter(tokens, last)
  if (!role && honorificRole && honorific) role = honorific.length <= 4 ? `${honorific}.` : honorific
  if (role) gender ??= genderOfRole(role)
  const sentenceStart = isSentenceStart(tokens, Math.min(startToken, k + 1))
  if (age !== null && kind === 'single' && words.length >= 1) kind = 'person'
  return {
    paragraph: paragraph.index,
    start,
    end,
    text,
    honorific,
    title: titleWords.length ? titleWords.join(' ') : null,
    words,
    role,
    affiliation,
    gender,
    kind,
    subject: sentenceStart,
    age
  }
}

/**
 * An appositive after a name: `, the interim chairwoman of the Harbour Workers' Federation,`, `, a
 * hydrologist at the university,` (no verb of its own); the whole phrase is the role, and the body
 * after `of`, `at`, `for`… the affiliation when a role noun heads it (`Minister of State for Food
 * Security` is one title).
 *
 * @returns the role and affiliation, or `null` when no appositive follows.
 */
function appositiveAfter(
  paragraph: SourceParagraph,
  tokens: Token[],
  tagged: number
): { role: string; affiliation: string | null } | null {
  if (tokens[tagged + 1]?.text !== ',') return null
  const after = tagged
  let e = after + 2
  while (
    e < tokens.length &&
    tokens[e]!.text !== ',' &&
    tokens[e]!.text !== '.' &&
    tokens[e]!.text !== ';' &&
    !/^[“”"‘’]$/.test(tokens[e]!.text) &&
    e - after < 20
  )
    e++
  const hasVerb = tokens
    .slice(after + 2, e)
    .some(
      (t) =>
        (SPEECH_VERBS.has(t.lower) && !t.capital && t.lower !== 'state') ||
        /^(?:is|was|are|were|has|had|have|will|would)$/.test(t.lower)
    )
  if (
    e - 1 < after + 2 ||
    hasVerb ||
    !isAppositive(tokens, after + 2, e - 1) ||
    SPEECH_WORD.test(tokens[after + 2]!.lower) ||
    // `From Day One, I made …`: a clause with a subject of its own, no appositive
    SUBJECT_PRONOUNS.has(tokens[after + 2]!.lower)
  )
    return null
  let a = after + 2
  if (/^(?:the|a|an)$/.test(tokens[a]!.lower)) a++
  const phrase = paragraph.text.slice(tokens[a]!.start, tokens[e - 1]!.end)
  // the body is the last capitalised one named after a preposition (`a professor of economics at
  // Kessel University`: Kessel University), else what follows the first preposition
  const split =
    /^(.*)\s+(?:of|at|for|to|with|from)\s+(?:the\s+)?(\p{Lu}[^,;]*)$/u.exec(phrase) ??
    /^(.*)\s+(?:of|at|for|to|with|from)\s+(?:the\s+)?(.+)$/.exec(phrase)
  // the role's head stands before the first preposition (`professor` in `professor of economics at …`)
  const lead = /^(.*?)\s+(?:of|at|for|to|with|from)\s/.exec(phrase)?.[1] ?? split?.[1] ?? ''
  const head = lead.split(/\s+/).pop()!.toLowerCase()
  // `the chairwoman of the board`: the whole phrase is the role, the board the affiliation;
  // `Minister of State for Food Security`: one title
  // (`the former secretary of State`: a portfolio is part of the title, no affiliation)
  if (
    split &&
    (speakerNoun(head) || AGENT_NOUN.test(head)) &&
    !/^\p{Lu}/u.test(lead.split(/\s+/).pop()!) &&
    !isPortfolio(split[2]!.toLowerCase())
  )
    return { role: phrase, affiliation: split[2]! }
  return { role: phrase, affiliation: null }
}

/** The head noun of an appositive role (`operator` in `smaller operator`, `head` in `head of research`). */
function appositiveHead(role: string): string {
  return (/^(.*?)\s+(?:of|at|for|to|with|from|in|on|who|which|that|whose)\s/.exec(role)?.[1] ?? role)
    .split(/\s+/)
    .pop()!
    .toLowerCase()
}

/** `Eva Lund of Northgate Capital`: the body a person belongs to, or `null`. */
function bodyAfter(paragraph: SourceParagraph, tokens: Token[], last: number): string | null {
  if (tokens[last + 1]?.lower !== 'of' || !tokens[last + 2]?.capital) return null
  let b = last + 2
  while (
    b + 1 < tokens.length &&
    (tokens[b + 1]!.capital || (/^(?:of|and|for|the)$/.test(tokens[b + 1]!.lower) && tokens[b + 2]?.capital))
  )
    b++
  return paragraph.text.slice(tokens[last + 2]!.start, tokens[b]!.end)
}

/** `Rep. Ida Marsh (D-Ore.)`: the party of the tag after a name, or `null`. */
function partyAfter(tokens: Token[], last: number): string | null {
  if (tokens[last + 1]?.text !== '(' || !/^[DRI]-/.test(tokens[last + 2]?.text ?? '')) return null
  const party = tokens[last + 2]!.text[0]
  return party === 'D' ? 'Democrat' : party === 'R' ? 'Republican' : 'Independent'
}

/** Where a name stands, for the rules that read a role before it. */
interface NameSite {
  paragraph: SourceParagraph
  tokens: Token[]
  /** The first token of the name with its title or honorific. */
  startToken: number
  /** The name's last token, and the last token of what follows it (an age, a party tag). */
  last: number
  tagged: number
  /** The title words the name carries (`Prime Minister`). */
  titleWords: string[]
}

/** A role read before a name, and the affiliation in it. */
interface RoleRead {
  role: string
  affiliation: string | null
}

/**
 * The lowercase role words just before a name (`foreign minister` in `Russian foreign minister Ana
 * Lund`), up to three words ending in a role noun.
 *
 * @returns the words, and the index of the token before them.
 */
function roleWordsBefore(tokens: Token[], startToken: number): { before: string[]; k: number } {
  let k = startToken - 1
  const before: string[] = []
  while (
    k >= 0 &&
    tokens[k]!.word &&
    !tokens[k]!.capital &&
    (ROLE_NOUNS.has(tokens[k]!.lower) ||
      (/^[a-z-]+$/.test(tokens[k]!.text) &&
        before.length > 0 &&
        before.length < 3 &&
        !/^(?:the|a|an|and|of|to|by|with|said|says|told)$/.test(tokens[k]!.lower)))
  ) {
    before.unshift(tokens[k]!.text)
    k--
  }
  return { before, k }
}

/**
 * `Russian foreign minister Ana Lund`, `Ostrava Bank chief economist Piet Lund`: role words
 * before the name, and the capitalised affiliation before them (not a portfolio, not a sentence's
 * first word).
 */
function roleWordsWithAffiliation(site: NameSite, before: string[], k: number): RoleRead | null {
  const { paragraph, tokens, titleWords } = site
  if (!before.length || !ROLE_NOUNS.has(before[before.length - 1]!.toLowerCase())) return null
  let role = [...before, ...(titleWords.length ? [titleWords.join(' ')] : [])].join(' ')
  let affiliation: string | null = null
  const adjective = tokens[k]
  if (adjective && adjective.capital && adjective.word && !NOT_NAME_START.has(adjective.lower)) {
    // walk back over the whole capitalised affiliation (`Ostrava Bank`)
    let a = k
    for (;;) {
      const before = tokens[a - 1]
      if (before?.capital && !NOT_NAME_START.has(before.lower)) a--
      // `Tenants’ Union`: a plural possessive's apostrophe joins the name
      else if (
        before &&
        /^['’]$/.test(before.text) &&
        tokens[a - 2]?.capital &&
        tokens[a - 2]!.end === before.start &&
        /s$/.test(tokens[a - 2]!.text)
      )
        a -= 2
      else break
    }
    affiliation = paragraph.text.slice(tokens[a]!.start, tokens[k]!.end)
    role = `${affiliation} ${role}`
    // `Environmental activist Eva Lund said`: a sentence's first word is capitalised, not named
    if (
      PORTFOLIOS.has(affiliation.toLowerCase()) ||
      (a === k && isCommonWord(affiliation.toLowerCase()) && (k === 0 || /^[.!?:;“"‘]$/.test(tokens[k - 1]!.text)))
    )
      affiliation = null
  }
  return { role, affiliation }
}

/** `Prosecutor Ana Lund`: a capitalised role noun just before a name with no title. */
function capitalisedRoleBefore({ tokens, startToken, titleWords }: NameSite): RoleRead | null {
  if (titleWords.length || !tokens[startToken - 1]?.capital || !ROLE_NOUNS.has(tokens[startToken - 1]!.lower))
    return null
  return { role: tokens[startToken - 1]!.text, affiliation: null }
}

/** `A lawyer for Lund, Eva Berg, said`: a role and its client or employer before the name. */
function roleForSomebodyBefore({ paragraph, tokens, startToken, last }: NameSite): RoleRead | null {
  if (
    tokens[startToken - 1]?.text !== ',' ||
    tokens[last + 1]?.text !== ',' ||
    !tokens[startToken - 2]?.capital ||
    !/^(?:for|of|to|at)$/.test(tokens[startToken - 3]?.lower ?? '') ||
    !ROLE_NOUNS.has(tokens[startToken - 4]?.lower ?? '')
  )
    return null
  return {
    role: paragraph.text.slice(tokens[startToken - 4]!.start, tokens[startToken - 2]!.end),
    affiliation: tokens[startToken - 2]!.text
  }
}

/**
 * `The federation's president, Ana Ferreira, said`, `The Health Secretary, Ana Ferreira,`: the
 * role stands before the name, between commas, with its body's possessive.
 */
function roleBetweenCommasBefore({ paragraph, tokens, startToken, last }: NameSite): RoleRead | null {
  if (
    tokens[startToken - 1]?.text !== ',' ||
    !tokens[startToken - 2]?.word ||
    !ROLE_NOUNS.has(tokens[startToken - 2]!.lower) ||
    !/^[,.]$/.test(tokens[last + 1]?.text ?? '.')
  )
    return null
  let a = startToken - 2
  const words: string[] = []
  while (
    a >= 0 &&
    tokens[a]!.word &&
    (!tokens[a]!.capital || TITLE_WORDS.has(tokens[a]!.lower) || ROLE_NOUNS.has(tokens[a]!.lower)) &&
    !/^(?:the|a|an)$/.test(tokens[a]!.lower) &&
    words.length < 4
  )
    words.unshift(tokens[a--]!.text)
  let role = words.join(' ')
  let affiliation: string | null = null
  let b = a
  while (b >= 0 && (tokens[b]!.capital || /^['’]s$/.test(tokens[b]!.text)) && !NOT_NAME_START.has(tokens[b]!.lower)) b--
  if (b < a) {
    affiliation = paragraph.text.slice(tokens[b + 1]!.start, tokens[a]!.end).replace(/['’]s$/, '')
    role = `${affiliation} ${role}`
  }
  return { role, affiliation }
}

/**
 * `the minister for coastal towns and islands, Tomas Berg,`, `the Chief Press Secretary to the
 * Governor, Mr X,`: a role with its portfolio or body, opening the clause, then the name in commas.
 */
function roleWithPortfolioBefore({ paragraph, tokens, startToken, tagged }: NameSite): string | null {
  if (tokens[startToken - 1]?.text !== ',' || !/^[,.]$/.test(tokens[tagged + 1]?.text ?? '.')) return null
  for (let a = startToken - 2; a >= 0 && startToken - a <= 12 && tokens[a]!.word; a--) {
    if (!/^(?:the|a|an)$/.test(tokens[a]!.lower)) continue
    const phrase = tokens.slice(a + 1, startToken - 1)
    const head = phrase.findIndex((t) => ROLE_NOUNS.has(t.lower))
    if (
      head >= 0 &&
      /^(?:for|of|to|at|in|on|from)$/.test(phrase[head + 1]?.lower ?? '') &&
      (isSentenceStart(tokens, a) || tokens[a - 1]?.text === ',' || SPEECH_VERBS.has(tokens[a - 1]?.lower ?? ''))
    )
      return paragraph.text.slice(phrase[0]!.start, phrase[phrase.length - 1]!.end)
  }
  return null
}

/** `Harbour Party TD for Kessel North, Eoin Mac Giolla, said`: a title and its seat open the sentence. */
function titleAndSeatBefore({ paragraph, tokens, startToken }: NameSite): string | null {
  if (tokens[startToken - 1]?.text !== ',' || startToken < 3 || !titleBefore(tokens, startToken - 2, 0)) return null
  let a = startToken - 2
  while (a - 1 >= 0 && tokens[a - 1]!.word && startToken - a < 9) a--
  return isSentenceStart(tokens, a) ? paragraph.text.slice(tokens[a]!.start, tokens[startToken - 2]!.end) : null
}

/** Whether the capitalised run from token `i` ends in an organisation word (`Tourism Council` after `World Travel and`). */
function endsInBody(tokens: Token[], i: number): boolean {
  let k = i
  while (tokens[k + 1]?.capital) k++
  return k >= i && tokens[i]?.capital === true && ORGANISATION_WORDS.has(tokens[k]!.lower)
}

/** Title words that also end a body's name (`White House`, `Home Office` are no `House`, `Home` titles). */
const BODY_NAME_WORDS = new Set(['house', 'senate', 'state', 'home', 'trade', 'health', 'first'])

const SPEECH_WORD = /^(?:said|says|told|added|who|which|where|when|and|but)$/

/** Whether the first word of a bare name can be a first name: a known given name, or a word no dictionary of common English holds (`Oluwaseun`), an initial or a particle. */
function readsAsFirstName(word: string): boolean {
  const lower = word.toLowerCase()
  return (
    Boolean(firstNameGender(lower)) ||
    (!isCommonWord(lower) && !isStopword(lower)) ||
    /^\p{Lu}\.?$/u.test(word) ||
    NAME_PARTICLES.has(lower)
  )
}

/** Whether a word can name a minister's portfolio (`Energy`, `Ports`, `State`): a known one, or a common noun, not a name. */
function isPortfolio(lower: string): boolean {
  return PORTFOLIOS.has(lower) || lower === 'state' || (isCommonWord(lower) && !NOT_NAME_START.has(lower))
}

/** Offset (in tokens, from `first`) of the first honorific or title word of a run. */
function firstTitleOffset(tokens: Token[], first: number, nameStart: number): number {
  for (let i = first; i < nameStart; i++) {
    if (
      HONORIFICS.has(tokens[i]!.lower) ||
      TITLE_WORDS.has(tokens[i]!.lower) ||
      HONORIFIC_PAIRS.get(tokens[i]!.lower)?.has(tokens[i + 1]?.lower ?? '')
    )
      return i - first
  }
  return nameStart - first
}

/**
 * Whether token `i` is the subject of its sentence: only openers (or a leading clause) stand before it.
 *
 * @param tokens the paragraph's tokens.
 * @param i the index of the phrase's first token.
 * @returns whether it opens the sentence.
 */
export function isSentenceStart(tokens: Token[], i: number): boolean {
  for (let k = i - 1; k >= 0; k--) {
    const t = tokens[k]!
    if (/^[.!?:;]$/.test(t.text)) return true
    if (/^[“”"‘’]$/.test(t.text)) continue
    if (t.text === ',') {
      // a leading clause: the sentence must open with a subordinating or prepositional word
      let s = k - 1
      while (s > 0 && !/^[.!?:;]$/.test(tokens[s - 1]!.text)) s--
      const lead = tokens.slice(Math.max(0, s), k).find((x) => x.word)
      // `Similarly, Lund gave …`, `However, Lund …`: one sentence adverb before the comma
      const words = tokens.slice(Math.max(0, s), k).filter((x) => x.word && !/^(?:and|but|so)$/.test(x.lower))
      if (words.length === 1 && SENTENCE_ADVERB.test(words[0]!.lower)) return true
      return Boolean(lead && LEADING_CLAUSE_WORDS.test(lead.lower)) && !tokens.slice(s, k).some((x) => x.text === ',')
    }
    if (t.word && !SUBJECT_OPENERS.test(t.lower) && !t.capital) return false
  }
  return true
}

/** Adverbs that open a sentence before its subject and a comma (`Similarly,`, `However,`, `Instead,`). */
const SENTENCE_ADVERB =
  /^(?:[a-z]{3,}ly|however|meanwhile|still|instead|indeed|now|then|yet|also|later|earlier|today|yesterday|again|nonetheless|nevertheless|moreover|furthermore|overall|thus|otherwise|besides|first|second|third|finally|separately|afterward|afterwards)$/

/** One pattern for every gendered role word. */
const GENDERED = new RegExp(`\\b(${[...GENDERED_ROLES.keys()].join('|')})\\b`, 'i')

/** The gender a role phrase gives (`chairwoman` -> `f`), if any. */
function genderOfRole(phrase: string): 'm' | 'f' | null {
  const match = GENDERED.exec(phrase)
  return match ? (GENDERED_ROLES.get(match[1]!.toLowerCase()) ?? null) : null
}
