/**
 * Which currency an ambiguous sign means: the article's country decides (`$2.3bn` in a
 * story about Queensland is Australian dollars, `Rs410bn` in one about Islamabad Pakistani
 * rupees). The cues are place names and demonyms only (general geography): never who holds an
 * office, which changes with the next election, nor a country's institutions or parties.
 */
import { CURRENCY_PLACES as CURRENCIES, type LocalCurrency } from '../lexicon/currency-places.ts'
import type { Figure } from '../types.ts'

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
