import { useQuery } from '@tanstack/react-query'
import type { TFunction } from 'i18next'
import { useId, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useImportedStore, whenSaved } from '@/data/imported-store'
import { dataUrl } from '@/data/load'
import { countriesQuery, placesQuery, whenPanelsShowImported } from '@/data/use-dataset'
import en from '@/i18n/en.json'
import { formatNumber } from '@/i18n/format'
import ja from '@/i18n/ja.json'
import { downloadCsv } from '@/shared/csv'
import { whenMapDrawn } from '@/shared/map-instance'
import { useLang } from '@/shared/use-lang'
import { COLUMNS, templateCsv } from './columns'
import { importedCsv, problemsCsv } from './export-csv'
import {
  buildPlaceIndexInSteps,
  GAZETTEER_FILE,
  type GazetteerFile,
  loadGazetteer,
  type PlaceIndex,
} from './gazetteer'
import { isJsonFile, type ReadProgress, readCsv, readJson } from './read-file'
import { UnreadableImports } from './unreadable-imports'
import { buildVocabulary, type ImportSummary, type RowProblem, RowValidator } from './validate-rows'

/** Problems drawn in the dialog; all of them are in the downloadable list. */
const SHOWN_PROBLEMS = 100

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

export function problemMessage(t: TFunction, p: RowProblem): string {
  const suggested = p.suggestion && (p.code === 'notFound' || p.code === 'country')
  const message = t(`import.errors.${p.code}${suggested ? 'Suggest' : ''}`, {
    value: p.value,
    suggestion: p.suggestion,
    detail: p.detail,
  })
  return p.column
    ? t('import.problemLine', { row: p.row, column: p.column, message })
    : t('import.problemLineFile', { row: p.row, message })
}

type Phase =
  | { kind: 'idle' }
  | { kind: 'reading'; progress: ReadProgress | null }
  | { kind: 'saving' }
  | { kind: 'done'; file: string; summary: ImportSummary; notSaved: boolean }
  | { kind: 'failed'; key: string; reason: string }

