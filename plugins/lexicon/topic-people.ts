/**
 * General lists for telling people's names apart from topics: honorifics and
 * job titles that introduce a name, and common given names.
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

/** Common given names (lowercase), used only for runs of two or more capitalised words. */
export const GIVEN_NAMES: ReadonlySet<string> = words(`
aaron adam adrian ahmed alan albert alex alexander alexandra alice alison allen amanda amy andrea
andrew andy angela ann anna anne anthony antonio arthur ashley barbara ben benjamin bernard bernie
beth betty bill billy bob bobby brad brandon brenda brian bruce bryan carl carlos carol caroline
catherine charles charlie chris christian christina christine christopher chuck claire colin craig
dan daniel danielle david dean deborah debbie denis dennis diana diane dick don donald donna doug
douglas ed eddie edward elaine elizabeth ellen emily emma eric erin ethan eugene frank fred frederick
gary george gerald gordon grace greg gregory hannah harold harry heather heidi helen henry hillary
howard ian isaac jack jacob james jamie jane janet jason jean jeff jeffrey jennifer jeremy jerry
jessica jim jimmy joan joe joel john johnny jon jonathan jordan jose joseph josh joshua joyce juan
judith judy julia julie justin karen kate katherine kathleen kathy keith kelly ken kenneth kevin
kim kyle larry laura lauren lawrence lee leo lester linda lisa louis louise lucy luis maria marie
mark martha martin mary matt matthew maria megan melissa michael michelle mike mitch nancy natalie
nathan neil nicholas nick nicole oliver olivia pat patricia patrick paul paula peter philip phillip
rachel ralph randy ray raymond rebecca richard rick rob robert roger ron ronald rose russell ruth
ryan sam samuel sandra sara sarah scott sean sharon shirley simon stephen steve steven stuart susan
tammy ted terence terry theresa thomas tim timothy tina todd tom tony tyler victor vincent walter
wayne william willie
`)
