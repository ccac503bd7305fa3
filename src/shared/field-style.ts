import type { FieldId } from '@/state/defaults'

/**
 * One colour per field of cooperation, shared by the map, the panels and the legends.
 * Tableau-style hues that stay apart for common colour-vision deficiencies; every use also
 * prints the field's name, so colour is never the only channel.
 */
export const FIELD_COLORS: Record<FieldId, string> = {
  water: '#1f77b4',
  sewerage: '#17becf',
  waste: '#8c564b',
  urban: '#d62728',
  agriculture: '#2ca02c',
  health: '#e377c2',
  welfare: '#9467bd',
  education: '#bcbd22',
  disaster: '#ff7f0e',
  tourism: '#f4a6b7',
  exchange: '#7f7f7f',
  environment: '#3a9d5d',
  industry: '#5a4fcf',
}

/** The colour of marks whose link or project has no field recorded. */
const NO_FIELD_COLOR = '#7f7f7f'

/** A field's colour; `null` (no field recorded) is NO_FIELD_COLOR, an unknown id a dark grey. */
export function fieldColor(field: string | null): string {
  if (field === null) return NO_FIELD_COLOR
  return (FIELD_COLORS as Record<string, string>)[field] ?? '#555555'
}
