/**
 * Which dollar a bare `$` means: the article's country decides (`$2.3bn` in a story
 * about Queensland is Australian dollars). General geography, nothing article-specific.
 */
import type { Figure } from '../types.ts'

/** Places and demonyms that point at a dollar currency other than the US dollar. */
const DOLLAR_COUNTRIES: readonly [string, RegExp][] = [
  ['AUD', /\b(?:Australia|Australians?|Canberra|Sydney|Melbourne|Brisbane|Adelaide|Hobart|Darwin|Queensland|Tasmania|New South Wales|NSW|Victoria(?:n|ns)?|Northern Territory)\b/g],
  ['CAD', /\b(?:Canada|Canadians?|Ottawa|Toronto|Montreal|Vancouver|Calgary|Edmonton|Winnipeg|Quebec|Ontario|Alberta|British Columbia|B\.C\.|Manitoba|Saskatchewan|Nova Scotia|New Brunswick)\b/g],
  ['NZD', /\b(?:New Zealand(?:ers?)?|Auckland|Wellington|Christchurch)\b/g],
  ['SGD', /\b(?:Singapore(?:ans?)?)\b/g],
  ['HKD', /\b(?:Hong Kong)\b/g]
]

/** Places and words that point at the US dollar. */
const US = /\b(?:United States|U\.S\.|US|USA|American?s?|Washington|Wall Street|Congress|Federal Reserve)\b/g

/**
 * The currency a bare `$` stands for in this text: the US dollar unless the text
 * names another dollar country at least twice and more often than the United States.
 *
 * @param text the article's text.
 * @returns an ISO currency code.
 */
export function bareDollarCurrency(text: string): string {
  const us = text.match(US)?.length ?? 0
  let best = 'USD'
  let bestCount = 1
  for (const [code, pattern] of DOLLAR_COUNTRIES) {
    const count = text.match(pattern)?.length ?? 0
    if (count > bestCount && count > us) {
      best = code
      bestCount = count
    }
  }
  return best
}

/**
 * Give amounts written with a bare `$` the article's dollar (`US$` and `A$` keep theirs).
 *
 * @param figures the article's figures.
 * @param currency the code from {@link bareDollarCurrency}.
 */
export function localiseDollars(figures: Figure[], currency: string): void {
  if (currency === 'USD') return
  for (const figure of figures) {
    if (figure.unit === 'USD' && /^(?:[^\p{L}$]*)\$/u.test(figure.text) && !/(?:US|U\.S\.)\s*\$/.test(figure.text)) figure.unit = currency
  }
}
