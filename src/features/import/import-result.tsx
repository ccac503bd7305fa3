import { useId, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { type ImportedRecords, useImportedStore } from '@/data/imported-store'
import type { Link } from '@/data/schema'
import { useNetwork } from '@/data/use-dataset'
import { curatedTwin } from '@/domain/curated-twin'
import { downloadCsv } from '@/shared/csv'
import { useLang, useLocalText } from '@/shared/use-lang'
import { problemsCsv } from './export-csv'
import { FixRow } from './fix-row'
import type { ImportSummary } from './import-types'
import { isFixable, problemMessage } from './problem-text'
import type { RowEdits } from './validate-rows'

const selectLinks = (s: ImportedRecords) => s.links

/** Problems drawn in the dialog; all of them are in the downloadable list. */
const SHOWN_PROBLEMS = 100
/** Duplicates of curated links listed in the dialog (the list and the detail panel flag every one). */
const SHOWN_DUPLICATES = 20

/**
 * What an import did: rows taken and rejected, unknown columns, each problem (with a way to fix the
 * row in place where there is one), and the imported rows that repeat a curated link.
 */
export function ImportResult({
  file,
  summary,
  notSaved,
  applied,
  onFix,
  onShowLink,
}: {
  file: string
  summary: ImportSummary
  notSaved: boolean
  applied: boolean
  onFix: (row: number, edits: RowEdits) => Promise<boolean>
  onShowLink: (id: string) => void
}) {
  const { t } = useTranslation()
  const lang = useLang()
  const text = useLocalText()
  const headingId = useId()
  const { network, imports } = useNetwork()
  // The panels draw a new import in a deferred render: until then the network is the one without it.
  const drawn = imports.links === useImportedStore(selectLinks)
  const [fixing, setFixing] = useState(false)
  const [fixed, setFixed] = useState<{ row: number; ok: boolean } | null>(null)
  const rejected = summary.rows - summary.okRows
  const shown = summary.problems.slice(0, SHOWN_PROBLEMS)
  const duplicates = useMemo(() => {
    if (!network || !applied || !drawn) return []
    return summary.records.links.flatMap((link) => {
      const twin = curatedTwin(network, network.linkById.get(link.id) ?? link)
      return twin ? [{ link, twin }] : []
    })
  }, [network, applied, drawn, summary])
  const linkText = (l: Link) =>
    [
      `${text(network?.placeById.get(l.jp)?.name)} → ${text(network?.placeById.get(l.asean)?.name)}`,
      t(`relations.${l.relation}`),
      ...(l.year ? [String(l.year)] : []),
    ].join(' · ')
  const fix = async (row: number, edits: RowEdits) => {
    setFixing(true)
    const ok = await onFix(row, edits)
    setFixing(false)
    setFixed({ row, ok })
  }
  return (
    <section className="import-result" aria-labelledby={headingId} data-testid="import-result">
      <h3 id={headingId}>{t('import.result.title', { file })}</h3>
      <p data-testid="import-ok" data-count={summary.okRows}>
        {t('import.result.imported', { count: summary.okRows })}
        {rejected > 0 && ` ${t('import.result.rejected', { count: rejected })}`}
      </p>
      {notSaved && (
        <p className="import-error" data-testid="import-not-saved">
          {t('import.result.notSaved')}
        </p>
      )}
      {summary.unknownColumns.length > 0 && (
        <p className="muted">
          {t('import.result.unknownColumns', { columns: summary.unknownColumns.join(', ') })}
        </p>
      )}
      {fixed && (
        <p role="status" className={fixed.ok ? undefined : 'import-error'}>
          {t(fixed.ok ? 'import.fix.fixed' : 'import.fix.still', { row: fixed.row })}
        </p>
      )}
      {summary.problems.length > 0 && (
        <>
          <h4>{t('import.result.problems')}</h4>
          <ul className="import-problems" data-testid="import-problems">
            {shown.map((p) => (
              <li key={`${p.row}|${p.column}|${p.code}|${p.value}`}>
                {problemMessage(t, lang, p)}
                {isFixable(p) && <FixRow problem={p} disabled={fixing} onFix={fix} />}
              </li>
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
                problemsCsv(summary.problems, (p) => problemMessage(t, lang, p), [
                  'row',
                  'column',
                  'problem',
                ]),
              )
            }
          >
            {t('import.result.downloadProblems')}
          </button>
        </>
      )}
      {duplicates.length > 0 && (
        <>
          <h4>{t('import.result.duplicates', { count: duplicates.length })}</h4>
          <ul className="import-duplicates" data-testid="import-duplicates">
            {duplicates.slice(0, SHOWN_DUPLICATES).map(({ link, twin }) => (
              <li key={link.id}>
                {t('import.result.duplicateLine', {
                  row: link.id.replace(/^user-/, ''),
                  link: linkText(twin),
                })}{' '}
                <button type="button" className="text-button" onClick={() => onShowLink(twin.id)}>
                  {t('import.result.showCurated')}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  )
}
