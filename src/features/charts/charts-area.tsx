// Placeholder until the feature lands.
import type { ReactNode } from 'react'
export function ChartsArea(_props: { map?: ReactNode }) {
  return null
}
