import { useEffect, useRef } from 'react'

export type PresentCommand = 'next' | 'prev' | 'first' | 'last' | 'leave'

/** Which command a key gives in present mode, or null. */
function commandOf(key: string): PresentCommand | null {
  switch (key) {
    case 'ArrowRight':
    case 'PageDown':
    case ' ':
      return 'next'
    case 'ArrowLeft':
    case 'PageUp':
      return 'prev'
    case 'Home':
      return 'first'
    case 'End':
      return 'last'
    case 'Escape':
      return 'leave'
    default:
      return null
  }
}

function typingIn(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  )
}

/**
 * Slide keys for the whole page while presenting. Listens in the capture phase so the map's own
 * arrow-key panning does not also move the camera; keys typed into a field, Space and Enter on a
 * button, and anything while a dialog is open keep their usual meaning.
 */
export function usePresentKeys(run: (command: PresentCommand) => void): void {
  const latest = useRef(run)
  latest.current = run
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return
      if (document.querySelector('dialog[open]')) return
      const command = commandOf(e.key)
      if (!command || typingIn(e.target)) return
      const onControl = e.target instanceof HTMLElement && e.target.closest('button, a, summary')
      if (e.key === ' ' && onControl) return
      e.preventDefault()
      e.stopPropagation()
      latest.current(command)
    }
    window.addEventListener('keydown', onKey, true)
    return () => window.removeEventListener('keydown', onKey, true)
  }, [])
}
