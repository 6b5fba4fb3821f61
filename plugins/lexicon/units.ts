/**
 * General lexicons for quantities: number words, magnitude words, currencies,
 * units of time and percentages, and the nouns that count people or things.
 * Plain data (lower-case keys) so the figure scanner can build its regexes once.
 */

/** Cardinal number words up to nineteen, and the tens, by value. */
export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ['zero', 0], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7],
  ['eight', 8], ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12], ['thirteen', 13], ['fourteen', 14],
  ['fifteen', 15], ['sixteen', 16], ['seventeen', 17], ['eighteen', 18], ['nineteen', 19], ['twenty', 20],
  ['thirty', 30], ['forty', 40], ['fifty', 50], ['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90],
  ['dozen', 12], ['a dozen', 12], ['half a dozen', 6], ['a hundred', 100], ['a thousand', 1000], ['half a', 0.5],
  ['a half', 0.5], ['a quarter', 0.25], ['a third', 1 / 3]
])

/** Magnitude words and abbreviations (`million`, `bn`, `m`) by multiplier. */
export const MAGNITUDES: ReadonlyMap<string, number> = new Map([
  ['hundred', 1e2], ['thousand', 1e3], ['k', 1e3], ['million', 1e6], ['mn', 1e6], ['mln', 1e6], ['m', 1e6],
  ['billion', 1e9], ['bn', 1e9], ['b', 1e9], ['bln', 1e9], ['trillion', 1e12], ['tn', 1e12], ['trn', 1e12], ['tr', 1e12],
  // South Asian magnitudes: a lakh is 100,000, a crore ten million
  ['lakh', 1e5], ['lakhs', 1e5], ['lac', 1e5], ['crore', 1e7], ['crores', 1e7], ['cr', 1e7]
])

/** Plural magnitude words that make an approximate amount (`thousands of`). */
export const APPROXIMATE_WORDS: readonly string[] = ['dozens', 'scores', 'hundreds', 'thousands', 'millions', 'billions', 'trillions']

/** Currency symbols and prefixes by ISO code. Longest first matters for the regex. */
export const CURRENCY_SYMBOLS: ReadonlyMap<string, string> = new Map([
  ['us$', 'USD'], ['$', 'USD'], ['£', 'GBP'], ['€', 'EUR'], ['¥', 'JPY'], ['₹', 'INR'], ['a$', 'AUD'], ['c$', 'CAD'],
  ['nz$', 'NZD'], ['hk$', 'HKD'], ['usd', 'USD'], ['gbp', 'GBP'], ['eur', 'EUR'], ['jpy', 'JPY'], ['chf', 'CHF'],
  ['aud', 'AUD'], ['cad', 'CAD'], ['rs', 'INR'], ['rs.', 'INR'], ['s$', 'SGD'], ['r$', 'BRL'], ['₦', 'NGN'], ['₩', 'KRW'],
  ['₱', 'PHP'], ['₽', 'RUB'], ['₺', 'TRY'], ['₪', 'ILS'], ['tk', 'BDT'], ['ksh', 'KES'], ['kes', 'KES'], ['rm', 'MYR'],
  ['r', 'ZAR'], ['n', 'NGN'], ['p', 'PHP'], ['₴', 'UAH'], ['₵', 'GHS'], ['sh', 'KES'], ['tsh', 'TZS'], ['ush', 'UGX'],
  ['dh', 'AED'], ['tl', 'TRY'], ['j$', 'JMD'], ['tt$', 'TTD'], ['fj$', 'FJD'], ['k', 'PGK']
])

