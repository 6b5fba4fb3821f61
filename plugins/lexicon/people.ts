/**
 * Honorifics, titles, role nouns, pronouns and words that mark an organisation:
 * general English lexicons used to find who speaks.
 */

/** Honorifics before a name, and the gender they imply. */
export const HONORIFICS: ReadonlyMap<string, 'm' | 'f' | null> = new Map([
  ['mr', 'm'], ['mr.', 'm'], ['sir', 'm'], ['lord', 'm'], ['mrs', 'f'], ['mrs.', 'f'], ['ms', 'f'], ['ms.', 'f'],
  ['miss', 'f'], ['dame', 'f'], ['lady', 'f'], ['dr', null], ['dr.', null], ['prof', null], ['prof.', null],
  ['professor', null], ['rev', null], ['rev.', null], ['reverend', null], ['father', 'm'], ['sister', 'f'],
  ['rabbi', null], ['imam', null], ['baroness', 'f'], ['baron', 'm'], ['king', 'm'], ['queen', 'f'],
  ['prince', 'm'], ['princess', 'f'], ['pope', 'm'], ['sheikh', 'm'], ['cllr', null], ['cllr.', null],
  // Malay, Arabic, Nigerian and Philippine honorifics
  ["dato'", null], ['dato’', null], ['datuk', null], ['datin', 'f'], ['puan', 'f'], ['tun', null], ['haji', 'm'], ['hajjah', 'f'], ['alhaji', 'm'], ['alhaja', 'f'], ['shaikh', 'm'],
  ['syed', 'm'], ['sayyid', 'm'], ['ustaz', 'm'], ['engr', null], ['engr.', null], ['atty', null], ['atty.', null],
  ['hon', null], ['hon.', null], ['comrade', null], ['barr', null], ['barr.', null], ['h.e', null], ['h.e.', null],
  ['shri', 'm'], ['smt', 'f'], ['smt.', 'f'], ['sardar', 'm'], ['begum', 'f'], ['madam', 'f'], ['mx', null]
])

/** Words that make an honorific with the word after them (`Tan Sri`, `Dato’ Seri`), never alone (`Sri Lanka`, `Mr Tan`). */
export const HONORIFIC_PAIRS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['tan', new Set(['sri'])], ['puan', new Set(['sri'])], ['toh', new Set(['puan'])], ["dato'", new Set(['seri', 'sri'])],
  ['dato’', new Set(['seri', 'sri'])], ['datuk', new Set(['seri', 'sri'])], ['datin', new Set(['seri', 'sri', 'paduka'])]
])

