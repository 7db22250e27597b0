// The name of the person at this browser, asked once and remembered (localStorage), for "acknowledged by".
import { useCallback, useSyncExternalStore } from 'react'

const STORAGE_KEY = 'doorboard.person-name'

const listeners = new Set<() => void>()

function read(): string {
  try {
    return window.localStorage.getItem(STORAGE_KEY) ?? ''
  } catch {
    // Storage can be off (private mode, policy): the name is then asked each time.
    return ''
  }
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  // Another tab of this browser may set the name.
  window.addEventListener('storage', listener)
  return () => {
    listeners.delete(listener)
    window.removeEventListener('storage', listener)
  }
}

export function usePersonName(): readonly [string, (name: string) => void] {
  const name = useSyncExternalStore(subscribe, read, () => '')
  const setName = useCallback((next: string) => {
    try {
      window.localStorage.setItem(STORAGE_KEY, next.trim())
    } catch {
      // See read(): nothing to remember it in.
    }
    for (const listener of listeners) listener()
  }, [])
  return [name, setName] as const
}
