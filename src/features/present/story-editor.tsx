import { useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNetwork, useSchemes, useSources } from '@/data/use-dataset'
import { downloadBlob } from '@/shared/download'
import { useLang } from '@/shared/use-lang'
import { useUserStory } from './present-store'
import { StoryProblems } from './story-problems'
import { type KnownIds, parseStory, type StoryProblem } from './story-validate'
import { UnreadableStory } from './unreadable-story'

type Status = { key: string; params?: Record<string, string | number>; problems?: StoryProblem[] }

/** Ids the data knows, for checking an imported story; lists not loaded are not checked. */
function useKnownIds(): KnownIds {
  const sources = useSources().data
  const schemes = useSchemes().data
  const { network } = useNetwork()
  return useMemo(
    () => ({
      sources: sources ? new Set(sources.sources.map((s) => s.id)) : undefined,
      schemes: schemes ? new Set(schemes.schemes.map((s) => s.id)) : undefined,
      countries: network ? new Set(network.countries.map((c) => c.iso3)) : undefined,
      places: network ? new Set(network.placeById.keys()) : undefined,
      links: network ? new Set(network.linkById.keys()) : undefined,
      projects: network ? new Set(network.projects.map((p) => p.id)) : undefined,
    }),
    [sources, schemes, network],
  )
}

/**
 * The user's story: retitle, reorder and delete slides, export it as JSON and import one back.
 * An import is validated first; a file with problems changes nothing and says what is wrong.
 */
export function StoryEditor({
  dialog,
  onPresent,
}: {
  dialog: React.RefObject<HTMLDialogElement | null>
  onPresent: () => void
}) {
  const { t } = useTranslation()
  const lang = useLang()
  const story = useUserStory((s) => s.story)
  const save = useUserStory((s) => s.save)
  const { moveSlide, retitleSlide, removeSlide, replaceStory, clearStory } = useUserStory.getState()
  const known = useKnownIds()
  const file = useRef<HTMLInputElement>(null)
  const [status, setStatus] = useState<Status | null>(null)
  const [confirmClear, setConfirmClear] = useState(false)
  const n = story.slides.length

  const onImport = async (input: HTMLInputElement) => {
    const chosen = input.files?.[0]
    input.value = ''
    if (!chosen) return
    const result = parseStory(await chosen.text(), known)
    if (!result.ok) {
      setStatus({
        key: 'present.editor.importFailed',
        params: { file: chosen.name },
        problems: result.problems,
      })
      return
    }
    replaceStory(result.story)
    setStatus({
      key: 'present.editor.imported',
      params: { file: chosen.name, count: result.story.slides.length },
    })
  }

  return (
    <dialog ref={dialog} className="story-editor" aria-labelledby="story-editor-title">
      <h2 id="story-editor-title">{t('present.editor.title')}</h2>
      <p>{t('present.editor.intro')}</p>
      <UnreadableStory />
      {(save === 'quota' || save === 'unavailable' || save === 'nearlyFull') && (
        <p className="story-save" role="alert" data-save={save}>
          {t(`present.editor.save.${save}`)}
        </p>
      )}
      {n === 0 ? (
        <p className="muted">{t('present.editor.empty')}</p>
      ) : (
        <ol className="story-editor-list" data-testid="story-editor-list">
          {story.slides.map((slide, i) => (
            <li key={slide.id}>
              <span className="story-editor-n" aria-hidden="true">
                {i + 1}
              </span>
              <label>
                <span>{t('present.editor.slideTitleJa')}</span>
                <input
                  lang="ja"
                  value={slide.title.ja}
                  onChange={(e) => retitleSlide(i, { ...slide.title, ja: e.target.value })}
                  onBlur={(e) => {
                    if (!e.target.value.trim()) retitleSlide(i, { ...slide.title, ja: slide.title.en })
                  }}
                />
              </label>
              <label>
                <span>{t('present.editor.slideTitleEn')}</span>
                <input
                  lang="en"
                  value={slide.title.en}
                  onChange={(e) => retitleSlide(i, { ...slide.title, en: e.target.value })}
                  onBlur={(e) => {
                    if (!e.target.value.trim()) retitleSlide(i, { ...slide.title, en: slide.title.ja })
                  }}
                />
              </label>
              <span className="story-editor-actions">
                <button
                  type="button"
                  disabled={i === 0}
                  aria-label={t('present.editor.moveUp', { n: i + 1 })}
                  onClick={() => {
                    moveSlide(i, i - 1)
                    setStatus({ key: 'present.editor.moved', params: { n: i } })
                  }}
                >
                  ↑
                </button>
                <button
                  type="button"
                  disabled={i === n - 1}
                  aria-label={t('present.editor.moveDown', { n: i + 1 })}
                  onClick={() => {
                    moveSlide(i, i + 1)
                    setStatus({ key: 'present.editor.moved', params: { n: i + 2 } })
                  }}
                >
                  ↓
                </button>
                <button
                  type="button"
                  aria-label={t('present.editor.remove', { n: i + 1 })}
                  onClick={() => {
                    removeSlide(i)
                    setStatus({ key: 'present.editor.removed', params: { n: i + 1 } })
                  }}
                >
                  ✕
                </button>
              </span>
            </li>
          ))}
        </ol>
      )}
      <div className="story-editor-tools">
        <button type="button" disabled={n === 0} onClick={onPresent}>
          {t('present.editor.present')}
        </button>
        <button
          type="button"
          disabled={n === 0}
          onClick={() =>
            downloadBlob(
              new Blob([`${JSON.stringify(story, null, 2)}\n`], { type: 'application/json' }),
              `${story.id}.json`,
            )
          }
        >
          {t('present.editor.export')}
        </button>
        <button type="button" onClick={() => file.current?.click()}>
          {t('present.editor.import')}
        </button>
        <input
          ref={file}
          type="file"
          accept=".json,application/json"
          className="visually-hidden"
          tabIndex={-1}
          aria-label={t('present.editor.import')}
          data-testid="story-import"
          onChange={(e) => void onImport(e.currentTarget)}
        />
        <button
          type="button"
          disabled={n === 0}
          onClick={() => {
            if (!confirmClear) {
              setConfirmClear(true)
              return
            }
            clearStory()
            setConfirmClear(false)
            setStatus({ key: 'present.editor.cleared' })
          }}
          onBlur={() => setConfirmClear(false)}
        >
          {confirmClear ? t('present.editor.clearConfirm', { count: n }) : t('present.editor.clear')}
        </button>
      </div>
      <div role="status" className="story-editor-status" lang={lang}>
        {status && <p>{t(status.key, status.params ?? {})}</p>}
        {status?.problems && <StoryProblems problems={status.problems} />}
      </div>
      <button type="button" className="dialog-close" onClick={() => dialog.current?.close()}>
        {t('present.editor.close')}
      </button>
    </dialog>
  )
}
