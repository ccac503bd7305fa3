/**
 * The `max` items with the highest weight, heaviest first and in their given order within a weight:
 * what a stable sort by weight and a slice would give, in one counting pass (weights are project
 * counts, a handful of distinct values) instead of sorting every visible link on each filter change.
 */
export function heaviest<T>(items: readonly T[], max: number, weightOf: (item: T) => number): T[] {
  if (items.length <= max) return [...items]
  const weights = items.map(weightOf)
  const counts = new Map<number, number>()
  for (const w of weights) counts.set(w, (counts.get(w) ?? 0) + 1)
  const order = [...counts.keys()].sort((a, b) => b - a)
  // The lightest weight still drawn, and how many items of it fit.
  let room = max
  let cut = order[order.length - 1] as number
  for (const w of order) {
    const n = counts.get(w) as number
    if (n >= room) {
      cut = w
      break
    }
    room -= n
  }
  const byWeight = new Map<number, T[]>(order.filter((w) => w >= cut).map((w) => [w, []]))
  items.forEach((item, i) => {
    const w = weights[i] as number
    if (w < cut) return
    const bucket = byWeight.get(w) as T[]
    if (w > cut || bucket.length < room) bucket.push(item)
  })
  return [...byWeight.values()].flat()
}
