// Query rewriting for the glossary's search worker, loaded with the index (search-worker.js):
// question words and stop words dropped, plurals folded, hyphenated and joined names, and a word
// the index does not know corrected to the nearest one it does (one typo per word, two in long
// words); and Material's results re-ranked per page (search-rank.js).
"use strict"

let vocabulary = null
let distance = null // edit-distance.js, shared with the sidebar filter

self.mmgPrepareQueries = function (index) {
  if (vocabulary) return
  separator = new RegExp(index.config.separator || "[\\s\\-]+")
  distance = self.mmgEditDistance
  vocabulary = buildVocabulary(index.docs)
}

self.mmgRewriteQuery = query => rewriteQuery(query)

// Material ranks each page and each of its sections on its own, so a page whose sections hold
// every word of "negative prompt" can lose to one with "prompt" in a name. Its results are
// re-ordered page by page: a page whose whole name the query is ("zero-shot learning") first,
// then by coverage of the query's telling words and by score (search-rank.js).
self.mmgRankGroups = function (groups, { terms, wholes }) {
  if (!vocabulary || !terms.length) return groups
  const ranked = groups.map((group, index) => {
    const page = vocabulary.pages.get(group[0].location.split("#")[0])
    const named = wholes.some(whole => group.some(item => !item.location.includes("#") && item.terms?.[whole]))
    const { covered, score } = page ? mmgScorePage(page, terms) : { covered: 0, score: 0 }
    return { group, index, named, covered, score }
  })
  ranked.sort((a, b) => b.named - a.named || b.covered - a.covered || b.score - a.score || a.index - b.index)
  // Material's Enter key opens the result with the highest score: keep scores in the new order.
  return ranked.map(({ group }, rank) =>
    group.map(item => ({ ...item, score: item.score + (ranked.length - rank) * 1e12 })))
}

