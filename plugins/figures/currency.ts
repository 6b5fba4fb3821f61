/**
 * Which currency an ambiguous sign means: the article's country decides (`$2.3bn` in a
 * story about Queensland is Australian dollars, `Rs410bn` in one about Islamabad Pakistani
 * rupees). General geography, nothing article-specific.
 */
import type { Figure } from '../types.ts'

/** One ambiguous sign: the currency it means by default and the places that make it another. */
interface LocalCurrency {
  /** The code the scanner gives the sign (`USD` for `$`, `INR` for `Rs`). */
  code: string
  /** How the sign is written in a figure's text. */
  sign: RegExp
  /** A prefix that fixes the currency whatever the country (`US$`, `A$`). */
  fixed: RegExp
  /** Places that point at the default currency. */
  home: RegExp
  /** Other currencies of the sign and the places that point at them. */
  others: readonly [string, RegExp][]
}

const CURRENCIES: readonly LocalCurrency[] = [
  {
    code: 'USD',
    sign: /\$/,
    fixed: /(?:US|U\.S\.|A|C|NZ|HK|S|R|J|TT|FJ)\s*\$/,
    home: /\b(?:United States|U\.S\.|US|USA|American?s?|Washington|Wall Street|Congress|Federal Reserve)\b/g,
    others: [
      [
        'AUD',
        /\b(?:Australia|Australians?|Canberra|Sydney|Melbourne|Brisbane|Adelaide|Perth|Hobart|Darwin|Queensland|Tasmania|New South Wales|NSW|Victoria(?:n|ns)?|Northern Territory|Albanese)\b/g
      ],
      [
        'CAD',
        /\b(?:Canada|Canadians?|Ottawa|Toronto|Montreal|Vancouver|Calgary|Edmonton|Winnipeg|Quebec|Ontario|Alberta|British Columbia|B\.C\.|Manitoba|Saskatchewan|Nova Scotia|New Brunswick)\b/g
      ],
      ['NZD', /\b(?:New Zealand(?:ers?)?|Auckland|Wellington|Christchurch|Aotearoa)\b/g],
      ['SGD', /\b(?:Singapore(?:ans?)?)\b/g],
      ['HKD', /\b(?:Hong Kong)\b/g],
      ['JMD', /\b(?:Jamaica|Jamaicans?|Kingston|Montego Bay|St Andrew|Holness|JCF)\b/g],
      ['TTD', /\b(?:Trinidad|Tobago|Trinidadians?|Port of Spain)\b/g],
      ['FJD', /\b(?:Fiji|Fijians?|Suva)\b/g],
      ['BBD', /\b(?:Barbados|Barbadians?|Bridgetown)\b/g],
      ['BSD', /\b(?:Bahamas|Bahamians?|Nassau)\b/g],
      ['GYD', /\b(?:Guyana|Guyanese|Georgetown)\b/g],
      ['TWD', /\b(?:Taiwan|Taiwanese|Taipei)\b/g]
    ]
  },
  {
    code: 'INR',
    sign: /\bRs\.?/,
    fixed: /₹/,
    home: /\b(?:India|Indians?|New Delhi|Delhi|Mumbai|Kolkata|Chennai|Bengaluru|Hyderabad|Lok Sabha|Rajya Sabha|BJP|Modi)\b/g,
    others: [
      [
        'PKR',
        /\b(?:Pakistan|Pakistanis?|Islamabad|Karachi|Lahore|Peshawar|Quetta|Punjab|Sindh|Khyber Pakhtunkhwa|Balochistan|Nepra)\b/g
      ],
      ['LKR', /\b(?:Sri Lanka|Sri Lankans?|Colombo|Kandy)\b/g],
      ['NPR', /\b(?:Nepal|Nepalis?|Nepalese|Kathmandu)\b/g]
    ]
  },
  {
    code: 'KES',
    sign: /\bshillings?\b|\bSh\s?\d/i,
    fixed: /\bKSh|\bKES/,
    home: /\b(?:Kenya|Kenyans?|Nairobi|Mombasa)\b/g,
    others: [
      ['TZS', /\b(?:Tanzania|Tanzanians?|Dar es Salaam|Dodoma)\b/g],
      ['UGX', /\b(?:Uganda|Ugandans?|Kampala)\b/g]
    ]
  },
  {
    code: 'MXN',
    sign: /\bpesos?\b/i,
    fixed: /₱|\bPHP\b|\bMXN\b/,
    home: /\b(?:Mexico|Mexicans?|Mexico City|Guadalajara|Monterrey)\b/g,
    others: [
      ['PHP', /\b(?:Philippines?|Filipinos?|Manila|Quezon City|Cebu|Davao|Mindanao|Luzon|Malacañang|Marcos)\b/g],
      ['ARS', /\b(?:Argentina|Argentines?|Argentinians?|Buenos Aires)\b/g],
      ['CLP', /\b(?:Chile|Chileans?|Santiago)\b/g],
      ['COP', /\b(?:Colombia|Colombians?|Bogotá|Bogota)\b/g]
    ]
  }
]

/**
 * The currency an ambiguous sign stands for in this text: its default unless the text
 * names another country of the sign at least twice and more often than the default's.
 *
 * @param text the article's text.
 * @param currency the sign's entry.
 * @returns an ISO currency code.
 */
function localCode(text: string, currency: LocalCurrency): string {
  const home = text.match(currency.home)?.length ?? 0
  let best = currency.code
  let bestCount = 1
  for (const [code, pattern] of currency.others) {
    const count = text.match(pattern)?.length ?? 0
    if (count > bestCount && count > home) {
      best = code
      bestCount = count
    }
  }
  return best
}

/**
 * Give amounts written with an ambiguous sign (`$`, `Rs`, `shillings`) the article's own
 * currency; signs that say which (`US$`, `A$`, `₹`) keep theirs.
 *
 * @param figures the article's figures.
 * @param text the article's text.
 */
export function localiseCurrencies(figures: Figure[], text: string): void {
  for (const currency of CURRENCIES) {
    if (!figures.some((figure) => figure.unit === currency.code)) continue
    const code = localCode(text, currency)
    if (code === currency.code) continue
    for (const figure of figures) {
      if (figure.unit === currency.code && currency.sign.test(figure.text) && !currency.fixed.test(figure.text))
        figure.unit = code
    }
  }
}
