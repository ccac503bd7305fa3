/** `f` remembering its results for the render it is made in. */
export function cached<K, V>(f: (key: K) => V): (key: K) => V {
  const seen = new Map<K, V>()
  return (key) => {
    if (!seen.has(key)) seen.set(key, f(key))
    return seen.get(key) as V
  }
}