export function ImportPanel({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation()
  const lang = useLang()
  const inputId = useId()
  const countries = useQuery(countriesQuery).data
  const datasetPlaces = useQuery(placesQuery).data
  const links = useImportedStore((s) => s.links)
  const projects = useImportedStore((s) => s.projects)
  const places = useImportedStore((s) => s.places)
  const fileName = useImportedStore((s) => s.fileName)
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' })
  const [removed, setRemoved] = useState(false)
  const [dragging, setDragging] = useState(false)
  /** The map is still drawing the rows of the last import. */
  const [drawing, setDrawing] = useState(false)
  const runs = useRef(0)
  const busy = phase.kind === 'reading' || phase.kind === 'saving'

  const run = async (file: File) => {
    if (busy) return
    const id = ++runs.current
    setRemoved(false)
    setDrawing(false)
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
        setDrawing(true)
        await painted()
        useImportedStore.getState().setImported({ ...summary.records, fileName: file.name })
        // The panels redraw in their own render, the map gets its data after it, and the rows are
        // written to this browser's storage after that, each without holding up the others.
        await whenPanelsShowImported()
        notSaved = !(await whenSaved())
        void whenMapDrawn().then(() => {
          if (runs.current === id) setDrawing(false)
        })
      }
      setPhase({ kind: 'done', file: file.name, summary, notSaved })
    } catch (e) {
      const notArray = e instanceof Error && e.message === 'not-array'
      setDrawing(false)
      setPhase({
        kind: 'failed',
        key: notArray ? 'import.result.notArray' : 'import.result.failed',
        reason: e instanceof Error ? e.message : String(e),
      })
    }
  }

  const onFiles = (files: FileList | null) => {
    const file = files?.[0]
    if (file) void run(file)
  }

  return (
    <div className="import-panel">
      <div className="import-head">
        <h2 id="import-title">{t('import.title')}</h2>
        <button type="button" className="dialog-close" onClick={onClose}>
          {t('import.close')}
        </button>
      </div>
      <p>{t('import.intro')}</p>

      <section aria-labelledby={`${inputId}-t`}>
        <h3 id={`${inputId}-t`}>{t('import.template.title')}</h3>
        <p>{t('import.template.text')}</p>
        <div className="import-actions">
          <button
            type="button"
            className="chip"
            onClick={() => downloadCsv('import-template-en.csv', templateCsv('en'))}
          >
            {t('import.template.en')}
          </button>
          <button
            type="button"
            className="chip"
            onClick={() => downloadCsv('import-template-ja.csv', templateCsv('ja'))}
          >
            {t('import.template.ja')}
          </button>
        </div>
        <details className="import-columns">
          <summary>{t('import.template.columns')}</summary>
          <dl>
            {COLUMNS.map((c) => (
              <div key={c.id}>
                <dt>
                  <code>{c.id}</code> / <code>{c.ja}</code>
                  {c.required && <span className="import-required"> ({t('import.template.required')})</span>}
                </dt>
                <dd>{t(`import.columns.${c.id}`)}</dd>
              </div>
            ))}
          </dl>
          <p className="muted">{t('import.template.matching')}</p>
        </details>
      </section>

      <section aria-labelledby={`${inputId}-p`}>
        <h3 id={`${inputId}-p`}>{t('import.pick.title')}</h3>
        <fieldset
          className={`import-drop${dragging ? ' import-drop--over' : ''}`}
          data-testid="import-drop"
          onDragOver={(e) => {
            e.preventDefault()
            setDragging(true)
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={(e) => {
            e.preventDefault()
            setDragging(false)
            onFiles(e.dataTransfer.files)
          }}
        >
          {/* A drop target for the mouse; the file input is the keyboard and screen-reader path. */}
          <legend className="visually-hidden">{t('import.pick.title')}</legend>
          <label htmlFor={inputId}>{t('import.pick.label')}</label>
          <input
            id={inputId}
            type="file"
            accept=".csv,.json,text/csv,application/json"
            disabled={busy}
            onChange={(e) => {
              onFiles(e.target.files)
              e.target.value = ''
            }}
          />
          <span className="muted">{t('import.pick.drop')}</span>
        </fieldset>
        <p className="muted">{t('import.pick.replaces')}</p>
      </section>

      <div role="status" className="import-status">
        {phase.kind === 'reading' && (
          <div className="import-progress" data-testid="import-progress">
            <progress
              aria-label={t('import.progress.label')}
              max={100}
              value={phase.progress ? Math.round(phase.progress.fraction * 100) : undefined}
            />
            <span>
              {phase.progress
                ? t('import.progress.rows', {
                    rows: formatNumber(phase.progress.rows, lang),
                    percent: Math.round(phase.progress.fraction * 100),
                  })
                : t('import.progress.loading')}
            </span>
          </div>
        )}
        {(phase.kind === 'saving' || (phase.kind === 'done' && drawing)) && (
          <p className="import-progress" data-testid="import-saving">
            {t('import.progress.saving')}
          </p>
        )}
        {phase.kind === 'failed' && <p className="import-error">{t(phase.key, { reason: phase.reason })}</p>}
        {removed && <p>{t('import.current.removed')}</p>}
      </div>

      {phase.kind === 'done' && (
        <ImportResult file={phase.file} summary={phase.summary} notSaved={phase.notSaved} />
      )}

      <section aria-labelledby={`${inputId}-c`} className="import-current">
        <h3 id={`${inputId}-c`}>{t('import.current.title')}</h3>
        <UnreadableImports />
        {links.length ? (
          <>
            <p data-testid="import-current" data-count={links.length}>
              {t('import.current.summary', {
                file: fileName ?? '—',
                links: formatNumber(links.length, lang),
                projects: formatNumber(projects.length, lang),
                places: formatNumber(places.length, lang),
              })}
            </p>
            <div className="import-actions">
              <button
                type="button"
                className="chip"
                onClick={() =>
                  downloadCsv(
                    `my-data-${new Date().toISOString().slice(0, 10)}.csv`,
                    importedCsv({ links, projects, places, fileName }),
                  )
                }
              >
                {t('import.current.export')}
              </button>
              <button
                type="button"
                className="chip"
                onClick={() => {
                  useImportedStore.getState().clearImported()
                  setDrawing(false)
                  setPhase({ kind: 'idle' })
                  setRemoved(true)
                }}
              >
                {t('import.current.remove')}
              </button>
            </div>
          </>
        ) : (
          <p className="muted">{t('import.current.none')}</p>
        )}
      </section>
    </div>
  )
}

function ImportResult({
  file,
  summary,
  notSaved,
}: {
  file: string
  summary: ImportSummary
  notSaved: boolean
}) {
  const { t } = useTranslation()
  const headingId = useId()
  const rejected = summary.rows - summary.okRows
  const shown = summary.problems.slice(0, SHOWN_PROBLEMS)
  return (
    <section className="import-result" aria-labelledby={headingId} data-testid="import-result">
      <h3 id={headingId}>{t('import.result.title', { file })}</h3>
      <p data-testid="import-ok" data-count={summary.okRows}>
        {t('import.result.imported', { count: summary.okRows })}
        {rejected > 0 && ` ${t('import.result.rejected', { count: rejected })}`}
      </p>
      {notSaved && <p className="import-error">{t('import.result.notSaved')}</p>}
      {summary.unknownColumns.length > 0 && (
        <p className="muted">
          {t('import.result.unknownColumns', { columns: summary.unknownColumns.join(', ') })}
        </p>
      )}
      {summary.problems.length > 0 && (
        <>
          <h4>{t('import.result.problems')}</h4>
          <ul className="import-problems" data-testid="import-problems">
            {shown.map((p) => (
              <li key={`${p.row}|${p.column}|${p.code}|${p.value}`}>{problemMessage(t, p)}</li>
            ))}
          </ul>
          {summary.problems.length > shown.length && (
            <p className="muted">
              {t('import.result.showing', {
                shown: shown.length,
                total: summary.problems.length,
              })}
            </p>
          )}
          <button
            type="button"
            className="chip"
            onClick={() =>
              downloadCsv(
                `${file.replace(/\.[^.]+$/, '')}-problems.csv`,
                problemsCsv(summary.problems, (p) => problemMessage(t, p), ['row', 'column', 'problem']),
              )
            }
          >
            {t('import.result.downloadProblems')}
          </button>
        </>
      )}
    </section>
  )
}
