import { useQueries, useQueryClient } from '@tanstack/react-query'
import type { TFunction } from 'i18next'
import { useSyncExternalStore } from 'react'
import { useTranslation } from 'react-i18next'
import { DataFileError } from '@/data/load'
import { ALL_DATA_QUERIES } from '@/data/use-dataset'

/** Lists every data file that failed to load, naming the file and what is wrong with it. */
export function DataErrors() {
  const { t } = useTranslation()
  const client = useQueryClient()
  // Ask for every file, so one no view has needed yet is still checked and reported.
  useQueries({ queries: ALL_DATA_QUERIES.map((q) => ({ ...q, notifyOnChangeProps: [] as const })) })
  const cache = client.getQueryCache()
  const errorsKey = useSyncExternalStore(
    (onChange) => cache.subscribe(onChange),
    () =>
      cache
        .findAll({ queryKey: ['data'] })
        .filter((q) => q.state.status === 'error')
        .map((q) => String(q.queryKey[1]))
        .join('|'),
  )
  if (!errorsKey) return null
  const errors = errorsKey.split('|').map((file) => {
    const error = cache.find({ queryKey: ['data', file] })?.state.error
    return { file, error }
  })
  return (
    <div className="data-errors" role="alert">
      <ul>
        {errors.map(({ file, error }) => (
          <li key={file}>
            {t('errors.dataFile', { file: `data/${file}`, reason: describeError(error, t) })}{' '}
            <span className="muted">{t('errors.dataFileHint')}</span>
          </li>
        ))}
      </ul>
    </div>
  )
}

function describeError(error: unknown, t: TFunction): string {
  if (error instanceof DataFileError) {
    if (error.kind === 'http') return t('errors.http', { status: error.detail })
    if (error.kind === 'missing') return t('errors.missing')
    if (error.kind === 'unreadable') return t('errors.unreadable', { detail: error.detail })
    return t('errors.invalid', { count: error.problems.length, first: error.detail })
  }
  return error instanceof Error ? error.message : String(error)
}
