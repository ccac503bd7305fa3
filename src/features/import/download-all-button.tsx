import { useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import {
  countriesQuery,
  eventsQuery,
  indicatorsQuery,
  linksQuery,
  odaQuery,
  placesQuery,
  projectsQuery,
  schemesQuery,
  sourcesQuery,
} from '@/data/use-dataset'
import { downloadBlob } from '@/shared/download'
import type { Dataset } from './all-data'

/** The ZIP, made in a worker of its own (all-data-worker.ts), which ends with it. */
function zipInWorker(dataset: Dataset, date: string): Promise<Blob> {
  const worker = new Worker(new URL('./all-data-worker.ts', import.meta.url), {
    type: 'module',
    name: 'all-data',
  })
  return new Promise<Blob>((resolve, reject) => {
    worker.onmessage = (e: MessageEvent<{ blob?: Blob; error?: string }>) =>
      e.data.blob ? resolve(e.data.blob) : reject(new Error(e.data.error))
    worker.onerror = (e) => {
      e.preventDefault()
      reject(new Error(e.message))
    }
    worker.postMessage({ dataset, date })
  }).finally(() => worker.terminate())
}

/**
 * Header button: the whole curated dataset with its sources and licences, as one ZIP of CSV files,
 * an Excel workbook and the JSON the app reads. Its builder, jszip and exceljs load on the click.
 */
export function DownloadAllButton() {
  const { t } = useTranslation()
  const client = useQueryClient()
  const [state, setState] = useState<'idle' | 'busy' | 'failed'>('idle')
  const download = async () => {
    setState('busy')
    try {
      const [countries, places, links, projects, indicators, oda, schemes, events, sources] =
        await Promise.all([
          client.ensureQueryData(countriesQuery),
          client.ensureQueryData(placesQuery),
          client.ensureQueryData(linksQuery),
          client.ensureQueryData(projectsQuery),
          client.ensureQueryData(indicatorsQuery),
          client.ensureQueryData(odaQuery),
          client.ensureQueryData(schemesQuery),
          client.ensureQueryData(eventsQuery),
          client.ensureQueryData(sourcesQuery),
        ])
      const date = new Date().toISOString().slice(0, 10)
      const zip = await zipInWorker(
        { countries, places, links, projects, indicators, oda, schemes, events, sources },
        date,
      )
      downloadBlob(zip, `japan-asean-cooperation-data-${date}.zip`)
      setState('idle')
    } catch {
      setState('failed')
    }
  }
  return (
    <>
      <button
        type="button"
        className="text-button"
        onClick={download}
        disabled={state === 'busy'}
        aria-describedby={state === 'failed' ? 'download-all-failed' : undefined}
      >
        {state === 'busy' ? t('import.all.busy') : t('import.all.label')}
      </button>
      {state === 'failed' && (
        <span id="download-all-failed" role="alert" className="import-error">
          {t('import.all.failed')}
        </span>
      )}
    </>
  )
}
