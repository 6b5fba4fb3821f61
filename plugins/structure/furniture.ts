/**
 * What a line copied from a news web page is, when it is not the story's text: a photo
 * caption or credit (set apart as a caption), or page furniture (a byline, a time stamp,
 * related links, share and sign-up prompts, topic lists), which is neither body nor caption.
 */

/** Photo agencies and credits that may stand alone on a line (`Getty Images`, `Pacemaker`), lower case. */
const PHOTO_CREDITS = new Set(
  [
    'Getty Images',
    'Getty',
    'Pacemaker',
    'PA',
    'PA Media',
    'PA Wire',
    'Reuters',
    'AFP',
    'AP',
    'AP Photo',
    'EPA',
    'EPA-EFE',
    'Alamy',
    'Shutterstock',
    'Bloomberg',
    'Supplied',
    'File',
    'File photo',
    'AAP',
    'Xinhua',
    'Anadolu',
    'SOPA Images',
    'NurPhoto',
    'Zuma',
    'Rex Features',
    'REX',
    'Handout',
    'Pool'
  ].map((credit) => credit.toLowerCase())
)

/** Agencies and outlets that sign a credit at the end of a caption (`… REUTERS/Lena Marquardt`, `— APP`). */
const AGENCY =
  '(?:getty images|afp|reuters|(?:the )?associated press|ap photo|ap|pa (?:wire|media)|pa|shutterstock|epa|bloomberg|aap|app|pti|ani|ians|xinhua|supplied|file photo|alamy|anadolu|handout|(?:the )?canadian press|picture alliance|dpa|yonhap|kyodo|nurphoto|sopa images|zuma press)'

/** Credits and embeds: always a caption. */
const CREDITS: RegExp[] = [
  /^\[(?:video|photo|image|picture|audio|graphic|embed|gallery)\b[^\]]*\]?$/i,
  /^[-–—]{1,2}\s*(?:additional\s+)?(?:reporting|writing|editing)\b/i,
  /^(?:additional\s+)?reporting (?:by|from)\b/i,
  /^\(?with (?:additional )?(?:inputs|files|reporting) from\b/i,
  /^[-–—]{0,2}\s*with (?:additional )?assistance (?:from|by)\b/i,
  /^(?:edited|written|compiled|reported) by\s*:/i,
  /\bcontributed (?:to )?(?:this )?(?:report|story|article)(?:ing)?\.?\)?$/i,
  /\bPHOTOS?\s*\|/,
  /\((?:Yonhap|AP|AFP|Reuters|Xinhua|Kyodo|Jiji|Bernama|PTI|ANI|IANS|EPA|EFE|AAP|PA|Getty Images|Anadolu|AA|dpa|TASS|Sputnik|WAM|SPA|KUNA|UNI)(?: (?:Photo|photo|file photo|File Photo))?\)\s*$/,
  /^(?:photo|picture|image|credit|photograph|illustration|video)s?\s*(?:credit)?\s*[:|]/i,
  /^\(?(?:photo|picture|image)s?:?\s*(?:by|courtesy)\b/i,
  /^(?:image|photo|picture|video)\s+(?:caption|source|copyright|credit)\b/i,
  /^(?:pictured|file photo|supplied|copyright)\b\s*[:,-]?/i,
  // a credit after the caption: `. Photograph: X/AAP`, `Picture: NCA NewsWire / X`, `ST PHOTO: X`, `PHOTO: MINISTRY OF X`
  /(?:^|[.,;)\]]\s*|\s)(?:photograph|photo|picture|image|illustration|composite)s?\s*:\s*\S[^.]*$/i,
  // `(ABC News: Callum Ferris)`, `(TOI photo)`, `(stock image)`, `[File: Karim Hassoun/AFP]`, `(AP Photo/Jan de Wit)`
  /[([][\p{L}. ]{2,30}:\s*\p{Lu}[^)\].:]*[)\]]\s*$/u,
  /[([](?:\p{L}+\s){0,2}(?:[Pp]hoto|[Ii]mage|[Pp]icture|[Pp]ic|[Ff]ile|[Hh]andout|[Ss]upplied)s?(?:\s\p{L}+){0,2}[)\]]\s*$/u,
  // `… REUTERS/Lena Marquardt/File Photo`, `… — APP`, `… (AFP)`, `… Getty Images`
  new RegExp(`(?:[.,;:|—–-]\\s*|\\(|\\/|\\s)${AGENCY}\\s*(?:\\/[^/]+)*\\)?\\s*$`, 'i'),
  new RegExp(`^${AGENCY}\\s*\\/`, 'i')
]

