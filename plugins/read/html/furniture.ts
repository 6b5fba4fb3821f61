/**
 * Page furniture: what a news page prints around the story that is not the story. Recognised by
 * general patterns, in the DOM (elements whose class or id names them, or whose whole text is
 * furniture, so a credit inside the first paragraph is not glued to it) and line by line: calls to
 * continue or read more, image placeholders, gallery counters, credits, `Powered by` lines, print
 * edition lines, copyright lines, cookie, share and sign-up prompts.
 */

/** Whole lines that are calls to continue, read more, share, sign up or skip an advertisement. */
const PROMPT =
  /^(?:continue reading(?: the (?:main )?(?:story|article))?(?: below)?|read more(?: here| below)?|read (?:the )?(?:full|whole|rest of the|complete) (?:story|article|report)|(?:the )?(?:story|article) continues (?:below|after)(?: (?:this |the )?(?:advertisement|advert|ad))?|advertisement|advert|sponsored(?: content)?|(?:skip|close) (?:advertisement|ad)|scroll to continue(?: with content)?|supported by|show more|see more|load more(?: stories)?|listen to (?:this )?(?:article|story)|click here(?: to [^.]{0,60})?|share(?: this)?(?: article| story| page)?(?: on [\w ]{1,20})?|tweet|e-?mail|print|save|comments?(?: \(\d+\))?|(?:view|see) comments|follow us(?: on [\w ,]{1,40})?|(?:sign up|subscribe)(?: (?:now|here|today|for (?:free|our [^.]{1,50})|to (?:our|the) [^.]{1,50}))?|\d+\s*min(?:ute)?s?\s+read|\d+ (?:photos|images))\W*$/i

/** A lead-in to a link to another story (`Read more: …`, `Related: …`, `See also - …`). */
const LINK_LEAD =
  /^(?:read more|read next|more on this(?: story)?|related(?: stories| articles| content| coverage)?|see also|also read|must read|recommended|watch|listen)\s*(?:[:|»›–—-]|>>)/i

/** A placeholder left where an image, video or embed was. */
const PLACEHOLDER =
  /^(?:image|photo|picture|video|graphic|gallery|media|audio|embed|interactive|figure)(?:\s+\d+\s+of\s+\d+)?$/i

/** A gallery counter: `1 / 5`, `2 of 12`, `Photo 3 of 9`. */
const COUNTER = /^(?:(?:photo|image|slide|picture|item)\s+)?\d{1,3}\s*(?:\/|of)\s*\d{1,3}$/i

/** A credit: `Photo: Jane Roe/Example Wire`, `Image source, Example Agency`, `Credit: …`. */
const CREDIT =
  /^(?:(?:photo(?:graph)?|picture|image|video|illustration|graphic|main image|top image)(?:\s+(?:credit|source|courtesy))?|credits?|courtesy)s?\s*[:：,]\s*\S.{0,80}$/i

/** Agencies alone on a credit line: `Getty Images`, `(AP Photo/Jane Roe)`, `Reuters`. */
const AGENCY_CREDIT =
  /^\(?(?:getty(?: images)?|afp(?: via getty images)?|ap(?: photo)?|reuters|epa(?:-efe)?|efe|shutterstock|alamy(?: stock photo)?|pa(?: media| wire| images)?|aap(?: image)?|ansa|xinhua|anadolu(?: agency)?|bloomberg|file photo|supplied|handout)(?:\s*\/\s*[^)]{1,60})?\)?\.?$/i

/** Copyright and `Powered by` lines. */
const RIGHTS = /^(?:©|\(c\)\s|copyright\s*(?:©|\(c\)|\d{4})|all rights reserved|powered by\b)/i
/** A syndication credit: `© Provided by Example Herald`. */
const PROVIDED = /^(?:©\s*)?provided by\b[^.]{0,80}$/i

/** Print-edition lines: `A version of this article appears in print on …, on Page A22 …`. */
const PRINT =
  /^(?:a version of this (?:article|story|report|column|review) (?:appears|appeared|was published|is published) in print|this (?:article|story) (?:appeared|appears|was published|is published) (?:first )?in (?:the )?(?:print|\w+ edition)|(?:this article was )?printed in the [\w ]{1,40} edition|published in (?:the )?print edition)/i

/** Wire credits at the end: `Reporting by Jane Roe; Editing by Sam Okoro`. */
const WIRE_CREDIT = /^(?:(?:additional )?reporting by|editing by|writing by|compiled by|edited by)\b[^.]{0,200}\.?$/i

/** Headings of lists of other stories and topics (`More on this story`, `Related Topics`, `Most read`). */
const LINKS_HEADING =
  /^(?:more on this (?:story|topic)|related(?: topics| stories| articles| content| coverage| links| reading)?|read more|read next|most (?:read|popular|viewed|shared)|top stories|you (?:may|might) also like|recommended(?: for you)?|more (?:from|in|on) [\p{L} ]{1,40}|more stories|around the (?:web|site)|elsewhere on [\p{L} ]{1,40}|trending(?: now)?|latest (?:news|stories)|topics)$/iu

