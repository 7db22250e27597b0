// The explorer's filters and its opened row, read from and written to the URL in one place.
import { useCallback, useMemo } from 'react'
import { useSearchParams } from 'react-router'
import {
  FILTER_KEYS,
  formatEventFilters,
  parseEventFilters,
  type EventFilters,
} from './event-filters'

const OPEN_KEY = 'event'

export interface EventFiltersState {
  readonly filters: EventFilters
  /** Writes every filter at once (one history entry, replaced: typing must not flood Back). */
  readonly setFilters: (next: EventFilters) => void
  /** The id of the expanded event, '' when none. In the URL too, so a link opens the same row. */
  readonly openId: string
  readonly setOpenId: (id: string) => void
}

export function useEventFilters(): EventFiltersState {
  const [params, setParams] = useSearchParams()
  // Parsed from this view's keys only, so opening a row (another key) keeps the same filters
  // object and the list is not filtered again.
  const own = new URLSearchParams()
  for (const key of FILTER_KEYS) {
    const value = params.get(key)
    if (value !== null) own.set(key, value)
  }
  const ownQuery = own.toString()
  const filters = useMemo(() => parseEventFilters(new URLSearchParams(ownQuery)), [ownQuery])
  const openId = params.get(OPEN_KEY) ?? ''

  const setFilters = useCallback(
    (next: EventFilters) => {
      setParams((current) => formatEventFilters(next, current), { replace: true })
    },
    [setParams],
  )
  const setOpenId = useCallback(
    (id: string) => {
      setParams(
        (current) => {
          const updated = new URLSearchParams(current)
          if (id === '') updated.delete(OPEN_KEY)
          else updated.set(OPEN_KEY, id)
          return updated
        },
        { replace: true },
      )
    },
    [setParams],
  )
  return { filters, setFilters, openId, setOpenId }
}
