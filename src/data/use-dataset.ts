import { useQuery } from '@tanstack/react-query'
import { buildNetwork, type Network } from '../domain/network'
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

export const useCountries = () => useQuery(countriesQuery)
export const useIndicators = () => useQuery(indicatorsQuery)
export const useOda = () => useQuery(odaQuery)
export const useSchemes = () => useQuery(schemesQuery)
export const useEvents = () => useQuery(eventsQuery)
export const useSources = () => useQuery(sourcesQuery)

// The network is built once per loaded set of files and shared by every caller.
const networkCache = new WeakMap<object, Network>()
function networkOf(countries: CountriesFile, places: PlacesFile, links: LinksFile, projects: ProjectsFile) {
  // Keyed on the links file (the largest); the others are checked for identity.
  const cached = networkCache.get(links)
  if (
    cached &&
    cached.countries === countries.countries &&
    cached.places === places.places &&
    cached.projects === projects.projects
  )
    return cached
  const network = buildNetwork(countries.countries, places.places, links.links, projects.projects)
  networkCache.set(links, network)
  return network
}

/** Places, links and projects with their indexes; undefined until all four files are loaded. */
export function useNetwork(): { network: Network | undefined; error: Error | null; isPending: boolean } {
  const countries = useQuery(countriesQuery)
  const places = useQuery(placesQuery)
  const links = useQuery(linksQuery)
  const projects = useQuery(projectsQuery)
  const error = countries.error ?? places.error ?? links.error ?? projects.error ?? null
  const network =
    countries.data && places.data && links.data && projects.data
      ? networkOf(countries.data, places.data, links.data, projects.data)
      : undefined
  return { network, error, isPending: !network && !error }
}
