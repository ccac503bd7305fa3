import { type QueryClient, useQuery } from '@tanstack/react-query'
import { createContext, createElement, type ReactNode, useContext, useDeferredValue, useMemo } from 'react'
import { type ImportedRecords, useImportedStore } from './imported-store'
import { dataFileQuery } from './load'
import { buildNetwork, type Network } from './network'
import { keepApart } from './origin'
import type { IndicatorsFile, Link, LinksFile, OdaFile, Place, PlacesFile } from './schema'
import type {
  CountriesFile,
  EventsFile,
  Project,
  ProjectsFile,
  SchemesFile,
  SourcesFile,
} from './schema-files'

export const countriesQuery = dataFileQuery<CountriesFile>('countries.json')
export const indicatorsQuery = dataFileQuery<IndicatorsFile>('indicators.json')
export const odaQuery = dataFileQuery<OdaFile>('oda.json')
export const placesQuery = dataFileQuery<PlacesFile>('places.json')
export const linksQuery = dataFileQuery<LinksFile>('links.json')
export const projectsQuery = dataFileQuery<ProjectsFile>('projects.json')
export const schemesQuery = dataFileQuery<SchemesFile>('schemes.json')
export const eventsQuery = dataFileQuery<EventsFile>('events.json')
export const sourcesQuery = dataFileQuery<SourcesFile>('sources.json')

/** Every data file: requested up front so a broken file is reported whatever the mode. */
export const ALL_DATA_QUERIES = [
  countriesQuery,
  indicatorsQuery,
  odaQuery,
  placesQuery,
  linksQuery,
  projectsQuery,
  schemesQuery,
  eventsQuery,
  sourcesQuery,
] as const

export const useCountries = () => useQuery(countriesQuery)
export const useIndicators = () => useQuery(indicatorsQuery)
export const useOda = () => useQuery(odaQuery)
export const useSchemes = () => useQuery(schemesQuery)
export const useEvents = () => useQuery(eventsQuery)
export const useSources = () => useQuery(sourcesQuery)

/** The imported records a network is built from (the imported store's own lists). */
export interface NetworkImports {
  places: Place[]
  links: Link[]
  projects: Project[]
}

const selectPlaces = (s: ImportedRecords) => s.places
const selectLinks = (s: ImportedRecords) => s.links
const selectProjects = (s: ImportedRecords) => s.projects

/**
 * The imported records the panels are drawn with. They follow the store as a deferred value: an
 * import or a removal first updates what reads the store itself (the import dialog, its header
 * button), then every panel and the map together in a later render that yields to the browser
 * between components, with the map's new data sent after that commit instead of inside it.
 */
function useNetworkImports(): NetworkImports {
  const places = useImportedStore(selectPlaces)
  const links = useImportedStore(selectLinks)
  const projects = useImportedStore(selectProjects)
  const records = useMemo(() => ({ places, links, projects }), [places, links, projects])
  return useDeferredValue(records)
}

// The network is built once per loaded set of files (and imported records) and shared by every
// caller. Two are kept: while a new import is being drawn, a panel that redraws for another reason
// still shows the previous one, and must not rebuild it.
const networkCache = new WeakMap<object, { key: unknown[]; network: Network }[]>()
function networkOf(
  countries: CountriesFile,
  places: PlacesFile,
  links: LinksFile,
  projects: ProjectsFile,
  imported: NetworkImports,
): Network {
  const key = [countries, places, projects, imported.places, imported.links, imported.projects]
  const cached = networkCache.get(links) ?? []
  const hit = cached.find((c) => c.key.every((k, i) => k === key[i]))
  if (hit) return hit.network
  // An import never replaces or shadows a curated record (see data/origin.ts).
  const own = keepApart(curatedIds(places, links, projects), imported)
  const network = buildNetwork(
    countries.countries,
    own.places.length ? [...places.places, ...own.places] : places.places,
    own.links.length ? [...links.links, ...own.links] : links.links,
    own.projects.length ? [...projects.projects, ...own.projects] : projects.projects,
  )
  networkCache.set(links, [{ key, network }, ...cached.slice(0, 1)])
  return network
}

const idsCache = new WeakMap<object, ReadonlySet<string>>()
function idsOf(file: object, records: readonly { id: string }[]): ReadonlySet<string> {
  let ids = idsCache.get(file)
  if (!ids) {
    ids = new Set(records.map((r) => r.id))
    idsCache.set(file, ids)
  }
  return ids
}

/** The curated dataset's ids, once per loaded file. */
function curatedIds(places: PlacesFile, links: LinksFile, projects: ProjectsFile) {
  return {
    placeIds: idsOf(places, places.places),
    linkIds: idsOf(links, links.links),
    projectIds: idsOf(projects, projects.projects),
  }
}

const NO_PROJECTS: ProjectsFile = { projects: [] }

/**
 * The network useNetwork() will return, built now from the files already in `client` (the same
 * object: see networkCache), or undefined while one of them is missing. For work that starts
 * before React's first render (the map, see early-map.ts).
 */
export function networkInCache(client: QueryClient): Network | undefined {
  const countries = client.getQueryData(countriesQuery.queryKey)
  const places = client.getQueryData(placesQuery.queryKey)
  const links = client.getQueryData(linksQuery.queryKey)
  const projects = client.getQueryData(projectsQuery.queryKey)
  const projectsFile =
    projects ?? (client.getQueryState(projectsQuery.queryKey)?.status === 'error' ? NO_PROJECTS : undefined)
  if (!countries || !places || !links || !projectsFile) return undefined
  return networkOf(countries, places, links, projectsFile, useImportedStore.getState())
}

/** What useNetwork returns. */
export interface NetworkState {
  network: Network | undefined
  imports: NetworkImports
  error: Error | null
  isPending: boolean
}

function useNetworkState(): NetworkState {
  const countries = useQuery(countriesQuery)
  const places = useQuery(placesQuery)
  const links = useQuery(linksQuery)
  const projects = useQuery(projectsQuery)
  const imported = useNetworkImports()
  // Without projects.json the links still stand on their own: show them, with no project details.
  const projectsFile = projects.data ?? (projects.error ? NO_PROJECTS : undefined)
  const error = countries.error ?? places.error ?? links.error ?? null
  const network =
    countries.data && places.data && links.data && projectsFile
      ? networkOf(countries.data, places.data, links.data, projectsFile, imported)
      : undefined
  const isPending = !network && !error
  return useMemo(
    () => ({ network, imports: imported, error, isPending }),
    [network, imported, error, isPending],
  )
}

const NetworkContext = createContext<NetworkState | null>(null)

/**
 * Reads the four files and the imported records once for the whole app: every panel that draws the
 * network re-renders on each filter change, and four queries each (an observer, its options and its
 * result compared on every render) were a measurable part of a change (see BENCHMARKS.md).
 */
export function NetworkProvider({ children }: { children: ReactNode }) {
  return createElement(NetworkContext.Provider, { value: useNetworkState() }, children)
}

/**
 * Places, links and projects with their indexes, the user's imported records included (`imports`:
 * the ones it was built with); undefined until all four files are loaded. Under NetworkProvider.
 */
export function useNetwork(): NetworkState {
  const state = useContext(NetworkContext)
  if (!state) throw new Error('useNetwork() is used outside NetworkProvider')
  return state
}