/** Title words that stand before a name and say what the person does (`President`, `Sen.`). */
export const TITLE_WORDS: ReadonlyMap<string, string> = new Map([
  ['president', 'President'], ['vice', 'Vice'], ['prime', 'Prime'], ['minister', 'Minister'], ['chancellor', 'Chancellor'],
  ['secretary', 'Secretary'], ['senator', 'Senator'], ['sen.', 'Senator'], ['sen', 'Senator'], ['representative', 'Representative'],
  ['rep.', 'Representative'], ['rep', 'Representative'], ['congressman', 'Congressman'], ['congresswoman', 'Congresswoman'],
  ['gov.', 'Governor'], ['gov', 'Governor'], ['governor', 'Governor'], ['mayor', 'Mayor'], ['lt.', 'Lieutenant'],
  ['lieutenant', 'Lieutenant'], ['gen.', 'General'], ['general', 'General'], ['col.', 'Colonel'], ['colonel', 'Colonel'],
  ['adm.', 'Admiral'], ['admiral', 'Admiral'], ['sgt.', 'Sergeant'], ['sergeant', 'Sergeant'], ['capt.', 'Captain'],
  ['captain', 'Captain'], ['judge', 'Judge'], ['justice', 'Justice'], ['attorney', 'Attorney'], ['commissioner', 'Commissioner'],
  ['chief', 'Chief'], ['inspector', 'Inspector'], ['superintendent', 'Superintendent'], ['supt.', 'Superintendent'],
  ['detective', 'Detective'], ['officer', 'Officer'], ['ambassador', 'Ambassador'], ['speaker', 'Speaker'],
  ['leader', 'Leader'], ['chairman', 'Chairman'], ['chairwoman', 'Chairwoman'], ['chair', 'Chair'], ['councillor', 'Councillor'],
  ['councilman', 'Councilman'], ['councilwoman', 'Councilwoman'], ['premier', 'Premier'], ['chancellor', 'Chancellor'],
  ['emperor', 'Emperor'], ['sheriff', 'Sheriff'], ['coach', 'Coach'], ['bishop', 'Bishop'], ['archbishop', 'Archbishop'],
  ['cardinal', 'Cardinal'], ['deputy', 'Deputy'], ['foreign', 'Foreign'], ['home', 'Home'], ['defence', 'Defence'],
  ['defense', 'Defense'], ['health', 'Health'], ['finance', 'Finance'], ['economy', 'Economy'], ['state', 'State'],
  ['treasury', 'Treasury'], ['interior', 'Interior'], ['trade', 'Trade'], ['education', 'Education'], ['justice', 'Justice'],
  ['labor', 'Labor'], ['labour', 'Labour'], ['shadow', 'Shadow'], ['first', 'First'], ['former', 'Former'], ['acting', 'Acting'],
  ['interim', 'Interim'], ['ceo', 'CEO'], ['cfo', 'CFO'], ['coo', 'COO'], ['founder', 'Founder'], ['director', 'Director'],
  ['spokesman', 'Spokesman'], ['spokeswoman', 'Spokeswoman'], ['spokesperson', 'Spokesperson'], ['chancellor', 'Chancellor'],
  ['economist', 'Economist'], ['editor', 'Editor'], ['executive', 'Executive'], ['pm', 'PM'], ['mp', 'MP'], ['mep', 'MEP'], ['cm', 'CM'], ['mla', 'MLA'], ['msp', 'MSP'], ['td', 'TD'], ['taoiseach', 'Taoiseach'], ['tánaiste', 'Tánaiste'], ['tanaiste', 'Tanaiste'],
  ['assemblymember', 'Assemblymember'], ['assemblyman', 'Assemblyman'], ['assemblywoman', 'Assemblywoman'],
  ['councilmember', 'Councilmember'], ['undersecretary', 'Undersecretary'], ['under-secretary', 'Under-Secretary'],
  ['vice-president', 'Vice-President'], ['vice-chairman', 'Vice-Chairman'], ['vice-chancellor', 'Vice-Chancellor'],
  ['secretary-general', 'Secretary-General'], ['attorney-general', 'Attorney-General'], ['director-general', 'Director-General'],
  ['governor-general', 'Governor-General'], ['co-leader', 'Co-leader'], ['co-chair', 'Co-chair'], ['senior', 'Senior'],
  ['general', 'General'], ['whip', 'Whip'], ['del.', 'Delegate'], ['sens.', 'Senator'], ['sens', 'Senator'], ['reps.', 'Representative'], ['reps', 'Representative'], ['del', 'Delegate'], ['delegate', 'Delegate'], ['majority', 'Majority'], ['minority', 'Minority'], ['house', 'House'], ['senate', 'Senate']
])

