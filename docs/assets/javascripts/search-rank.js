// Ranking for the glossary's search worker (loaded with the index, like edit-distance.js).
// Material's lunr finds the pages; this orders them the way a reader expects of a reference:
//   1. the page whose whole name the query is ("vision transformer", "rag");
//   2. pages that cover more of the query's telling words, across the page and its sections;
//   3. then by where the words stand: a name outweighs a keyword (the models and tools a page
//      explains), a keyword the summary or the primary paper's title, those a heading, a heading
//      the body; a word that is a whole name of the page outweighs one that shares a name with
//      other words ("reranker" finds Reranker before LLM Reranker); rare words outweigh common
//      ones; words that stand next to each other in the page, as in the query, count extra
//      ("negative prompt"); and a term's page outranks a page that lists terms (a category).
"use strict"

const FIELD_WEIGHTS = { name: 16, keyword: 8, paper: 4, summary: 4, heading: 2, body: 1 }
const WHOLE_NAME_WEIGHT = 20 // query words that together are a whole name of the page
const WHOLE_KEYWORD_WEIGHT = 10 // query words that together are a whole keyword of the page
const ADJACENT_WEIGHT = 2 // a pair of query words that stand together in the page's text
const LISTING_FACTOR = 0.75 // a page that is not a term's own page

// Words as Material's index holds them: split at its separator, trimmed like lunr's trimmer.
function mmgIndexWords(text, separator) {
  return String(text).toLowerCase().replace(/<[^>]*>/g, " ").split(separator)
    .map(word => word.replace(/^\W+|\W+$/g, "")).filter(Boolean)
}

function mmgJoined(text) {
  return String(text).toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "")
}

function sortedUnique(words) {
  return [...new Set(words)].sort()
}

// The first index of `sorted` whose word is >= `word`.
function lowerBound(sorted, word) {
  let low = 0, high = sorted.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (sorted[middle] < word) low = middle + 1
    else high = middle
  }
  return low
}

// How well a query term matches a word: itself 1, itself plus a short ending ("convolution" in
// "convolutional") 0.9, a word that merely starts with its prefix 0.5.
function matchStrength(word, term) {
  if (word === term.word) return 1
  if (word.startsWith(term.word) && word.length - term.word.length <= 3) return 0.9
  return word.startsWith(term.prefix) ? 0.5 : 0
}

// The best match of a term among sorted words, and the word that gave it.
function bestIn(sorted, term) {
  let best = 0, bestWord = null
  for (let i = lowerBound(sorted, term.prefix); i < sorted.length && sorted[i].startsWith(term.prefix); i++) {
    const strength = matchStrength(sorted[i], term)
    if (strength > best) [best, bestWord] = [strength, sorted[i]]
  }
  return { strength: best, word: bestWord }
}

// Per page (a term page with its sections, or any other page): its words by field, its names
// as word lists, its whole names and keywords as joined words, and its text as one word stream.
function mmgBuildPages(docs, separator, stopWords) {
  const pages = new Map()
  const pageOf = location => {
    const key = location.split("#")[0]
    if (!pages.has(key))
      pages.set(key, { names: [], nameWords: [], keyword: [], paper: [], summary: [], heading: [], body: new Map(),
        wholeNames: new Set(), wholeKeywords: new Set(), stream: [], isTerm: false })
    return pages.get(key)
  }
  const words = text => mmgIndexWords(text, separator)
  for (const doc of docs) {
    const page = pageOf(doc.location)
    const isSection = doc.location.includes("#")
    const names = doc.names || (isSection ? [] : [doc.title || ""])
    if (doc.names) page.isTerm = true
    for (const name of names) {
      page.names.push(words(name))
      page.wholeNames.add(mmgJoined(name))
    }
    for (const keyword of doc.keywords || []) {
      page.keyword.push(...words(keyword))
      page.wholeKeywords.add(mmgJoined(keyword))
    }
    const paper = words(doc.paper || "")
    page.paper.push(...paper)
    page.stream.push(...paper.filter(word => !stopWords.has(word)), "")
    const text = words(doc.text || "")
    if (isSection) page.heading.push(...words(doc.title || ""))
    else page.summary.push(...text)
    for (const word of text) page.body.set(word, (page.body.get(word) || 0) + 1)
    page.stream.push(...text.filter(word => !stopWords.has(word)), "")
  }
  for (const page of pages.values()) {
    page.nameWords = sortedUnique(page.names.flat())
    page.keyword = sortedUnique(page.keyword)
    page.paper = sortedUnique(page.paper)
    page.summary = sortedUnique(page.summary)
    page.heading = sortedUnique(page.heading)
    page.bodyWords = [...page.body.keys()].sort()
  }
  return pages
}

