// The glossary's search worker: Material's own worker (loaded below), with two changes.
//   1. The index, Material's worker code and the glossary's query code are fetched when the
//      reader first opens or focuses search (the page posts "load" on a BroadcastChannel),
//      not on every page view; until they are ready, Material shows "Initializing search".
//      This file is all a page view loads, so it holds only the plumbing.
//   2. Queries are rewritten the way people type them (search-query.js) and results re-ranked
//      per page (search-rank.js).
// Material documents replacing its worker as the way to customise search; its worker keeps
// doing the indexing, matching and result rendering.
"use strict"

const params = new URL(self.location.href).searchParams
const SETUP = 0, QUERY = 2, RESULT = 3

// Messages Material's own listener should see: ours are forwarded, the page's are held back.
const forwarded = new WeakSet()
function forward(data) {
  const event = new MessageEvent("message", { data })
  forwarded.add(event)
  self.dispatchEvent(event)
}

let setupOptions = null // from the page's SETUP message (its index is an empty stub)
let fullIndex = null
let loading = null

function load() {
  loading ??= fetch(params.get("index"))
    .then(response => {
      if (!response.ok) throw new Error(`search index: HTTP ${response.status}`)
      return response.json()
    })
    .then(index => {
      fullIndex = index
      setupWhenReady()
    })
    .catch(error => {
      loading = null // the next focus or keystroke tries again
      console.warn(error)
    })
  return loading
}

// Material's worker (with lunr) and the glossary's query code are loaded only now, with the
// index: a page view that never searches downloads none of them. Material's message listener
// is added after ours, so ours sees each message first.
const QUERY_SCRIPTS = ["edit-distance.js", "search-rank.js", "search-query.js"]
let scriptsLoaded = false
function setupWhenReady() {
  if (!setupOptions || !fullIndex) return
  if (!scriptsLoaded) {
    importScripts(params.get("material"), ...QUERY_SCRIPTS.map(name => new URL(name, self.location.href).href))
    scriptsLoaded = true
  }
  self.mmgPrepareQueries(fullIndex)
  forward({ type: SETUP, data: { ...setupOptions, config: fullIndex.config, docs: fullIndex.docs } })
}

const pendingTerms = []
addEventListener("message", event => {
  if (forwarded.has(event)) return // on its way to Material's listener
  event.stopImmediatePropagation()
  const message = event.data
  if (message.type === SETUP) {
    setupOptions = message.data
    if (typeof BroadcastChannel === "undefined") load()
    setupWhenReady()
  } else if (message.type === QUERY && scriptsLoaded) {
    const { query, terms, wholes } = self.mmgRewriteQuery(message.data)
    pendingTerms.push({ terms, wholes })
    forward({ type: QUERY, data: query })
  } else {
    forward(message)
  }
})

const postToPage = self.postMessage.bind(self)
self.postMessage = message => {
  if (message.type === RESULT && pendingTerms.length)
    message = { ...message, data: { ...message.data, items: self.mmgRankGroups(message.data.items, pendingTerms.shift()) } }
  postToPage(message)
}

if (typeof BroadcastChannel !== "undefined" && params.get("channel"))
  new BroadcastChannel(params.get("channel")).onmessage = ({ data }) => data === "load" && load()
