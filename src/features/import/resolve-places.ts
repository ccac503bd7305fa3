import { USER_IMPORT_REF } from '@/data/imported-store'
import type { Place } from '@/data/schema'
import type { Candidate } from './gazetteer'
import type { ImportContext, ReportProblem } from './import-types'
import { keysOf, nameKey, suggest } from './match'

/** A short id fragment for a name and point (places the user placed by coordinates). */
function hash(s: string): string {
  let h = 2166136261
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619)
  return (h >>> 0).toString(36)
}

type Point = { lat: number; lon: number }

/**
 * The places a row names, found in the gazetteer and the dataset (or placed by the row's own
 * coordinates); what cannot be found or is ambiguous is reported to the row's problems.
 */
export class PlaceResolver {
  private readonly suggestions = new Map<string, string | undefined>()

  constructor(private readonly ctx: ImportContext) {}

  private lookup(map: Map<string, Candidate[]>, name: string): Candidate[] {
    for (const key of keysOf(name)) {
      const found = map.get(key)
      if (found?.length) return found
    }
    return []
  }

  private suggestion(side: string, name: string, names: readonly string[]): string | undefined {
    const key = `${side}\u0000${nameKey(name)}`
    if (!this.suggestions.has(key)) this.suggestions.set(key, suggest(name, names))
    return this.suggestions.get(key)
  }

  /** A place placed by the user's own coordinates: the matched names, or the name as written. */
  private placed(base: Place | null, name: string, country: string, point: Point): Place {
    const place: Place = base
      ? { ...base, lat: point.lat, lon: point.lon }
      : {
          id: '',
          name: { ja: name, en: name },
          country,
          level: 'city',
          lat: point.lat,
          lon: point.lon,
          source: { ref: '' },
        }
    delete place.geonameid
    place.id = `user-pt-${hash(`${country}|${place.name.en}|${point.lat}|${point.lon}`)}`
    place.coordNote = 'coordinates from the imported file'
    place.source = { ref: USER_IMPORT_REF, locator: this.ctx.fileName || undefined }
    return place
  }

  private nearest(candidates: Candidate[], point: Point): Candidate {
    const d = (c: Candidate) => (c.place.lat - point.lat) ** 2 + (c.place.lon - point.lon) ** 2
    return candidates.reduce((a, b) => (d(b) < d(a) ? b : a))
  }

  /** The Japanese place of a row, within the prefecture it names. */
  resolveJp(name: string, prefectureText: string, point: Point | null, problem: ReportProblem): Place | null {
    let candidates = this.lookup(this.ctx.index.jp, name)
    let prefecture: { ja: string; en: string } | undefined
    if (prefectureText) {
      const keys = new Set(keysOf(prefectureText))
      prefecture = this.ctx.index.prefectures.find((p) =>
        [...keysOf(p.ja), ...keysOf(p.en)].some((k) => keys.has(k)),
      )
      if (!prefecture) {
        problem('jp_prefecture', 'notFound', prefectureText, {
          suggestion: suggest(
            prefectureText,
            this.ctx.index.prefectures.map((p) => p.en),
          ),
        })
        return null
      }
      candidates = candidates.filter((c) => c.place.prefecture?.ja === prefecture?.ja)
    }
    // The dataset's own place wins over a gazetteer namesake (rank 10 vs 0).
    const top = candidates.filter((c) => c.rank === Math.max(...candidates.map((x) => x.rank)))
    if (point) {
      const base = top.length ? this.nearest(top, point).place : null
      const place = this.placed(base, name, 'JPN', point)
      // A Japanese place needs its prefecture: the one the row names, else said to be unknown.
      place.prefecture ??= prefecture ?? { ja: '都道府県不明', en: 'prefecture unknown' }
      return place
    }
    if (top.length === 1) return (top[0] as Candidate).place
    if (top.length > 1) {
      problem('jp_place', 'ambiguous', name, {
        detail: top
          .slice(0, 6)
          .map((c) => c.label)
          .join('; '),
      })
      return null
    }
    problem('jp_place', 'notFound', name, { suggestion: this.suggestion('jp', name, this.ctx.index.jpNames) })
    return null
  }

  /** The ASEAN place of a row, within its country. */
  resolveAsean(
    name: string,
    iso3: string | undefined,
    point: Point | null,
    problem: ReportProblem,
  ): Place | null {
    const candidates = this.lookup(this.ctx.index.asean, name).filter(
      (c) => !iso3 || c.place.country === iso3,
    )
    if (point) {
      const base = candidates.length ? this.nearest(candidates, point).place : null
      return this.placed(base, name, iso3 ?? '', point)
    }
    if (!iso3) return null
    // Several GeoNames places share many names (San Jose, Poblacion): the dataset's place, then
    // the capital or administrative seat, then the most populous is meant. Coordinates choose another.
    if (candidates.length) return candidates.reduce((a, b) => (b.rank > a.rank ? b : a)).place
    problem('partner_city', 'notFound', name, {
      suggestion: this.suggestion(`as:${iso3}`, name, this.ctx.index.aseanNames.get(iso3) ?? []),
    })
    return null
  }
}
