import { type ReactNode, type RefObject, useId } from 'react'
import { useTranslation } from 'react-i18next'
import type { SourceRef } from '../../data/schema'
import { useLocalText } from '../../i18n/use-lang'
import { SourceLine } from '../../shared/source-line'
import { useCitation } from '../../shared/use-sources'
import { type Caption, downloadCsv, downloadPng, downloadSvg, toCsv } from './export'

export interface PanelCsv {
  notes: string[]
  header: string[]
  rows: (string | number | null)[][]
}

/**
 * The frame every chart shares: a heading, the unit and year line, the chart, its source line
 * (one click opens the citation) and downloads of exactly what is shown.
 */
export function ChartPanel({
  id,
  title,
  subtitle,
  source,
  controls,
  children,
  chartRef,
  csv,
  footer,
}: {
  id: string
  title: string
  subtitle: string
  source: SourceRef | undefined
  controls?: ReactNode
  children: ReactNode
  chartRef: RefObject<SVGSVGElement | null>
  csv: () => PanelCsv
  footer?: ReactNode
}) {
  const { t } = useTranslation()
  const text = useLocalText()
  const headingId = useId()
  const citation = useCitation(source?.ref)
  const sourceText = `${t('charts.source')}: ${citation ? `${text(citation.publisher)}, ${text(citation.title)}` : (source?.ref ?? '')}${source?.locator ? ` · ${source.locator}` : ''}`
  const caption = (): Caption => ({ title, subtitle, source: sourceText })
  const file = `${id}`
  return (
    <section className="chart-panel" aria-labelledby={headingId} data-testid={`panel-${id}`}>
      <header className="chart-head">
        <div>
          <h2 id={headingId} className="panel-title">
            {title}
          </h2>
          <p className="chart-subtitle">{subtitle}</p>
        </div>
        {controls && <div className="chart-controls">{controls}</div>}
      </header>
      {children}
      <footer className="chart-foot">
        <SourceLine source={source} />
        {footer}
        <fieldset className="chart-downloads">
          <legend className="visually-hidden">{t('charts.downloads', { title })}</legend>
          <button
            type="button"
            className="text-button"
            onClick={() => {
              const c = csv()
              downloadCsv(`${file}.csv`, toCsv([sourceText, ...c.notes], c.header, c.rows))
            }}
          >
            CSV
          </button>
          <button
            type="button"
            className="text-button"
            onClick={() => chartRef.current && downloadSvg(`${file}.svg`, chartRef.current, caption())}
          >
            SVG
          </button>
          <button
            type="button"
            className="text-button"
            onClick={() => chartRef.current && void downloadPng(`${file}.png`, chartRef.current, caption())}
          >
            PNG
          </button>
        </fieldset>
      </footer>
    </section>
  )
}
