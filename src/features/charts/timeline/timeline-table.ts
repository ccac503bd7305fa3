import { isUserRecord } from '@/data/origin'
import type { Project, TimelineEvent } from '@/data/schema-files'
import type { Cite, PanelTable } from '../panel-table'

export const TIMELINE_HEADER = [
  'kind',
  'id',
  'title',
  'field',
  'category',
  'start_year',
  'end_year',
  'origin',
  'source',
]

/**
 * The timeline's download: every event and every project (those the chart cannot place, with no
 * start year, too), each with its field, years, whether it is curated or the user's own, and source.
 */
export function timelineTable(args: {
  events: readonly TimelineEvent[]
  projects: readonly Project[]
  text: (t: { ja: string; en: string }) => string
  label: { field: (f: string) => string; event: string; project: string; curated: string; mine: string }
  cite: Cite
  notes: string[]
}): PanelTable {
  const { label } = args
  return {
    header: TIMELINE_HEADER,
    rows: [
      ...args.events.map((e) => [
        label.event,
        e.id,
        args.text(e.title),
        '',
        e.category,
        e.year,
        e.year,
        label.curated,
        args.cite(e.source),
      ]),
      ...args.projects.map((p) => [
        label.project,
        p.id,
        args.text(p.title),
        label.field(p.field),
        '',
        p.startYear,
        p.endYear,
        isUserRecord(p) ? label.mine : label.curated,
        args.cite(p.source),
      ]),
    ],
    notes: args.notes,
  }
}
