import './charts.css'
import { memo } from 'react'
import { GdpPanel } from './gdp/gdp-panel'
import { LinksPanel } from './links/links-panel'
import { OdaPanel } from './oda/oda-panel'
import { TimelinePanel } from './timeline/timeline-panel'

/** The linked panels under the map: each reads the shared store and writes back to it. */
export const ChartsArea = memo(function ChartsArea() {
  return (
    <div className="charts-area">
      <GdpPanel />
      <OdaPanel />
      <LinksPanel />
      <TimelinePanel />
    </div>
  )
})

/** One panel on its own, as a briefing slide shows it (app/ hands it to present mode). */
export function SlideChart({ chart }: { chart: 'gdp' | 'oda' | 'links' }) {
  return (
    <div className="charts-area charts-area--slide">
      {chart === 'gdp' ? <GdpPanel /> : chart === 'oda' ? <OdaPanel /> : <LinksPanel />}
    </div>
  )
}