/** Currency nouns after a number (`50 pounds`, `billions of euros`) by ISO code. */
export const CURRENCY_WORDS: ReadonlyMap<string, string> = new Map([
  ['dollar', 'USD'], ['dollars', 'USD'], ['pound', 'GBP'], ['pounds', 'GBP'], ['sterling', 'GBP'],
  ['euro', 'EUR'], ['euros', 'EUR'], ['yen', 'JPY'], ['yuan', 'CNY'], ['renminbi', 'CNY'], ['rupee', 'INR'],
  ['rupees', 'INR'], ['rouble', 'RUB'], ['roubles', 'RUB'], ['ruble', 'RUB'], ['rubles', 'RUB'], ['pence', 'GBP'],
  ['cents', 'USD'], ['quid', 'GBP'], ['francs', 'CHF'], ['pesos', 'MXN'], ['won', 'KRW'], ['rand', 'ZAR'], ['naira', 'NGN'],
  ['shilling', 'KES'], ['shillings', 'KES'], ['taka', 'BDT'], ['ringgit', 'MYR'], ['rupiah', 'IDR'], ['baht', 'THB'],
  ['reais', 'BRL'], ['cedis', 'GHS'], ['kwacha', 'ZMW'], ['zloty', 'PLN'], ['zlotys', 'PLN'], ['kronor', 'SEK'],
  ['kroner', 'NOK'], ['forint', 'HUF'], ['hryvnias', 'UAH'], ['hryvnia', 'UAH'], ['shekels', 'ILS'], ['lira', 'TRY'],
  ['dirhams', 'AED'], ['riyals', 'SAR'], ['yuan', 'CNY'], ['hryvnias', 'UAH'], ['pesos', 'MXN'], ['rupees', 'INR'], ['kina', 'PGK'], ['kronor', 'SEK'], ['krona', 'SEK'], ['kroner', 'NOK'], ['krone', 'DKK']
])

/** A country's adjective before a currency word that names its own (`250 billion Iraqi dinars`). */
export const NATIONAL_CURRENCIES: ReadonlyMap<string, string> = new Map([
  ['iraqi dinars', 'IQD'], ['kuwaiti dinars', 'KWD'], ['jordanian dinars', 'JOD'], ['bahraini dinars', 'BHD'],
  ['libyan dinars', 'LYD'], ['tunisian dinars', 'TND'], ['algerian dinars', 'DZD'], ['serbian dinars', 'RSD'],
  ['australian dollars', 'AUD'], ['canadian dollars', 'CAD'], ['singapore dollars', 'SGD'], ['hong kong dollars', 'HKD'],
  ['new zealand dollars', 'NZD'], ['taiwan dollars', 'TWD'], ['zimbabwean dollars', 'ZWL'], ['us dollars', 'USD'],
  ['american dollars', 'USD'], ['indian rupees', 'INR'], ['pakistani rupees', 'PKR'], ['sri lankan rupees', 'LKR'],
  ['nepalese rupees', 'NPR'], ['kenyan shillings', 'KES'], ['ugandan shillings', 'UGX'], ['tanzanian shillings', 'TZS'],
  ['mexican pesos', 'MXN'], ['philippine pesos', 'PHP'], ['argentine pesos', 'ARS'], ['chilean pesos', 'CLP'],
  ['colombian pesos', 'COP'], ['swiss francs', 'CHF'], ['cfa francs', 'XOF'], ['egyptian pounds', 'EGP'],
  ['lebanese pounds', 'LBP'], ['syrian pounds', 'SYP'], ['sudanese pounds', 'SDG'], ['saudi riyals', 'SAR'],
  ['qatari riyals', 'QAR'], ['iranian rials', 'IRR'], ['uae dirhams', 'AED'], ['moroccan dirhams', 'MAD'],
  ['turkish lira', 'TRY'], ['uruguayan pesos', 'UYU'], ['brazilian reais', 'BRL'], ['danish kroner', 'DKK'],
  ['norwegian kroner', 'NOK'], ['swedish kronor', 'SEK'], ['jamaican dollars', 'JMD'], ['fijian dollars', 'FJD'], ['south african rand', 'ZAR'], ['nigerian naira', 'NGN'], ['chinese yuan', 'CNY'],
  ['japanese yen', 'JPY'], ['south korean won', 'KRW'], ['russian roubles', 'RUB'], ['russian rubles', 'RUB']
])

/** Percent words and signs; `percentage point(s)` is its own unit. */
export const PERCENT_WORDS: readonly string[] = ['%', 'per cent', 'percent', 'pct', 'per-cent']

/** Units of time by normalised unit (plural). */
export const TIME_UNITS: ReadonlyMap<string, string> = new Map([
  ['second', 'seconds'], ['seconds', 'seconds'], ['minute', 'minutes'], ['minutes', 'minutes'],
  ['hour', 'hours'], ['hours', 'hours'], ['day', 'days'], ['days', 'days'], ['week', 'weeks'], ['weeks', 'weeks'],
  ['month', 'months'], ['months', 'months'], ['year', 'years'], ['years', 'years'], ['decade', 'decades'],
  ['decades', 'decades'], ['century', 'centuries'], ['centuries', 'centuries'], ['term', 'terms'], ['terms', 'terms']
])

