// Start the Pagefind search UI (the only script on the site; the search page's CSP allows it).
window.addEventListener('DOMContentLoaded', function () {
  if (typeof PagefindUI === 'undefined') return
  new PagefindUI({ element: '#search', showSubResults: true, showImages: false, resetStyles: false })
})
