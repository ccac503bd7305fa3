import { useTranslation } from 'react-i18next'
import type { SourceRef } from '@/data/schema'
import { SourceLine } from '@/shared/source-line'

/** The other pages that state a record (the report beside the municipality's page, a news item). */
export function SeeAlso({ sources }: { sources: readonly SourceRef[] | undefined }) {
  const { t } = useTranslation()
  if (!sources?.length) return null
  return (
    <ul className="see-also" aria-label={t('detail.see')}>
      <li className="see-also-label">{t('detail.see')}</li>
      {sources.map((s) => (
        <li key={`${s.ref}|${s.url ?? ''}|${s.locator ?? ''}`}>
          <SourceLine source={s} label="" />
        </li>
      ))}
    </ul>
  )
}
