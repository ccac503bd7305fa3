import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { useImportedStore } from '@/data/imported-store'
import { useCountries, useNetwork } from '@/data/use-dataset'
import { selectVisibleLinks } from '@/domain/filter-links'
import { joinItems } from '@/i18n/format'
import { FIELD_COLORS } from '@/shared/field-style'
import { formatIndicatorValue } from '@/shared/format-indicator'
import { SourceLine } from '@/shared/source-line'
import { useIndicatorSource } from '@/shared/use-indicator-values'
import { useLang, useLocalText } from '@/shared/use-lang'
import { selectFilters } from '@/state/selectors'
import { useStore } from '@/state/store'
import { watchHeight } from './legend-height'
import { MINE_COLOR } from './map-layers'
import { MAP_LINK_LIMIT } from './map-sources'
import './map.css'
import type { ShadedMap } from './use-choropleth'

export function MapLegend({ choropleth }: { choropleth: ShadedMap }) {
  const { t } = useTranslation()
  const lang = useLang()
  const text = useLocalText()
  const countries = useCountries().data
  const { network } = useNetwork()
  const hasMine = useImportedStore((s) => s.links.length > 0)
  const { indicator, values, scale, shownYear, outside } = choropleth
  const source = useIndicatorSource(indicator)
  const nameOf = (iso3: string) => {
    const c = countries?.countries.find((x) => x.iso3 === iso3)
    return c ? text(c.name) : iso3
  }
  const missing = values.filter((v) => v.value === null)
  const legend = useRef<HTMLDivElement>(null)
  useEffect(() => (legend.current ? watchHeight(legend.current) : undefined), [])
  const gradient = `linear-gradient(to right, ${scale.stops.map((s) => `${s.color} ${s.t * 100}%`).join(', ')})`
  return (
    <div className="map-legend" data-testid="map-legend" ref={legend}>
      <h2 className="legend-title" data-testid="legend-title">
        {t(`indicators.${indicator}.name`)} · {shownYear}
      </h2>
      <p className="legend-unit" data-testid="legend-unit">
        {t(`indicators.${indicator}.unit`)}
      </p>
      {scale.domain && (
        <div className="legend-ramp">
          <div className="legend-gradient" style={{ background: gradient }} />
          <div className="legend-ticks">
            <span>{formatIndicatorValue(indicator, scale.domain[0], lang)}</span>
            {scale.diverging && <span>0</span>}
            <span>{formatIndicatorValue(indicator, scale.domain[1], lang)}</span>
          </div>
        </div>
      )}
      {missing.length > 0 && (
        <div className="legend-nodata" data-testid="legend-nodata">
          <span className="swatch swatch-hatch" aria-hidden="true" />
          <span>
            {t('noData')}:{' '}
            {missing
              .map((v) => {
                return `${nameOf(v.iso3)} (${'reason' in v ? t(`reasons.${v.reason}`) : ''})`
              })
              .join(', ')}
          </span>
        </div>
      )}
      {outside.length > 0 && (
        <div className="legend-outside" data-testid="legend-outside">
          <span className="swatch swatch-outside" aria-hidden="true" />
          <span>
            {t('map.outsideNote', {
              count: outside.length,
              year: shownYear,
              names: joinItems(outside.map(nameOf), lang),
            })}
          </span>
        </div>
      )}
      <SourceLine source={source} />
      <details className="legend-links">
        <summary>
          {t('map.linksLegend')}
          <LinksShown />
        </summary>
        <ul className="legend-fields">
          {Object.entries(FIELD_COLORS).map(([field, color]) => (
            <li key={field}>
              <span className="swatch-line" style={{ background: color }} aria-hidden="true" />
              {t(`fields.${field}`)}
            </li>
          ))}
        </ul>
        {network && network.links.length > MAP_LINK_LIMIT && (
          <p className="legend-note" data-testid="map-links-capped">
            {t('map.linksCapped', {
              count: network.links.length,
              shown: MAP_LINK_LIMIT,
            })}
          </p>
        )}
        {hasMine && (
          <p className="legend-note" data-testid="legend-mine">
            <span
              className="swatch-line"
              style={{
                background: `repeating-linear-gradient(90deg, ${MINE_COLOR} 0 3px, transparent 3px 6px)`,
              }}
              aria-hidden="true"
            />{' '}
            {t('map.mineLegend')}
          </p>
        )}
        <p className="legend-note">{t('map.flowsNote')}</p>
        <p className="legend-note">{t('map.linkStyleNote')}</p>
        <p className="legend-note">{t('map.placeMarks')}</p>
        <p className="legend-note">{t('map.disputedNote')}</p>
      </details>
    </div>
  )
}

/** "(12 links shown)": the only part of the legend a filter change renders. */
function LinksShown() {
  const { t } = useTranslation()
  const { network } = useNetwork()
  const filters = useStore(selectFilters)
  if (!network) return null
  const count = selectVisibleLinks(network, filters).length
  return (
    <span className="legend-count" data-testid="map-link-count" data-count={count}>
      {' '}
      {t('map.linksShown', { count })}
    </span>
  )
}