/** Role nouns: the head of a description of a person (`the senator`, `a spokesman`). */
export const ROLE_NOUNS: ReadonlySet<string> = new Set([
  'president', 'minister', 'pm', 'cm', 'mla', 'msp', 'chancellor', 'secretary', 'senator', 'representative', 'congressman', 'congresswoman',
  'governor', 'mayor', 'leader', 'chairman', 'chairwoman', 'chair', 'chief', 'director', 'spokesman', 'spokeswoman',
  'spokesperson', 'source', 'insider', 'ambassador', 'commissioner', 'officer', 'official', 'economist', 'analyst', 'professor', 'lawyer',
  'attorney', 'adviser', 'advisor', 'aide', 'candidate', 'nominee', 'founder', 'executive', 'ceo', 'judge', 'justice',
  'general', 'admiral', 'colonel', 'captain', 'sergeant', 'inspector', 'superintendent', 'sheriff', 'detective',
  'councillor', 'councilman', 'councilwoman', 'mp', 'mep', 'lawmaker', 'legislator', 'premier', 'king', 'queen',
  'prince', 'princess', 'pope', 'bishop', 'archbishop', 'cardinal', 'rabbi', 'imam', 'editor', 'reporter',
  'correspondent', 'writer', 'author', 'historian', 'scientist', 'researcher', 'expert', 'strategist', 'pollster',
  'consultant', 'manager', 'head', 'boss', 'deputy', 'businessman', 'businesswoman', 'activist', 'campaigner', 'organiser',
  'organizer', 'veteran', 'student', 'teacher', 'doctor', 'nurse', 'coach', 'player', 'owner', 'partner', 'member',
  'speaker', 'whip', 'mp', 'envoy', 'diplomat', 'negotiator', 'prosecutor', 'investigator', 'witness', 'victim',
  'resident', 'chairperson', 'treasurer', 'auditor', 'regulator', 'banker', 'investor', 'trader', 'broker', 'developer',
  'entrepreneur', 'host', 'anchor', 'moderator', 'pastor', 'priest', 'minister', 'secretary-general', 'commander',
  'officer', 'cop', 'firefighter', 'surgeon', 'physician', 'psychologist', 'chancellor', 'lady', 'lord', 'dame',
  'incumbent', 'challenger', 'contender', 'frontrunner', 'front-runner', 'vice-president', 'co-founder', 'ruler', 'monarch',
  'dictator', 'tycoon', 'billionaire', 'magnate', 'mogul', 'star', 'actor', 'actress', 'singer', 'rapper', 'governor-general',
  'master', 'captain', 'skipper', 'pilot', 'engineer', 'architect', 'planner', 'inspector', 'curator', 'principal', 'dean',
  'provost', 'rector', 'warden', 'governor', 'farmer', 'fisherman', 'driver', 'worker', 'employee', 'official', 'clerk',
  'registrar', 'secretary', 'administrator', 'coordinator', 'representative', 'delegate', 'envoy', 'minister',
  'daughter', 'son', 'wife', 'husband', 'mother', 'father', 'widow', 'widower', 'brother', 'sister', 'neighbour',
  'neighbor', 'taoiseach', 'tánaiste', 'tanaiste', 'ceann comhairle', 'mayor', 'councillor', 'alderman',
  'customer', 'passenger', 'patient', 'parent', 'shopper', 'tenant', 'commuter', 'fan', 'user', 'viewer', 'reader',
  'caller', 'listener', 'homeowner', 'landlord', 'agent', 'shopkeeper', 'vendor', 'survivor', 'relative', 'friend',
  'colleague', 'neighbour', 'villager', 'protester', 'volunteer', 'employer', 'contractor', 'labourer', 'labor leader',
  'labourer', 'unionist', 'trustee', 'governor', 'chief executive', 'accountant', 'paramedic', 'midwife', 'pharmacist',
  'hydrologist', 'epidemiologist', 'meteorologist', 'climatologist', 'geologist', 'lecturer', 'academic',
  'counterpart', 'advocate', 'critic', 'commentator', 'convener', 'convenor', 'patron', 'patron-in-chief', 'co-leader', 'co-chair', 'co-chairman',
  'co-chairwoman', 'co-chief', 'pensioner', 'salesman', 'saleswoman', 'salesperson', 'sarpanch', 'organiser',
  'vice-president', 'vice-chairman', 'vice-chancellor', 'director-general', 'attorney-general', 'solicitor-general',
  'inspector-general', 'auditor-general', 'chief-of-staff', 'columnist', 'blogger', 'influencer', 'campaigner',
  'mp', 'td', 'senator', 'tutor', 'headteacher', 'headmaster', 'headmistress', 'ombudsman', 'registrar', 'chef'
])

/** Role nouns that say the person is a woman or a man. */
export const GENDERED_ROLES: ReadonlyMap<string, 'm' | 'f'> = new Map([
  ['chairwoman', 'f'], ['congresswoman', 'f'], ['spokeswoman', 'f'], ['businesswoman', 'f'], ['councilwoman', 'f'],
  ['queen', 'f'], ['princess', 'f'], ['actress', 'f'], ['lady', 'f'], ['dame', 'f'], ['wife', 'f'], ['mother', 'f'],
  ['daughter', 'f'], ['sister', 'f'], ['widow', 'f'], ['grandmother', 'f'], ['woman', 'f'], ['first lady', 'f'],
  ['chairman', 'm'], ['congressman', 'm'], ['spokesman', 'm'], ['businessman', 'm'], ['councilman', 'm'], ['king', 'm'],
  ['prince', 'm'], ['actor', 'm'], ['lord', 'm'], ['husband', 'm'], ['father', 'm'], ['son', 'm'], ['brother', 'm'],
  ['widower', 'm'], ['grandfather', 'm'], ['man', 'm'], ['pope', 'm']
])

