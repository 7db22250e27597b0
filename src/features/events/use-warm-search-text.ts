// Fills the search-text cache in idle moments, so the first letter typed over 200,000 events is quick.
import { useEffect } from 'react'
import type { ParsedEvent } from '../../domain/events/parsed-event'
import type { SearchTextOf } from './event-search-text'

const SLICE = 4_000

// Safari has no requestIdleCallback; a zero timeout still yields between slices.
const whenIdle = (run: () => void): (() => void) => {
  if (typeof window.requestIdleCallback === 'function') {
    const handle = window.requestIdleCallback(run, { timeout: 1_000 })
    return () => window.cancelIdleCallback(handle)
  }
  const handle = setTimeout(run, 0)
  return () => clearTimeout(handle)
}

export function useWarmSearchText(events: readonly ParsedEvent[], searchText: SearchTextOf): void {
  useEffect(() => {
    let next = 0
    let cancel = whenIdle(step)
    function step() {
      const end = Math.min(events.length, next + SLICE)
      // Cached events cost one WeakMap lookup, so re-walking after each poll is cheap.
      for (; next < end; next++) searchText(events[next]!)
      if (next < events.length) cancel = whenIdle(step)
    }
    return () => cancel()
  }, [events, searchText])
}
