import { INK } from '@/shared/colors'

/**
 * One colour per country for line charts, dark enough to read as thin lines on white. Every line
 * also carries the country's name as a label, so colour is never the only channel.
 */
const COUNTRY_COLORS: Record<string, string> = {
  BRN: '#8a6d00',
  KHM: '#c0392b',
  IDN: '#1f6fb4',
  LAO: '#2b8a2b',
  MYS: '#7b4fb0',
  MMR: '#d35400',
  PHL: '#0e7c8c',
  SGP: '#c2185b',
  THA: '#6d4c41',
  VNM: '#00695c',
  JPN: INK,
}

export function countryColor(iso3: string): string {
  return COUNTRY_COLORS[iso3] ?? '#555555'
}
