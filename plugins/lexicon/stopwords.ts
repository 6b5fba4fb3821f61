/**
 * General English word lists for key-phrase extraction: function words that
 * break noun-phrase chunks, and generic news vocabulary that never makes a
 * topic on its own. Nothing here is tuned to any article.
 */
import { CARDINAL_WORDS } from './units.ts'

const words = (list: string): Set<string> => new Set(list.trim().split(/\s+/))

/** Function words: articles, pronouns, prepositions, conjunctions, auxiliaries, quantifiers, common adverbs. */
export const FUNCTION_WORDS: ReadonlySet<string> = words(`
a an the this that these those there here
i me my mine myself we us our ours ourselves you your yours yourself yourselves
he him his himself she her hers herself it its itself they them their theirs themselves
one ones oneself someone somebody something anyone anybody anything everyone everybody everything
no-one nobody nothing none whoever whatever whichever whom whose who which what when where why how
whether if unless until till while whilst because since so than then though although as
and or nor but yet either neither both not no yes
of in on at by for with without within into onto upon from to toward towards about above below
over under across along among amongst around behind beside besides between beyond during
except inside outside near past per plus via through throughout against after before up down off out
am is are was were be been being have has had having do does did doing done
will would shall should can could may might must ought need dare
isn't aren't wasn't weren't hasn't haven't hadn't doesn't don't didn't won't wouldn't shan't
shouldn't can't cannot couldn't mightn't mustn't needn't ain't
i'm i've i'd i'll you're you've you'd you'll he's he'd he'll she's she'd she'll
it's it'd it'll we're we've we'd we'll they're they've they'd they'll
that's there's here's what's who's where's when's why's how's let's
all any each every some many much more most few fewer less least several such own same other others another
enough lots plenty various certain else
very too quite rather really just only even also still already again ever never always often sometimes
usually perhaps maybe almost nearly about around roughly approximately mostly largely
now then soon later earlier once twice ago today tonight tomorrow yesterday currently recently
well however therefore thus hence meanwhile moreover furthermore instead otherwise indeed anyway
nevertheless nonetheless accordingly likewise namely
like unlike including regarding concerning despite amid amidst according
oh ok okay mr mrs ms miss dr st jr sr
etc eg ie vs
`)

/** Weekdays and months (stopwords even when capitalised). */
export const CALENDAR_WORDS: ReadonlySet<string> = words(`
monday tuesday wednesday thursday friday saturday sunday
january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec
`)

/** Number words and units of time. */
export const TIME_AND_NUMBER_WORDS: ReadonlySet<string> = new Set([
  ...CARDINAL_WORDS.keys(),
  ...words(`
hundred hundreds thousand thousands million millions billion billions trillion trillions dozen dozens
first second third fourth fifth sixth seventh eighth ninth tenth last next previous final
half quarter double triple percent per cent percentage
weekend weekends
morning mornings afternoon afternoons evening evenings night nights day days week weeks
month months year years decade decades century centuries hour hours minute minutes second seconds
time times moment moments period while date dates
`)
])

/**
 * Generic news vocabulary: reporting words, titles, vague nouns and adjectives
 * that appear in every article and never name a topic by themselves.
 */
export const GENERIC_NEWS_WORDS: ReadonlySet<string> = words(`
people person persons man men woman women guy guys folks everybody
thing things stuff lot lots way ways kind kinds sort sorts type types part parts
point points fact facts case cases question questions matter matters issue issues problem problems
number numbers amount amounts level levels area areas place places side sides end ends
example examples reason reasons sense idea ideas view views word words term terms
government governments official officials administration authorities authority
statement statements report reports reporter reporters news press media journalist journalists
interview interviews comment comments remark remarks speech speeches announcement announcements
article articles story stories post posts update updates source sources
president presidents presidential minister ministers prime secretary secretaries chancellor
senator senators sen rep reps representative representatives congressman congresswoman lawmaker lawmakers
governor governors gov mayor mayors chairman chairwoman chair chairs chief chiefs head heads
leader leaders leadership spokesman spokeswoman spokesperson spokespeople aide aides adviser advisers advisor advisors
director directors executive executives ceo member members staff staffer staffers
sir dame lord lady king queen prince princess
team teams group groups office offices department departments
country countries nation nations state states world city cities town region regions
effort efforts attempt attempts move moves step steps decision decisions
plan plans process result results role roles work job jobs life lives
event events situation situations meeting meetings visit visits trip trips
week day year
new old big small large great good bad best worst better worse high low long short
important major minor key main top full whole real true clear sure certain possible likely
recent latest current former early late early later future past present
own different similar same particular specific general special
able unable ready willing
lot little back yes okay hey
told tell tells telling say says saying said stated states stating
according added adding asked asking called calling
`)

/**
 * Weak words: vague nouns, common adjectives and party or nationality words.
 * They may sit inside a key phrase (`open market`, `rural voters`, `civil
 * rights`) but never make one alone.
 */
export const WEAK_WORDS: ReadonlySet<string> = words(`
right rights support truth experience hand hands air fine individual individuals definition
opposition relationship relationships conference multiple powerful unclear strength mistake mistakes
pressure criticism candidate candidates nominee nominees photo photos incident incidents video videos
picture pictures business businesses project projects prospect prospects single community communities
controversy reaction reactions response responses answer answers call calls message messages
line lines talk chance chances opportunity opportunities challenge challenges concern concerns
interest interests attention position positions approach value values action actions activity
activities focus detail details information data figure figures record records history series
range rest total house room home face eyes voice friend friends relation relations
wife husband son daughter mother father brother sister family families child children kid kids
big bigger biggest huge massive tremendous enormous tiny strong stronger weak weaker easy hard
difficult simple tough serious significant obvious open free fair available black white young
older younger rich poor personal public private political national international local federal
global social economic foreign domestic military crazy terrible horrible wonderful amazing
incredible beautiful nice quick fast slow wide broad deep critical powerful whole entire
democrat democrats democratic republican republicans gop party parties conservative conservatives
liberal liberals progressive progressives
campaign campaigns election elections vote votes voting voter voters race races poll polls polling
country's nation's world's
american americans america british britain european europeans
`)

/** Every word that may never start, end or make up a key phrase. */
export const STOPWORDS: ReadonlySet<string> = new Set([
  ...FUNCTION_WORDS,
  ...CALENDAR_WORDS,
  ...TIME_AND_NUMBER_WORDS,
  ...GENERIC_NEWS_WORDS
])

/**
 * Whether a lowercase word is a stopword (function word, time/number word or generic news word).
 *
 * @param word the word, lowercased.
 * @returns `true` when the word can never be a key phrase or part of one.
 */
export function isStopword(word: string): boolean {
  return STOPWORDS.has(word)
}

/** Words a stemmer must keep whole: plural-looking singulars (`news`, `politics`, `crisis`) and adverbs. */
export const UNSTEMMED_WORDS: ReadonlySet<string> = words(`
news series species politics economics physics ethics arms always perhaps thus chaos analysis crisis basis
`)
