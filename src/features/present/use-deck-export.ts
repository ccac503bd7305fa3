import { type RefObject, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useCountries, useIndicators, useNetwork, useOda, useSources } from '@/data/use-dataset'
import { downloadBlob } from '@/shared/download'
import { useLang } from '@/shared/use-lang'
import { captureSlides } from './capture'
import { deckFileName, deckOf } from './deck'
import { chartsOfSlide, type DeckChartInput } from './deck-charts'
import type { CameraDirector } from './present-camera'
import type { Story } from './story-schema'

export type ExportStatus = { key: string; params?: Record<string, string | number> } | null
export type ExportKind = 'pptx' | 'pdf' | 'handout'

/**
 * Builds the take-away deck in the current language: shows every slide to copy what it shows (the
 * map's image and legend, the comparison table's cells; a chart's data comes from the data files),
 * then writes an editable .pptx, a PDF of the slides or an A4 handout (slide and notes), and
 * returns to the slide the presenter was on. The writers load only now.
 */
export function useDeckExport(
  story: Story | undefined,
  director: CameraDirector | null,
  show: (index: number) => void,
  current: number,
  visual: RefObject<HTMLElement | null>,
) {
  const { t } = useTranslation()
  const lang = useLang()
  const sources = useSources().data
  const countries = useCountries().data
  const indicators = useIndicators().data
  const oda = useOda().data
  const { network } = useNetwork()
  const [busy, setBusy] = useState(false)
  const [status, setStatus] = useState<ExportStatus>(null)

  const run = async (kind: ExportKind) => {
    if (busy || !story || story.slides.length === 0) return
    setBusy(true)
    const total = story.slides.length
    try {
      const input: DeckChartInput = {
        lang,
        countries,
        indicators,
        oda,
        network,
        words: {
          gdpTitle: `${t('charts.gdp.title')} (${t('indicators.gdp_per_capita_usd.unit')})`,
          odaReportTitle: `${t('charts.oda.title')}: ${t('charts.oda.report2015')}`,
          odaOecdTitle: `${t('charts.oda.title')}: ${t('charts.oda.oecdTitle.gross')}`,
          odaOecdNetTitle: `${t('charts.oda.title')}: ${t('charts.oda.oecdTitle.net')}`,
          linksTitle: t('charts.links.title'),
          linksUnit: t('present.export.linksUnit'),
          odaParts: {
            grantAid: t('charts.oda.parts.grantAid'),
            technicalCooperation: t('charts.oda.parts.technicalCooperation'),
            loansDisbursed: t('charts.oda.parts.loansDisbursed'),
            loansRepaid: t('charts.oda.parts.loansRepaid'),
          },
        },
      }
      const captured = await captureSlides(
        story.slides,
        show,
        (i) => setStatus({ key: 'present.export.preparing', params: { current: i + 1, total } }),
        {
          area: () => visual.current,
          live: director ? { map: director.mapInstance, director } : null,
          charts: (slide) => chartsOfSlide(slide, input),
        },
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
        captured,
      )
      const blob =
        kind === 'pptx'
          ? await (await import('./export-pptx')).pptxBlob(deck)
          : await (await import('./export-pdf')).pdfBlob(deck, kind === 'handout' ? 'handout' : 'slides', {
              notes: t('present.notes'),
            })
      const file = deckFileName(story, lang, kind === 'pptx' ? 'pptx' : 'pdf', kind === 'handout')
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
