// Material renders some <nav> landmarks without a name: the actions of each code block and
// the tags of each search result. Screen readers list landmarks by name, so name each one.
// Wide tables and formulas scroll sideways: make those scroll regions reachable by keyboard.
(() => {
  let count = 0
  function nameLandmarks() {
    for (const nav of document.querySelectorAll("nav.md-code__nav:not([aria-label])"))
      nav.setAttribute("aria-label", `Code block actions ${++count}`)
    for (const nav of document.querySelectorAll("nav.md-tags:not([aria-label])")) {
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

  document$.subscribe(focusableScrollRegions)
  new MutationObserver(nameLandmarks).observe(document.body, { childList: true, subtree: true })
  nameLandmarks()
})()