/**
 * Whether a line (one paragraph of a page's text) is page furniture.
 *
 * @param line the line, white space collapsed.
 * @returns whether to leave it out.
 */
export function isFurnitureLine(line: string): boolean {
  const text = line.trim()
  if (!text) return true
  if (PROMPT.test(text) || PLACEHOLDER.test(text) || COUNTER.test(text) || AGENCY_CREDIT.test(text)) return true
  if (LINK_LEAD.test(text) && text.length < 200) return true
  if (CREDIT.test(text) && (text.length <= 40 || !/\p{Ll}[.!?]["”’]?$/u.test(text))) return true
  if ((RIGHTS.test(text) && text.length < 200) || PROVIDED.test(text)) return true
  if (PRINT.test(text) && text.length < 500) return true
  if (WIRE_CREDIT.test(text)) return true
  // The heading of a list of other stories left without its list (`Related`, `Share this:`).
  if (LINKS_HEADING.test(text.replace(/\s*:$/, '')) || /^(?:share|like) this:?$/i.test(text)) return true
  // A cookie prompt: cookies and what to do about them, in a short line.
  if (
    text.length < 300 &&
    /\bcookies?\b/i.test(text) &&
    /\b(?:accept|consent|preferences|settings|agree|we use|(?:site|website) uses|policy|manage)\b/i.test(text)
  )
    return true
  return false
}

/** Class or id words of furniture containers (whole words of a class, between `-` or `_`). */
const FURNITURE_CLASS =
  /(?:^|[-_])(?:cookies?|consent|gdpr|newsletter|signup|sign-up|subscribe|subscription|paywall|share|sharing|social|related|recommended|read-?more|more-stories|outbrain|taboola|promo|advert|advertisement|ad-slot|ad-container|ad-wrapper|sponsor|sponsored|print-edition|print-info|gallery-count(?:er)?|slide-count(?:er)?|author-bio|author-info|about-the-author|about-author|contributor-bio|bio|image-credit|photo-credit|credit|copyright|breadcrumbs?|skip-link|newsletter-signup|epic|contributions?|donate|donation|support-us|membership)(?:$|[-_])/i

/** Elements that are never story text. */
const NEVER_STORY =
  'script, style, noscript, template, iframe, button, select, input, textarea, form, nav, [hidden], [aria-hidden="true"], [role="navigation"], [role="banner"], [role="contentinfo"]'

/** The share of a container's text, its heading aside, that is links and list items. */
function linkShare(container: Element, heading: Element): number {
  const length = (element: Element): number => (element.textContent ?? '').replace(/\s+/g, '').length
  const all = length(container) - length(heading)
  const outermost = [...container.querySelectorAll('a, li')].filter(
    (element) => !element.parentElement?.closest('a, li') || !container.contains(element.parentElement.closest('a, li'))
  )
  return all > 0 ? outermost.reduce((sum, element) => sum + length(element), 0) / all : 0
}

/**
 * Remove the page's furniture from its DOM before the article body is looked for: elements that
 * are never story text, containers whose class or id names furniture (cookie banners, share bars,
 * related links, author bios, credits, print-edition notes), and small elements whose whole text is
 * a furniture line (a `© Provided by …` credit inside the first paragraph). An element that holds
 * most of the page's paragraphs is never removed, whatever its class; nor is a credit inside a
 * `<figcaption>`, which marks the line as a caption for the extraction.
 *
 * @param document the parsed page (changed in place).
 */
export function removeFurniture(document: Document): void {
  const body = document.body
  if (!body) return
  const paragraphText = (element: Element): number =>
    [...element.querySelectorAll('p')].reduce((sum, p) => sum + (p.textContent?.length ?? 0), 0)
  const total = paragraphText(body) || 1
  for (const element of [...body.querySelectorAll(NEVER_STORY)]) element.remove()
  for (const element of [...body.querySelectorAll('[class], [id]')]) {
    // A credit inside a caption stays: it is what tells the extraction the line is a caption.
    if (!element.isConnected || element.closest('figcaption')) continue
    const words = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`.split(/\s+/)
    if (!words.some((word) => FURNITURE_CLASS.test(word))) continue
    if (paragraphText(element) > total / 2) continue
    element.remove()
  }
  // A list of other stories or topics under its heading (`More on this story`, `Related Topics`).
  for (const heading of [...body.querySelectorAll('h2, h3, h4, h5, h6')]) {
    const container = heading.parentElement
    const text = (heading.textContent ?? '').replace(/\s+/g, ' ').trim()
    if (!container?.isConnected || !LINKS_HEADING.test(text) || /^(?:BODY|MAIN|ARTICLE)$/.test(container.tagName))
      continue
    if (paragraphText(container) <= total / 2 && linkShare(container, heading) >= 0.6) container.remove()
  }
  // Innermost first, so a credit inside a paragraph goes and the paragraph stays.
  for (const element of [...body.querySelectorAll('*')].reverse()) {
    if (!element.isConnected || /^(?:HTML|BODY|MAIN|ARTICLE)$/.test(element.tagName) || element.closest('figcaption'))
      continue
    const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim()
    if (text.length < 250 && text && isFurnitureLine(text)) element.remove()
  }
}
