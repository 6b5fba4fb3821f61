/**
 * Words for bodies
 */

/** Words for a business (`the company`, `the utility`), which a public body is not. */
export const COMPANY_NOUNS =
  /^(?:company|firm|operator|utility|business|giant|bank|insurer|lender|retailer|carrier|airline|manufacturer|producer|supplier|provider|developer|corporation)$/

/** Words in a company's name. */
export const COMPANY_NAME =
  /\b(?:Water|Energy|Power|Gas|Electric|Airways|Airlines|Air|Bank|Group|Holdings|Ltd|Limited|plc|PLC|Inc|Corp|Corporation|Co|Company|Motors|Foods|Telecom|Ferries|Lines|Airport|Airports|Hotels|Media|Pharma|Pharmaceuticals|Petroleum|Oil|Mining|Steel|Rail|Railways|Trains|Ports|Shipping|Insurance|Capital|Partners|Industries|Technologies|Systems|Media|Offshore|Resources|Logistics|Retail|Stores|Brands)\b/

/** Words in the name of a public body. */
export const PUBLIC_BODY =
  /\b(?:Authority|Ministry|Department|Council|Commission|Agency|Government|Office|Regulator|Parliament|Assembly|Committee|Court|Police|Service|Inspectorate|Tribunal|Board)\b/

/** What a body is called when its name is not repeated (`the company`, `the utility`, `the ministry`). */
export const BODY_NOUNS =
  /^(?:bank|company|firm|fund|agency|bureau|campaign|committee|department|ministry|government|administration|group|organisation|organization|party|union|court|council|commission|report|poll|survey|study|utility|operator|regulator|watchdog|airline|insurer|lender|retailer|carrier|broadcaster|charity|association|federation|authority|board|trust|network|club|university|hospital|school|service|institute|centre|center|foundation|corporation|business|developer|manufacturer|producer|supplier|provider|giant|group|alliance|coalition|body|office|force|army|police|embassy|mission|secretariat|tribunal|panel|inquiry|review|paper|newspaper|outlet|station|channel)$/

/** The head of a body named with its country's or city's possessive (`Borovia's Defence Ministry`). */
export const OWNED_BODY =
  /^(?:ministry|department|office|council|agency|commission|committee|government|cabinet|embassy|army|military|navy|police|court|parliament|presidency|regulator|authority)$/
