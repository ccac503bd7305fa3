import type { Map as MapLibreMap } from 'maplibre-gl'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useCountries, useNetwork } from '@/data/use-dataset'
import { selectVisibleLinks } from '@/domain/filter-links'
import { downloadBlob } from '@/shared/download'
import { formatIndicatorValue } from '@/shared/format-indicator'
import { useIndicatorSource } from '@/shared/use-indicator-values'
import { useLang, useLocalText } from '@/shared/use-lang'
import type { PngText } from './map-download-png'
import type { ShadedMap } from './use-choropleth'
import './map-download.css'
import { citationText } from '@/shared/citation'
import { useCitation } from '@/shared/use-sources'
import { useStore } from '@/state/store'

/**
 * "Download map (PNG)": the map as it is now, with its legend and sources drawn under it. The links
 * shown are counted when the image is made, so a filter change does not render the button.
 */
export function MapDownload({ map, choropleth }: { map: MapLibreMap; choropleth: ShadedMap }) {
  const { t } = useTranslation()
  const lang = useLang()
  const text = useLocalText()
  const countries = useCountries().data
  const { network } = useNetwork()
  const { indicator, values, scale, shownYear } = choropleth
  const source = useIndicatorSource(indicator)
  const citation = useCitation(source?.ref)
  const [status, setStatus] = useState<{ key: string; params?: Record<string, string> } | null>(null)
  const [busy, setBusy] = useState(false)

  const run = async () => {
    if (busy) return
    setBusy(true)
    setStatus({ key: 'about.mapPng.preparing' })
    const file = `map-${indicator}-${shownYear}.png`
    try {
      const sourceText = source ? citationText(source, citation, lang, { year: true, licence: true }) : '—'
      const missing = values.filter((v) => v.value === null)
      const visibleLinks = network
        ? selectVisibleLinks(network, useStore.getState().filters).length
        : undefined
      const doc: PngText = {
        title: t('app.title'),
        legendTitle: `${t(`indicators.${indicator}.name`)} · ${shownYear}`,
        unit: t(`indicators.${indicator}.unit`),
        ticks: scale.domain
          ? [
              formatIndicatorValue(indicator, scale.domain[0], lang),
              formatIndicatorValue(indicator, scale.domain[1], lang),
            ]
          : null,
        stops: scale.stops,
        noData: missing.length
          ? `${t('noData')}: ${missing
              .map((v) => {
                const c = countries?.countries.find((x) => x.iso3 === v.iso3)
                return `${c ? text(c.name) : v.iso3}${'reason' in v ? ` (${t(`reasons.${v.reason}`)})` : ''}`
              })
              .join(', ')}`
          : null,
        links:
          visibleLinks === undefined
            ? ''
            : `${t('map.linksLegend')} ${t('map.linksShown', { count: visibleLinks })}`,
        source: t('about.mapPng.source', { source: sourceText }),
        boundaries: t('about.mapPng.boundaries'),
        footer: t('about.mapPng.made', {
          title: t('app.title'),
          date: new Date().toISOString().slice(0, 10),
        }),
        lang,
      }
      const { captureMap, composePng } = await import('./map-download-png')
      const shot = await captureMap(map)
      const blob = await composePng(shot, map.getCanvas().clientWidth, doc)
      downloadBlob(blob, file)
      setStatus({ key: 'about.mapPng.done', params: { file } })
    } catch (e) {
      setStatus({
        key: 'about.mapPng.failed',
        params: { reason: e instanceof Error ? e.message : String(e) },
      })
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="map-download">
      <button type="button" onClick={() => void run()} aria-disabled={busy || undefined}>
        {t('about.mapPng.button')}
      </button>
      <span className="map-download-status" role="status">
        {status ? t(status.key, status.params ?? {}) : ''}
      </span>
    </div>
  )
}
