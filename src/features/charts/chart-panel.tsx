import { type ReactNode, type RefObject, useId } from 'react'
import { useTranslation } from 'react-i18next'
import type { SourceRef } from '../../data/schema'
import { useSources } from '../../data/use-dataset'
import { useLang } from '../../i18n/use-lang'
import { citationText } from '../../shared/citation'
import { SourceLine } from '../../shared/source-line'
import {
  type Caption,
  downloadCsv,
  downloadPng,
  downloadSvg,
  type ImageCharts,
  type LegendItem,
  toCsv,
} from './export'

export interface PanelCsv {
  notes: string[]
  header: string[]
  rows: (string | number | null)[][]
}

/** A source line of the panel: one or more references under one label ("Source:" by default). */
export interface PanelSource {
  label?: string
  refs: readonly SourceRef[]
}

/** What an image of the panel holds besides its title, key and sources. */
export interface PanelImage {
  /** Counts, filters and caveats the panel shows beside the chart. */
  notes: string[]
  /** Further charts of the panel, below the first, with their on-screen headings. */
  more?: { ref: RefObject<SVGSVGElement | null>; heading: string }[]
}

const NO_IMAGE: PanelImage = { notes: [] }

/**
 * The frame every chart shares: a heading, the unit and year line, the colour key, the chart, its
 * source lines (one click opens a citation) and downloads of exactly what is shown; the images
 * carry the heading, key, notes and sources too.
 */
export function ChartPanel({
  id,
  title,
  subtitle,
  sources,
  legend = [],
  controls,
  children,
  chartRef,
  csv,
  image = () => NO_IMAGE,
  empty = false,
  footer,
}: {
  id: string
  title: string
  subtitle: string
  sources: readonly PanelSource[]
  legend?: readonly LegendItem[]
  controls?: ReactNode
  children: ReactNode
  chartRef: RefObject<SVGSVGElement | null>
  csv: () => PanelCsv
  image?: () => PanelImage
  /** Nothing is drawn (e.g. the filters leave no rows): there is no image to download. */
  empty?: boolean
  footer?: ReactNode
}) {
  const { t } = useTranslation()
  const sourceText = useSourceText()
  const headingId = useId()
  const sourceLines = sources.filter((s) => s.refs.length > 0).map(sourceText)
  const caption = (notes: string[]): Caption => ({ title, subtitle, legend, notes, sources: sourceLines })
  const charts = (): ImageCharts | null => {
    if (!chartRef.current) return null
    const { more = [] } = image()
    return [
      { svg: chartRef.current },
      ...more.flatMap((m) => (m.ref.current ? [{ svg: m.ref.current, heading: m.heading }] : [])),
    ]
  }
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
      {legend.length > 0 && (
        <ul className="chart-legend">
          {legend.map((item) => (
            <li key={item.key}>
              <span className="swatch" style={{ background: item.color }} aria-hidden="true" />
              {item.label}
            </li>
          ))}
        </ul>
      )}
      {children}
      <footer className="chart-foot">
        {sources.map((s) => {
          const key = `${s.label ?? ''}|${s.refs.map((r) => r.ref).join(',')}`
          return s.refs.length === 1 ? (
            <SourceLine key={key} source={s.refs[0]} label={s.label} />
          ) : s.refs.length > 1 ? (
            <span key={key} className="source-group">
              <span className="source-label">{s.label ?? t('charts.sources')}</span>
              {s.refs.map((r) => (
                <SourceLine key={`${r.ref}|${r.locator ?? ''}`} source={r} label="" />
              ))}
            </span>
          ) : null
        })}
        {footer}
        <fieldset className="chart-downloads">
          <legend className="visually-hidden">{t('charts.downloads', { title })}</legend>
          <button
            type="button"
            className="text-button"
            onClick={() => {
              const c = csv()
              downloadCsv(`${file}.csv`, toCsv([...sourceLines, ...c.notes], c.header, c.rows))
            }}
          >
            CSV
          </button>
          <button
            type="button"
            className="text-button"
            disabled={empty}
            onClick={() => {
              const c = charts()
              if (c) downloadSvg(`${file}.svg`, c, caption(image().notes))
            }}
          >
            SVG
          </button>
          <button
            type="button"
            className="text-button"
            disabled={empty}
            onClick={() => {
              const c = charts()
              if (c) void downloadPng(`${file}.png`, c, caption(image().notes))
            }}
          >
            PNG
          </button>
        </fieldset>
      </footer>
    </section>
  )
}

/**
 * A source line as text for files: "Source: publisher, title · locator; …" in the current
 * language, the user's own imports named as such.
 */
function useSourceText(): (source: PanelSource) => string {
  const { t } = useTranslation()
  const lang = useLang()
  const citations = useSources().data?.sources
  return ({ label = t('source.label'), refs }) => {
    const items = refs.map((r) =>
      citationText(
        r,
        citations?.find((s) => s.id === r.ref),
        lang,
        r.ref === 'user-import' ? { unknown: t('source.userImport') } : {},
      ),
    )
    // "Source:" is followed by a space in English; "出典：" ends in a full-width colon.
    return `${label}${label.endsWith('：') ? '' : ' '}${items.join('; ')}`
  }
}
