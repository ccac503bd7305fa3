import type { KeyboardEvent } from 'react'

/** Click and Enter/Space handlers for a focusable SVG mark that behaves as a button. */
export function activate(handler: () => void): {
  onClick: () => void
  onKeyDown: (e: KeyboardEvent) => void
} {
  return {
    onClick: handler,
    onKeyDown: (e) => {
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault()
        handler()
      }
    },
  }
}
