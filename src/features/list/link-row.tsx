import { memo } from 'react'
import type { Network } from '@/data/network'
import { isUserRecord } from '@/data/origin'
import type { Link } from '@/data/schema'
import type { SourceRecord } from '@/data/schema-files'
import { curatedTwin } from '@/domain/curated-twin'
import { linkFields } from '@/domain/link-facts'
import { joinItems } from '@/i18n/format'
import type { Lang } from '@/i18n/i18n'
import { SourceLineView, type Translate } from '@/shared/source-line'
import type { Store } from '@/state/store'

/**
 * One link's row, inside its list item. Everything it shows comes in as props (no store, query or
 * message subscription per row), and a row whose link and state are unchanged is not drawn again on
 * a filter change, nor when the filters hide or show its item.
 */
export const LinkRow = memo(function LinkRow({
  link,
  network,
  active,
  citation,
  t,
  lang,
  select,
  hoverOn,
}: {
  link: Link
  network: Network
  active: boolean
  citation: SourceRecord | undefined
  t: Translate
  lang: Lang
  select: Store['select']
  hoverOn: Store['hoverOn']
}) {
  const jp = network.placeById.get(link.jp)
  const asean = network.placeById.get(link.asean)
  const mine = isUserRecord(link)
  return (
    <>
      <button
        type="button"
        className={mine ? 'link-item link-item--mine' : 'link-item'}
        aria-current={active ? 'true' : undefined}
        onClick={() => select({ kind: 'link', id: link.id })}
        onMouseEnter={() => hoverOn({ kind: 'link', id: link.id })}
        onMouseLeave={() => hoverOn(null)}
        onFocus={() => hoverOn({ kind: 'link', id: link.id })}
        onBlur={() => hoverOn(null)}
      >
        <span className="link-item-names">
          {jp?.name[lang] ?? ''} → {asean?.name[lang] ?? ''}
        </span>
        <span className="link-item-meta">
          {t(`relations.${link.relation}`)}
          {link.year ? ` · ${link.year}` : ''} ·{' '}
          {joinItems(
            linkFields(network, link).map((f) => t(`fields.${f}`)),
            lang,
          )}
          {mine ? '' : link.confidence === 'low' ? ` · ${t('list.lowConfidence')}` : ''}
        </span>
        {mine && (
          <span className="mine-badge">
            {t('list.mine')}
            {curatedTwin(network, link) ? ` · ${t('list.twin')}` : ''}
          </span>
        )}
      </button>
      <SourceLineView source={link.source} citation={citation} t={t} lang={lang} />
    </>
  )
})
