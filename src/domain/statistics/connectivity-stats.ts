// How well a device stayed connected over a window: time per state, uptime, and flapping.
import type { DisconnectReason, Instant } from '../events/parsed-event'
import type { ConnectivityState } from '../status/current-device-status'
import type { ConnectivityInterval } from '../timelines/connectivity'
import type { TimeWindow } from '../timelines/state-interval'
import { clipIntervals } from '../timelines/state-interval'

const DAY_MS = 86_400_000

export interface ConnectivityStats {
  readonly window: TimeWindow
  /** The part of the window that has happened: it ends at `now` if that is earlier. */
  readonly observedTo: Instant
  /** Milliseconds per state; time no event covers counts as `unknown`. */
  readonly msByState: Readonly<Record<ConnectivityState, number>>
  readonly offlineMsByReason: Readonly<Record<DisconnectReason, number>>
  /**
   * Percentage of the known time the device was reachable: (online + flaky) / (online + flaky +
   * offline). Unknown time is left out of the denominator, since nothing says the device was
   * down then. A flaky device still answers, so flaky counts as up. null when nothing is known.
   */
  readonly uptimePercent: number | null
  /** Transitions into offline or flaky from another known state that started in the window. */
  readonly flaps: number
  /** flaps per day of observed window. */
  readonly flapsPerDay: number
}

export function connectivityStats(
  timeline: readonly ConnectivityInterval[],
  window: TimeWindow,
  now: Instant,
): ConnectivityStats {
  const observedTo = Math.max(window.from, Math.min(window.to, now))
  const msByState: Record<ConnectivityState, number> = {
    online: 0,
    offline: 0,
    flaky: 0,
    unknown: 0,
  }
  const offlineMsByReason: Record<DisconnectReason, number> = {
    account_disconnected: 0,
    hub_disconnected: 0,
    device_disconnected: 0,
    unknown: 0,
  }
  let covered = 0
  for (const part of clipIntervals(timeline, window, now)) {
    const length = (part.to ?? part.from) - part.from
    covered += length
    msByState[part.state] += length
    if (part.state === 'offline') offlineMsByReason[part.reason ?? 'unknown'] += length
  }
  msByState.unknown += observedTo - window.from - covered

  let flaps = 0
  for (let i = 1; i < timeline.length; i++) {
    const interval = timeline[i]!
    const previous = timeline[i - 1]!.state
    const down = interval.state === 'offline' || interval.state === 'flaky'
    const inWindow = interval.from >= window.from && interval.from < observedTo
    if (down && inWindow && previous !== 'unknown' && previous !== interval.state) flaps++
  }

  const up = msByState.online + msByState.flaky
  const known = up + msByState.offline
  const observedDays = (observedTo - window.from) / DAY_MS
  return {
    window,
    observedTo,
    msByState,
    offlineMsByReason,
    uptimePercent: known > 0 ? (up / known) * 100 : null,
    flaps,
    flapsPerDay: observedDays > 0 ? flaps / observedDays : 0,
  }
}