/** Head nouns of groups and bodies that speak (`officials`, `aides`, `the bank`). */
export const GROUP_NOUNS: ReadonlySet<string> = new Set([
  'officials', 'sources', 'aides', 'advisers', 'advisors', 'analysts', 'experts', 'economists', 'critics', 'supporters',
  'opponents', 'democrats', 'republicans', 'conservatives', 'liberals', 'socialists', 'lawmakers', 'legislators', 'mps',
  'ministers', 'diplomats', 'residents', 'witnesses', 'protesters', 'protestors', 'demonstrators', 'activists', 'campaigners',
  'leaders', 'voters', 'members', 'investigators', 'prosecutors', 'police', 'authorities', 'researchers', 'scientists',
  'doctors', 'teachers', 'unions', 'employers', 'workers', 'executives', 'insiders', 'allies', 'observers', 'spokesmen',
  'spokespeople', 'organisers', 'organizers', 'negotiators', 'regulators', 'governments', 'parties', 'groups',
  'officers', 'senators', 'representatives', 'generals', 'admirals', 'veterans', 'donors', 'delegates', 'agencies',
  'government', 'ministry', 'department', 'office', 'agency', 'committee', 'commission', 'council', 'court', 'fund',
  'bank', 'campaign', 'party', 'company', 'firm', 'report', 'study', 'poll', 'survey', 'statement', 'union', 'group',
  'spokesman', 'spokeswoman', 'spokesperson', 'association', 'organisation', 'organization', 'institute', 'board',
  'administration', 'team', 'panel', 'article', 'newspaper', 'paper', 'network', 'website', 'foundation', 'charity',
  'army', 'military', 'navy', 'regime', 'kremlin', 'cabinet', 'parliament', 'congress', 'senate', 'house', 'white house',
  'authority', 'regulator', 'watchdog', 'tribunal', 'inquiry', 'service', 'ministry', 'embassy', 'consulate', 'secretariat',
  'prosecutors', 'police', 'coastguard', 'operator', 'utility', 'airline', 'club', 'league', 'federation', 'alliance',
  'unit', 'division', 'desk', 'office', 'bureau', 'chamber', 'lobby', 'think tank', 'institute', 'centre', 'center',
  'maker', 'manufacturer', 'retailer', 'lender', 'insurer', 'carrier', 'producer', 'miner', 'giant', 'startup', 'chain',
  'automaker', 'carmaker', 'chipmaker', 'broadcaster', 'publisher', 'supplier', 'distributor', 'exporter', 'importer'
])

/** Words that end the name of an organisation or place, never a person (`… Committee`, `… Street`). */
export const ORGANISATION_WORDS: ReadonlySet<string> = new Set([
  'committee', 'party', 'department', 'ministry', 'office', 'house', 'university', 'college', 'school', 'fund', 'bank',
  'league', 'news', 'times', 'post', 'journal', 'herald', 'telegraph', 'guardian', 'mail', 'express', 'tribune',
  'foundation', 'caucus', 'congress', 'senate', 'parliament', 'assembly', 'convention', 'street', 'road', 'avenue',
  'square', 'council', 'agency', 'commission', 'association', 'institute', 'institution', 'company', 'inc', 'inc.',
  'corp', 'corp.', 'corporation', 'group', 'campaign', 'administration', 'union', 'court', 'police', 'department',
  'service', 'services', 'network', 'organisation', 'organization', 'council', 'board', 'bureau', 'authority', 'centre',
  'center', 'hospital', 'church', 'army', 'navy', 'force', 'forces', 'guard', 'nations', 'states', 'kingdom', 'republic',
  'union', 'federation', 'treasury', 'reserve', 'exchange', 'market', 'markets', 'airport', 'station', 'hall', 'palace',
  'prison', 'county', 'city', 'state', 'province', 'district', 'region', 'island', 'islands', 'river', 'valley', 'park',
  'bridge', 'tower', 'building', 'club', 'team', 'cup', 'games', 'act', 'bill', 'law', 'day', 'week', 'show', 'program',
  'confederation', 'alliance', 'coalition', 'syndicate', 'chamber', 'consortium', 'academy', 'society', 'cooperative',
  'co-operative', 'forum', 'front', 'movement', 'bloc', 'secretariat', 'directorate', 'inspectorate', 'tribunal', 'corps',
  'authority', 'agency', 'utility', 'trust', 'federation', 'institute', 'observatory', 'laboratory', 'bank', 'fund',
  'programme', 'review', 'magazine', 'press', 'media', 'radio', 'tv', 'television', 'channel', 'cnn', 'bbc', 'nbc', 'abc',
  'cbs', 'fox', 'msnbc', 'reuters', 'facebook', 'twitter', 'youtube', 'google', 'apple', 'microsoft', 'amazon',
  'democrat', 'democrats', 'republican', 'republicans', 'conservative', 'conservatives', 'liberal', 'liberals',
  'socialist', 'socialists', 'nationalist', 'nationalists', 'independents', 'greens',
  'war', 'wars', 'conference', 'summit', 'forum', 'meeting', 'charter', 'treaty', 'accord', 'agreement', 'deal', 'plan',
  'economy', 'cabinet', 'coalition', 'alliance', 'unit', 'division', 'command', 'lab', 'laboratory'
])