const QUESTION = /^(?:what|who|how|why|when|where|which)(?:'s|s)?\s+(?:(?:is|are|was|were|does|do|did|can|could|should|would|to)\s+)?(?:(?:an?|the)\s+)?/
const STOP_WORDS = new Set((
  "a an the is are was were be what whats who how why when where which does do did can could should would " +
  "of for in on at by with and or to from into about as work works working explain explained explanation " +
  "meaning mean means definition define defined i my me it its this that vs versus difference between"
).split(" "))
let separator = /[\s\-]+/
function indexWords(text) {
  return mmgIndexWords(text, separator)
}

// Every word of the index, weighted by where it occurs (a name outweighs a mention), for typo
// correction; the whole names; and each page's words by field for ranking (search-rank.js).
function buildVocabulary(docs) {
  const weights = new Map()
  const exactNames = new Set()
  const nameWords = new Set()
  const add = (text, weight) => {
    for (const word of indexWords(text)) weights.set(word, (weights.get(word) || 0) + weight)
  }
  for (const doc of docs) {
    for (const name of [...(doc.names || []), ...(doc.keywords || [])]) indexWords(name).forEach(word => nameWords.add(word))
    for (const name of doc.names || []) add(name, 100)
    for (const name of doc.exact || []) exactNames.add(name)
    for (const keyword of doc.keywords || []) add(keyword, 30)
    add(doc.title || "", doc.location.includes("#") ? 1 : 10)
    add(doc.text || "", 1)
  }
  const pages = mmgBuildPages(docs, separator, STOP_WORDS)
  const pageWords = [...pages.values()].map(page =>
    sortedUnique([...page.nameWords, ...page.keyword, ...page.heading, ...page.bodyWords])) // search-rank.js
  const phrases = new Set([...pages.values()].flatMap(page => [...page.wholeNames, ...page.wholeKeywords]))
  return { weights, sorted: [...weights.keys()].sort(), pages, pageWords, pageCounts: new Map(), exactNames, nameWords, phrases }
}

// Material appends a wildcard to each word, so a word is known when some index word starts with it.
function startsAny(sorted, word) {
  const first = lowerBound(sorted, word) // search-rank.js
  return first < sorted.length && sorted[first].startsWith(word)
}

function isKnown(word) {
  return startsAny(vocabulary.sorted, word)
}

// How many pages have a word starting with `word`.
function pagesWith(word) {
  const { pageWords, pageCounts } = vocabulary
  if (!pageCounts.has(word)) pageCounts.set(word, pageWords.filter(words => startsAny(words, word)).length)
  return pageCounts.get(word)
}

function singular(word) {
  if (word.length > 4 && word.endsWith("ies")) return word.slice(0, -3) + "y"
  if (word.length > 4 && /(?:ss|x|ch|sh)es$/.test(word)) return word.slice(0, -2)
  if (word.length > 3 && word.endsWith("s") && !/(?:ss|us|is)$/.test(word)) return word.slice(0, -1)
  return word
}

// The nearest word of the index; among equally near ones, the one that makes a whole name or
// keyword with a neighbouring query word ("flow maching": "matching", not "caching"), else the
// one that weighs most.
function correct(word, neighbours = []) {
  if (word.length < 4 || /\d/.test(word)) return null
  const limit = word.length >= 8 ? 2 : 1
  const fits = candidate => neighbours.some(other => other &&
    (vocabulary.phrases.has(mmgJoined(other + candidate)) || vocabulary.phrases.has(mmgJoined(candidate + other))))
  let best = null, bestRank = null
  for (const [candidate, weight] of vocabulary.weights) {
    if (candidate.length < 3) continue
    const d = distance(word, candidate, limit)
    if (d > limit) continue
    const rank = [-d, Number(fits(candidate)), weight]
    if (!bestRank || compareRanks(rank, bestRank) > 0) [best, bestRank] = [candidate, rank]
  }
  return best
}

function compareRanks(a, b) {
  const i = a.findIndex((value, j) => value !== b[j])
  return i < 0 ? 0 : a[i] - b[i]
}

function normalizeWord(word, neighbours) {
  if (!vocabulary || !word) return word
  if (vocabulary.nameWords.has(word)) return word // a word of a name or keyword ("VITS"), as typed
  const one = singular(word)
  if (one !== word && isKnown(one)) return one
  if (isKnown(word)) return word
  return correct(word, neighbours) || correct(one, neighbours) || word
}

// The prefix a word is searched by: without an ending that varies ("finetune" finds
// "finetuning", "tokenize" finds "tokenization"), when the shorter prefix is still specific.
function stem(word) {
  const match = /^(.{5,}?)(?:ing|ed|es|e|s)$/.exec(word)
  return match && !word.endsWith("ss") ? match[1] : word
}

// { query: the Material query string, terms: the words a result should cover, wholes: the
// query as one whole name, when it is one }.
function rewriteQuery(query) {
  // Material's query syntax (+, -, ~, ^, quotes, *) passes through untouched.
  // A "+" that ends a name ("BM25+", "DPM-Solver++") is part of the name.
  if (/["*]|[~^]\d|(?:^|\s)[+-]\S/.test(query)) return { query, terms: [], wholes: [] }
  const text = query.toLowerCase().replace(/[?!.,;()+]/g, " ").trim().replace(QUESTION, "")
  const words = text.split(/\s+/).filter(Boolean)
  if (!words.length) return { query: "", terms: [], wholes: [] }
  const kept = words.filter(word => !STOP_WORDS.has(word))
  const rewritten = (kept.length ? kept : words)
    .map((word, i, list) => rewriteWord(word, [list[i - 1], list[i + 1]])).filter(Boolean).join(" ").split(" ")
  // Material matches each word as a prefix ("llm*" also matches "llmtooluse"); the same word
  // again without the wildcard ("llm^2") lifts pages where it stands as a whole word.
  const exact = rewritten.map(word => `${word}^2`)
  const prefixes = rewritten.map(stem)
  // The query as one whole name ("vision transformer" -> "_visiontransformer", "rag" -> "_rag"),
  // as typed and as corrected: the page with exactly this name ranks above pages whose names
  // merely share its words.
  const corrected = words.map((word, i) => (STOP_WORDS.has(word) ? word : rewriteWord(word, [words[i - 1], words[i + 1]])))
  const wholes = [words, kept, rewritten, corrected].map(list => `_${mmgJoined(list.join(""))}`)
  const matchedWholes = vocabulary ? [...new Set(wholes)].filter(whole => vocabulary.exactNames.has(whole)) : []
  const extra = matchedWholes.map(whole => `${whole}^3`)
  return { query: [...prefixes, ...exact, ...extra].join(" "), terms: queryTerms(rewritten), wholes: matchedWholes }
}

// The words a result should cover, with how rare each is: a word on more than a fifth of the
// pages ("image", "model") decides little and does not count towards coverage.
function queryTerms(words) {
  if (!vocabulary) return []
  const pageCount = vocabulary.pages.size
  const terms = words.map(word => {
    const prefix = stem(word)
    const pages = pagesWith(prefix)
    return { word, prefix, joined: mmgJoined(word), weight: Math.log(1 + pageCount / Math.max(1, pages)),
      telling: pages <= pageCount / 5 }
  })
  if (!terms.some(term => term.telling)) terms.forEach(term => (term.telling = true))
  return terms
}

// "dall-e", "u-net", "text-to-image": the joined form when the index knows it ("dalle" from
// DALL-E 3), else the parts, without one-letter parts that would match every word.
function rewriteWord(word, neighbours) {
  const parts = word.split("-").filter(Boolean)
  if (parts.length < 2) return normalizeWord(word, neighbours)
  const joined = parts.join("")
  if (vocabulary && isKnown(joined)) return joined
  const long = parts.filter(part => part.length > 1 && !STOP_WORDS.has(part))
  return (long.length ? long : parts).map(normalizeWord).join(" ")
}
