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
