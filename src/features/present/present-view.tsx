// Placeholder until the feature lands.
import type { ReactNode } from 'react'
export function PresentView(_props: { map?: ReactNode }) {
  return null
}
