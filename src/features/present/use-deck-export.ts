import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useSources } from '@/data/use-dataset'
import { downloadBlob } from '@/shared/download'
import { useLang } from '@/shared/use-lang'
import { captureSlideImages } from './capture'
import { deckFileName, deckOf } from './deck'
import type { CameraDirector } from './present-camera'
import type { Story } from './story-schema'

export type ExportStatus = { key: string; params?: Record<string, string | number> } | null

/**
 * Builds the take-away deck: shows every slide on the live map to copy its image, then writes the
 * .pptx or .pdf in the current language and returns to the slide the presenter was on.
 */
export function useDeckExport(
  story: Story | undefined,
  director: CameraDirector | null,
  show: (index: number) => void,
  current: number,
) {
  const { t } = useTranslation()
  const lang = useLang()
  const sources = useSources().data
  const [busy, setBusy] = useState(false)
  const [status, setStatus] = useState<ExportStatus>(null)

  const run = async (kind: 'pptx' | 'pdf') => {
    if (busy || !story || story.slides.length === 0) return
    setBusy(true)
    const total = story.slides.length
    try {
      const live = director ? { map: director.mapInstance, director } : null
      const images = await captureSlideImages(
        total,
        show,
        (i) => setStatus({ key: 'present.export.preparing', params: { current: i + 1, total } }),
        live,
      )
      show(current)
      setStatus({ key: 'present.export.writing' })
      const citations = new Map((sources?.sources ?? []).map((s) => [s.id, s]))
      const date = new Date().toISOString().slice(0, 10)
      const deck = deckOf(
        story,
        lang,
        citations,
        {
          sourceLabel: t('source.label'),
          page: (c, n) => t('present.progress', { current: c, total: n }),
          footer: t('present.export.made', { date }),
        },
        images,
      )
      const blob =
        kind === 'pptx'
          ? await (await import('./export-pptx')).pptxBlob(deck)
          : await (await import('./export-pdf')).pdfBlob(deck)
      const file = deckFileName(story, lang, kind)
      downloadBlob(blob, file)
      setStatus({ key: 'present.export.done', params: { file } })
    } catch (e) {
      show(current)
      setStatus({
        key: 'present.export.failed',
        params: { reason: e instanceof Error ? e.message : String(e) },
      })
    } finally {
      setBusy(false)
    }
  }
  return { busy, status, run }
}
