// Keeps the alert state small: drops what can no longer matter and caps what is left.
import type { Acknowledgement, AlertState, Snooze } from './alert-state-schema'

export interface AlertStateBounds {
  /**
   * An acknowledgement older than the proxy's event retention is about an alert whose opening
   * event (always older than the acknowledgement) is gone, so no browser can show it any more.
   */
  readonly retentionMs: number
  /** Most acknowledgements, and most snoozes, kept; the oldest go first. */
  readonly maxEntries: number
}

function newest<T extends { at: string }>(entries: readonly T[], max: number): T[] {
  if (entries.length <= max) return [...entries]
  return [...entries].sort((a, b) => Date.parse(b.at) - Date.parse(a.at)).slice(0, max)
}

/** Acknowledgements within retention and snoozes not yet over, each list capped. */
export function pruneAlertState(
  state: AlertState,
  now: number,
  bounds: AlertStateBounds,
): AlertState {
  const oldestKept = now - bounds.retentionMs
  const acknowledgements = state.acknowledgements.filter(
    (ack: Acknowledgement) => Date.parse(ack.at) >= oldestKept,
  )
  // A snooze that is over changes nothing: the alert is simply open again.
  const snoozes = state.snoozes.filter((snooze: Snooze) => Date.parse(snooze.until) > now)
  return {
    acknowledgements: newest(acknowledgements, bounds.maxEntries),
    snoozes: newest(snoozes, bounds.maxEntries),
  }
}
