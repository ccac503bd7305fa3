// The network the register starts from (register.ts adds the research material to it):
//  - places: identities from place-specs.ts; coordinates looked up in localgovjp (Japan) and
//    GeoNames cities1000 (ASEAN) from ../shared/reference, never typed by hand.
//  - links: the hand-curated links of link-specs.ts, then one link per row of the reference
//    sister_cities_japan_asean.csv that is not merged into a hand link.
// Fails loudly when a reference row is unmapped or a lookup misses.
import type { FieldId, Link, Place, SourceRef } from '../../src/data/schema'
import { readReferenceCsv } from './lib'
import { HAND_LINKS, REFERENCE_ROWS, TYPE_MAP } from './link-specs'
import { ASEAN_PLACES, JP_PLACES } from './place-specs'

export const municipalities = readReferenceCsv('jp_municipalities_localgovjp.csv', [
  'pref',
  'city',
  'lat',
  'lon',
  'lgcode',
])
export const prefectures = readReferenceCsv('jp_prefectures_localgovjp.csv', [
  'pref',
  'pref_en',
  'lat',
  'lon',
  'lgcode',
])
export const geonames = new Map(
  readReferenceCsv('geonames_cities1000_jp_asean.csv', [
    'geonameid',
    'name',
    'country_iso2',
    'feature_code',
    'lat',
    'lon',
  ]).map((g) => [Number(g.geonameid), g]),
)
export const ISO2: Record<string, string> = {
  KHM: 'KH',
  IDN: 'ID',
  MYS: 'MY',
  MMR: 'MM',
  PHL: 'PH',
  THA: 'TH',
  VNM: 'VN',
}

export function prefectureText(prefJa: string): { ja: string; en: string } {
  const pref = prefectures.find((p) => p.pref === prefJa)
  if (!pref) throw new Error(`no prefecture ${prefJa}`)
  const en =
    prefJa === '東京都' ? 'Tokyo Metropolis' : prefJa === '北海道' ? 'Hokkaido' : `${pref.pref_en} Prefecture`
  return { ja: pref.pref, en }
}

