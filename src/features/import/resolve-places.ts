import { USER_IMPORT_REF } from '@/data/origin'
import type { Place } from '@/data/schema'
import type { Candidate } from './gazetteer'
import type { FixOption, ImportContext, ReportProblem } from './import-types'
import { editDistance, keysOf, nameKey } from './match'

/** A short id fragment for a name and point (places the user placed by coordinates). */
function hash(s: string): string {
  let h = 2166136261
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619)
  return (h >>> 0).toString(36)
}

type Point = { lat: number; lon: number }

/** Options offered for a name not found or ambiguous: enough to choose from, few enough to read. */
const MAX_OPTIONS = 5

/** How far a name may be from a key to be offered: a third of its length, 1 to 4 edits. */
function maxEdits(key: string): number {
  return Math.min(4, Math.max(1, Math.floor(key.length / 3)))
}

/** A Japanese place as an option: its names and prefecture, which the row's cells then say. */
export function jpOption(place: Place): FixOption {
  const pref = place.level === 'prefecture' ? undefined : place.prefecture
  return {
    label: {
      ja: pref ? `${place.name.ja}（${pref.ja}）` : place.name.ja,
      en: pref ? `${place.name.en} (${pref.en})` : place.name.en,
    },
    cells: { jp_place: place.name.ja, jp_prefecture: pref?.ja ?? '' },
  }
}

function aseanOption(place: Place): FixOption {
  return { label: { ja: place.name.ja, en: place.name.en }, cells: { partner_city: place.name.en } }
}

/**
 * The places a row names, found in the gazetteer and the dataset (or placed by the row's own
 * coordinates); what cannot be found or is ambiguous is reported to the row's problems, with the
 * places it could be.
 */
export class PlaceResolver {
  private readonly near = new Map<string, Candidate[]>()
  /** ASEAN keys per country, built on the first name not found there. */
  private aseanKeys: Map<string, [string, Candidate[]][]> | null = null

  constructor(private readonly ctx: ImportContext) {}

  private lookup(map: Map<string, Candidate[]>, name: string): Candidate[] {
    for (const key of keysOf(name)) {
      const found = map.get(key)
      if (found?.length) return found
    }
    return []
  }

  /**
   * Places whose name is a few edits from `name`, closest first, then the dataset's own and the
   * larger places; one per place, and (ASEAN) one per name: a name is what a row's cell can say.
   */
  private nearest(
    side: string,
    name: string,
    keys: Iterable<[string, Candidate[]]>,
    valid: (c: Candidate) => boolean = () => true,
  ): Candidate[] {
    const q = nameKey(name)
    const memo = `${side}\u0000${q}`
    const cached = this.near.get(memo)
    if (cached) return cached
    const max = maxEdits(q)
    const found = new Map<string, { c: Candidate; d: number }>()
    if (q)
      for (const [key, list] of keys) {
        const d = editDistance(q, key, max)
        if (d > max) continue
        for (const c of list) {
          if (!valid(c)) continue
          const seen = found.get(c.key)
          if (!seen || d < seen.d) found.set(c.key, { c, d })
        }
      }
    const sorted = [...found.values()].sort((a, b) => a.d - b.d || b.c.rank - a.c.rank)
    const out: Candidate[] = []
    const names = new Set<string>()
    for (const { c } of sorted) {
      const label = side === 'jp' ? `${c.place.name.ja}|${c.place.prefecture?.ja}` : nameKey(c.place.name.en)
      if (names.has(label)) continue
      names.add(label)
      out.push(c)
      if (out.length === MAX_OPTIONS) break
    }
    this.near.set(memo, out)
    return out
  }

  private keysOfCountry(iso3: string): [string, Candidate[]][] {
    if (!this.aseanKeys) {
      this.aseanKeys = new Map()
      for (const [key, list] of this.ctx.index.asean) {
        for (const country of new Set(list.map((c) => c.place.country))) {
          const bucket = this.aseanKeys.get(country) ?? []
          bucket.push([key, list.filter((c) => c.place.country === country)])
          this.aseanKeys.set(country, bucket)
        }
      }
    }
    return this.aseanKeys.get(iso3) ?? []
  }

  /**
   * The place a name means in a country: the dataset's, else the capital or administrative seat,
   * else the most populous (several GeoNames places share many names: San Jose, Poblacion).
   */
  private aseanByName(name: string, iso3: string): Candidate | undefined {
    const list = this.lookup(this.ctx.index.asean, name).filter((c) => c.place.country === iso3)
    return list.length ? list.reduce((a, b) => (b.rank > a.rank ? b : a)) : undefined
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
    delete place.lgcode
    delete place.today
    place.id = `user-pt-${hash(`${country}|${place.name.en}|${point.lat}|${point.lon}`)}`
    place.coordNote = 'coordinates from the imported file'
    place.source = { ref: USER_IMPORT_REF, locator: this.ctx.fileName || undefined }
    return place
  }

  private closest(candidates: Candidate[], point: Point): Candidate {
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
        const q = nameKey(prefectureText)
        const options = this.ctx.index.prefectures
          .map((p) => ({ p, d: Math.min(editDistance(q, nameKey(p.en)), editDistance(q, nameKey(p.ja))) }))
          .filter((x) => x.d <= maxEdits(q))
          .sort((a, b) => a.d - b.d)
          .slice(0, MAX_OPTIONS)
          .map(({ p }) => ({ label: p, cells: { jp_prefecture: p.ja } }))
        problem('jp_prefecture', 'prefecture', prefectureText, { options })
        return null
      }
      candidates = candidates.filter((c) => c.place.prefecture?.ja === prefecture?.ja)
    }
    // The dataset's own place wins over a gazetteer namesake (rank 10 vs 0).
    const top = candidates.filter((c) => c.rank === Math.max(...candidates.map((x) => x.rank)))
    if (point) {
      const base = top.length ? this.closest(top, point).place : null
      const place = this.placed(base, name, 'JPN', point)
      // A Japanese place needs its prefecture: the one the row names, else said to be unknown.
      place.prefecture ??= prefecture ?? { ja: '都道府県不明', en: 'prefecture unknown' }
      return place
    }
    if (top.length === 1) return (top[0] as Candidate).place
    if (top.length > 1) {
      problem('jp_place', 'ambiguous', name, { options: top.slice(0, 6).map((c) => jpOption(c.place)) })
      return null
    }
    const near = this.nearest('jp', name, this.ctx.index.jp)
    // Within the prefecture the row names, first.
    const inPrefecture = prefecture ? near.filter((c) => c.place.prefecture?.ja === prefecture?.ja) : []
    const options = [...inPrefecture, ...near.filter((c) => !inPrefecture.includes(c))]
    problem('jp_place', 'notFound', name, { options: options.map((c) => jpOption(c.place)) })
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
      const base = candidates.length ? this.closest(candidates, point).place : null
      return this.placed(base, name, iso3 ?? '', point)
    }
    if (!iso3) return null
    // Coordinates choose another place of the same name.
    const found = this.aseanByName(name, iso3)
    if (found) return found.place
    // Only places their own name leads back to: an option is a name the row's cell can say.
    const near = this.nearest(
      `as:${iso3}`,
      name,
      this.keysOfCountry(iso3),
      (c) => this.aseanByName(c.place.name.en, iso3)?.key === c.key,
    )
    problem('partner_city', 'notFound', name, { options: near.map((c) => aseanOption(c.place)) })
    return null
  }
}
