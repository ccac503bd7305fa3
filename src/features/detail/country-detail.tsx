import { useTranslation } from 'react-i18next'
import { useNetwork } from '@/data/use-dataset'
import { selectVisibleLinks } from '@/domain/filter-links'
import { formatIndicatorValue } from '@/shared/format-indicator'
import { SourceLine } from '@/shared/source-line'
import { useIndicatorSource, useIndicatorValues } from '@/shared/use-indicator-values'
import { useLang, useLocalText } from '@/shared/use-lang'
import { selectFilters } from '@/state/selectors'
import { useStore } from '@/state/store'

/** A country: the shaded indicator's value for the year (or why there is none) and its links. */
export function CountryDetail({ iso3 }: { iso3: string }) {
  const { t } = useTranslation()
  const lang = useLang()
  const text = useLocalText()
  const { network } = useNetwork()
  const filters = useStore(selectFilters)
  const toggleCountryFilter = useStore((s) => s.toggleCountryFilter)
  const { values, indicator } = useIndicatorValues()
  // The same source the map legend names for the shaded indicator.
  const source = useIndicatorSource(indicator)
  const country = network?.countryByIso3.get(iso3)
  if (!network || !country) return null
  const v = values.find((x) => x.iso3 === iso3)
  const links = selectVisibleLinks(network, filters).filter((l) => network.countryOfLink.get(l.id) === iso3)
  return (
    <>
      <h3 className="detail-title">{text(country.name)}</h3>
      <p className="muted">
        {t('detail.capital')}: {text(country.capital)}
        {country.accessionYear ? ` · ${t('detail.aseanSince', { year: country.accessionYear })}` : ''}
      </p>
      {v && (
        <p data-testid="country-indicator">
          {t(`indicators.${indicator}.name`)} ({v.year}):{' '}
          <strong>
            {v.value === null
              ? `${t('noData')} — ${t(`reasons.${v.reason}`)}`
              : formatIndicatorValue(indicator, v.value, lang)}
          </strong>
        </p>
      )}
      {v && <SourceLine source={source} />}
      <p>{t('detail.links', { count: links.length })}</p>
      <button type="button" className="text-button" onClick={() => toggleCountryFilter(iso3)}>
        {filters.countries.includes(iso3) ? t('detail.unfilterCountry') : t('detail.filterCountry')}
      </button>
    </>
  )
}
