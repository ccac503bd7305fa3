import { useId, useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { useCountries, useIndicators, useNetwork, useOda, useSchemes } from '@/data/use-dataset'
import { filterLinks } from '@/domain/filter-links'
import { useLang } from '@/shared/use-lang'
import { type Citations, useCitations } from '@/shared/use-sources'
import { JAPAN, MIN_COMPARE } from '@/state/defaults'
import { filtersDiffer, selectCompare, selectFilters, selectYear } from '@/state/selectors'
import { type StoreState, useStore } from '@/state/store'
import { CompareDownloads } from './compare-downloads'
import { compareModel } from './compare-model'
import { ComparePicker } from './compare-picker'
import { CompareTable } from './compare-table'
import { local, makeLabels, statementText } from './compare-text'
import './compare.css'

const NO_CITATIONS: Citations = new Map()

/** Whether a filter other than the countries (the comparison itself) narrows the counts. */
const selectOtherFilters = (s: StoreState): boolean => filtersDiffer({ ...s.filters, countries: [] })

/**
 * Compare mode: 2–4 countries side by side, rows aligned, from the data. The chosen countries live
 * in the store (view.compare, `cmp=` in the URL) and are the country filter while comparing
 * (selectFilters), so the map and the list show only their links.
 */
export function CompareView() {
  const { t } = useTranslation()
  const lang = useLang()
  const headingId = useId()
  const compare = useStore(selectCompare)
  const year = useStore(selectYear)
  const filters = useStore(selectFilters)
  const otherFilters = useStore(selectOtherFilters)
  const countries = useCountries()
  const indicators = useIndicators().data
  const oda = useOda().data
  const schemes = useSchemes().data
  const { network } = useNetwork()

  // Links under every filter except the country one: counted per compared country by the model.
  const links = useMemo(
    () => (network ? filterLinks(network, { ...filters, countries: [] }) : undefined),
    [network, filters],
  )
  const model = useMemo(
    () =>
      countries.data
        ? compareModel({
            compare,
            year,
            countries: countries.data.countries,
            indicators,
            oda,
            schemes,
            links,
            network,
          })
        : null,
    [compare, year, countries.data, indicators, oda, schemes, links, network],
  )
  const citations = useCitations() ?? NO_CITATIONS
  const labels = useMemo(() => makeLabels(t, lang), [t, lang])

  if (countries.error) {
    return (
      <section className="compare" aria-labelledby={headingId}>
        <h2 id={headingId}>{t('compare.title')}</h2>
        <p className="compare-prompt">{t('compare.noCountries')}</p>
      </section>
    )
  }
  if (!model || !countries.data) return null
  const ready = model.columns.length >= MIN_COMPARE
  const names = model.columns.map((c) => local(c.name, lang)).join(lang === 'ja' ? '、' : ', ')
  return (
    <section className="compare" aria-labelledby={headingId} data-testid="compare-view">
      <div className="compare-head">
        <h2 id={headingId}>{t('compare.title')}</h2>
        <p className="compare-intro">{t('compare.intro')}</p>
      </div>
      <ComparePicker countries={countries.data.countries} model={model} />
      {ready && (
        // The table first, beside the sentences and downloads: it is in the first screen.
        <div className="compare-body">
          <CompareTable model={model} labels={labels} caption={t('compare.caption', { names })} />
          <div className="compare-side">
            <section className="compare-glance" aria-label={t('compare.glance')}>
              <h3>{t('compare.glance')}</h3>
              {model.statements.length > 0 ? (
                <ul data-testid="compare-statements">
                  {model.statements.map((s) => (
                    <li key={s.row}>{statementText(s, model, labels)}</li>
                  ))}
                </ul>
              ) : (
                <p className="muted">{t('compare.glanceNone')}</p>
              )}
              <ul className="compare-notes">
                <li>{t('compare.yearNote', { year })}</li>
                <li>{t('compare.mapNote')}</li>
                {otherFilters && <li>{t('compare.filtersNote')}</li>}
                {compare.includes(JAPAN) && <li>{t('compare.referenceNote')}</li>}
              </ul>
            </section>
            <CompareDownloads model={model} labels={labels} citations={citations} />
          </div>
        </div>
      )}
    </section>
  )
}
