/** One year per step while playing; slower when the reader asks for reduced motion. */
export const PLAY_STEP_MS = 800
export const PLAY_STEP_REDUCED_MS = 2000

/**
 * The year play starts at: the one after `year`, or the first year when `year` is at or past the
 * last (pressing play at the end plays again from the start, as Our World in Data's timeline does).
 */
export function playStart(years: readonly number[], year: number): number | null {
  if (years.length < 2) return null
  const first = years[0] as number
  const last = years.at(-1) as number
  if (year >= last || year < first) return first
  return years.find((y) => y > year) ?? null
}

/** The year after `year` while playing, or null at the last year: play stops there. */
export function playNext(years: readonly number[], year: number): number | null {
  return years.find((y) => y > year) ?? null
}
