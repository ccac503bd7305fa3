import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { useCountries, useNetwork, useSchemes } from '@/data/use-dataset'
import { useLocalText } from '@/shared/use-lang'
import { selectFilters } from '@/state/selectors'
import { useStore } from '@/state/store'
import './filters.css'

/**
 * The filters in force, as chips over the map: each removes its own filter, by click, tap or keyboard.
 * Nothing is drawn without a filter, so the map is clear by default.
 */
export function ActiveFilters() {
  const { t } = useTranslation()
  const text = useLocalText()
  const filters = useStore(selectFilters)
  const s = useStore.getState()
  const countries = useCountries().data?.countries
  const schemes = useSchemes().data?.schemes
  const { network } = useNetwork()
  const chips: { key: string; label: string; remove: () => void }[] = []
  for (const iso3 of filters.countries) {
    const c = countries?.find((x) => x.iso3 === iso3)
    chips.push({
      key: `c:${iso3}`,
      label: c ? text(c.name) : iso3,
      remove: () => s.toggleCountryFilter(iso3),
    })
  }
  for (const f of filters.fields)
    chips.push({ key: `f:${f}`, label: t(`fields.${f}`), remove: () => s.toggleField(f) })
  for (const r of filters.relations)
    chips.push({ key: `r:${r}`, label: t(`relations.${r}`), remove: () => s.toggleRelation(r) })
  for (const id of filters.schemes) {
    const scheme = schemes?.find((x) => x.id === id)
    chips.push({ key: `s:${id}`, label: scheme ? text(scheme.name) : id, remove: () => s.toggleScheme(id) })
  }
  if (filters.prefecture) {
    const ja = filters.prefecture
    // The filter holds the Japanese name; its places carry both.
    const place = network?.places.find((p) => p.prefecture?.ja === ja)
    chips.push({
      key: 'p',
      label: place?.prefecture ? text(place.prefecture) : ja,
      remove: () => s.setPrefecture(null),
    })
  }
  if (filters.yearRange) {
    const [from, to] = filters.yearRange
    chips.push({ key: 'y', label: t('filters.chipYears', { from, to }), remove: () => s.setYearRange(null) })
  }
  if (filters.confidence === 'high')
    chips.push({ key: 'q', label: t('filters.highConfidenceOnly'), remove: () => s.setConfidence('all') })
  if (chips.length === 0) return null
  return (
    <ul className="active-filters" aria-label={t('filters.active')}>
      {chips.map((chip) => (
        <li key={chip.key}>
          <RemoveChip remove={chip.remove} name={t('filters.remove', { name: chip.label })}>
            {chip.label}
          </RemoveChip>
        </li>
      ))}
      {chips.length > 1 && (
        <li>
          <button type="button" className="active-filter active-filter--clear" onClick={s.clearFilters}>
            {t('filters.clear')}
          </button>
        </li>
      )}
    </ul>
  )
}

function RemoveChip({ name, remove, children }: { name: string; remove: () => void; children: ReactNode }) {
  return (
    <button type="button" className="active-filter" aria-label={name} onClick={remove}>
      {children}
      <span aria-hidden="true" className="active-filter-x">
        ×
      </span>
    </button>
  )
}
