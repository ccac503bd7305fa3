import type { Link, Place } from './schema'
import type { Country, Project } from './schema-files'

/**
 * The loaded places, links and projects with their indexes, built once per loaded dataset (with the
 * user's imported records, see use-dataset.ts). Pure: the functions that read it are in domain/.
 */
export interface Network {
  countries: Country[]
  places: Place[]
  links: Link[]
  projects: Project[]
  countryByIso3: Map<string, Country>
  placeById: Map<string, Place>
  linkById: Map<string, Link>
  projectById: Map<string, Project>
  projectsByLink: Map<string, Project[]>
  linksByPlace: Map<string, Link[]>
  /** The ASEAN country of each link (its ASEAN side). */
  countryOfLink: Map<string, string>
}

export function buildNetwork(
  countries: Country[],
  places: Place[],
  links: Link[],
  projects: Project[],
): Network {
  const placeById = new Map(places.map((p) => [p.id, p]))
  const projectsByLink = new Map<string, Project[]>()
  for (const project of projects) {
    for (const linkId of project.links) {
      const list = projectsByLink.get(linkId)
      if (list) list.push(project)
      else projectsByLink.set(linkId, [project])
    }
  }
  const linksByPlace = new Map<string, Link[]>()
  const countryOfLink = new Map<string, string>()
  for (const link of links) {
    for (const end of [link.jp, link.asean]) {
      const list = linksByPlace.get(end)
      if (list) list.push(link)
      else linksByPlace.set(end, [link])
    }
    const asean = placeById.get(link.asean)
    if (asean) countryOfLink.set(link.id, asean.country)
  }
  return {
    countries,
    places,
    links,
    projects,
    countryByIso3: new Map(countries.map((c) => [c.iso3, c])),
    placeById,
    linkById: new Map(links.map((l) => [l.id, l])),
    projectById: new Map(projects.map((p) => [p.id, p])),
    projectsByLink,
    linksByPlace,
    countryOfLink,
  }
}
