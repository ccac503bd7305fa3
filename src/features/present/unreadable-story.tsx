import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { discardKeptAside, keptAside } from '@/data/kept-aside'
import { downloadBlob } from '@/shared/download'
import { USER_STORY_STORE } from './present-store'
import { StoryProblems } from './story-problems'
import { parseStory } from './story-validate'

/**
 * A story saved in this browser that could not be read back (see present-store.ts): what is wrong
 * with it, and the story itself to download (to fix and import) or to discard. Nothing otherwise.
 */
export function UnreadableStory() {
  const { t } = useTranslation()
  const [kept, setKept] = useState(() => keptAside(USER_STORY_STORE))
  if (kept === null) return null
  const result = parseStory(kept)
  return (
    <div className="story-unreadable" role="alert">
      <p>{t('present.editor.unreadable')}</p>
      {!result.ok && <StoryProblems problems={result.problems} />}
      <button
        type="button"
        onClick={() =>
          downloadBlob(new Blob([kept], { type: 'application/json' }), 'my-story-unreadable.json')
        }
      >
        {t('present.editor.unreadableDownload')}
      </button>
      <button
        type="button"
        onClick={() => {
          discardKeptAside(USER_STORY_STORE)
          setKept(null)
        }}
      >
        {t('present.editor.unreadableDiscard')}
      </button>
    </div>
  )
}
