// Which of an account's own events a device row reads: the connectivity timeline's account events.
import type { ParsedEvent } from '../../domain/events/parsed-event'

/**
 * The account events connectivityTimeline lays over a device's own (the account going down takes
 * its devices offline, these bring them back). A test holds this list to the domain's behaviour.
 */
export const CONNECTIVITY_ACCOUNT_TYPES: ReadonlySet<string> = new Set([
  'connected_account.connected',
  'connected_account.successful_login',
  'connected_account.completed_first_sync',
  'connected_account.completed_first_sync_after_reconnection',
  'connected_account.disconnected',
])

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
  for (const event of events ?? []) if (CONNECTIVITY_ACCOUNT_TYPES.has(event.type)) kept.push(event)
  return kept
}
