// One shared ticking clock for every "3 s ago" on screen, so they all move together.
import { useSyncExternalStore } from 'react'
import type { Instant } from '../domain/events/parsed-event'

const TICK_MS = 1_000

let now: Instant = Date.now()
let timer: ReturnType<typeof setInterval> | undefined
const listeners = new Set<() => void>()

function tick(): void {
  now = Date.now()
  for (const listener of listeners) listener()
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  if (timer === undefined) {
    // The value may be old after a quiet spell without subscribers.
    now = Date.now()
    timer = setInterval(tick, TICK_MS)
  }
  return () => {
    listeners.delete(listener)
    if (listeners.size === 0 && timer !== undefined) {
      clearInterval(timer)
      timer = undefined
    }
  }
}

/**
 * This browser's clock, rounded down to `granularityMs` (at least a second). The caller re-renders
 * only when the rounded value changes: a list that only needs the day asks for minutes.
 */
export function useNow(granularityMs = TICK_MS): Instant {
  const step = Math.max(TICK_MS, granularityMs)
  return useSyncExternalStore(subscribe, () => Math.floor(now / step) * step)
}
