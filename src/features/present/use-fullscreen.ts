import { useCallback, useEffect, useState } from 'react'

/** Full screen through the Fullscreen API where the browser allows it; presenting works without it. */
export function useFullscreen(): {
  active: boolean
  supported: boolean
  toggle: () => void
  exit: () => void
} {
  const [active, setActive] = useState(() => document.fullscreenElement !== null)
  const supported =
    typeof document.documentElement.requestFullscreen === 'function' && document.fullscreenEnabled
  useEffect(() => {
    const onChange = () => setActive(document.fullscreenElement !== null)
    document.addEventListener('fullscreenchange', onChange)
    return () => document.removeEventListener('fullscreenchange', onChange)
  }, [])
  const exit = useCallback(() => {
    if (document.fullscreenElement) document.exitFullscreen().catch(() => undefined)
  }, [])
  const toggle = useCallback(() => {
    // Refusals (no user gesture, blocked by the embedding page) leave the page as it is.
    if (document.fullscreenElement) exit()
    else document.documentElement.requestFullscreen?.().catch(() => undefined)
  }, [exit])
  return { active, supported, toggle, exit }
}
