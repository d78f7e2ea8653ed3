// Asks the search worker for the index when the reader first opens or focuses search, so a
// page view that never searches downloads no index. The channel's name reaches the worker in
// its URL (overrides/main.html); the worker and its index outlive instant navigation.
(() => {
  const name = window.__mmgSearchChannel
  if (!name || typeof BroadcastChannel === "undefined") return
  const channel = new BroadcastChannel(name)
  let asked = false
  function load() {
    if (asked) return
    asked = true
    channel.postMessage("load")
  }
  document.addEventListener("focusin", event => event.target.matches?.("input.md-search__input") && load())
  document.addEventListener("change", event => event.target.id === "__search" && event.target.checked && load())
  if (document.activeElement?.matches("input.md-search__input")) load()
})()
