import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { SourceRecord } from '@/data/schema-files'
import { downloadCsv } from '@/shared/csv'
import { downloadBlob } from '@/shared/download'
import { compareCsv, compareFileName } from './compare-csv'
import { comparePngBlob } from './compare-png'
import { comparePngDoc } from './compare-png-doc'
import type { Labels } from './compare-text'
import type { CompareModel } from './compare-types'

/** CSV and PNG of the comparison, built in the page from the same model as the table. */
export function CompareDownloads({
  model,
  labels,
  citations,
}: {
  model: CompareModel
  labels: Labels
  citations: ReadonlyMap<string, SourceRecord>
}) {
  const { t } = useTranslation()
  // Kept as a message key so it follows a language switch.
  const [status, setStatus] = useState<{ key: string; params?: Record<string, string> } | null>(null)
  const [busy, setBusy] = useState(false)

  const csv = () => {
    const file = compareFileName(model, 'csv')
    downloadCsv(file, compareCsv(model, labels, citations))
    setStatus({ key: 'compare.download.done', params: { file } })
  }
  const png = async () => {
    if (busy) return
    const file = compareFileName(model, 'png')
    setBusy(true)
    setStatus({ key: 'compare.download.preparing' })
    try {
      const date = new Date().toISOString().slice(0, 10)
      const blob = await comparePngBlob(comparePngDoc(model, labels, citations, date))
      downloadBlob(blob, file)
      setStatus({ key: 'compare.download.done', params: { file } })
    } catch (e) {
      setStatus({
        key: 'compare.download.failed',
        params: { reason: e instanceof Error ? e.message : String(e) },
      })
    } finally {
      setBusy(false)
    }
  }
  return (
    <div className="compare-downloads">
      <button type="button" className="compare-action" onClick={csv}>
        {t('compare.download.csv')}
      </button>
      <button
        type="button"
        className="compare-action"
        onClick={() => void png()}
        aria-disabled={busy || undefined}
      >
        {t('compare.download.png')}
      </button>
      <span className="muted" role="status">
        {status ? labels.t(status.key, status.params) : ''}
      </span>
    </div>
  )
}
