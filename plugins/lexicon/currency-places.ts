/**
 * The places and demonyms that tell which currency an ambiguous sign means (`$`, `Rs`,
 * shillings, pesos): general geography only, never who holds an office nor a country's
 * institutions or parties.
 */

/** One ambiguous currency sign: the currency it means by default and the places that make it another. */
export interface LocalCurrency {
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

export const CURRENCY_PLACES: readonly LocalCurrency[] = [
  {
    code: 'USD',
    sign: /\$/,
    fixed: /(?:US|U\.S\.|A|C|NZ|HK|S|R|J|TT|FJ)\s*\$/,
    home: /\b(?:United States|U\.S\.|US|USA|American?s?|Washington|Wall Street)\b/g,
    others: [
      [
        'AUD',
        /\b(?:Australia|Australians?|Canberra|Sydney|Melbourne|Brisbane|Adelaide|Perth|Hobart|Darwin|Queensland|Tasmania|New South Wales|NSW|Victoria(?:n|ns)?|Northern Territory)\b/g
      ],
      [
        'CAD',
        /\b(?:Canada|Canadians?|Ottawa|Toronto|Montreal|Vancouver|Calgary|Edmonton|Winnipeg|Quebec|Ontario|Alberta|British Columbia|B\.C\.|Manitoba|Saskatchewan|Nova Scotia|New Brunswick)\b/g
      ],
      ['NZD', /\b(?:New Zealand(?:ers?)?|Auckland|Wellington|Christchurch|Aotearoa)\b/g],
      ['SGD', /\b(?:Singapore(?:ans?)?)\b/g],
      ['HKD', /\b(?:Hong Kong)\b/g],
      ['JMD', /\b(?:Jamaica|Jamaicans?|Kingston|Montego Bay|St Andrew)\b/g],
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
    home: /\b(?:India|Indians?|New Delhi|Delhi|Mumbai|Kolkata|Chennai|Bengaluru|Hyderabad)\b/g,
    others: [
      [
        'PKR',
        /\b(?:Pakistan|Pakistanis?|Islamabad|Karachi|Lahore|Peshawar|Quetta|Punjab|Sindh|Khyber Pakhtunkhwa|Balochistan)\b/g
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
      ['PHP', /\b(?:Philippines?|Filipinos?|Manila|Quezon City|Cebu|Davao|Mindanao|Luzon|Malacañang)\b/g],
      ['ARS', /\b(?:Argentina|Argentines?|Argentinians?|Buenos Aires)\b/g],
      ['CLP', /\b(?:Chile|Chileans?|Santiago)\b/g],
      ['COP', /\b(?:Colombia|Colombians?|Bogotá|Bogota)\b/g]
    ]
  }
]
