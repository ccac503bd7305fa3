import { useQuery } from '@tanstack/react-query'
import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { linksQuery, placesQuery, projectsQuery, schemesQuery, sourcesQuery } from '@/data/use-dataset'
import { formatNumber } from '@/i18n/format'
import { SourceLine } from '@/shared/source-line'
import { useLang, useLocalText } from '@/shared/use-lang'
import { seriesCoverage, sourcesByPublisher } from './register-model'

/** The coverage table: per series, records held, what the programme publishes, secondary-only records. */
export function CoverageTable() {
  const { t } = useTranslation()
  const lang = useLang()
  const text = useLocalText()
  const id = useId()
  const schemes = useQuery(schemesQuery).data
  const links = useQuery(linksQuery).data
  const projects = useQuery(projectsQuery).data
  const sources = useQuery(sourcesQuery).data
  if (!schemes || !links || !projects || !sources) return <p className="muted">{t('about.unavailable')}</p>
  const rows = seriesCoverage(schemes, links, projects, sources)
  const n = (x: number) => formatNumber(x, lang)
  return (
    <section className="about-dataset" aria-labelledby={id} data-testid="about-coverage">
      <h3 id={id}>{t('about.coverage.title')}</h3>
      <p>{t('about.coverage.intro')}</p>
      <table className="about-coverage">
        <thead>
          <tr>
            <th scope="col">{t('about.coverage.series')}</th>
            <th scope="col">{t('about.coverage.held')}</th>
            <th scope="col">{t('about.coverage.published')}</th>
            <th scope="col">{t('about.coverage.secondary')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} data-series={r.id}>
              <th scope="row">
                {text(r.name)}
                <p className="about-gap">{text(r.note)}</p>
              </th>
              <td data-testid={`coverage-held-${r.id}`} data-count={r.held}>
                {n(r.held)}
              </td>
              <td>
                {r.published.length === 0 ? (
                  <span className="muted">{t('about.coverage.nonepublished')}</span>
                ) : (
                  <ul className="about-published">
                    {r.published.map((p) => (
                      <li key={`${p.source.url ?? p.source.locator}|${p.value}`}>
                        {t('about.coverage.total', { value: n(p.value), what: text(p.what), asOf: p.asOf })}{' '}
                        <SourceLine source={p.source} />
                      </li>
                    ))}
                  </ul>
                )}
              </td>
              <td>{n(r.secondaryOnly)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}

/** Every page the register cites, grouped by publisher (sources.json), most-cited first. */
export function SourcesByPublisher() {
  const { t } = useTranslation()
  const lang = useLang()
  const text = useLocalText()
  const id = useId()
  const sources = useQuery(sourcesQuery).data
  const links = useQuery(linksQuery).data
  const projects = useQuery(projectsQuery).data
  const places = useQuery(placesQuery).data
  if (!sources || !links || !projects || !places) return <p className="muted">{t('about.unavailable')}</p>
  const groups = sourcesByPublisher(sources, links, projects, places)
  const byId = new Map(sources.sources.map((s) => [s.id, s]))
  const n = (x: number) => formatNumber(x, lang)
  return (
    <section className="about-dataset" aria-labelledby={id} data-testid="about-publishers">
      <h3 id={id}>{t('about.publishers.title')}</h3>
      <p>{t('about.publishers.intro')}</p>
      {groups.map((g) => {
        const record = byId.get(g.ref)
        return (
          <details key={g.ref} className="about-publisher" data-ref={g.ref}>
            <summary>
              {record ? text(record.publisher) : g.ref}
              {record?.secondary ? ` (${t('about.publishers.secondary')})` : ''}
              {' — '}
              {t('about.publishers.counts', {
                pages: n(g.pages.length),
                records: n(g.withoutPage + g.pages.reduce((s, p) => s + p.records, 0)),
              })}
            </summary>
            <ul>
              {g.pages.map((p) => (
                <li key={p.url}>
                  {p.title ? <span className="about-page-title">{p.title}</span> : null}{' '}
                  <span className="source-url">{p.url}</span>
                  {p.retrieved ? (
                    <span className="muted"> · {t('about.publishers.retrieved', { date: p.retrieved })}</span>
                  ) : null}
                </li>
              ))}
            </ul>
          </details>
        )
      })}
    </section>
  )
}
