// Start the Pagefind search UI (the only script on the site; the search page's CSP allows it).
// The index is one Pagefind bundle, /pagefind/ (src/lib/search/search-index.ts).
window.addEventListener('DOMContentLoaded', function () {
  if (typeof PagefindUI === 'undefined') return
  var element = document.getElementById('search')
  // eslint-disable-next-line no-undef -- pagefind-ui.js, loaded before this script, defines it
  new PagefindUI({ element: '#search', showSubResults: true, showImages: false, resetStyles: false })
  // Give the search box a visible label (Pagefind labels it with a title only).
  function label() {
    var input = document.querySelector('#search .pagefind-ui__search-input')
    if (!input) return false
    input.id = 'search-input'
    var text = document.createElement('label')
    text.htmlFor = 'search-input'
    text.className = 'search__label'
    text.textContent = 'Search for a name, a quote, a figure or a topic'
    var form = input.closest('form') || input.parentNode
    form.parentNode.insertBefore(text, form)
    return true
  }
  if (!label()) {
    var observer = new MutationObserver(function () {
      if (label()) observer.disconnect()
    })
    observer.observe(element, { childList: true, subtree: true })
  }
})
