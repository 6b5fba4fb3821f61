/**
 * Function words that tell where a clause, a sentence subject or a reported clause starts and ends (general English, nothing article-specific).
 */
import { WEEKDAYS } from './time.ts'

/** Words that may open a sentence before its subject (`But`, `Last night`, `On Tuesday`). */
export const SUBJECT_OPENERS =
  /^(?:but|and|so|yet|then|now|still|also|meanwhile|however|last|this|next|on|in|at|earlier|later|today|yesterday|tonight|night|week|weekend|morning|afternoon|evening|year|month|monday|tuesday|wednesday|thursday|friday|saturday|sunday|the|a|an|former|mr|mrs|ms|dr|sir)$/

/** Words that open a leading clause before a sentence's subject (`Speaking to reporters, …`). */
export const LEADING_CLAUSE_WORDS =
  /^(?:with|while|after|when|although|though|as|if|because|since|in|on|at|during|despite|before|amid|following|asked|unlike|like|by|for|from|over|under|hours|minutes|days|weeks|months|years|earlier|later|last|this)$|ing$/

/** Words that may stand between a subject and its verb (`Sir Tomas last night insisted`). */
export const BETWEEN_SUBJECT_AND_VERB = new Set([
  'also',
  'then',
  'later',
  'earlier',
  'previously',
  'again',
  'further',
  'once',
  'never',
  'not',
  'already',
  'still',
  'repeatedly',
  'today',
  'yesterday',
  'tonight',
  'recently',
  'now',
  'has',
  'have',
  'had',
  'will',
  'would',
  'could',
  'can',
  'may',
  'might',
  'shall',
  'should',
  'did',
  'does',
  'do',
  'is',
  'was',
  'were',
  'are',
  'be',
  'been',
  'being',
  'last',
  'night',
  'this',
  'week',
  'weekend',
  'morning',
  'afternoon',
  'evening',
  'month',
  'year',
  'on',
  'in',
  'at',
  ...WEEKDAYS.keys(),
  'just',
  'even',
  'only',
  'publicly',
  'privately',
  'separately',
  'reportedly',
  'allegedly',
  'apparently',
  'initially',
  'first',
  'finally',
  'ultimately',
  'subsequently',
  'herself',
  'himself',
  'themselves',
  'itself',
  'too',
  'all',
  'both',
  'each',
  'indeed',
  'directly',
  'specifically',
  'flatly',
  'simply',
  'frequently',
  'often',
  'always',
  'sometimes',
  'usually',
  'generally',
  'long'
])

/** Determiners and quantifiers that open a description or group (`the`, `many`, `several`). */
export const DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'many',
  'some',
  'several',
  'most',
  'other',
  'two',
  'three',
  'four',
  'five',
  'his',
  'her',
  'their',
  'its',
  'our',
  'top',
  'senior',
  'both',
  'all',
  'few',
  'those',
  'these',
  'one'
])

/** Prepositions that join a group or role to its body (`advisers to Mr. Lund`, `a spokesman for X`). */
export const JOINS = new Set(['to', 'for', 'of', 'at', 'from', 'with', 'in'])

/** Words that open an adverbial clause, not reported speech (`said, as they …`). */
export const SUBORDINATE =
  /^(?:as|while|when|because|after|before|since|although|though|if|during|until|whereas|unless|once|despite|amid)$/

/** Prepositions that open an adverbial after a speech verb (`said at a briefing`). */
export const PREPOSITION =
  /^(?:at|in|on|to|for|from|with|by|after|before|during|outside|inside|into|over|under|through|since|until|near|across|behind|beside|amid|upon|via|without|within)$/

/** Connectives and clause words that never start a speaker phrase after a verb. */
export const CLAUSE_START = new Set([
  'that',
  'he',
  'she',
  'they',
  'it',
  'we',
  'i',
  'there',
  'the',
  'a',
  'an',
  'his',
  'her',
  'their',
  'its',
  'this',
  'these',
  'those'
])

/** Time and place adverbials that may follow a speech verb before its content (`on Monday`, `earlier this week`, `at a Saturday rally`). */
export const AFTER_VERB =
  /^(?:(?:on|in|at|during|last|this|earlier|late|early|next)\s+){0,2}(?:(?:(?:the|a|an|his|her|their|its)\s+)?(?:(?:written|televised|joint|brief|short|recent|separate|new|radio|tv|television|phone|telephone|video|online|prepared|emailed)\s+)?(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s+(?=(?:rally|speech|statement|interview|briefing|debate|hearing|news conference|press conference)\b))?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|twitter|facebook|x|instagram|linkedin|threads|bluesky|weibo|wechat|telegram|tiktok|youtube|whatsapp|truth social|social media|night|morning|afternoon|evening|week|weekend|month|year|today|yesterday|tonight|time|statement|interview|speech|briefing|letter|post|tweet|email|video|note|report|filing|memo|release|press release|blog post|op-ed|column|podcast|broadcast|hearing|debate|rally|press conference|news conference|radio interview|television interview|tv interview))(?:\s+(?:night|morning|afternoon|evening))?\b\s*,?\s*/i

/** Words that never stand inside a name, though a title-case headline capitalises them (`Just`, `On`, `How`). */
export const HEADLINE_BREAK =
  /^(?:just|also|now|still|finally|already|reportedly|officially|again|on|how|why|what|about|against|after|over|says|said|calls|slams|is|are|was|were|has|have|had|will|would)$/
