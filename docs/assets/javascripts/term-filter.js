// Sidebar term filter: narrows to the terms whose title, abbreviation, alias or keyword matches,
// across every category, and forgives one typo (two in long words). The term list is the site's own glossary.json; arrow keys move through the
// matches and Enter opens one (through Material's instant navigation, as a click would).
(() => {
  // The site's root, from Material's page configuration: resolved once, against the page this
  // script first ran on (instant navigation keeps the first page's configuration element).
  const base = new URL(JSON.parse(document.getElementById("__config").textContent).base + "/", location.href)
  let terms = null

  function loadTerms() {
    terms ??= fetch(new URL("glossary.json", base))
      .then(response => {
        if (!response.ok) throw new Error(`glossary.json: HTTP ${response.status}`)
        return response.json()
      })
      .then(data => {
        const categories = Object.fromEntries(data.categories.map(c => [c.slug, c.title]))
        return data.terms.map(term => ({
          label: term.abbreviation ? `${term.title} (${term.abbreviation})` : term.title,
          category: categories[term.category],
          href: term.url.replace(data.url, base.href),
          names: [term.title, term.abbreviation, ...term.aliases].filter(Boolean).map(fold),
          keywords: (term.keywords || []).map(fold),
        }))
      })
      .catch(error => {
        terms = null // the next keystroke tries again
        throw error
      })
    return terms
  }

  // Lower case, and hyphens as spaces: "text to image" finds Text-to-Image.
  function fold(text) {
    return text.toLowerCase().replace(/[-_/]+/g, " ").replace(/\s+/g, " ").trim()
  }

  const distance = (a, b, limit) => window.mmgEditDistance(a, b, limit) // edit-distance.js

  // A typo'd query still matches a name it starts, or the start of any word in it.
  function nearly(name, query) {
    const limit = query.length >= 8 ? 2 : 1
    const starts = [name, ...name.split(" ").map((_, i, words) => words.slice(i).join(" "))]
    return starts.some(start => distance(start.slice(0, query.length), query, limit) <= limit)
  }

  // A whole name first, then names that start with the query, names that contain it,
  // keywords, and last names or keywords that match with a typo forgiven.
  function rank(term, query) {
    const joined = query.replace(/ /g, "")
    const matches = (list, test) => list.some(test)
    if (matches(term.names, name => name === query || name.replace(/ /g, "") === joined)) return 0
    if (matches(term.names, name => name.startsWith(query) || name.replace(/ /g, "").startsWith(joined))) return 1
    if (matches(term.names, name => name.includes(query))) return 2
    if (matches(term.keywords, keyword => keyword.startsWith(query) || keyword.includes(query))) return 3
    if (query.length >= 4 && matches(term.names, name => nearly(name, query))) return 4
    if (query.length >= 4 && matches(term.keywords, keyword => nearly(keyword, query))) return 5
    return -1
  }

  function render(results, list, status, query) {
    list.replaceChildren(...results.map(term => {
      const item = document.createElement("li")
      const link = document.createElement("a")
      link.href = term.href
      link.className = "mmg-filter__link"
      link.textContent = term.label
      const category = document.createElement("span")
      category.className = "mmg-filter__category"
      category.textContent = term.category
      link.append(category)
      item.append(link)
      return item
    }))
    status.textContent = query ? `${results.length} ${results.length === 1 ? "term" : "terms"} match` : ""
  }

  function mount() {
    const nav = document.querySelector(".md-sidebar--primary .md-nav--primary")
    if (!nav || nav.querySelector(".mmg-filter")) return
    const box = document.createElement("div")
    box.className = "mmg-filter"
    box.innerHTML =
      '<input class="mmg-filter__input" type="search" placeholder="Filter terms" aria-label="Filter terms" ' +
      'autocomplete="off" spellcheck="false">' +
      '<p class="mmg-sr-only" role="status"></p><ul class="mmg-filter__results" hidden></ul>'
    const input = box.querySelector("input")
    const status = box.querySelector("p")
    const list = box.querySelector("ul")
    const navList = nav.querySelector(":scope > .md-nav__list")
    const title = nav.querySelector(":scope > .md-nav__title")
    if (title) title.after(box)
    else nav.prepend(box)

    input.addEventListener("input", async () => {
      const query = fold(input.value)
      let all
      try {
        all = await loadTerms()
      } catch {
        status.textContent = "The term list could not be loaded; type again to retry."
        list.replaceChildren()
        list.hidden = true
        if (navList) navList.hidden = false
        return
      }
      if (query !== fold(input.value)) return // a newer keystroke won
      const results = query
        ? all.map(term => [rank(term, query), term]).filter(([r]) => r >= 0)
            .sort((a, b) => a[0] - b[0] || a[1].label.localeCompare(b[1].label)).map(([, term]) => term)
        : []
      render(results, list, status, query)
      list.hidden = !query
      if (navList) navList.hidden = Boolean(query)
    })

    box.addEventListener("keydown", event => {
      const links = [...list.querySelectorAll("a")]
      const index = links.indexOf(document.activeElement)
      if (event.key === "ArrowDown" && links.length) {
        links[Math.min(index + 1, links.length - 1)].focus()
      } else if (event.key === "ArrowUp" && index >= 0) {
        index === 0 ? input.focus() : links[index - 1].focus()
      } else if (event.key === "Enter" && document.activeElement === input && links.length) {
        links[0].click()
      } else if (event.key === "Escape") {
        input.value = ""
        input.dispatchEvent(new Event("input"))
        input.focus()
      } else {
        return
      }
      event.preventDefault()
      event.stopPropagation()
    })
  }

  document$.subscribe(mount)
})()
