import type { ExpressionSpecification, FilterSpecification } from 'maplibre-gl'
import type { Filters } from '@/state/defaults'

/**
 * The link filters as one MapLibre expression over properties that linksGeoJson writes once per
 * dataset (country, relation, confidence, mine, year, fieldsKey, schemesKey, pref). Its size depends on
 * the filters, not on the number of links, so a filter change never ships a list of ids to the
 * worker or rebuilds source data. It must select exactly the links filterLinks keeps (a unit test
 * checks this with MapLibre's own filter evaluator). null = no link filter.
 */
export function linkFilterExpression(filters: Filters): ExpressionSpecification | null {
  const parts: ExpressionSpecification[] = []
  if (filters.countries.length) parts.push(['in', ['get', 'country'], ['literal', [...filters.countries]]])
  if (filters.relations.length) parts.push(['in', ['get', 'relation'], ['literal', [...filters.relations]]])
  if (filters.confidence === 'high') parts.push(['==', ['get', 'confidence'], 'high'])
  if (filters.origin !== 'all') parts.push(['==', ['get', 'mine'], filters.origin === 'mine'])
  if (filters.fields.length)
    parts.push([
      'any',
      ...filters.fields.map((f): ExpressionSpecification => ['in', `,${f},`, ['get', 'fieldsKey']]),
    ])
  if (filters.schemes.length)
    parts.push([
      'any',
      ...filters.schemes.map((s): ExpressionSpecification => ['in', `,${s},`, ['get', 'schemesKey']]),
    ])
  if (filters.prefecture) parts.push(['==', ['get', 'pref'], filters.prefecture])
  if (filters.yearRange) {
    // Links without a year carry year 0, outside every range.
    parts.push(['>=', ['get', 'year'], filters.yearRange[0]])
    parts.push(['<=', ['get', 'year'], filters.yearRange[1]])
  }
  if (parts.length === 0) return null
  return parts.length === 1 ? (parts[0] as ExpressionSpecification) : ['all', ...parts]
}

/** A layer's own condition combined with the link filter. */
export function withLinkFilter(
  own: ExpressionSpecification | null,
  links: ExpressionSpecification | null,
): FilterSpecification | null {
  if (own && links) return ['all', own, links]
  return own ?? links
}

/** Places as a lookup on id (a match expression is a hash lookup in the worker, not a list scan). */
export function placeFilterExpression(placeIds: ReadonlySet<string> | null): FilterSpecification | null {
  if (placeIds === null) return null
  if (placeIds.size === 0) return ['boolean', false]
  return ['match', ['get', 'id'], [...placeIds], true, false]
}
