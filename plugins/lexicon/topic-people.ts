/**
 * General list for telling people's names apart from topics: honorifics and
 * job titles that introduce a name. (No list of given names: names come from
 * the text, through the speakers stage.)
 */

const words = (list: string): Set<string> => new Set(list.trim().split(/\s+/))

/** Lowercase honorifics and titles (without a final period) that can stand before a person's name. */
export const NAME_TITLES: ReadonlySet<string> = words(`
mr mrs ms miss mx dr sir dame lord lady baroness baron rev reverend father pope
president vice prime minister secretary chancellor premier senator sen rep representative congressman
congresswoman governor gov mayor judge justice gen general col colonel capt captain lt lieutenant
sgt sergeant adm admiral officer detective inspector commissioner chief chairman chairwoman chair
ceo cfo founder director spokesman spokeswoman spokesperson ambassador attorney professor prof
economist analyst adviser advisor aide king queen prince princess sheikh ayatollah chancellor
candidate nominee leader speaker host anchor moderator coach deputy pastor rabbi imam bishop
cardinal emperor dictator
`)

/** Words that make a capitalised run an organisation or a place, never a person. */
export const NON_PERSON_WORDS = new Set(
  'department committee bureau court house council party union fund bank agency office ministry service commission foundation institute university college association corporation company group campaign administration board caucus senate congress parliament assembly army navy force forces police school hospital church street road city county state states republic kingdom league club times post journal news network'.split(
    ' '
  )
)
