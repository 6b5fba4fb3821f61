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
