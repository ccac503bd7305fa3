import type * as maplibregl from 'maplibre-gl'
import { describe, expect, it, vi } from 'vitest'
import { dataArriving } from '@/shared/map-instance'
import { FEATURES_PER_MESSAGE, setSourceData } from './map-setup'

// The page's map is faked: only its sources are, and what setSourceData tells it (dataArriving) is watched.
vi.mock('@/shared/map-instance', () => ({
  createMap: vi.fn(),
  existingMap: vi.fn(),
  HOME_BOUNDS: [90, -11.5, 150, 46],
  dataArriving: vi.fn(),
}))

type Sent = { kind: 'set' | 'add'; ids: string[] }

/** A map with one GeoJSON source that records what it is sent, as MapLibre's worker would get it. */
function fakeMap() {
  const sent: Sent[] = []
  const ids = (features: GeoJSON.Feature[]) => features.map((f) => String(f.properties?.id))
  const source = {
    setData: async (data: GeoJSON.FeatureCollection) => {
      sent.push({ kind: 'set', ids: ids(data.features) })
    },
    updateData: async (diff: { add: GeoJSON.Feature[] }) => {
      sent.push({ kind: 'add', ids: ids(diff.add) })
    },
  }
  const map = { getSource: () => source } as unknown as maplibregl.Map
  return { map, sent }
}

function collection(n: number, prefix = 'l'): GeoJSON.FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: Array.from({ length: n }, (_, i) => ({
      type: 'Feature',
      properties: { id: `${prefix}${i}` },
      geometry: { type: 'Point', coordinates: [0, 0] },
    })),
  }
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 20))

describe('setSourceData', () => {
  it('sends a small collection in one message, and nothing for the data the source holds', () => {
    const { map, sent } = fakeMap()
    const data = collection(3)
    expect(setSourceData(map, 'links', data, () => data)).toBe(true)
    expect(setSourceData(map, 'links', data, () => data)).toBe(false)
    expect(sent).toEqual([{ kind: 'set', ids: ['l0', 'l1', 'l2'] }])
  })

  it('sends a large one in parts: the first replaces the data, the others add to it, every feature once', async () => {
    const { map, sent } = fakeMap()
    const n = FEATURES_PER_MESSAGE * 2 + 7
    const data = collection(n)
    setSourceData(map, 'links', data, () => data)
    expect(sent).toHaveLength(1)
    // whenMapDrawn waits for the parts, not for an idle between two of them.
    expect(dataArriving).toHaveBeenCalledTimes(1)
    await settle()
    expect(sent.map((s) => [s.kind, s.ids.length])).toEqual([
      ['set', FEATURES_PER_MESSAGE],
      ['add', FEATURES_PER_MESSAGE],
      ['add', 7],
    ])
    expect(sent.flatMap((s) => s.ids)).toEqual(data.features.map((f) => f.properties?.id))
  })

  it("builds data said to be large in a task of its own, not in the caller's", async () => {
    const { map, sent } = fakeMap()
    const data = collection(FEATURES_PER_MESSAGE + 1)
    const build = vi.fn(() => data)
    expect(setSourceData(map, 'links', data, build, data.features.length)).toBe(true)
    expect(build).not.toHaveBeenCalled()
    expect(sent).toEqual([])
    await settle()
    expect(build).toHaveBeenCalledTimes(1)
    expect(sent.flatMap((s) => s.ids)).toEqual(data.features.map((f) => f.properties?.id))
  })

  it('never builds large data that newer data replaced before its task came', async () => {
    const { map, sent } = fakeMap()
    const old = collection(FEATURES_PER_MESSAGE * 2, 'old')
    const build = vi.fn(() => old)
    setSourceData(map, 'links', old, build, old.features.length)
    const next = collection(2, 'new')
    setSourceData(map, 'links', next, () => next)
    await settle()
    expect(build).not.toHaveBeenCalled()
    expect(sent).toEqual([{ kind: 'set', ids: ['new0', 'new1'] }])
  })

  it('stops sending the parts of data that newer data replaced', async () => {
    const { map, sent } = fakeMap()
    const old = collection(FEATURES_PER_MESSAGE * 3, 'old')
    const next = collection(2, 'new')
    setSourceData(map, 'links', old, () => old)
    setSourceData(map, 'links', next, () => next)
    await settle()
    expect(sent.filter((s) => s.kind === 'add')).toEqual([])
    expect(sent.at(-1)).toEqual({ kind: 'set', ids: ['new0', 'new1'] })
  })
})
