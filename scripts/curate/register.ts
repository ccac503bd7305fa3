// Builds the national register: data/places.json, data/links.json and data/projects.json.
//  1. The base network (base-network.ts): the report's ties and the reference sister-city list.
//  2. The hand-written projects of the report (hand-projects.json).
//  3. The research material (material/*.json): every record read from a stored public page, with
//     that page's address, title and retrieval date (see material/types.ts for the rules).
// Material is merged into the base: one link per pair of places, a project per programme entry, and
// where material and base describe the same tie or project, the primary page wins and the other
// page is kept in `see`. Corrections the material brings are listed in register-overrides.ts with
// their reasons. Fails loudly on anything unmapped; prints what it merged so a reviewer can read it.
// Run: npx tsx scripts/curate/register.ts
import { readdirSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { FieldId, Link, Place, Relation, SourceRef, Text } from '../../src/data/schema'
import type { Project, PublishedTotal, SchemesFile, Series } from '../../src/data/schema-files'
import { buildBaseNetwork, geonames, municipalities, prefectures, prefectureText } from './base-network'
import { parseCsv, REPO_ROOT, readDataJson, writeDataJson } from './lib'
import type { AseanParty, JpParty, MaterialFile, MaterialRecord, PageRef } from './material/types'
import {
  ASEAN_NAMES,
  CAPITAL_POINT,
  DROP_RECORDS,
  HAND_FIXES,
  LINK_EXTRA_NOTES,
  LINK_NOTES,
  PLACE_TODAY,
  PROJECT_NOTES,
  SAME_PROJECT,
  SCHEME_OF,
  SERIES,
  SUPERSEDES,
  UNPLACED,
} from './register-overrides'
import { sourceOfPage } from './register-sources'

const MATERIAL_DIR = resolve(REPO_ROOT, 'scripts/curate/material')
const log: string[] = []

// Timor-Leste's GeoNames places (the reference extract has none): material/geonames-tls.csv.
for (const row of parseCsv(readFileSync(resolve(MATERIAL_DIR, 'geonames-tls.csv'), 'utf8')))
  geonames.set(Number(row.geonameid), row as typeof geonames extends Map<number, infer R> ? R : never)

// ---------------------------------------------------------------------------------------------
// Material

function materialFiles(): MaterialFile[] {
  return readdirSync(MATERIAL_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(resolve(MATERIAL_DIR, f), 'utf8')) as MaterialFile)
}

