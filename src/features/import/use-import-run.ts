import { useQuery } from '@tanstack/react-query'
import { useEffect, useRef, useState } from 'react'
import { useImportedStore, whenSaved } from '@/data/imported-store'
import { dataUrl } from '@/data/load'
import type { Link } from '@/data/schema'
import { countriesQuery, placesQuery, useNetwork } from '@/data/use-dataset'
import en from '@/i18n/en.json'
import ja from '@/i18n/ja.json'
import { whenMapDrawn } from '@/shared/map-instance'
import {
  buildPlaceIndexInSteps,
  GAZETTEER_FILE,
  type GazetteerFile,
  loadGazetteer,
  type PlaceIndex,
} from './gazetteer'
import type { ImportSummary } from './import-types'
import { isJsonFile, type ReadProgress, readCsv, readJson } from './read-file'
import { RowValidator } from './validate-rows'
import { buildVocabulary } from './vocabulary'

let gazetteerPromise: Promise<GazetteerFile> | null = null
function gazetteer(): Promise<GazetteerFile> {
  gazetteerPromise ??= loadGazetteer(dataUrl(GAZETTEER_FILE)).catch((e) => {
    gazetteerPromise = null
    throw e
  })
  return gazetteerPromise
}

/** The index of the last import, reused while the dataset's places are the same. */
let lastIndex: { places: unknown; index: PlaceIndex } | null = null

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0))
/** Resolves after the browser has painted (two frames), so a status is on screen before heavy work. */
const painted = () =>
  new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())))

const vocabulary = buildVocabulary({
  relations: [en.relations, ja.relations],
  fields: [en.fields, ja.fields],
})

export type Phase =
  | { kind: 'idle' }
  | { kind: 'reading'; progress: ReadProgress | null }
  | { kind: 'saving' }
  | { kind: 'done'; file: string; summary: ImportSummary; notSaved: boolean }
  | { kind: 'failed'; key: string; reason: string }

/**
 * Reading a file into the user's records: its phase, and whether the map is still drawing the rows
 * of the last import (`drawing`: from the store update until the panels have them and the map has
 * drawn them).
 */
export function useImportRun() {
  const countries = useQuery(countriesQuery).data
  const datasetPlaces = useQuery(placesQuery).data
  const { network, imports } = useNetwork()
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' })
  /** The imported links the map is being given, until it has drawn them. */
  const [drawingFor, setDrawingFor] = useState<readonly Link[] | null>(null)
  const runs = useRef(0)
  const busy = phase.kind === 'reading' || phase.kind === 'saving'

  // The panels take the rows in a render of their own (see useNetwork) and the map its data in that
  // commit's effects; the map has drawn them at its next idle after that.
  const panelsHaveThem = drawingFor !== null && (!network || imports.links === drawingFor)
  useEffect(() => {
    if (!panelsHaveThem) return
    let live = true
    void whenMapDrawn().then(() => {
      if (live) setDrawingFor(null)
    })
    return () => {
      live = false
    }
  }, [panelsHaveThem])

  const run = async (file: File) => {
    if (busy) return
    const id = ++runs.current
    setDrawingFor(null)
    setPhase({ kind: 'reading', progress: null })
    let g: GazetteerFile
    try {
      g = await gazetteer()
    } catch (e) {
      setPhase({ kind: 'failed', key: 'import.result.gazetteerFailed', reason: String(e) })
      return
    }
    const places = datasetPlaces?.places ?? []
    if (lastIndex?.places !== places) {
      lastIndex = { places, index: await buildPlaceIndexInSteps(g, places, nextTask) }
    }
    const ctx = {
      index: lastIndex.index,
      countries: countries?.countries ?? [],
      vocabulary,
      fileName: file.name,
    }
    const make = (header: string[]) => new RowValidator(header, ctx)
    const onProgress = (progress: ReadProgress) => setPhase({ kind: 'reading', progress })
    try {
      const summary = await (isJsonFile(file) ? readJson : readCsv)(file, make, onProgress)
      let notSaved = false
      // A file with no usable row leaves the current import as it was.
      if (summary.okRows > 0) {
        // Every panel and the map redraw with the new rows: say so first, until the map has them.
        setPhase({ kind: 'saving' })
        await painted()
        const store = useImportedStore.getState()
        store.setImported({ ...summary.records, fileName: file.name })
        if (runs.current === id) setDrawingFor(useImportedStore.getState().links)
        // The rows are written to this browser's storage when the browser is idle, after the panels.
        notSaved = !(await whenSaved())
      }
      setPhase({ kind: 'done', file: file.name, summary, notSaved })
    } catch (e) {
      const notArray = e instanceof Error && e.message === 'not-array'
      setDrawingFor(null)
      setPhase({
        kind: 'failed',
        key: notArray ? 'import.result.notArray' : 'import.result.failed',
        reason: e instanceof Error ? e.message : String(e),
      })
    }
  }

  const reset = () => {
    setDrawingFor(null)
    setPhase({ kind: 'idle' })
  }
  return { phase, busy, drawing: drawingFor !== null, run, reset }
}
