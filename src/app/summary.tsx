import { useTranslation } from 'react-i18next'
import { useCountries, useNetwork } from '@/data/use-dataset'
import { selectVisibleLinks } from '@/domain/filter-links'
import { selectFilters } from '@/state/selectors'
import { useStore } from '@/state/store'

/** Headline counts, straight from the data: member states, and the links and places now visible. */
export function Summary() {
  const { t } = useTranslation()
  const countries = useCountries()
  const { network } = useNetwork()
  const filters = useStore(selectFilters)
  const aseanCount = countries.data?.countries.filter((c) => c.asean).length
  const links = network ? selectVisibleLinks(network, filters) : undefined
  return (
    <p className="summary" aria-live="polite">
      {aseanCount !== undefined && (
        <span data-testid="asean-count">{t('summary.aseanMembers', { count: aseanCount })}</span>
      )}
      {links && (
        <span data-testid="summary-link-count" data-count={links.length}>
          {t('summary.links', { count: links.length })}
        </span>
      )}
    </p>
  )
}
