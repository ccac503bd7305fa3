import { useMemo } from 'react'
import { type ShadedValues, useIndicatorValues } from '@/shared/use-indicator-values'
import { type Choropleth, choropleth } from './choropleth'

/** The shaded indicator's values and their colours: one object while neither changes. */
export type ShadedMap = ShadedValues & { scale: Choropleth }

export function useChoropleth(): ShadedMap {
  const shaded = useIndicatorValues()
  return useMemo(() => ({ ...shaded, scale: choropleth(shaded.indicator, shaded.values) }), [shaded])
}