// A name match counts fully when the query names the whole name, half when the name has words
// the query does not ("reranker" in "LLM Reranker").
function nameStrength(page, term, terms) {
  let best = 0
  for (const name of page.names) {
    const strengths = name.map(word => matchStrength(word, term))
    const strength = Math.max(0, ...strengths)
    if (!strength) continue
    const covered = name.filter(word => terms.some(other => matchStrength(word, other) >= 0.9)).length
    best = Math.max(best, strength * (0.5 + 0.5 * covered / name.length))
  }
  return best
}

function fieldScore(page, term, terms) {
  const body = bestIn(page.bodyWords, term)
  const count = body.word ? page.body.get(body.word) : 0
  return Math.max(
    FIELD_WEIGHTS.name * nameStrength(page, term, terms),
    FIELD_WEIGHTS.keyword * bestIn(page.keyword, term).strength,
    FIELD_WEIGHTS.paper * bestIn(page.paper, term).strength,
    FIELD_WEIGHTS.summary * bestIn(page.summary, term).strength,
    FIELD_WEIGHTS.heading * bestIn(page.heading, term).strength,
    FIELD_WEIGHTS.body * body.strength * (count >= 3 ? 1 : count === 2 ? 0.8 : 0.6),
  )
}

// Runs of query words that are, joined, a whole name or keyword of the page: each word in the
// run scores at least `weight`.
function wholeRuns(page, terms, perTerm) {
  for (let start = 0; start < terms.length; start++) {
    let joined = ""
    for (let end = start; end < terms.length; end++) {
      joined += terms[end].joined
      const weight = page.wholeNames.has(joined) ? WHOLE_NAME_WEIGHT
        : page.wholeKeywords.has(joined) ? WHOLE_KEYWORD_WEIGHT : 0
      if (weight) for (let i = start; i <= end; i++) perTerm[i] = Math.max(perTerm[i], weight)
    }
  }
}

// The summed rarity of each pair of consecutive query words that stand together in the page.
function adjacentPairs(page, terms) {
  let weight = 0
  for (let i = 0; i + 1 < terms.length; i++) {
    const [first, second] = [terms[i], terms[i + 1]]
    const stream = page.stream
    for (let j = 0; j + 1 < stream.length; j++) {
      if (matchStrength(stream[j], first) >= 0.9 && matchStrength(stream[j + 1], second) >= 0.9) {
        weight += first.weight + second.weight
        break
      }
    }
  }
  return weight
}

// terms: [{ word, prefix, joined, weight }] in query order; weight is the word's rarity.
// Returns { covered: telling terms the page matches, score }.
function mmgScorePage(page, terms) {
  const perTerm = terms.map(term => fieldScore(page, term, terms))
  wholeRuns(page, terms, perTerm)
  let score = 0, covered = 0
  perTerm.forEach((value, i) => {
    score += value * terms[i].weight
    if (value > 0 && terms[i].telling) covered++
  })
  score += ADJACENT_WEIGHT * adjacentPairs(page, terms)
  return { covered, score: page.isTerm ? score : score * LISTING_FACTOR }
}