/** Page furniture: never the story's text, never a caption. */
const FURNITURE: RegExp[] = [
  // links to other stories and their headers
  /^(?:read more|more:|also read|read also|see also|recommended|most read|related|read|watch|listen|explore more|more on this story|more from)\b\s*[:|-]/i,
  /\bin your inbox\b/i,
  /^(?:open this photo in gallery|view (?:this )?image|enlarge this image|expand)\b.*$/i,
  /\b(?:disclaimer|comment rules|comments? policy|community guidelines)\b/i,
  /^(?:read more|related(?: articles| news| stories| content| topics| links| coverage)?|more on this story|more on this|recommended(?: stories)?|most read|you may also like|top stories|trending|editor['’]s picks|also read|see also|in other news)\s*:?$/i,
  /^(?:list \d+ of \d+|end of list|previous(?: \d+)? next|next|previous|load more|show more|view comments|comments?(?: \(\d+\))?)$/i,
  // prompts to share, follow, subscribe or download
  /^(?:share|share this(?: article| story| page)?|share on \w+|copy link|print|email|save|bookmark|advertisement|sponsored(?: content)?|ad|skip advert|continue reading)$/i,
  /^(?:sign up|subscribe|click here|download|get the|join|follow us|follow|like us)\b.{0,120}$/i,
  /^(?:share|share this|follow us|follow)\b.*\b(?:facebook|twitter|x|whatsapp|email|linkedin|telegram|instagram)\b/i,
  /\b(?:newsletter|whatsapp channel|telegram channel|google news|push notifications)\b.{0,80}$/i,
  /^(?:why you can trust|our standards|reuse this content|explore more on these topics|topics?|tags?|filed under|categories)\b\s*:?/i,
  /(?:journalistic standards|submit a news tip|report (?:an )?error|corrections and clarifications|terms of (?:use|service)|privacy policy|all rights reserved|©)/i,
  /^(?:key points|key facts|in short|at a glance|quick read|summary|highlights|did you know)\s*[:?]?$/i,
  /^published in \p{Lu}[\p{L} ]+,/iu,
  /^(?:listen|watch)(?: duration| now| live)?\b[\s\d:′″'"]*$/i
]

/** Month and weekday names and time words, for time stamps. */
const STAMP_WORD =
  /^(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?|(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?|\d[\d:.,/-]*(?:am|pm|st|nd|rd|th)?|am|pm|a\.m\.|p\.m\.|at|on|of|gmt|bst|utc|edt|est|cet|cest|ist|aest|aedt|awst|acst|nzst|nzdt|sgt|hkt|jst|pkt|eat|sast|wat|et|pt|pst|pdt|cdt|cst|\+\d+|gmt\+\d+|updated?|published|posted|last|first|modified|update|created|\||-|–|—|·|ago|hours?|mins?|minutes?|days?|yesterday|today)$/i

/** Whether a line is only a time stamp (`Tue 20 May 2025 17.04 AEST`, `Published: 14:22 BST, 9 July 2025`). */
function isTimeStamp(text: string): boolean {
  if (!/\d/.test(text) || text.length > 140) return false
  const words = text
    .replace(/[,:()]/g, ' ')
    .split(/\s+/)
    .filter(Boolean)
  return words.length >= 2 && words.length <= 22 && words.every((w) => STAMP_WORD.test(w))
}

/** Staff titles of a byline (`Eleanor Marsh Home affairs correspondent`). */
const STAFF =
  /\b(?:reporter|correspondent|editor|writer|columnist|journalist|bureau chief|staff|contributor|analyst|producer|news desk|newsdesk|reporting service)s?$/i

/** Whether a line is a byline: `By Niamh Quinn`, `Mereana Tautahi, Health Reporter`, `X · CBC News · Posted: …`. */
function isByline(text: string): boolean {
  if (text.length > 160) return false
  const words = text.split(/\s+/)
  if (words.length > 14 || /[.!?]["”’]?$/.test(text)) return false
  if (/^by\s+\p{Lu}/iu.test(text) && !/\b(?:said|says|told)\b/.test(text)) return true
  if (/\s[·•|]\s/.test(text) && /\b(?:posted|updated|published|news)\b/i.test(text)) return true
  return STAFF.test(text) && /^\p{Lu}/u.test(text) && words.length <= 9
}

/** A wire's sign-off after the story's last sentence (`… by the end of the year. — Bernama`). */
export const SIGN_OFF = /[.!?]["”’]?\s*[—–-]+\s*(?:\S+\s*){1,4}$/

/** The role a line of page text plays, when its words alone tell: `caption`, `furniture`, or `null`. */
export function pageLineRole(text: string): 'caption' | 'furniture' | null {
  // a caption, a credit or page furniture is a line, not a paragraph of the story
  if (text.length > 400) return null
  const trimmed = text.trim()
  if (trimmed.length <= 20 && PHOTO_CREDITS.has(trimmed.toLowerCase())) return 'caption'
  if (FURNITURE.some((pattern) => pattern.test(trimmed)) || isTimeStamp(trimmed) || isByline(trimmed))
    return 'furniture'
  // a credit may end a caption, but a sentence of the story that ends `…, sources told Reuters.` is no caption,
  // nor is reported speech signed off by its wire (`Aminuddin said … by the end of the year. — Bernama`)
  if (
    CREDITS.some((pattern) => pattern.test(trimmed)) &&
    !/\b(?:told|said|says|according to|reported|reports)\s+(?:the\s+)?\S+\.?$/i.test(trimmed) &&
    !(/\b(?:said|told|says|added)\b/.test(trimmed) && SIGN_OFF.test(trimmed))
  )
    return 'caption'
  return null
}

/** Whether a line heads a list of links to other stories (what follows it, while short, is furniture too). */
export function headsLinks(text: string): boolean {
  return /^(?:read more|related(?: articles| news| stories| content| coverage)?|more on this story|more on this|recommended(?: stories)?|most read|you may also like|top stories|also read|see also|more from [\p{L} ]+|list \d+ of \d+)\s*:?$/iu.test(
    text.trim()
  )
}

/** Whether a line heads a list of key points (what follows it, while short, is the story's own summary). */
export function headsKeyPoints(text: string): boolean {
  return /^(?:key points|key facts|in short|at a glance|quick read|summary|highlights)\s*:?$/i.test(text.trim())
}
