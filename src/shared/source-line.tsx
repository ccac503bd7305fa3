import { useId, useRef, useState } from 'react'
import { flushSync } from 'react-dom'
import { useTranslation } from 'react-i18next'
import type { SourceRef } from '@/data/schema'
import type { SourceRecord } from '@/data/schema-files'
import { type Lang, localText } from '@/i18n/i18n'
import { citationText } from './citation'
import { localLocator } from './locator'
import { useLang } from './use-lang'
import { useCitation } from './use-sources'

/**
 * "Source: …" in one short line; one click opens the full citation (publisher, title, year,
 * licence, locator, address). Built from text nodes only. The citation's dialog is in the page only
 * while it is open: a list shows dozens of these lines, and a closed dialog each was an element with
 * event listeners of its own to create and lay out at start-up.
 */
export function SourceLine({ source, label }: { source: SourceRef | undefined; label?: string }) {
  const { t } = useTranslation()
  const lang = useLang()
  const citation = useCitation(source?.ref)
  return <SourceLineView source={source} label={label} citation={citation} t={t} lang={lang} />
}

export type Translate = ReturnType<typeof useTranslation>['t']

/**
 * SourceLine with what it reads handed in: for a list that draws a line per row, so that each row
 * does not subscribe to the store, the messages and the sources query of its own.
 */
export function SourceLineView({
  source,
  label,
  citation,
  t,
  lang,
}: {
  source: SourceRef | undefined
  label?: string
  citation: SourceRecord | undefined
  t: Translate
  lang: Lang
}) {
  const text = (value: { ja: string; en: string } | undefined) => localText(value, lang)
  const dialog = useRef<HTMLDialogElement>(null)
  const titleId = useId()
  const [open, setOpen] = useState(false)
  if (!source) return null
  const show = () => {
    // The dialog and its content are in the page before it opens, so focus lands on its close button.
    flushSync(() => setOpen(true))
    dialog.current?.showModal()
  }
  // "Publisher · locator"; the user's own imported rows have no entry in sources.json: say whose.
  const short = citationText(source, citation, lang, { title: false, userImport: t('source.userImport') })
  return (
    <span className="source-line">
      <span className="source-label">{label ?? t('source.label')}</span>{' '}
      <button type="button" className="source-button" onClick={show}>
        {short}
      </button>
      {open && (
        <dialog ref={dialog} className="citation" aria-labelledby={titleId} onClose={() => setOpen(false)}>
          <h2 id={titleId}>{t('source.citation')}</h2>
          {citation ? (
            <dl>
              <dt>{t('source.publisher')}</dt>
              <dd>{text(citation.publisher)}</dd>
              <dt>{t('source.title')}</dt>
              <dd>{source.title ?? text(citation.title)}</dd>
              <dt>{t('source.year')}</dt>
              <dd>{citation.year ?? t('source.noYear')}</dd>
              <dt>{t('source.licence')}</dt>
              <dd>{citation.licence}</dd>
              {source.locator && (
                <>
                  <dt>{t('source.locator')}</dt>
                  <dd>{localLocator(source.locator, lang)}</dd>
                </>
              )}
              {(source.url ?? citation.url) && (
                <>
                  <dt>{t('source.url')}</dt>
                  <dd className="source-url">{source.url ?? citation.url}</dd>
                </>
              )}
              {source.retrieved && (
                <>
                  <dt>{t('source.retrieved')}</dt>
                  <dd>{source.retrieved}</dd>
                </>
              )}
              {citation.note && (
                <>
                  <dt>{t('source.note')}</dt>
                  <dd>{text(citation.note)}</dd>
                </>
              )}
            </dl>
          ) : (
            <p>{source.ref}</p>
          )}
          <button type="button" className="dialog-close" onClick={() => dialog.current?.close()}>
            {t('common.close')}
          </button>
        </dialog>
      )}
    </span>
  )
}