/** Units of measure (after a number) by normalised unit. */
export const MEASURE_UNITS: ReadonlyMap<string, string> = new Map([
  ['miles', 'miles'], ['mile', 'miles'], ['km', 'km'], ['kilometres', 'km'], ['kilometers', 'km'], ['metres', 'm'],
  ['meters', 'm'], ['feet', 'feet'], ['foot', 'feet'], ['acres', 'acres'], ['hectares', 'hectares'],
  ['tonnes', 'tonnes'], ['tons', 'tons'], ['barrels', 'barrels'], ['gallons', 'gallons'], ['litres', 'litres'],
  ['liters', 'litres'], ['kg', 'kg'], ['kilograms', 'kg'], ['pounds-weight', 'lb'], ['mph', 'mph'], ['degrees', 'degrees'],
  ['megawatts', 'MW'], ['gigawatts', 'GW'], ['points', 'points'], ['votes', 'votes'], ['seats', 'seats']
])

/** Nouns that count armed forces: they keep the unit `troops`. */
export const TROOP_NOUNS: ReadonlySet<string> = new Set([
  'troops', 'soldiers', 'servicemen', 'servicewomen', 'service members', 'marines', 'sailors', 'airmen', 'personnel',
  'peacekeepers', 'reservists', 'fighters'
])

/** Nouns (plural and singular) that count people: their unit is `people`. */
export const PEOPLE_NOUNS: ReadonlySet<string> = new Set([
  'people', 'person', 'persons', 'individuals', 'men', 'women', 'children', 'kids', 'adults', 'boys', 'girls',
  'babies', 'teenagers', 'students', 'pupils', 'teachers', 'workers', 'employees', 'staff', 'staffers', 'volunteers',
  'voters', 'residents', 'citizens', 'members', 'supporters', 'protesters', 'protestors', 'demonstrators',
  'refugees', 'migrants', 'immigrants', 'asylum seekers', 'patients', 'doctors', 'nurses', 'officers', 'police',
  'officials', 'lawmakers', 'legislators', 'senators', 'delegates', 'generals', 'admirals', 'veterans', 'victims',
  'casualties', 'deaths', 'dead', 'injured', 'wounded', 'survivors', 'prisoners', 'inmates', 'hostages', 'civilians',
  'passengers', 'customers', 'consumers', 'users', 'subscribers', 'viewers', 'readers', 'listeners', 'fans',
  'families', 'households', 'homeowners', 'tenants', 'taxpayers', 'farmers', 'miners', 'bankers',
  'executives', 'managers', 'scientists', 'researchers', 'experts', 'economists', 'journalists', 'reporters',
  'candidates', 'donors', 'contributors', 'respondents', 'participants', 'attendees', 'guests', 'visitors',
  'tourists', 'athletes', 'players', 'coaches', 'judges', 'lawyers', 'attorneys', 'jurors', 'suspects',
  'defendants', 'agents', 'diplomats', 'ministers', 'mps', 'councillors', 'mayors', 'governors', 'leaders',
  'americans', 'britons', 'europeans', 'mothers', 'fathers', 'parents', 'seniors', 'retirees',
  'pensioners', 'recipients', 'beneficiaries', 'applicants', 'graduates', 'nationals', 'inhabitants', 'followers',
  'activists', 'organizers', 'organisers', 'firefighters', 'paramedics', 'guards', 'contractors', 'labourers',
  'laborers', 'man', 'woman', 'child', 'boy', 'girl', 'baby', 'renters', 'shoppers', 'commuters', 'motorists',
  'drivers', 'pedestrians', 'cyclists', 'holidaymakers', 'travellers', 'travelers', 'worshippers', 'mourners',
  'pilgrims', 'fishermen', 'landlords', 'occupants', 'buyers', 'borrowers', 'savers', 'investors', 'claimants',
  'jobseekers', 'academics', 'clinicians', 'midwives', 'pharmacists', 'surgeons', 'physicians', 'dentists', 'carers',
  'caregivers', 'holders', 'owners', 'entrepreneurs', 'traders', 'vendors', 'labourers', 'apprentices', 'trainees',
  'recruits', 'soldiers', 'peasants', 'villagers', 'dwellers', 'squatters', 'evacuees', 'displaced', 'detainees',
  'arrestees', 'offenders', 'convicts', 'addicts', 'smokers', 'drinkers', 'learners', 'schoolchildren', 'infants',
  'toddlers', 'newborns', 'elderly', 'pensioners', 'youths', 'youngsters', 'adolescents', 'crew', 'crews',
  'personnel', 'paramedics', 'firefighters', 'councillors', 'senators', 'representatives', 'employees'
])

