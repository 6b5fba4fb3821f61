/**
 * Common general English: everyday verbs, adjectives, adverbs and nouns of the
 * kind a frequency list of general English ranks among its first couple of
 * thousand words. A word here says little on its own about what an article is
 * about, so key-phrase extraction treats it as "not specific": it may sit in a
 * key phrase (`trade deal`, `water supply`) but scores low alone. Written by
 * hand from general English; nothing here is drawn from any article.
 */

const words = (list: string): Set<string> => new Set(list.trim().split(/\s+/))

/** Lowercase common English words (base forms and frequent inflections). */
export const COMMON_WORDS: ReadonlySet<string> = words(`
ability able about above absence absolutely accept access accident account accurate achieve across act
active actual actually add addition additional address adult advance advantage affair affect afraid after
afternoon again against age agent ago agree ahead aim air alive allow almost alone along already alright
also alternative although altogether amazing among amount ancient anger angle angry animal announce annual
another answer anxious anybody anymore anyone anything anyway anywhere apart apparent apparently appeal
appear appearance apply appreciate approach appropriate approve area argue argument arm around arrange
arrangement arrival arrive art article artist aside ask asleep aspect assume assumption attach attempt attend
attention attitude attract audience author available average avoid awake aware away awful baby back
background bad badly bag balance ball band bar base basic basically basis bear beat beautiful beauty
because become bed before begin beginning behalf behave behaviour behavior behind belief believe belong below
beneath benefit beside best better between beyond big bill bird birth bit bite bitter black blame blank
blind block blood blow blue board boat body bone book boot border bore boring born borrow boss both
bother bottle bottom bound box boy brain branch brave bread break breath brief bright brilliant bring
broad broken brother brown brush build building burn busy buy cake call calm camera capable capacity car
card care career careful carefully carry case cash cat catch category cause ceiling cell centre center
central century certain certainly chain chair challenge chance change channel chapter character charge
cheap check cheek chest chicken chief child choice choose church circle circumstance citizen city civil
claim class classic clean clear clearly clever climb clock close closed closely cloth clothes cloud club
coast coat code coffee cold collect collection college colour color column combination combine come
comfort comfortable command comment commercial common communicate company compare comparison compete
complain complete completely complex concentrate concept concern concerned condition confidence confident
confirm conflict confuse connect connection conscious consider considerable consideration consist constant
contact contain content context continue contract contrast contribute control conversation convince cook
cool copy corner correct cost could count counter couple courage course cover crash crazy create creature
credit crew crime critic cross crowd cry cultural culture cup curious current customer cut cycle damage
dance danger dangerous dark date daughter dead deal dear death debate decade decide decision declare deep
deeply defeat define definitely degree delay deliberately deliver demand deny depend describe
description design desire desk despite destroy detail determine develop development device die difference
different difficult difficulty dinner direct direction directly dirty disappear discover discuss discussion
disease distance distinct divide doctor document dog door double doubt down draft drag draw dream dress drink
drive driver drop dry due dull during duty each ear early earn earth easily east easy eat edge
education effect effective efficient effort either elderly element else elsewhere emerge emotion emotional
emphasis empty enable encourage end enemy energy engage engine enjoy enormous enough ensure enter entire
entirely entry environment equal equally equipment error escape especially essential establish estimate
even evening event eventually ever every evidence exact exactly examine example excellent except exchange
excite excited exciting excuse exercise exist existence expect expectation expensive experience expert
explain explanation explore express expression extend extent extra extreme extremely eye face facility fact
factor fail failure fair fairly faith fall false familiar family famous fan far farm fashion fast fat
father fault favour favor favourite favorite fear feature feed feel feeling fellow female few field fight
figure fill film final finally find fine finger finish fire firm first fish fit fix flat flight floor flow
flower fly focus folk follow following food foot force foreign forest forever forget forgive form formal
former forward frame free freedom frequent fresh friend friendly front fruit full fully fun function fund
funny further future gain game gap garden gas gate gather general generally generation gentle get gift girl
give glad glass go goal god gold good grab grade grand grant great green grey gray ground group grow growth
guard guess guest guide guilty gun habit hair half hall hand handle hang happen happy hard hardly hat hate
head health healthy hear heart heat heavy height hell hello help helpful hide high highly hill hire history
hit hold hole holiday home honest hope horse hospital host hot hotel hour house huge human humour humor
hungry hunt hurry hurt husband ice idea ideal identify identity ignore ill illegal image imagine immediate
immediately impact importance important impossible impress impression improve improvement include income
increase increasingly indeed independent indicate individual industry influence inform information initial
injury inner innocent inside insist instance instead intend intention interest interesting internal
introduce invite involve iron island item job join joke journey joy judge jump junior just justice keen
keep key kick kid kill kind kiss kitchen knee knife knock know knowledge label labour labor lack lady land
language large largely last late later laugh launch law lay layer lazy lead leader leading leaf lean learn
least leave left leg legal length less lesson let letter level lie life lift light like likely limit
limited line link lip list listen literally little live living load loan local lock long look loose lose
loss lost lot loud love lovely low lower luck lucky lunch machine mad magazine main mainly maintain major
majority make male manage management manager manner many map mark market marriage married mass master match
material matter may maybe meal mean meaning means meanwhile measure meat medium meet meeting member memory
mental mention mere merely mess message metal method middle might mild mind mine minor minute mirror miss
missing mistake mix mixed mobile model modern moment money month mood moral more morning most mostly mother
motion mountain mouth move movement movie much murder music must mystery name narrow nation native natural
naturally nature near nearby nearly neat necessarily necessary neck need negative neighbour neighbor
neither nerve nervous net network never nevertheless new newly news newspaper next nice night nobody noise
none normal normally north nose note nothing notice novel now nowhere number nurse object obvious obviously
occasion occasionally occur odd offer office officer often oil okay old once online only onto open opening
operate operation opinion opportunity oppose opposite option order ordinary organise organize
organisation organization origin original other otherwise ought outcome outside over overall own owner pace
pack package page pain paint pair pale pan panel paper parent park part particular particularly partly
partner party pass passage past path patient pattern pause pay peace peaceful perfect perfectly perform
performance perhaps period permanent permission person personal personally perspective phase phone
physical pick picture piece pile pink pitch pity place plain plan plane planet plant plastic plate play
player pleasant please pleased pleasure plenty pocket poem poet point pole police polite pool poor
popular population position positive possess possession possibility possible possibly post pot potential
pound pour power powerful practical practice practise praise pray precise prefer preparation prepare
presence present pressure pretend pretty prevent previous previously price pride primary principle print
prior priority prison private prize probably problem procedure proceed process produce product
production professional profit programme program progress project promise promote proof proper properly
property proportion proposal propose protect protection proud prove provide public pull pupil purchase pure
purpose push put quality quantity quarter queen question quick quickly quiet quietly quite quote race
radio rain raise range rank rapid rapidly rare rarely rate rather reach react reaction read reader reading
ready real reality realise realize really reason reasonable recall receive recent recently recognise
recognize recommend record recover red reduce refer reference reflect refuse regard region regular
regularly reject relate related relation relationship relative relatively relax release relevant relief
religion religious rely remain remark remarkable remember remind remote remove rent repeat replace reply
report represent request require rescue research reserve resident resist resolve resource respect respond
response responsibility responsible rest restaurant result retain return reveal rich rid ride right ring
rise risk river road rock role roll roof room root rope rough round route routine row royal rub rubbish rule
run rural rush sad safe safety sake sale salt same sample sand satisfy save say scale scene schedule scheme
school science score screen sea search season seat second secret secretary section sector secure see seek
seem select self sell send senior sense sensible sensitive sentence separate sequence series serious
seriously serve service session set settle several severe shade shadow shake shall shame shape share sharp
sheet shelf shift shine ship shirt shock shoe shoot shop shore short shortly shot should shoulder shout show
shut sick side sight sign signal significant silence silent silly silver similar simple simply since sing
single sink sister sit site situation size skill skin sky sleep slight slightly slip slow slowly small smart
smell smile smoke smooth snow soft software soil soldier solid solution solve somebody somehow someone
something sometimes somewhat somewhere son song soon sorry sort soul sound source south space spare speak
speaker special species specific speech speed spend spirit split spot spread spring square staff stage
stair stake stand standard star stare start state statement station status stay steady steal step stick
still stock stomach stone stop store storm story straight strange stranger stream street strength stress
stretch strict strike string strong strongly structure struggle student study stuff stupid style subject
succeed success successful successfully such sudden suddenly suffer sufficient suggest suggestion suit
suitable summer sun supply support suppose sure surely surface surprise surprised surprising surround
survey survive suspect sweet swim switch symbol system table tail take talk tall target task taste teach
teacher team tear technical technique technology telephone television tell temperature tend tendency term
terrible test text thank theme theory thick thin thing think thought threat throat through throw thus
ticket tie tight till time tiny tip tired title today together tomorrow tone tongue tonight tool tooth top
topic total totally touch tough tour towards town track tradition traditional traffic train training
transfer transport travel treat treatment tree trend trial trick trip trouble true truly trust truth try
tube turn twice type typical typically ugly ultimately unable uncle under understand understanding unique
unit universe university unless unlikely until unusual upon upper upset urban urge use used useful user
usual usually valley valuable value variety various vary vast vehicle version very view village visit
visitor visual voice volume wait wake walk wall want war warm warn wash waste watch water wave way weak
wealth weapon wear weather website wedding week weekly weight welcome well west western wet whatever wheel
whenever wherever whether while whilst white whole wide widely wife wild will willing win wind window wine
wing winner winter wire wise wish within without witness woman wonder wonderful wood wooden word work worker
world worried worry worse worst worth would wound write writer writing wrong yard yeah year yellow yes yet
young youth zone
`)

/**
 * Whether a lowercase word is common general English (see {@link COMMON_WORDS}),
 * also in a regular plural or `-ing`/`-ed`/`-s` form.
 *
 * @param word the word, lowercased.
 * @returns `true` for a common word.
 */
export function isCommonWord(word: string): boolean {
  if (COMMON_WORDS.has(word)) return true
  if (word.length > 4 && word.endsWith('s')) {
    if (COMMON_WORDS.has(word.slice(0, -1))) return true
    if (word.endsWith('ies') && COMMON_WORDS.has(word.slice(0, -3) + 'y')) return true
    if (word.endsWith('es') && COMMON_WORDS.has(word.slice(0, -2))) return true
  }
  if (word.length > 5 && (word.endsWith('ed') || word.endsWith('ing'))) {
    const base = word.endsWith('ed') ? word.slice(0, -2) : word.slice(0, -3)
    if (COMMON_WORDS.has(base) || COMMON_WORDS.has(base + 'e')) return true
    if (base.length > 3 && base[base.length - 1] === base[base.length - 2] && COMMON_WORDS.has(base.slice(0, -1)))
      return true
  }
  return false
}
