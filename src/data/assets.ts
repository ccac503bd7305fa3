import { queryOptions } from '@tanstack/react-query'
import type { StyleSpecification } from 'maplibre-gl'

/** Static assets built by scripts/build-assets.mjs and served from the app's own origin. */
async function fetchJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  const res = await fetch(`${import.meta.env.BASE_URL}${path}`, { signal })
  if (!res.ok) throw new Error(`${path}: the server answered ${res.status}`)
  try {
    return (await res.json()) as T
  } catch (e) {
    throw new Error(`${path}: not valid JSON (${e instanceof Error ? e.message : String(e)})`)
  }
}

type FontFaces = NonNullable<StyleSpecification['font-faces']>

export const fontFacesQuery = queryOptions({
  queryKey: ['asset', 'fonts/font-faces.json'],
  queryFn: async ({ signal }) => {
    const faces = await fetchJson<Record<string, { url: string; 'unicode-range': string[] }[]>>(
      'fonts/font-faces.json',
      signal,
    )
    // Absolute same-origin URLs, whatever the page's path.
    const base = new URL(import.meta.env.BASE_URL, window.location.href)
    const out: FontFaces = {}
    for (const [name, files] of Object.entries(faces)) {
      out[name] = files.map((f) => ({ ...f, url: new URL(f.url, base).href }))
    }
    return out
  },
  staleTime: Number.POSITIVE_INFINITY,
})

export const countriesGeoQuery = queryOptions({
  queryKey: ['asset', 'geo/countries.geojson'],
  queryFn: ({ signal }) => fetchJson<GeoJSON.FeatureCollection>('geo/countries.geojson', signal),
  staleTime: Number.POSITIVE_INFINITY,
})

export const countryLabelsQuery = queryOptions({
  queryKey: ['asset', 'geo/country-labels.geojson'],
  queryFn: ({ signal }) => fetchJson<GeoJSON.FeatureCollection>('geo/country-labels.geojson', signal),
  staleTime: Number.POSITIVE_INFINITY,
})
