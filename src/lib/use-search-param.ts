// One value of the page's URL query as React state, so every view's state is a shareable link.
import { useCallback } from 'react'
import { useSearchParams } from 'react-router'

/**
 * Reads `key` from the query string (`fallback` when absent) and returns a setter that writes it
 * back, replacing the history entry so typing in a filter does not flood the back button. Setting
 * the fallback or an empty string removes the key, keeping links short.
 */
export function useSearchParam(
  key: string,
  fallback = '',
): readonly [string, (value: string) => void] {
  const [params, setParams] = useSearchParams()
  const value = params.get(key) ?? fallback
  const setValue = useCallback(
    (next: string) => {
      setParams(
        (current) => {
          const updated = new URLSearchParams(current)
          if (next === '' || next === fallback) updated.delete(key)
          else updated.set(key, next)
          return updated
        },
        { replace: true },
      )
    },
    [key, fallback, setParams],
  )
  return [value, setValue] as const
}

/** A comma-separated list in one query key, e.g. `?types=lock.locked,lock.unlocked`. */
export function parseListParam(value: string): string[] {
  return value === '' ? [] : value.split(',').filter((item) => item !== '')
}

export function formatListParam(items: readonly string[]): string {
  return items.join(',')
}