function readMaterial(): MaterialRecord[] {
  const records: MaterialRecord[] = []
  for (const file of readdirSync(MATERIAL_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    const m = JSON.parse(readFileSync(resolve(MATERIAL_DIR, file), 'utf8')) as MaterialFile
    for (const r of m.records) if (!DROP_RECORDS[r.key]) records.push(r)
  }
  const keys = new Set<string>()
  for (const r of records) {
    if (keys.has(r.key)) throw new Error(`material key ${r.key} twice`)
    keys.add(r.key)
  }
  for (const key of Object.keys(DROP_RECORDS))
    if (!keys.has(key) && !allKeys().has(key)) throw new Error(`stale drop ${key}`)
  return records
}

function allKeys(): Set<string> {
  const keys = new Set<string>()
  for (const file of readdirSync(MATERIAL_DIR).filter((f) => f.endsWith('.json')))
    for (const r of (JSON.parse(readFileSync(resolve(MATERIAL_DIR, file), 'utf8')) as MaterialFile).records)
      keys.add(r.key)
  return keys
}

// ---------------------------------------------------------------------------------------------
// Places

/** Publisher families whose pages are the parties', the programme's or a ministry's own word. */
const PRIMARY_FAMILIES = new Set([
  'clair-shimai',
  'clair-web',
  'jp-local-gov-web',
  'foreign-gov-web',
  'mofa',
  'moe',
  'iges',
  'jica-web',
  'jetro',
])

const TIE_RANK: Record<Relation, number> = {
  sister: 6,
  'environmental-sister': 5,
  friendship: 4,
  agreement: 3,
  mou: 2,
  project: 1,
}

/** province-like units, local units and whole countries are different places even at one point. */
function placeClass(level: string): 'admin' | 'local' | 'country' {
  if (level === 'province' || level === 'region') return 'admin'
  if (level === 'country') return 'country'
  return 'local'
}

function slug(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/gi, 'd')
    .replace(/\(.*?\)/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
}

function https(url: string): string {
  // Yahoo's image cache mirrors a prefecture's page under a host of its own: cite the page itself.
  const cached = /^https?:\/\/(www)-(pref-[a-z]+)-(lg-jp|jp)\.cache\.yimg\.jp(\/.*)$/.exec(url)
  if (cached) return `https://www.${cached[2]?.replace('-', '.')}.${cached[3]?.replace('-', '.')}${cached[4]}`
  const cached2 = /^https?:\/\/www\.(pref\.[a-z]+\.jp)\.cache\.yimg\.jp(\/.*)$/.exec(url)
  if (cached2) return `https://www.${cached2[1]}${cached2[2]}`
  return url.replace(/^http:\/\//, 'https://')
}

/**
 * A page's title as published. The material marks a heading it could not see (the excerpt began
 * below it) with a bracketed prefix or a "heading taken from …" remark: such a page is cited by its
 * address alone rather than under a title it may not have.
 */
function pageTitle(title: string): string | undefined {
  const t = title.trim()
  if (/^\[|heading taken from|見出しは/i.test(t)) return undefined
  return t
}

function ref(page: PageRef): SourceRef {
  const url = https(page.url)
  const title = pageTitle(page.title)
  return { ref: sourceOfPage(page, url), url, ...(title ? { title } : {}), retrieved: page.retrieved }
}

const base = buildBaseNetwork()
const countries = (
  JSON.parse(readFileSync(resolve(REPO_ROOT, 'data/countries.json'), 'utf8')) as {
    countries: { iso3: string; name: Text }[]
  }
).countries
const places: Place[] = [...base.places]
const placeById = new Map(places.map((p) => [p.id, p]))

const jpByLgcode = new Map<string, Place>()
for (const p of places) if (p.lgcode) jpByLgcode.set(p.lgcode, p)

const aseanByKey = new Map<string, Place>()
function pointOf(p: Place): number {
  if (p.geonameid) return p.geonameid
  const m = /geonameid (\d+)/.exec(p.source.locator ?? '')
  if (!m) throw new Error(`no point for ${p.id}`)
  return Number(m[1])
}
for (const p of places)
  if (p.country !== 'JPN') aseanByKey.set(`${p.country}|${pointOf(p)}|${placeClass(p.level)}`, p)

function jpPlace(party: JpParty): Place {
  const found = jpByLgcode.get(party.lgcode)
  if (found) return found
  const pref = prefectures.find((p) => p.lgcode === party.lgcode)
  const muni = municipalities.find((m) => m.lgcode === party.lgcode)
  const row = pref ?? muni
  if (!row) throw new Error(`no localgovjp row for ${party.name} ${party.lgcode}`)
  if ((party.level === 'prefecture') !== Boolean(pref)) throw new Error(`level mismatch for ${party.name}`)
  const en = party.en.trim()
  const stem = slug(en.replace(/ (City|Town|Village|Ward|Prefecture|Metropolis)$/, ''))
  let id = `jp-${stem}${party.level === 'prefecture' ? '-pref' : ''}`
  if (placeById.has(id)) id = `jp-${stem}-${party.level}`
  if (placeById.has(id)) throw new Error(`place id ${id} taken (${party.name})`)
  const place: Place = {
    id,
    name: { ja: pref ? pref.pref : (muni as { city: string }).city, en },
    country: 'JPN',
    level: party.level,
    prefecture: prefectureText(row.pref),
    lat: Number(row.lat),
    lon: Number(row.lon),
    lgcode: party.lgcode,
    source: {
      ref: 'localgovjp',
      locator: `${pref ? 'prefjp-utf8.csv' : 'localgovjp-utf8.csv'}, lgcode ${party.lgcode}`,
    },
  }
  add(place)
  jpByLgcode.set(party.lgcode, place)
  return place
}

const ISO2: Record<string, string> = {
  BRN: 'BN',
  KHM: 'KH',
  IDN: 'ID',
  LAO: 'LA',
  MYS: 'MY',
  MMR: 'MM',
  PHL: 'PH',
  SGP: 'SG',
  THA: 'TH',
  TLS: 'TL',
  VNM: 'VN',
}

function aseanPlace(given: AseanParty, record: MaterialRecord): Place | null {
  let party = given
  let point = party.geonameid
  let override: { level: AseanParty['level']; coordNote: string } | undefined
  if (point === null) {
    const fix = UNPLACED[`${record.key}|${party.asWritten}`]
    if (!fix) throw new Error(`${record.key}: no point for ${party.asWritten}; add to UNPLACED`)
    if (fix === 'skip') return null
    if ('country' in fix) {
      party = { ...party, level: 'country', pointIsPlace: false }
      point = CAPITAL_POINT[party.country] ?? null
      if (point === null) throw new Error(`no capital for ${party.country}`)
      log.push(`  ${record.key}: ${party.asWritten} → national level (${fix.note})`)
    } else {
      point = fix.point
      override = { level: fix.level, coordNote: fix.coordNote }
      party = { ...party, level: fix.level, pointIsPlace: false }
    }
  }
  if (party.level === 'country') {
    const capital = CAPITAL_POINT[party.country]
    if (capital === undefined) throw new Error(`no capital for ${party.country}`)
    point = capital
  }
  const cls = placeClass(party.level)
  const key = `${party.country}|${point}|${cls}`
  const found = aseanByKey.get(key)
  if (found) return found
  const g = geonames.get(point)
  const iso2 = ISO2[party.country]
  if (!g || !iso2) throw new Error(`${record.key}: GeoNames ${point} missing`)
  if (g.country_iso2 !== iso2) throw new Error(`${record.key}: GeoNames ${point} is in ${g.country_iso2}`)
  const names = ASEAN_NAMES[key]
  const country = countries.find((c) => c.iso3 === party.country)
  const name: Text =
    names?.name ??
    (cls === 'country' && country
      ? { ja: `${country.name.ja}（国レベル）`, en: `${country.name.en} (national level)` }
      : { ja: party.ja.trim(), en: party.en.trim() })
  const level = names?.level ?? party.level
  const self = party.pointIsPlace && cls !== 'country'
  let id = `${iso2.toLowerCase()}-${slug(name.en)}`
  if (placeById.has(id)) id = `${id}-${level}`
  if (placeById.has(id)) throw new Error(`place id ${id} taken (${record.key})`)
  const coordNote = self
    ? undefined
    : (names?.coordNote ??
      override?.coordNote ??
      (cls === 'country' ? undefined : party.pointNote) ??
      (cls === 'country'
        ? `national-level partner; drawn at the capital ${g.name} (GeoNames ${point}, ${g.feature_code})`
        : undefined))
  if (!self && !coordNote) throw new Error(`${record.key}: borrowed point for ${party.en} needs a note`)
  const place: Place = {
    id,
    name,
    country: party.country,
    level,
    ...(names?.admin ? { admin: names.admin } : party.admin ? { admin: party.admin } : {}),
    lat: Number(g.lat),
    lon: Number(g.lon),
    ...(coordNote ? { coordNote } : {}),
    ...(self ? { geonameid: point } : {}),
    source: { ref: 'geonames', locator: `geonameid ${point} (${g.name}, ${g.feature_code})` },
  }
  add(place)
  aseanByKey.set(key, place)
  return place
}

function add(place: Place): void {
  places.push(place)
  placeById.set(place.id, place)
  log.push(`+ place ${place.id} ${place.name.ja} / ${place.name.en}`)
}

// ---------------------------------------------------------------------------------------------
// Links and projects

// Base addresses get the same treatment as the material's (https, no image-cache mirrors).
for (const l of base.links) if (l.source.url) l.source = { ...l.source, url: https(l.source.url) }
const links: Link[] = [...base.links]
const linkByPair = new Map(links.map((l) => [`${l.jp}|${l.asean}`, l]))
const linkIds = new Set(links.map((l) => l.id))
const handProjects = (
  JSON.parse(readFileSync(resolve(REPO_ROOT, 'scripts/curate/hand-projects.json'), 'utf8')) as {
    projects: Project[]
  }
).projects
const projects: Project[] = handProjects.map((p) => ({ ...p }))
const projectById = new Map(projects.map((p) => [p.id, p]))

function addSee(target: { see?: SourceRef[]; source: SourceRef }, extra: SourceRef): void {
  const same = (a: SourceRef) => a.ref === extra.ref && a.url === extra.url && a.locator === extra.locator
  if (same(target.source) || target.see?.some(same)) return
  target.see = [...(target.see ?? []), extra]
}

function textOf(words: Text | undefined, fallback: Text): Text {
  return words ? { ja: words.ja.trim(), en: words.en.trim() } : fallback
}

function linkFor(jp: Place, asean: Place, record: MaterialRecord): Link {
  const pair = `${jp.id}|${asean.id}`
  const existing = linkByPair.get(pair)
  if (existing) return existing
  let id = `${jp.id.replace(/^jp-/, '')}-${asean.id.replace(/^[a-z]{2}-/, '')}`
  if (linkIds.has(id)) id = `${id}-2`
  const link: Link = {
    id,
    jp: jp.id,
    asean: asean.id,
    relation: record.relation,
    relationNote: textOf(record.relationWords, { ja: '事業', en: 'project' }),
    year: record.startYear,
    ...(record.date && record.relation !== 'project' ? { date: record.date } : {}),
    fields: [...record.fields],
    confidence: record.confidence,
    source: ref(record.page),
  }
  links.push(link)
  linkIds.add(id)
  linkByPair.set(pair, link)
  log.push(`+ link ${id} (${record.relation}, ${record.startYear ?? 'no year'}) from ${record.key}`)
  return link
}

/** A tie record on a pair: takes the link over when it is the stronger or better-sourced statement. */
function applyTie(link: Link, record: MaterialRecord, isNew: boolean): void {
  if (isNew) return
  const src = ref(record.page)
  const newHigh = record.confidence === 'high'
  // A page of the parties, the programme or a ministry outranks the report, news, blogs and mirrors
  // (data/README.md, merge rule).
  const oldHigh = link.confidence === 'high' && PRIMARY_FAMILIES.has(link.source.ref)
  const rankNew = TIE_RANK[record.relation]
  const rankOld = TIE_RANK[link.relation]
  const addsYear = link.year === null && record.startYear !== null
  const takeOver =
    link.relation === 'project' ||
    (newHigh && !oldHigh) ||
    (newHigh && rankNew > rankOld) ||
    (newHigh === oldHigh && rankNew === rankOld && addsYear)
  if (!takeOver) {
    addSee(link, src)
    const differs =
      record.relation !== link.relation || (record.startYear !== null && record.startYear !== link.year)
    if (differs) {
      const year = record.startYear === null ? '' : `${record.startYear}`
      appendNote(link, {
        ja: `${year ? `${year}年に` : ''}${record.relationWords.ja}の記録もある（出典：${src.title ?? src.url}）。`,
        en: `Also recorded: ${record.relationWords.en}${year ? `, ${year}` : ''} (source: ${src.title ?? src.url}).`,
      })
    }
    log.push(`  see ${link.id} += ${src.url} (${record.key}${differs ? ', noted' : ''})`)
    return
  }
  const before = `${link.relation} ${link.year ?? '–'} ${link.source.url ?? link.source.locator ?? link.source.ref}`
  addSee(link, link.source)
  link.relation = record.relation
  link.relationNote = textOf(record.relationWords, link.relationNote ?? { ja: '', en: '' })
  link.year = record.startYear ?? link.year
  if (record.date && link.year !== null && record.date.startsWith(String(link.year))) link.date = record.date
  else delete link.date
  link.confidence = record.confidence
  link.source = src
  link.see = link.see?.filter((s) => !(s.ref === src.ref && s.url === src.url))
  if (link.see?.length === 0) delete link.see
  for (const f of record.fields) if (!link.fields.includes(f)) link.fields.push(f)
  // The base note spoke of the base source: the material's note replaces it, unless the overrides
  // say what the note becomes.
  delete link.note
  if (link.id in LINK_NOTES) {
    const n = LINK_NOTES[link.id]
    if (n) link.note = n
  } else if (record.note) appendNote(link, record.note)
  log.push(`~ link ${link.id}: ${before} → ${link.relation} ${link.year ?? '–'} ${src.url} (${record.key})`)
}

function appendNote(link: Link, text: Text): void {
  link.note = link.note
    ? { ja: `${link.note.ja} ${text.ja.trim()}`, en: `${link.note.en} ${text.en.trim()}` }
    : { ja: text.ja.trim(), en: text.en.trim() }
}

function schemeOf(record: MaterialRecord): string | null {
  const w = record.window ?? ''
  const explicit = SCHEME_OF[record.key]
  if (explicit !== undefined) return explicit
  switch (record.series) {
    case 'jica-grassroots':
      return /特別枠/.test(w) ? 'jica-grassroots-regional' : 'jica-grassroots'
    case 'moe-city-to-city':
      return 'moe-city-to-city'
    case 'clair-model':
      return 'clair-model'
    case 'jica-technical':
      if (/無償/.test(w)) return 'jica-grant-aid'
      if (/技術協力プロジェクト/.test(w)) return 'jica-technical-cooperation'
      return null
    default:
      return null
  }
}

function projectTitle(record: MaterialRecord, jp: Place[], asean: Place[]): Text {
  if (record.title) return { ja: record.title.ja.trim(), en: record.title.en.trim() }
  // A record with no published title (a city-to-city pair) is named by its programme and parties.
  const names = (ps: Place[], lang: 'ja' | 'en') =>
    ps.map((p) => p.name[lang]).join(lang === 'ja' ? '・' : ', ')
  return {
    ja: `${record.relationWords.ja}（${names(jp, 'ja')}–${names(asean, 'ja')}）`,
    en: `${record.relationWords.en} (${names(jp, 'en')} – ${names(asean, 'en')})`,
  }
}

function noteOf(record: MaterialRecord): Text | undefined {
  const parts: Text[] = []
  if (record.window) parts.push({ ja: `実施形態：${record.window}`, en: `Window: ${record.window}` })
  if (record.note) parts.push(record.note)
  const extra = PROJECT_NOTES[record.key]
  if (extra) parts.push(extra)
  if (parts.length === 0) return undefined
  return { ja: parts.map((p) => p.ja.trim()).join(' '), en: parts.map((p) => p.en.trim()).join(' ') }
}

const records = readMaterial()
// Ties first, so that a project on a pair that also has a tie hangs on the tie's link.
records.sort((a, b) => Number(a.relation === 'project') - Number(b.relation === 'project'))

for (const record of records) {
  const jps = record.jp.map(jpPlace)
  const aseans = record.asean.map((a) => aseanPlace(a, record)).filter((p): p is Place => p !== null)
  if (jps.length === 0) throw new Error(`${record.key}: no Japanese party`)
  if (aseans.length === 0) {
    log.push(`- ${record.key}: no ASEAN place can be drawn (UNPLACED); left out`)
    continue
  }
  const recordLinks: Link[] = []
  for (const jp of jps)
    for (const asean of aseans) {
      const isNew = !linkByPair.has(`${jp.id}|${asean.id}`)
      const link = linkFor(jp, asean, record)
      recordLinks.push(link)
      if (record.relation !== 'project') applyTie(link, record, isNew)
      else if (!isNew) {
        for (const f of record.fields) if (!link.fields.includes(f)) link.fields.push(f)
        if (link.relation === 'project' && link.confidence === 'low' && record.confidence === 'high') {
          addSee(link, link.source)
          link.source = ref(record.page)
          link.confidence = 'high'
        }
      }
    }
  const superseded = SUPERSEDES[record.key]
  if (superseded) {
    const old = links.findIndex((l) => l.id === superseded.link)
    const replacement = recordLinks[0]
    const oldLink = links[old]
    if (old < 0 || !oldLink || !replacement)
      throw new Error(`SUPERSEDES ${record.key}: no link ${superseded.link}`)
    links.splice(old, 1)
    linkByPair.delete(`${oldLink.jp}|${oldLink.asean}`)
    linkIds.delete(oldLink.id)
    addSee(replacement, oldLink.source)
    appendNote(replacement, superseded.why)
    // The replacement keeps the old id, so shared links and stories that name it still find it.
    linkIds.delete(replacement.id)
    replacement.id = oldLink.id
    linkIds.add(oldLink.id)
    log.push(`x link ${oldLink.id} superseded by ${replacement.id} (${record.key})`)
  }
  if (record.relation !== 'project') continue

  const same = SAME_PROJECT[record.key]
  const src = ref(record.page)
  if (same) {
    const hand = projectById.get(same.project)
    if (!hand) throw new Error(`SAME_PROJECT ${record.key}: no project ${same.project}`)
    // The programme's own page becomes the source; the report (or earlier source) stays in `see`.
    // A secondary page only joins `see`.
    if (record.confidence === 'high') {
      addSee(hand, hand.source)
      hand.source = src
    } else addSee(hand, src)
    if (same.links === 'material') hand.links = recordLinks.map((l) => l.id)
    if (same.scheme !== undefined) hand.scheme = same.scheme
    if (same.years) {
      hand.startYear = record.startYear ?? hand.startYear
      hand.endYear = record.endYear ?? hand.endYear
    }
    if (same.note) hand.note = same.note
    for (const p of record.alsoPages ?? []) addSee(hand, ref(p))
    log.push(`= project ${hand.id} ← ${record.key}`)
    continue
  }
  let id = record.key
  if (projectById.has(id)) id = `${id}-2`
  const project: Project = {
    id,
    links: recordLinks.map((l) => l.id),
    title: projectTitle(record, jps, aseans),
    field: record.fields[0] as FieldId,
    scheme: schemeOf(record),
    startYear: record.startYear,
    endYear: record.endYear ?? null,
    jpOrgs: [
      ...record.jp.map((j) => ({ ja: j.name, en: j.en })),
      ...(record.jpOrgs ?? []).map((o) => textOf(o, o)),
    ],
    partnerOrgs: (record.partnerOrgs ?? []).map((o) => textOf(o, o)),
    summary: record.summary ? textOf(record.summary, record.summary) : projectTitle(record, jps, aseans),
    outcomes: [],
    ...(noteOf(record) ? { note: noteOf(record) } : {}),
    source: src,
  }
  for (const p of record.alsoPages ?? []) addSee(project, ref(p))
  projects.push(project)
  projectById.set(id, project)
}

for (const [id, fix] of Object.entries(HAND_FIXES)) {
  const p = projectById.get(id)
  if (!p) throw new Error(`HAND_FIXES: no project ${id}`)
  if (fix.scheme) p.scheme = fix.scheme
  if (fix.see) addSee(p, fix.see)
  p.note = fix.note
}
for (const [id, note] of Object.entries(LINK_EXTRA_NOTES)) {
  const l = links.find((x) => x.id === id)
  if (!l) throw new Error(`LINK_EXTRA_NOTES: no link ${id}`)
  appendNote(l, note)
}

// A tie's confidence follows its source: a tie whose best page is news, a blog, Wikipedia or a
// mirror is lower-confidence, whatever its row said before (the report and the parties' own pages are
// high). A project link keeps its record's confidence: a JICA page that does not name the local
// government leaves the attribution to a secondary page.
for (const link of links) {
  if (link.relation === 'project') continue
  const high = PRIMARY_FAMILIES.has(link.source.ref) || link.source.ref === 'clair-report'
  const confidence = high ? 'high' : 'low'
  if (link.confidence !== confidence) log.push(`  confidence ${link.id}: ${link.confidence} → ${confidence}`)
  link.confidence = confidence
}

// A project-only link's year is its earliest project's first year.
const projectsByLink = new Map<string, Project[]>()
for (const p of projects)
  for (const l of p.links) projectsByLink.set(l, [...(projectsByLink.get(l) ?? []), p])
for (const link of links) {
  if (link.relation !== 'project') continue
  const starts = (projectsByLink.get(link.id) ?? []).flatMap((p) =>
    p.startYear === null ? [] : [p.startYear],
  )
  if (starts.length && (link.year === null || Math.min(...starts) < link.year)) {
    link.year = Math.min(...starts)
    if (link.date && !link.date.startsWith(String(link.year))) delete link.date
  }
}

// Places redrawn since the ties were made (Viet Nam 2025, Papua 2022).
for (const [id, today] of Object.entries(PLACE_TODAY)) {
  const p = placeById.get(id)
  if (!p) throw new Error(`PLACE_TODAY: no place ${id}`)
  p.today = today
}

// ---------------------------------------------------------------------------------------------
// Checks and output

const linkById = new Map(links.map((l) => [l.id, l]))
for (const p of projects)
  for (const l of p.links) if (!linkById.has(l)) throw new Error(`${p.id}: no link ${l}`)
// Every link now used by a project or a tie; drop project links that lost every project.
const kept = links.filter((l) => {
  if (l.relation !== 'project' || (projectsByLink.get(l.id) ?? []).length > 0) return true
  log.push(`- link ${l.id}: a project link with no project`)
  return false
})
const used = new Set(kept.flatMap((l) => [l.jp, l.asean]))
const keptPlaces = places.filter((p) => {
  if (used.has(p.id)) return true
  log.push(`- place ${p.id}: used by no link`)
  return false
})

keptPlaces.sort((a, b) => {
  if (a.country === 'JPN' && b.country === 'JPN') return (a.lgcode ?? '').localeCompare(b.lgcode ?? '')
  if (a.country === 'JPN') return -1
  if (b.country === 'JPN') return 1
  return a.country.localeCompare(b.country) || a.id.localeCompare(b.id)
})

// The coverage table's series, with the totals the programmes publish.
const allTotals = materialFiles().flatMap((m) => m.totals)
function asOfDate(text: string): string {
  const m = /(\d{4})(-\d{2})?(-\d{2})?/.exec(text)
  if (!m) throw new Error(`no date in '${text}'`)
  return m[0]
}
const series: Series[] = SERIES.map((spec) => ({
  id: spec.id,
  name: spec.name,
  published: spec.totals.map((pick): PublishedTotal => {
    if ('report' in pick)
      return {
        what: pick.what,
        value: pick.value,
        asOf: pick.asOf,
        source: { ref: 'clair-report', locator: pick.report },
      }
    const total = allTotals.find((x) => x.page.url === pick.url && x.value === pick.value)
    if (!total) throw new Error(`SERIES ${spec.id}: no total ${pick.value} on ${pick.url}`)
    return { what: total.what, value: total.value, asOf: asOfDate(total.asOf), source: ref(total.page) }
  }),
  note: spec.note,
}))
const schemes = readDataJson<SchemesFile>('schemes.json')
writeDataJson('schemes.json', { schemes: schemes.schemes, series })

writeDataJson('places.json', { places: keptPlaces })
writeDataJson('links.json', { links: kept })
writeDataJson('projects.json', { projects })
if (process.argv.includes('--log')) console.log(log.join('\n'))
console.log(
  `register: ${keptPlaces.length} places, ${kept.length} links, ${projects.length} projects from ${records.length} material records`,
)