/** The reference keeps a few http:// addresses; the app accepts https only and these sites serve it. */
export function https(url: string): string {
  return url.replace(/^http:\/\//, 'https://')
}

/** Which sources.json family a reference row's page belongs to. */
export function sourceOf(url: string): SourceRef {
  if (url.startsWith('Wikipedia twin-town lists via github:Hekman/twincities'))
    return {
      ref: 'wikipedia',
      locator: 'Hekman/twincities twin_cities_raw.csv @84ebdec',
      url: 'https://github.com/Hekman/twincities',
    }
  if (url.startsWith('shared/seed/')) return { ref: 'clair-report', locator: '第2章 第1節 ケース1' }
  const u = https(url)
  const host = new URL(u).hostname
  const family = (() => {
    if (u.includes('clair.or.jp/j/exchange/shimai/')) return 'clair-shimai'
    if (host.endsWith('mofa.go.jp')) return 'mofa'
    if (host.endsWith('jica.go.jp')) return 'jica-web'
    if (/(^|\.)(pref|city|town)\.|^www-pref-|kochi-kia\.or\.jp|sister\.city\.fukuoka/.test(host))
      return 'jp-local-gov-web'
    if (/wikimili|liquisearch/.test(host)) return 'wikipedia'
    if (host.endsWith('thaiembassy.jp')) return 'foreign-gov-web'
    if (/sayaka-office|tea-nifty|webnode|corpoonthursday/.test(host)) return 'blogs'
    if (
      /infoaceh|sunstar|davawatch|gotaiping|yomiuri|nationthailand|portal-worlds|sankei|ipohworld|pnatacloban/.test(
        host,
      )
    )
      return 'news'
    throw new Error(`no source family for ${url}`)
  })()
  return { ref: family, url: u }
}

/** The places and links of the hand specs and the reference list, before any research material. */
export function buildBaseNetwork(): { places: Place[]; links: Link[] } {
  const places: Place[] = []
  for (const spec of JP_PLACES) {
    const pref = prefectures.find((p) => p.lgcode === spec.lgcode)
    const muni = municipalities.find((m) => m.lgcode === spec.lgcode)
    const row = pref ?? muni
    if (!row) throw new Error(`no localgovjp row for ${spec.id} (${spec.lgcode})`)
    if ((spec.level === 'prefecture') !== Boolean(pref)) throw new Error(`level mismatch for ${spec.id}`)
    const ja = spec.ja ?? (pref ? pref.pref : (muni as { city: string }).city)
    places.push({
      id: spec.id,
      name: { ja, en: spec.en },
      country: 'JPN',
      level: spec.level,
      prefecture: prefectureText(row.pref),
      lat: Number(row.lat),
      lon: Number(row.lon),
      lgcode: spec.lgcode,
      source: {
        ref: 'localgovjp',
        locator: `${pref ? 'prefjp-utf8.csv' : 'localgovjp-utf8.csv'}, lgcode ${spec.lgcode}`,
      },
    })
  }
  for (const spec of ASEAN_PLACES) {
    const g = geonames.get(spec.point)
    if (!g) throw new Error(`no GeoNames ${spec.point} for ${spec.id}`)
    if (g.country_iso2 !== ISO2[spec.country])
      throw new Error(`${spec.id}: GeoNames ${spec.point} is in ${g.country_iso2}`)
    if (!spec.self && !spec.coordNote) throw new Error(`${spec.id}: borrowed point needs a coordNote`)
    places.push({
      id: spec.id,
      name: spec.name,
      country: spec.country,
      level: spec.level,
      ...(spec.admin ? { admin: spec.admin } : {}),
      lat: Number(g.lat),
      lon: Number(g.lon),
      ...(spec.coordNote ? { coordNote: spec.coordNote } : {}),
      ...(spec.self ? { geonameid: spec.point } : {}),
      source: { ref: 'geonames', locator: `geonameid ${spec.point} (${g.name}, ${g.feature_code})` },
    })
  }

  // ---------------------------------------------------------------------------------------------
  // Links

  const rows = readReferenceCsv('sister_cities_japan_asean.csv', [
    'jp_lgcode',
    'asean_city',
    'asean_iso3',
    'asean_geonameid',
    'type',
    'year',
    'date',
    'source',
  ])
  const handById = new Map(HAND_LINKS.map((l) => [l.id, l]))
  const referenceLinks: Link[] = []
  const usedKeys = new Set<string>()
  for (const row of rows) {
    const key = `${row.jp_lgcode}|${row.asean_city}`
    const spec = REFERENCE_ROWS[key]
    if (!spec) throw new Error(`reference row not mapped: ${key}`)
    usedKeys.add(key)
    const jpPlace = JP_PLACES.find((p) => p.id === spec.jp)
    if (jpPlace?.lgcode !== row.jp_lgcode) throw new Error(`${key}: jp place ${spec.jp} has another lgcode`)
    const aseanSpec = ASEAN_PLACES.find((p) => p.id === spec.asean)
    if (!aseanSpec || aseanSpec.country !== row.asean_iso3)
      throw new Error(`${key}: asean place ${spec.asean} mismatch`)
    if (row.asean_geonameid && Number(row.asean_geonameid) !== aseanSpec.point)
      throw new Error(`${key}: reference point ${row.asean_geonameid} ≠ ${aseanSpec.point}`)

    if (spec.mergedInto) {
      const hand = handById.get(spec.mergedInto)
      if (!hand || hand.jp !== spec.jp || hand.asean !== spec.asean)
        throw new Error(`${key}: bad merge target`)
      // The merged link must still lead to this row's page (as its source or in its note).
      const url = row.source.startsWith('http') ? https(row.source) : undefined
      if (url && hand.source.url !== url && !hand.note?.en.includes(url))
        throw new Error(`${key}: merged link ${hand.id} does not cite ${url}`)
      continue
    }

    const type = TYPE_MAP[row.type]
    if (!type) throw new Error(`${key}: unmapped type '${row.type}'`)
    const source = sourceOf(row.source)
    const low =
      row.type.includes('(per Wikipedia)') ||
      row.source.includes('sayaka-office.com') ||
      spec.lowConfidence !== undefined
    const jpSlug = spec.jp.replace(/^jp-/, '')
    const aseanSlug = spec.asean.replace(/^[a-z]{2}-/, '')
    const fields: FieldId[] = spec.fields ?? ['exchange']
    referenceLinks.push({
      id: `${jpSlug}-${aseanSlug}`,
      jp: spec.jp,
      asean: spec.asean,
      relation: type.relation,
      relationNote: type.note,
      year: row.year ? Number(row.year) : null,
      ...(row.date ? { date: row.date } : {}),
      fields,
      confidence: low ? 'low' : 'high',
      ...(spec.note ? { note: spec.note } : {}),
      source,
    })
  }
  for (const key of Object.keys(REFERENCE_ROWS)) if (!usedKeys.has(key)) throw new Error(`stale spec ${key}`)

  const links = [...HAND_LINKS, ...referenceLinks]
  const ids = new Set<string>()
  const pairs = new Set<string>()
  for (const l of links) {
    if (ids.has(l.id)) throw new Error(`duplicate link id ${l.id}`)
    ids.add(l.id)
    const pair = `${l.jp}|${l.asean}`
    if (pairs.has(pair)) throw new Error(`second link for pair ${pair}`)
    pairs.add(pair)
  }
  return { places, links }
}