/** Nouns of age that make `aged 55`/`ages 55 to 65` a count of years. */
export const AGE_WORDS: ReadonlySet<string> = new Set(['age', 'ages', 'aged'])

/** Words that qualify an amount (`more than`, `nearly`); kept in the figure's text. */
export const QUALIFIERS: readonly string[] = [
  'more than', 'less than', 'fewer than', 'greater than', 'higher than', 'lower than', 'at least', 'at most',
  'up to', 'as many as', 'as much as', 'as few as', 'as little as', 'no more than', 'no fewer than', 'close to',
  'nearly', 'almost', 'about', 'around', 'roughly', 'approximately', 'some', 'over', 'under', 'just', 'only',
  'barely', 'fully', 'a record', 'an estimated', 'a further', 'another', 'an extra', 'an additional', 'upwards of',
  'in excess of', 'well over', 'just over', 'just under', 'a mere', 'a whopping', 'a tepid', 'a modest'
]

/** Words after a money amount that make it a rate (`$12 an hour`), not a total. */
export const RATE_WORDS: readonly string[] = ['an hour', 'a year', 'a month', 'a week', 'a day', 'per hour', 'per year',
  'per month', 'per week', 'per day', 'per head', 'per person', 'each', 'apiece', 'a head', 'per annum', 'a share', 'per share']

/**
 * Words that follow a number but are not its unit: function words, verbs and
 * adverbs that end the figure (`three of`, `two said`).
 */
export const NOT_UNIT_WORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'of', 'to', 'in', 'on', 'at', 'by', 'for', 'from', 'with', 'and', 'or', 'but', 'nor', 'as',
  'than', 'that', 'this', 'these', 'those', 'which', 'who', 'whom', 'whose', 'what', 'when', 'where', 'why', 'how',
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', 'has', 'have', 'had', 'do', 'does', 'did', 'will',
  'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', 'not', 'no', 'so', 'if', 'then', 'also',
  'too', 'very', 'more', 'most', 'less', 'least', 'much', 'many', 'other', 'others', 'another', 'each', 'every',
  'all', 'both', 'either', 'neither', 'any', 'some', 'such', 'own', 'same', 'said', 'says', 'say', 'told', 'tell',
  'it', 'its', 'they', 'them', 'their', 'he', 'him', 'his', 'she', 'her', 'we', 'us', 'our', 'you', 'your', 'i',
  'me', 'my', 'out', 'up', 'down', 'off', 'over', 'under', 'into', 'onto', 'about', 'after', 'before', 'since',
  'until', 'while', 'during', 'through', 'across', 'against', 'between', 'among', 'per', 'via', 'ago', 'later',
  'earlier', 'again', 'still', 'yet', 'already', 'just', 'only', 'even', 'now', 'here', 'there', 'times', 'time',
  'percent', 'cent', 'one', 'ones', 'another', 'together', 'apart', 'away', 'back', 'left', 'right', 'got', 'get', 'gets', 'went', 'go', 'goes', 'came', 'come', 'comes', 'made', 'make', 'makes', 'took',
  'take', 'takes', 'saw', 'see', 'sees', 'put', 'puts', 'set', 'sets', 'let', 'lets', 'spent', 'spend', 'gave',
  'give', 'gives', 'won', 'lost', 'am', 'pm', 'a.m', 'p.m', 'st', 'nd', 'rd', 'th', 'or so', 'plus', 'minus',
  'respectively', 'apiece', 'each', 'alone', 'combined', 'total', 'overall', 'in all', 'straight', 'consecutive'
])
