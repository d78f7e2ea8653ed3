// The glossary's search worker: Material's own worker (loaded below), with two changes.
//   1. The index is fetched when the reader first opens or focuses search (the page posts
//      "load" on a BroadcastChannel), not on every page view; until it is ready, Material
//      shows "Initializing search".
//   2. Queries are rewritten the way people type them: question words and stop words
//      dropped, plurals folded, and a word the index does not know corrected to the
//      nearest one it does (one typo per word, two in long words).
// Material documents replacing its worker as the way to customise search; its worker keeps
// doing the indexing, ranking and result rendering.
"use strict"

const params = new URL(self.location.href).searchParams
const SETUP = 0, READY = 1, QUERY = 2

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
let vocabulary = null

function load() {
  loading ??= fetch(params.get("index"))
    .then(response => {
      if (!response.ok) throw new Error(`search index: HTTP ${response.status}`)
      return response.json()
    })
    .then(index => {
      fullIndex = index
      vocabulary = buildVocabulary(index.docs)
      setupWhenReady()
    })
    .catch(error => {
      loading = null // the next focus or keystroke tries again
      console.warn(error)
    })
  return loading
}

function setupWhenReady() {
  if (setupOptions && fullIndex)
    forward({ type: SETUP, data: { ...setupOptions, config: fullIndex.config, docs: fullIndex.docs } })
}

addEventListener("message", event => {
  if (forwarded.has(event)) return // on its way to Material's listener
  event.stopImmediatePropagation()
  const message = event.data
  if (message.type === SETUP) {
    setupOptions = message.data
    if (typeof BroadcastChannel === "undefined") load()
    setupWhenReady()
  } else if (message.type === QUERY) {
    forward({ type: QUERY, data: rewriteQuery(message.data) })
  } else {
    forward(message)
  }
})

if (typeof BroadcastChannel !== "undefined" && params.get("channel"))
  new BroadcastChannel(params.get("channel")).onmessage = ({ data }) => data === "load" && load()

importScripts(params.get("material"))

/* ---------------------------------------------------------------------------------------
 * Query rewriting
 * ------------------------------------------------------------------------------------- */

const QUESTION = /^(?:what|who|how|why|when|where|which)(?:'s|s)?\s+(?:(?:is|are|was|were|does|do|did|can|could|should|would|to)\s+)?(?:(?:an?|the)\s+)?/
const STOP_WORDS = new Set((
  "a an the is are was were be what whats who how why when where which does do did can could should would " +
  "of for in on at by with and or to from into about as work works working explain explained explanation " +
  "meaning mean means definition define defined i my me it its this that vs versus difference between"
).split(" "))
const WORD = /[\p{L}\p{N}]+/gu

// Every word of the index, weighted by where it occurs: a name outweighs a mention.
function buildVocabulary(docs) {
  const weights = new Map()
  const add = (text, weight) => {
    for (const word of String(text).toLowerCase().replace(/<[^>]*>/g, " ").match(WORD) || [])
      weights.set(word, (weights.get(word) || 0) + weight)
  }
  for (const doc of docs) {
    for (const name of doc.names || []) add(name, 100)
    for (const name of doc.exact || []) add(name, 100)
    for (const keyword of doc.keywords || []) add(keyword, 30)
    add(doc.title || "", doc.location.includes("#") ? 1 : 10)
    add(doc.text || "", 1)
  }
  return { weights, sorted: [...weights.keys()].sort() }
}

// Material appends a wildcard to each word, so a word is known when some index word starts with it.
function isKnown(word) {
  const { sorted } = vocabulary
  let low = 0, high = sorted.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (sorted[middle] < word) low = middle + 1
    else high = middle
  }
  return low < sorted.length && sorted[low].startsWith(word)
}

function singular(word) {
  if (word.length > 4 && word.endsWith("ies")) return word.slice(0, -3) + "y"
  if (word.length > 4 && /(?:ss|x|ch|sh)es$/.test(word)) return word.slice(0, -2)
  if (word.length > 3 && word.endsWith("s") && !/(?:ss|us|is)$/.test(word)) return word.slice(0, -1)
  return word
}

// Edit distance with transpositions, giving up above `limit`.
function distance(a, b, limit) {
  if (Math.abs(a.length - b.length) > limit) return limit + 1
  let previous2 = null
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    let best = i
    for (let j = 1; j <= b.length; j++) {
      let cost = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1))
      if (previous2 && i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        cost = Math.min(cost, previous2[j - 2] + 1)
      current.push(cost)
      best = Math.min(best, cost)
    }
    if (best > limit) return limit + 1
    previous2 = previous
    previous = current
  }
  return previous[b.length]
}

function correct(word) {
  if (word.length < 4 || /\d/.test(word)) return null
  const limit = word.length >= 8 ? 2 : 1
  let best = null, bestDistance = limit + 1, bestWeight = 0
  for (const [candidate, weight] of vocabulary.weights) {
    if (candidate.length < 3) continue
    const d = distance(word, candidate, limit)
    if (d < bestDistance || (d === bestDistance && d <= limit && weight > bestWeight))
      [best, bestDistance, bestWeight] = [candidate, d, weight]
  }
  return bestDistance <= limit ? best : null
}

function normalizeWord(word) {
  if (!vocabulary || !word) return word
  const one = singular(word)
  if (one !== word && isKnown(one)) return one
  if (isKnown(word)) return word
  return correct(word) || correct(one) || word
}

function rewriteQuery(query) {
  // Material's query syntax (+, -, ~, ^, quotes, *) passes through untouched.
  if (/[+~^"*]|(?:^|\s)-\S/.test(query)) return query
  const text = query.toLowerCase().replace(/[?!.,;()]/g, " ").trim().replace(QUESTION, "")
  const words = text.split(/\s+/).filter(Boolean)
  const kept = words.filter(word => !STOP_WORDS.has(word))
  const terms = (kept.length ? kept : words).map(rewriteWord).filter(Boolean)
  // "vision transformer" also asks for the one-word name "visiontransformer", so the page
  // that has this whole name ranks above pages whose names merely share its words.
  const whole = words.join("")
  if (words.length > 1 && words.length <= 4 && vocabulary && isKnown(whole) && !terms.includes(whole)) terms.push(whole)
  // Material matches each word as a prefix ("llm*" also matches "llmtooluse"); the same word
  // again without the wildcard ("llm^2") lifts pages where it stands as a whole word.
  return terms.flatMap(term => term.includes(" ") ? [term] : [term, `${term}^2`]).join(" ")
}

// "dall-e", "u-net", "text-to-image": the joined form when the index knows it ("dalle" from
// DALL-E 3), else the parts, without one-letter parts that would match every word.
function rewriteWord(word) {
  const parts = word.split("-").filter(Boolean)
  if (parts.length < 2) return normalizeWord(word)
  const joined = parts.join("")
  if (vocabulary && isKnown(joined)) return joined
  const long = parts.filter(part => part.length > 1 && !STOP_WORDS.has(part))
  return (long.length ? long : parts).map(normalizeWord).join(" ")
}
