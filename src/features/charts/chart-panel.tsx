import { type ReactNode, type RefObject, useId } from 'react'
import { useTranslation } from 'react-i18next'
import type { SourceRef } from '@/data/schema'
import { sourcesLine } from '@/shared/citation'
import { SourceLineView } from '@/shared/source-line'
import { useLang } from '@/shared/use-lang'
import { useCitations } from '@/shared/use-sources'
import { type Caption, downloadPng, downloadSvg, type ImageCharts, type LegendItem } from './export'
import { type Cite, citer, type PanelTable, panelWorkbook, type WorkbookLabels } from './panel-table'

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
  panelRef,
}: {
  id: string
  title: string
  subtitle: string
  sources: readonly PanelSource[]
  legend?: readonly LegendItem[]
  controls?: ReactNode
  children: ReactNode
  chartRef: RefObject<SVGSVGElement | null>
  /** Everything the panel plots, as a table (`cite` writes a source): the CSV and the workbook's Data sheet. */
  csv: (cite: Cite) => PanelTable
  image?: () => PanelImage
  /** Nothing is drawn (e.g. the filters leave no rows): there is no image to download. */
  empty?: boolean
  footer?: ReactNode
  /** The panel's element, for a panel that follows whether it is on screen (use-on-screen.ts). */
  panelRef?: RefObject<HTMLElement | null>
}) {
  const { t } = useTranslation()
  const lang = useLang()
  const citations = useCitations()
  const cite = (r: SourceRef | undefined) => (r ? citations?.get(r.ref) : undefined)
  const headingId = useId()
  // The source lines as text, for the files only: built when one is downloaded.
  const sourceLines = () =>
    sources
      .filter((s) => s.refs.length > 0)
      .map((s) =>
        sourcesLine(s.label ?? t('source.label'), s.refs, citations, lang, {
          userImport: t('source.userImport'),
        }),
      )
  const caption = (notes: string[]): Caption => ({ title, subtitle, legend, notes, sources: sourceLines() })
  const charts = (): ImageCharts | null => {
    if (!chartRef.current) return null
    const { more = [] } = image()
    return [
      { svg: chartRef.current },
      ...more.flatMap((m) => (m.ref.current ? [{ svg: m.ref.current, heading: m.heading }] : [])),
    ]
  }
  const file = `${id}`
  const table = () => csv(citer(citations, lang, t('source.userImport')))
  const workbookLabels = (): WorkbookLabels => ({
    data: t('charts.workbook.data'),
    sources: t('charts.workbook.sources'),
    notes: t('charts.workbook.notes'),
    sourceColumns: [
      t('charts.workbook.source'),
      t('source.publisher'),
      t('source.title'),
      t('source.year'),
      t('source.licence'),
      t('source.url'),
      t('source.locator'),
    ],
    noteColumns: [t('charts.workbook.item'), t('charts.workbook.value')],
    title: t('charts.workbook.title'),
    subtitle: t('charts.workbook.subtitle'),
    downloaded: t('charts.workbook.downloaded'),
    note: t('source.note'),
  })
  return (
    <section ref={panelRef} className="chart-panel" aria-labelledby={headingId} data-testid={`panel-${id}`}>
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
        {sources.map((s) =>
          // Keyed by label, and each line by its reference: a filter change that changes which
          // sources a panel cites adds or removes only those lines.
          s.refs.length === 1 ? (
            <SourceLineView
              key={s.label ?? ''}
              source={s.refs[0]}
              label={s.label}
              citation={cite(s.refs[0])}
              t={t}
              lang={lang}
            />
          ) : s.refs.length > 1 ? (
            <span key={s.label ?? ''} className="source-group">
              <span className="source-label">{s.label ?? t('charts.sources')}</span>
              {s.refs.map((r) => (
                <SourceLineView
                  key={`${r.ref}|${r.locator ?? ''}`}
                  source={r}
                  label=""
                  citation={cite(r)}
                  t={t}
                  lang={lang}
                />
              ))}
            </span>
          ) : null,
        )}
        {footer}
        <fieldset className="chart-downloads">
          <legend className="visually-hidden">{t('charts.downloads', { title })}</legend>
          <button
            type="button"
            className="text-button"
            onClick={async () => {
              const c = table()
              // The CSV writer (papaparse) is loaded on the first download, not with the panels.
              const { downloadCsv, toCsv } = await import('@/shared/csv')
              downloadCsv(`${file}.csv`, toCsv([c.header, ...c.rows]))
            }}
          >
            CSV
          </button>
          <button
            type="button"
            className="text-button"
            onClick={async () => {
              const c = table()
              const refs = sources.flatMap((s) => s.refs)
              const date = new Date().toISOString().slice(0, 10)
              const sheets = panelWorkbook(c, refs, citations, lang, workbookLabels(), {
                title,
                subtitle,
                date,
              })
              // exceljs is loaded on the first workbook download only.
              const { downloadWorkbook } = await import('@/shared/xlsx')
              await downloadWorkbook(`${file}.xlsx`, sheets)
            }}
          >
            {t('charts.excel')}
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
