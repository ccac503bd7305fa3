// Placeholder until the feature lands.
import type { ReactNode } from 'react'
export function CompareView(_props: { map?: ReactNode }) {
  return null
}
