import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useImportedStore, useImportSaved } from '@/data/imported-store'
import { useNetwork } from '@/data/use-dataset'
import { formatNumber } from '@/i18n/format'
import { downloadCsv } from '@/shared/csv'
import { useLang } from '@/shared/use-lang'
import { useStore } from '@/state/store'
import { COLUMNS, templateCsv } from './columns'
import { importedCsv } from './export-csv'
import { ImportResult } from './import-result'
import { UnreadableImports } from './unreadable-imports'
import { useImportRun } from './use-import-run'

/**
 * The import dialog: the template, choosing a file (or dropping it), what the import did, and the
 * user's records kept in this browser.
 */
export function ImportPanel({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation()
  const lang = useLang()
  const inputId = useId()
  const links = useImportedStore((s) => s.links)
  const projects = useImportedStore((s) => s.projects)
  const places = useImportedStore((s) => s.places)
  const fileName = useImportedStore((s) => s.fileName)
  const [removed, setRemoved] = useState(false)
  const [dragging, setDragging] = useState(false)
  const { phase, busy, drawing, run, fix, reset } = useImportRun()
  const saved = useImportSaved((s) => s.result.ok)
  const { network } = useNetwork()
  const select = useStore((s) => s.select)

  const onFiles = (files: FileList | null) => {
    const file = files?.[0]
    if (!file) return
    setRemoved(false)
    void run(file)
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
        {phase.kind === 'failed' && (
          <p className="import-error" data-testid="import-failed">
            {t(phase.key, phase.values)}
          </p>
        )}
        {removed && <p>{t('import.current.removed')}</p>}
      </div>

      {phase.kind === 'done' && (
        <ImportResult
          file={phase.file}
          summary={phase.summary}
          notSaved={phase.notSaved}
          applied={phase.applied}
          onFix={fix}
          onShowLink={(id) => {
            select({ kind: 'link', id })
            onClose()
          }}
        />
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
            {!saved && (
              <p className="import-error" data-testid="import-current-not-saved">
                {t('import.current.notSaved')}
              </p>
            )}
            <div className="import-actions">
              <button
                type="button"
                className="chip"
                disabled={!network}
                onClick={() =>
                  network &&
                  downloadCsv(
                    `my-data-${new Date().toISOString().slice(0, 10)}.csv`,
                    importedCsv({ links, projects, places }, network),
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
                  reset()
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
