// Start the Pagefind search UI (the only script on the site; the search page's CSP allows it).
//
// The index is split into shards (scripts/build-search.ts): /pagefind/ is the first, and
// /pagefind/shards.json lists the others. They are merged into the UI's Pagefind instance
// (Pagefind's multisite search) all at once when the search box is first used: the UI imports
// /pagefind/pagefind.js, the same module as here, and waits for every merged shard before it
// shows results. (The UI's own `mergeIndex` option would load the shards one after the other.)
var searchShards = window.fetch
  ? fetch('/pagefind/shards.json')
      .then(function (response) {
        return response.ok ? response.json() : null
      })
      .catch(function () {
        return null
      })
  : Promise.resolve(null)

var shardsMerged = null

function mergeShards() {
  if (shardsMerged) return shardsMerged
  shardsMerged = Promise.all([import('/pagefind/pagefind.js'), searchShards])
    .then(function (loaded) {
      var pagefind = loaded[0]
      var bundles = loaded[1] && Array.isArray(loaded[1].bundles) ? loaded[1].bundles : []
      return Promise.all(
        bundles.map(function (bundlePath) {
          return pagefind.mergeIndex(bundlePath)
        })
      )
    })
    .catch(function (error) {
      console.error('Search: could not load every part of the index', error)
    })
  return shardsMerged
}

window.addEventListener('DOMContentLoaded', function () {
  if (typeof PagefindUI === 'undefined') return
  var element = document.getElementById('search')
  // Before the UI's own handlers, which load Pagefind on focus and on input.
  element.addEventListener('focusin', mergeShards, true)
  element.addEventListener('input', mergeShards, true)
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
