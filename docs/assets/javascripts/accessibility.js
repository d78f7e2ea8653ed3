// Material renders some <nav> landmarks without a name: the actions of each code block and
// the tags of each search result. Screen readers list landmarks by name, so name each one.
// Wide tables and formulas scroll sideways: make those scroll regions reachable by keyboard.
// Each page's content is fixed up when Material announces it (document$, also after instant
// navigation); only the search result list, which changes as the reader types, is watched.
(() => {
  let count = 0
  function nameLandmarks(root) {
    for (const nav of root.querySelectorAll("nav.md-code__nav:not([aria-label])"))
      nav.setAttribute("aria-label", `Code block actions ${++count}`)
    for (const nav of root.querySelectorAll("nav.md-tags:not([aria-label])")) {
      const title = nav.closest("article")?.querySelector("h1, h2")?.textContent?.trim()
      nav.setAttribute("aria-label", `Names of ${title || "result"} ${++count}`)
    }
  }
  function focusableScrollRegions() {
    for (const region of document.querySelectorAll(".md-typeset__scrollwrap, .mmg-math"))
      if (region.scrollWidth > region.clientWidth && !region.hasAttribute("tabindex")) {
        region.setAttribute("tabindex", "0")
        region.setAttribute("role", "region")
        region.setAttribute("aria-label", `${region.matches(".mmg-math") ? "Formula" : "Table"} ${++count}`)
      }
  }

  document$.subscribe(() => {
    // Material mounts code-block actions right after announcing the page: name them next frame.
    requestAnimationFrame(() => nameLandmarks(document.querySelector(".md-content") || document.body))
    focusableScrollRegions()
  })
  const results = document.querySelector(".md-search-result__list")
  if (results) new MutationObserver(() => nameLandmarks(results)).observe(results, { childList: true })
})()
