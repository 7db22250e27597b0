// Which of an account's own events a device row reads: the connectivity timeline's account events.
import type { ParsedEvent } from '../../domain/events/parsed-event'
import { ACCOUNT_CONNECTIVITY_TYPES } from '../../domain/timelines/connectivity'
import { sameItems } from '../../lib/same-items'

const NONE: readonly ParsedEvent[] = []
const connectivityOfList = new WeakMap<readonly ParsedEvent[], readonly ParsedEvent[]>()

/**
 * The connectivity events of an account's list of events, as the very array `previous` (the
 * account's list before) gave when they are the same ones. Rows keyed on it are rebuilt only when
 * an account's connectivity changes, not for each reauthorization or webview event.
 */
export function accountConnectivity(
  events: readonly ParsedEvent[] | undefined,
  previous?: readonly ParsedEvent[],
): readonly ParsedEvent[] {
  if (events === undefined) return NONE
  const known = connectivityOfList.get(events)
  if (known !== undefined) return known
  const kept = connectivityEvents(events)
  const before = previous === undefined ? NONE : accountConnectivity(previous)
  const result = kept.length === 0 ? NONE : sameItems(kept, before) ? before : kept
  connectivityOfList.set(events, result)
  return result
}

/**
 * Whether two lists of an account's events hold the same connectivity events: when they do, the
 * account's device rows are the same whichever list they are built from.
 */
export function sameConnectivityEvents(
  a: readonly ParsedEvent[] | undefined,
  b: readonly ParsedEvent[] | undefined,
): boolean {
  return a === b || sameItems(accountConnectivity(a), accountConnectivity(b))
}

function connectivityEvents(events: readonly ParsedEvent[]): ParsedEvent[] {
  const kept: ParsedEvent[] = []
  for (const event of events) if (ACCOUNT_CONNECTIVITY_TYPES.has(event.type)) kept.push(event)
  return kept
}