/** Capitalised words that start a sentence or a phrase but never a name. */
export const NOT_NAME_START: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'and', 'but', 'or', 'so', 'yet', 'for', 'nor', 'if', 'when', 'while', 'as', 'at', 'in', 'on', 'of',
  'to', 'by', 'with', 'from', 'after', 'before', 'during', 'since', 'until', 'speaking', 'asked', 'told', 'according',
  'meanwhile', 'however', 'although', 'though', 'because', 'this', 'that', 'these', 'those', 'his', 'her', 'their', 'its',
  'our', 'my', 'your', 'he', 'she', 'they', 'it', 'we', 'i', 'you', 'there', 'here', 'what', 'who', 'why', 'how', 'where',
  'which', 'many', 'some', 'all', 'most', 'both', 'each', 'every', 'no', 'not', 'now', 'then', 'today', 'yesterday',
  'tomorrow', 'last', 'next', 'earlier', 'later', 'over', 'under', 'about', 'among', 'between', 'into', 'through',
  'despite', 'unlike', 'like', 'instead', 'also', 'still', 'even', 'just', 'only', 'once', 'again', 'more', 'less',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april',
  'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun',
  'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'former', 'editor', 'photo', 'watch', 'video', 'read',
  'mr', 'mrs', 'ms', 'dr', 'sir', 'lord', 'lady', 'dame', 'yes', 'oh', 'well', 'please', 'thank', 'thanks', 'dear',
  'let', 'do', 'does', 'did', 'is', 'are', 'was', 'were', 'be', 'will', 'would', 'can', 'could', 'should', 'must', 'might',
  'maybe', 'perhaps', 'probably', 'absolutely', 'certainly', 'unfortunately', 'hopefully', 'clearly', 'obviously', 'frankly',
  'look', 'listen', 'okay', 'ok', 'sure', 'indeed', 'everyone', 'everybody', 'nobody', 'someone', 'somebody', 'anyone',
  'unlike', 'hours', 'days', 'weeks', 'months', 'years', 'minutes', 'warning', 'update', 'updated', 'note',
  'senator', 'president', 'governor', 'mayor', 'prime', 'minister', 'secretary', 'rep', 'sen', 'gov', 'god'
])

/** Personal pronouns that can stand for a speaker, with their gender and number. */
export const SUBJECT_PRONOUNS: ReadonlyMap<string, 'm' | 'f' | 'plural' | 'thing' | 'self'> = new Map([
  ['he', 'm'], ['she', 'f'], ['they', 'plural'], ['it', 'thing'], ['i', 'self'], ['we', 'plural']
])

/** Particles inside names (`Anna de Vries`, `Karl von der Heide`). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(['de', 'da', 'di', 'du', 'van', 'von', 'der', 'den', 'la', 'le', 'bin', 'binti', 'bint', 'ibn', 'al', 'el', 'del', 'dos', 'das', 'ter', 'ten', 'af', 'delos', 'dela', 'ní', 'ua', 'ó', 'nic', 'los', 'las', 'do', 'di'])

/** A noun for someone who does something (`hydrologist`, `lecturer`, `consultant`, `historian`), as an appositive's head. */
export const AGENT_NOUN = /^[a-z-]{4,}(?:ist|er|or|ian|ant|ent|eer)$/

/** A surname joined to its particle by a hyphen (`al-Musawi`, `el-Sisi`, `bin-Salman`, `ul-Haq`): part of a name though it starts lowercase. */
export const PARTICLE_NAME = /^(?:al|el|ul|ud|ad|as|ash|at|az|bin|ibn|bint|abu|abd|ben|de|da|di|du|dos|das|del|van|von|le|la)-\p{Lu}/u

/** Adjectives of nationality or party that give an affiliation (`Russian`, `Democratic`). */
export const AFFILIATION_SUFFIX = /(?:ian|ean|an|ese|ish|i|ic|ch|ss|ss)$/
