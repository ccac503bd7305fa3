import { useTranslation } from 'react-i18next'
import { useCountries, useNetwork } from '@/data/use-dataset'
import { aseanMembersIn } from '@/domain/asean-membership'
import { selectVisibleLinks } from '@/domain/filter-links'
import { selectFilters, selectYear } from '@/state/selectors'
import { useStore } from '@/state/store'

/**
 * Headline counts, straight from the data: the member states in the year shown (Timor-Leste joined in
 * 2025), and the links now visible.
 */
export function Summary() {
  const { t } = useTranslation()
  const countries = useCountries()
  const { network } = useNetwork()
  const filters = useStore(selectFilters)
  const year = useStore(selectYear)
  const aseanCount = countries.data && aseanMembersIn(countries.data.countries, year).length
  const links = network ? selectVisibleLinks(network, filters) : undefined
  return (
    <p className="summary" aria-live="polite">
      {aseanCount !== undefined && (
        <span data-testid="asean-count" data-count={aseanCount}>
          {t('summary.aseanMembers', { count: aseanCount, year })}
        </span>
      )}
      {links && (
        <span data-testid="summary-link-count" data-count={links.length}>
          {t('summary.links', { count: links.length })}
        </span>
      )}
    </p>
  )
}
