import { useTranslation } from 'react-i18next'
import { selectYearRange } from '@/state/selectors'
import { useStore } from '@/state/store'

/** The year range by keyboard: the years the timeline's brush sets by dragging, and a way to clear it. */
export function YearRangeForm({ range }: { range: [number, number] }) {
  const { t } = useTranslation()
  const yearRange = useStore(selectYearRange)
  const setYearRange = useStore((s) => s.setYearRange)
  const [from, to] = yearRange ?? range
  return (
    <form
      className="year-range-form"
      onSubmit={(e) => {
        e.preventDefault()
        const data = new FormData(e.currentTarget)
        const a = Number(data.get('from'))
        const b = Number(data.get('to'))
        if (Number.isInteger(a) && Number.isInteger(b)) setYearRange([Math.min(a, b), Math.max(a, b)])
      }}
    >
      <label>
        {t('charts.timeline.from')}{' '}
        <input name="from" type="number" min={range[0]} max={range[1]} defaultValue={from} key={`f${from}`} />
      </label>
      <label>
        {t('charts.timeline.to')}{' '}
        <input name="to" type="number" min={range[0]} max={range[1]} defaultValue={to} key={`t${to}`} />
      </label>
      <button type="submit" className="text-button">
        {t('charts.timeline.apply')}
      </button>
      {yearRange && (
        <button type="button" className="text-button" onClick={() => setYearRange(null)}>
          {t('charts.timeline.clear')}
        </button>
      )}
    </form>
  )
}
