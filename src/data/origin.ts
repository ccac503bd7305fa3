// Whose a record is: the curated dataset's (data/*.json, each fact with its published source) or
// the user's own, imported from a file into this browser. The two are kept apart by construction:
// every imported record cites USER_IMPORT_REF and has an id in USER_ID_PREFIX's namespace, and an
// imported record never takes the place of a curated one (see keepApart).

/** The source ref every imported record carries: the UI says "your data (unverified)". */
export const USER_IMPORT_REF = 'user-import'

/** Every id an import makes starts with this (a curated id that did too would still win: see keepApart). */
export const USER_ID_PREFIX = 'user-'

export function isUserId(id: string): boolean {
  return id.startsWith(USER_ID_PREFIX)
}

/** Whether a link, project or place was brought in by the user (it cites their import). */
export function isUserRecord(record: { source: { ref: string } }): boolean {
  return record.source.ref === USER_IMPORT_REF
}

interface Records<P, L, Q> {
  places: readonly P[]
  links: readonly L[]
  projects: readonly Q[]
}

type Place = { id: string }
type Cited = { source: { ref: string } }
type Link = Cited & { id: string; jp: string; asean: string }
type Project = Cited & { id: string; links: readonly string[] }

/**
 * The imported records that may join the curated ones: each in the user's id namespace and not
 * already a curated id (so none replaces or shadows a curated record in an index by id), each link
 * between places that exist, each project on imported links only (none adds itself to a curated
 * link), each link and project citing the user's import. Whatever storage holds, edited by hand or
 * not, passes through here before it joins the network.
 */
export function keepApart<P extends Place, L extends Link, Q extends Project>(
  curated: { placeIds: ReadonlySet<string>; linkIds: ReadonlySet<string>; projectIds: ReadonlySet<string> },
  imported: Records<P, L, Q>,
): { places: P[]; links: L[]; projects: Q[] } {
  const places = imported.places.filter((p) => isUserId(p.id) && !curated.placeIds.has(p.id))
  const ownPlaces = new Set(places.map((p) => p.id))
  const placeExists = (id: string) => curated.placeIds.has(id) || ownPlaces.has(id)
  const links = imported.links.filter(
    (l) =>
      isUserRecord(l) &&
      isUserId(l.id) &&
      !curated.linkIds.has(l.id) &&
      placeExists(l.jp) &&
      placeExists(l.asean),
  )
  const ownLinks = new Set(links.map((l) => l.id))
  const projects = imported.projects.filter(
    (p) =>
      isUserRecord(p) &&
      isUserId(p.id) &&
      !curated.projectIds.has(p.id) &&
      p.links.length > 0 &&
      p.links.every((id) => ownLinks.has(id)),
  )
  return { places, links, projects }
}
