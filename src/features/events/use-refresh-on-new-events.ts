// Keeps the explorer live: when the proxy stores new events, its loaded pages and count are refetched.
import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useEffect, useRef } from 'react'
import { healthQuery, type Health } from '../../api/get-health'
import { EVENTS_QUERY_KEY } from '../../api/live/event-page-query'

const selectEventCount = (health: Health) => health.event_count

/**
 * The health query is already kept fresh for the header (patched by the live stream, polled when it
 * cannot be held), and its event_count moves whenever a poll stores events; so one signal serves
 * both modes, and a quiet fleet costs no request. TanStack refetches an infinite query's pages in
 * order from the first, following each fresh cursor: the reader keeps as many rows as were loaded.
 */
export function useRefreshOnNewEvents(): void {
  const queryClient = useQueryClient()
  const { data: eventCount } = useQuery({ ...healthQuery(), select: selectEventCount })
  const seen = useRef(eventCount)
  useEffect(() => {
    if (eventCount === undefined) return
    if (seen.current !== undefined && seen.current !== eventCount) {
      void queryClient.invalidateQueries({ queryKey: EVENTS_QUERY_KEY })
    }
    seen.current = eventCount
  }, [eventCount, queryClient])
}
