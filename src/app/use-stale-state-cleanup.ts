import { useEffect } from 'react'
import { useImportsRead } from '@/data/imported-store'
import { useNetwork, useSchemes } from '@/data/use-dataset'
import { sanitizeState } from '@/domain/sanitize-state'
import { useStore } from '@/state/store'
import { correctingUrl } from '@/state/url-sync'

/**
 * Once the data is in (the records imported in this browser too), forget URL parts that point at
 * records the data does not have.
 */
export function useStaleStateCleanup(): void {
  const { network } = useNetwork()
  const schemes = useSchemes().data
  const importsRead = useImportsRead((s) => s.read)
  useEffect(() => {
    if (!network || !importsRead) return
    const apply = () => {
      const s = useStore.getState()
      const ids = schemes ? new Set(schemes.schemes.map((x) => x.id)) : null
      const clean = sanitizeState(s, network, ids)
      if (clean === s) return
      correctingUrl(() => s.replaceState(clean))
    }
    apply()
    window.addEventListener('popstate', apply)
    return () => window.removeEventListener('popstate', apply)
  }, [network, schemes, importsRead])
}
