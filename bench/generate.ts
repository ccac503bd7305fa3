import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  CONFIDENCES,
  FIELD_IDS,
  type Link,
  type LinksFile,
  type Place,
  type PlacesFile,
  RELATIONS,
} from '@/data/schema'
import type { Project, ProjectsFile, SchemesFile } from '@/data/schema-files'

// Seeded synthetic datasets in the schema of data/, for the benchmark. Places are jittered copies
// of the real ones (same countries, prefectures and levels), links join random pairs (one per pair,
// every place used), projects hang on random links. Every other file is the real one.

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')
export const DATA_DIR = join(REPO_ROOT, 'data')

export interface Level {
  name: string
  label: string
  places: number
  links: number
  projects: number
  /** The embedded data as it is (data/), not a synthetic set: its counts are read from data/. */
  real?: true
}

/**
 * 'real' is the embedded data as it is, whatever data/ holds (the national register). 1× is the size
 * the embedded data had before the register (96 places, 65 links, 28 projects), kept so that runs stay
 * comparable over time. 100× has 100× those places and ≥ 20,000 links; 10× sits between. The stress
 * level has 100,000 links.
 */
export function realLevel(real: Record<string, unknown> = loadRealData()): Level {
  return {
    name: 'real',
    label: 'the embedded data (data/ as it is)',
    places: (real['places.json'] as PlacesFile).places.length,
    links: (real['links.json'] as LinksFile).links.length,
    projects: (real['projects.json'] as ProjectsFile).projects.length,
    real: true,
  }
}

export const LEVELS: Level[] = [
  realLevel(),
  { name: '1x', label: '1× (the embedded size before the register)', places: 96, links: 65, projects: 28 },
  { name: '10x', label: '10×', places: 960, links: 2_000, projects: 280 },
  { name: '100x', label: '100×', places: 9_600, links: 20_000, projects: 2_800 },
  { name: '100k', label: '100,000 links', places: 20_000, links: 100_000, projects: 10_000 },
]

/** mulberry32: small, fast, good enough for test data, and the same on every machine. */
export function rng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export function loadRealData(dir = DATA_DIR): Record<string, unknown> {
  const files: Record<string, unknown> = {}
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.json')))
    files[name] = JSON.parse(readFileSync(join(dir, name), 'utf8'))
  return files
}

const round4 = (x: number) => Math.round(x * 1e4) / 1e4
const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x))

export function generateDataset(
  level: Pick<Level, 'places' | 'links' | 'projects' | 'real'>,
  seed = 1,
  real: Record<string, unknown> = loadRealData(),
): Record<string, unknown> {
  if (level.real) return real
  const random = rng(seed)
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T
  const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1))

  const realPlaces = (real['places.json'] as PlacesFile).places
  const realLinks = (real['links.json'] as LinksFile).links
  const realProjects = (real['projects.json'] as ProjectsFile).projects
  const schemes = (real['schemes.json'] as SchemesFile).schemes.map((s) => s.id)
  const jpBase = realPlaces.filter((p) => p.country === 'JPN')
  const aseanBase = realPlaces.filter((p) => p.country !== 'JPN')

  const copies = (base: Place[], n: number, side: string): Place[] =>
    Array.from({ length: n }, (_, i) => {
      const b = base[i % base.length] as Place
      const place: Place = {
        id: `${side}-${i}`,
        name: { ja: `${b.name.ja}${i}`, en: `${b.name.en} ${i}` },
        country: b.country,
        level: b.level,
        lat: round4(clamp(b.lat + (random() - 0.5) * 0.8, -90, 90)),
        lon: round4(clamp(b.lon + (random() - 0.5) * 0.8, -180, 180)),
        source: b.source,
      }
      if (b.prefecture) place.prefecture = b.prefecture
      if (b.admin) place.admin = b.admin
      return place
    })
  const nJp = Math.max(1, Math.round((level.places * jpBase.length) / realPlaces.length))
  const jp = copies(jpBase, nJp, 'jp')
  const asean = copies(aseanBase, Math.max(1, level.places - nJp), 'as')

  const linkSources = [...new Set(realLinks.map((l) => l.source.ref))]
  const pairs = new Set<string>()
  const links: Link[] = []
  const addLink = (a: Place, b: Place) => {
    const key = `${a.id}|${b.id}`
    if (pairs.has(key)) return
    pairs.add(key)
    const fields = new Set<(typeof FIELD_IDS)[number]>()
    const nFields = int(1, 3)
    while (fields.size < nFields) fields.add(pick(FIELD_IDS))
    const year = random() < 0.85 ? int(1960, 2024) : null
    links.push({
      id: `l-${links.length}`,
      jp: a.id,
      asean: b.id,
      relation: pick(RELATIONS),
      year,
      fields: [...fields],
      confidence: random() < 0.85 ? 'high' : pick(CONFIDENCES),
      source: { ref: pick(linkSources) },
    })
  }
  // Every place is used at least once; then random pairs up to the wanted count.
  for (let i = 0; i < Math.max(jp.length, asean.length); i++)
    addLink(jp[i % jp.length] as Place, asean[i % asean.length] as Place)
  const maxPairs = jp.length * asean.length
  while (links.length < Math.min(level.links, maxPairs)) addLink(pick(jp), pick(asean))

  const projectSources = [...new Set(realProjects.map((p) => p.source.ref))]
  const projects: Project[] = Array.from({ length: level.projects }, (_, i) => {
    const startYear = int(1990, 2022)
    const linkIds = new Set([pick(links).id])
    if (random() < 0.2) linkIds.add(pick(links).id)
    return {
      id: `p-${i}`,
      links: [...linkIds],
      title: { ja: `事業${i}`, en: `Project ${i}` },
      field: pick(FIELD_IDS),
      scheme: random() < 0.7 ? pick(schemes) : null,
      startYear,
      endYear: random() < 0.5 ? null : startYear + int(0, 5),
      jpOrgs: [],
      partnerOrgs: [],
      summary: { ja: `合成データの事業${i}`, en: `Synthetic project ${i}` },
      outcomes: [],
      source: { ref: pick(projectSources) },
    }
  })

  return {
    ...real,
    'places.json': { places: [...jp, ...asean] },
    'links.json': { links },
    'projects.json': { projects },
  }
}

export function writeDataset(dir: string, files: Record<string, unknown>): void {
  mkdirSync(dir, { recursive: true })
  for (const [name, value] of Object.entries(files)) writeFileSync(join(dir, name), JSON.stringify(value))
}
