import { useQuery } from '@tanstack/react-query'
import { useEffect, useRef, useState } from 'react'
import { useImportedStore, whenSaved } from '@/data/imported-store'
import { dataUrl } from '@/data/load'
import type { Link } from '@/data/schema'
import { countriesQuery, placesQuery, useNetwork } from '@/data/use-dataset'
import { whenMapDrawn } from '@/shared/map-instance'
import { GAZETTEER_FILE } from './gazetteer'
import { fixInWorker, importInWorker } from './import-client'
import type { ImportSummary } from './import-types'
import { withFixedRecords, withFixedRow } from './merge-fix'
import { isJsonName, type ReadProgress } from './read-file'
import type { RowEdits } from './validate-rows'

/** Resolves after the browser has painted (two frames), so a status is on screen before heavy work. */
const painted = () =>
  new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())))

export type Phase =
  | { kind: 'idle' }
  | { kind: 'reading'; progress: ReadProgress | null }
  | { kind: 'saving' }
  | {
      kind: 'done'
      file: string
      summary: ImportSummary
      notSaved: boolean
      /** Whether the records on the map are this file's (a file with no usable row leaves the last import). */
      applied: boolean
    }
  | { kind: 'failed'; key: string; values: Record<string, string | number> }

/**
 * Reading a file into the user's records: its phase, and whether the map is still drawing the rows
 * of the last import (`drawing`: from the store update until the panels have them and the map has
 * drawn them). The file is read and checked in a worker (import-worker.ts); this thread only shows
 * progress and takes the records in.
 */
export function useImportRun() {
  const countries = useQuery(countriesQuery).data
  const datasetPlaces = useQuery(placesQuery).data
  const { network, imports } = useNetwork()
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' })
  /** The imported links the map is being given, until it has drawn them. */
  const [drawingFor, setDrawingFor] = useState<readonly Link[] | null>(null)
  const runs = useRef(0)
  /** The phase as last rendered, for fixes that finish after others. */
  const latest = useRef(phase)
  latest.current = phase
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

  /**
   * Puts records in the store (the map and panels redraw) and waits for this browser's storage. A
   * new file says so first ('saving'), until the map has them; a fixed row keeps the result on screen.
   */
  const apply = async (
    records: ImportSummary['records'],
    fileName: string,
    id: number,
    saying: boolean,
  ): Promise<boolean> => {
    if (saying) setPhase({ kind: 'saving' })
    await painted()
    useImportedStore.getState().setImported({ ...records, fileName })
    if (runs.current === id) setDrawingFor(useImportedStore.getState().links)
    // The rows are written to this browser's storage when the browser is idle, after the panels.
    return whenSaved()
  }

  const run = async (file: File) => {
    if (busy) return
    const id = ++runs.current
    setDrawingFor(null)
    setPhase({ kind: 'reading', progress: null })
    const outcome = await importInWorker(
      file,
      isJsonName(file.name, file.type),
      {
        places: datasetPlaces?.places ?? [],
        countries: countries?.countries ?? [],
        gazetteerUrl: new URL(dataUrl(GAZETTEER_FILE), document.baseURI).href,
      },
      (progress) => {
        if (runs.current === id) setPhase({ kind: 'reading', progress })
      },
    )
    if (runs.current !== id) return
    if (!outcome.ok) {
      const { key, line, detail } = { line: undefined, detail: undefined, ...outcome.failure }
      setPhase({
        kind: 'failed',
        key: `import.read.${key}`,
        values: { line: line ?? '', detail: detail ?? '' },
      })
      return
    }
    const { summary } = outcome
    // A file with no usable row leaves the current import as it was.
    const applied = summary.okRows > 0
    const saved = applied ? await apply(summary.records, file.name, id, true) : true
    setPhase({ kind: 'done', file: file.name, summary, notSaved: !saved, applied })
  }

  /** Row `row` of the last file checked again with the cells the person chose; true when it is now imported. */
  const fix = async (row: number, edits: RowEdits): Promise<boolean> => {
    if (latest.current.kind !== 'done') return false
    const id = runs.current
    const outcome = await fixInWorker(row, edits)
    const before = latest.current
    if (!outcome.ok || runs.current !== id || before.kind !== 'done') return false
    const fixed = outcome.summary
    const summary = withFixedRow(before.summary, row, fixed)
    let { notSaved, applied } = before
    if (fixed.okRows > 0) {
      const store = useImportedStore.getState()
      const records = applied ? withFixedRecords(store, fixed.records) : fixed.records
      notSaved = !(await apply(records, before.file, id, false))
      applied = true
    }
    if (runs.current === id) setPhase({ kind: 'done', file: before.file, summary, notSaved, applied })
    return fixed.okRows > 0
  }

  const reset = () => {
    setDrawingFor(null)
    setPhase({ kind: 'idle' })
  }
  return { phase, busy, drawing: drawingFor !== null, run, fix, reset }
}
