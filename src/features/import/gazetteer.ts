import type { Place, PlaceLevel } from '@/data/schema'
import { keysOf } from './match'

/** data/gazetteer/gazetteer.json as written by scripts/curate/gazetteer.ts (rows as arrays). */
export interface GazetteerFile {
  about: { ja: string; en: string }
  sources: { id: string; covers: string; publisher: string; licence: string; url: string }[]
  prefectures: [string, string][]
  /** [ja, en, prefecture index, level, lat, lon, lgcode] */
  jp: [string, string, number, string, number, number, string][]
  /** [en, ja ('' when none), ISO3, GeoNames feature code, lat, lon, geonameid, population] */
  asean: [string, string, string, string, number, number, number, number][]
}

export const GAZETTEER_FILE = 'gazetteer/gazetteer.json'

function isGazetteer(json: unknown): json is GazetteerFile {
  if (typeof json !== 'object' || json === null) return false
  const g = json as Partial<GazetteerFile>
  return (
    Array.isArray(g.jp) && Array.isArray(g.asean) && Array.isArray(g.prefectures) && Array.isArray(g.sources)
  )
}

/** Fetched only when the user imports a file (about 0.6 MB, 0.2 MB compressed). */
export async function loadGazetteer(url: string): Promise<GazetteerFile> {
  const res = await fetch(url)
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`)
  const json: unknown = await res.json()
  if (!isGazetteer(json)) throw new Error(`${url}: not a gazetteer file`)
  return json
}

/** A place a name can resolve to: one already in the dataset, or one of the gazetteer. */
export interface Candidate {
  /** The place id: a dataset place and its gazetteer row are one candidate. */
  key: string
  place: Place
  /** Higher wins among same-named ASEAN places: capital, admin seats, then population. */
  rank: number
  /** Name shown in messages. */
  label: string
}

export interface PlaceIndex {
  jp: Map<string, Candidate[]>
  asean: Map<string, Candidate[]>
  prefectures: { ja: string; en: string }[]
  /** Ids of the dataset's own places: an import links to them and does not copy them. */
  datasetIds: Set<string>
}

const FEATURE_RANK: Record<string, number> = { PPLC: 5, PPLA: 4, PPLA2: 3, PPLA3: 2, PPLA4: 1 }

const LEVELS = new Set<string>(['prefecture', 'city', 'ward', 'town', 'village'])

function add(map: Map<string, Candidate[]>, names: string[], c: Candidate) {
  for (const name of names) {
    if (!name) continue
    for (const key of keysOf(name)) {
      const list = map.get(key)
      if (!list) map.set(key, [c])
      else if (!list.some((x) => x.key === c.key)) list.push(c)
    }
  }
}

/**
 * Every name (Japanese and English, with and without 市/City endings) → the places it may mean.
 * The dataset's own places come first so an import joins the existing points where it can. Built
 * in the import worker (≈ 10,000 places): never on the page's thread.
 */
export function buildPlaceIndex(gazetteer: GazetteerFile, datasetPlaces: readonly Place[]): PlaceIndex {
  const jp = new Map<string, Candidate[]>()
  const asean = new Map<string, Candidate[]>()
  const byLgcode = new Map<string, Place>()
  const byGeonameid = new Map<number, Place>()
  const prefectures = gazetteer.prefectures.map(([ja, en]) => ({ ja, en }))
  for (const p of datasetPlaces) {
    if (p.lgcode) byLgcode.set(p.lgcode, p)
    if (p.geonameid) byGeonameid.set(p.geonameid, p)
    const c: Candidate = { key: p.id, place: p, rank: 10, label: `${p.name.en} / ${p.name.ja}` }
    add(p.country === 'JPN' ? jp : asean, [p.name.ja, p.name.en], c)
  }
  for (const [ja, en, pref, level, lat, lon, lgcode] of gazetteer.jp) {
    const prefecture = prefectures[pref] ?? { ja: ja, en: en }
    const existing = byLgcode.get(lgcode)
    const place: Place = existing ?? {
      id: `user-jp-${lgcode}`,
      name: { ja, en },
      country: 'JPN',
      level: (LEVELS.has(level) ? level : 'city') as PlaceLevel,
      prefecture,
      lat,
      lon,
      lgcode,
      source: { ref: 'localgovjp' },
    }
    const c: Candidate = { key: place.id, place, rank: 0, label: `${en} (${prefecture.en}) / ${ja}` }
    add(jp, [ja, en], c)
  }
  for (const [en, ja, iso3, feature, lat, lon, geonameid, population] of gazetteer.asean) {
    const existing = byGeonameid.get(geonameid)
    const place: Place = existing ?? {
      id: `user-gn-${geonameid}`,
      name: { ja: ja || en, en },
      country: iso3,
      level: 'city',
      lat,
      lon,
      geonameid,
      source: { ref: 'geonames' },
    }
    const rank = (FEATURE_RANK[feature] ?? 0) + Math.min(0.99, population / 1e8)
    add(asean, [en, ja], { key: place.id, place, rank, label: en })
  }
  return { jp, asean, prefectures, datasetIds: new Set(datasetPlaces.map((p) => p.id)) }
}

/** Shape checks for scripts/check-data.ts: one message per problem, nothing when the file is sound. */
export function gazetteerProblems(
  json: unknown,
): { record: string; field: string; found: string; expected: string }[] {
  if (!isGazetteer(json))
    return [
      {
        record: '(file)',
        field: '(shape)',
        found: 'another shape',
        expected: 'jp, asean, prefectures and sources lists',
      },
    ]
  const out: { record: string; field: string; found: string; expected: string }[] = []
  const inRange = (lat: unknown, lon: unknown) =>
    typeof lat === 'number' && typeof lon === 'number' && Math.abs(lat) <= 90 && Math.abs(lon) <= 180
  for (const s of json.sources)
    if (!s.licence) out.push({ record: s.id, field: 'licence', found: 'nothing', expected: 'a licence' })
  json.jp.forEach((r, i) => {
    if (
      typeof r[0] !== 'string' ||
      !r[0] ||
      typeof r[1] !== 'string' ||
      !r[1] ||
      !json.prefectures[r[2]] ||
      !inRange(r[4], r[5]) ||
      !/^\d{6}$/.test(r[6])
    )
      out.push({
        record: `jp[${i}]`,
        field: '(row)',
        found: JSON.stringify(r),
        expected: '[ja, en, prefecture index, level, lat, lon, 6-digit lgcode]',
      })
  })
  json.asean.forEach((r, i) => {
    if (
      typeof r[0] !== 'string' ||
      !r[0] ||
      !/^[A-Z]{3}$/.test(r[2]) ||
      !inRange(r[4], r[5]) ||
      !Number.isInteger(r[6])
    )
      out.push({
        record: `asean[${i}]`,
        field: '(row)',
        found: JSON.stringify(r),
        expected: '[en, ja, ISO3, feature code, lat, lon, geonameid, population]',
      })
  })
  return out
}
