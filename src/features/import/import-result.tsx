import type { TFunction } from 'i18next'
import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { downloadCsv } from '@/shared/csv'
import { problemsCsv } from './export-csv'
import type { ImportSummary, RowProblem } from './import-types'

/** Problems drawn in the dialog; all of them are in the downloadable list. */
const SHOWN_PROBLEMS = 100

function problemMessage(t: TFunction, p: RowProblem): string {
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

/** What an import did: rows taken and rejected, unknown columns, and each problem. */
export function ImportResult({
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
