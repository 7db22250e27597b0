// Which of an account's own events a device row reads: the connectivity timeline's account events.
import type { ParsedEvent } from '../../domain/events/parsed-event'
import { ACCOUNT_CONNECTIVITY_TYPES } from '../../domain/timelines/connectivity'

/**
 * Whether two lists of an account's events hold the same connectivity events: when they do, the
 * account's device rows are the same whichever list they are built from.
 */
export function sameConnectivityEvents(
  a: readonly ParsedEvent[] | undefined,
  b: readonly ParsedEvent[] | undefined,
): boolean {
  if (a === b) return true
  const left = connectivityEvents(a)
  const right = connectivityEvents(b)
  if (left.length !== right.length) return false
  for (let i = 0; i < left.length; i++) if (left[i] !== right[i]) return false
  return true
}

function connectivityEvents(events: readonly ParsedEvent[] | undefined): ParsedEvent[] {
  const kept: ParsedEvent[] = []
  for (const event of events ?? []) if (ACCOUNT_CONNECTIVITY_TYPES.has(event.type)) kept.push(event)
  return kept
}
