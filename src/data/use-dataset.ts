import { useQuery } from '@tanstack/react-query'
import { buildNetwork, type Network } from '../domain/network'
import { type ImportedRecords, useImportedStore } from './imported-store'
import { dataFileQuery } from './load'
import type {
  CountriesFile,
  EventsFile,
  IndicatorsFile,
  LinksFile,
  OdaFile,
  PlacesFile,
  ProjectsFile,
  SchemesFile,
  SourcesFile,
} from './schema'

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

// The network is built once per loaded set of files (and imported records) and shared by every caller.
const networkCache = new WeakMap<object, { key: unknown[]; network: Network }>()
function networkOf(
  countries: CountriesFile,
  places: PlacesFile,
  links: LinksFile,
  projects: ProjectsFile,
  imported: ImportedRecords,
): Network {
  const key = [countries, places, projects, imported.places, imported.links, imported.projects]
  const cached = networkCache.get(links)
  if (cached?.key.every((k, i) => k === key[i])) return cached.network
  const network = buildNetwork(
    countries.countries,
    imported.places.length ? [...places.places, ...imported.places] : places.places,
    imported.links.length ? [...links.links, ...imported.links] : links.links,
    imported.projects.length ? [...projects.projects, ...imported.projects] : projects.projects,
  )
  networkCache.set(links, { key, network })
  return network
}

const NO_PROJECTS: ProjectsFile = { projects: [] }

const selectImportedPlaces = (s: ImportedRecords) => s.places
const selectImportedLinks = (s: ImportedRecords) => s.links
const selectImportedProjects = (s: ImportedRecords) => s.projects

/**
 * Places, links and projects with their indexes, the user's imported records included;
 * undefined until all four files are loaded.
 */
export function useNetwork(): { network: Network | undefined; error: Error | null; isPending: boolean } {
  const countries = useQuery(countriesQuery)
  const places = useQuery(placesQuery)
  const links = useQuery(linksQuery)
  const projects = useQuery(projectsQuery)
  const importedPlaces = useImportedStore(selectImportedPlaces)
  const importedLinks = useImportedStore(selectImportedLinks)
  const importedProjects = useImportedStore(selectImportedProjects)
  // Without projects.json the links still stand on their own: show them, with no project details.
  const projectsFile = projects.data ?? (projects.error ? NO_PROJECTS : undefined)
  const error = countries.error ?? places.error ?? links.error ?? null
  const network =
    countries.data && places.data && links.data && projectsFile
      ? networkOf(countries.data, places.data, links.data, projectsFile, {
          places: importedPlaces,
          links: importedLinks,
          projects: importedProjects,
          fileName: null,
        })
      : undefined
  return { network, error, isPending: !network && !error }
}
