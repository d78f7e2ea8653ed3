// Edit distance with transpositions (optimal string alignment), giving up above `limit`:
// shared by the sidebar filter (page) and the search worker, which forgive typos the same way.
self.mmgEditDistance = function (a, b, limit) {
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
