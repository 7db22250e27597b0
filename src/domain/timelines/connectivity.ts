// A device's connectivity over time: online, offline (and why), flaky, or not known yet.
import type { DisconnectReason, Instant, ParsedEvent } from '../events/parsed-event'
import type { ConnectivityState } from '../status/current-device-status'
import { compareEvents, timelineEvents } from './event-order'
import type { StateInterval } from './state-interval'
import { appendInterval, causeOf } from './state-interval'
import { DEVICE_CONNECTIVITY_TYPES } from '../events/event-types'
import { addedItems } from '../events/added-items'

export interface ConnectivityInterval extends StateInterval<ConnectivityState> {
  /** Why the device was offline; set on offline intervals only. */
  readonly reason?: DisconnectReason
}

export interface ConnectivityTimelineOptions {
  /**
   * Account-level events of the device's connected account. `connected_account.disconnected`
   * takes the device offline (`account_disconnected`); the account connecting again gives the
   * device back the state its own events last reported.
   */
  readonly accountEvents?: readonly ParsedEvent[]
  /**
   * Where the period of interest starts. Time from here to the first connectivity event is drawn
   * as `unknown`; without it the timeline starts at the first event.
   */
  readonly since?: Instant
}

const ACCOUNT_UP_TYPES: ReadonlySet<string> = new Set([
  'connected_account.connected',
  'connected_account.successful_login',
  'connected_account.completed_first_sync',
  'connected_account.completed_first_sync_after_reconnection',
])
/** The account's own events the timeline lays over its devices' (down, and back up). */
export const ACCOUNT_CONNECTIVITY_TYPES: ReadonlySet<string> = new Set([
  ...ACCOUNT_UP_TYPES,
  'connected_account.disconnected',
])

interface Reading {
  readonly state: ConnectivityState
  readonly reason?: DisconnectReason
}

const UNKNOWN: Reading = { state: 'unknown' }
const ONLINE: Reading = { state: 'online' }
const FLAKY: Reading = { state: 'flaky' }
const ACCOUNT_DOWN: Reading = { state: 'offline', reason: 'account_disconnected' }

/**
 * Consecutive intervals `[from, to)` tiling time from the first connectivity event (or `since`)
 * to `now`; the last one is ongoing. A repeated state (connected twice) does not start a new
 * interval; a new offline reason does.
 *
 * The latest evidence wins: a device event during an account outage means the device was heard
 * from, so it is believed. As in currentDeviceStatus, coming back online does not end a flaky
 * spell; only `device.connection_stabilized` does, so the band and the status badge agree.
 */
export function connectivityTimeline(
  events: readonly ParsedEvent[],
  now: Instant,
  options: ConnectivityTimelineOptions = {},
): ConnectivityInterval[] {
  const ordered = mergeInOrder(
    selected(events, now, DEVICE_CONNECTIVITY_TYPES),
    selected(options.accountEvents ?? [], now, ACCOUNT_CONNECTIVITY_TYPES),
  )
  const intervals: ConnectivityInterval[] = []
  let own: Reading = UNKNOWN
  let flakySpell = false
  let accountDown = false
  let shown: Reading = UNKNOWN

  for (const event of ordered) {
    switch (event.type) {
      case 'device.connected':
      case 'device.unmanaged.connected':
        own = flakySpell ? FLAKY : ONLINE
        accountDown = false
        break
      case 'device.disconnected':
      case 'device.unmanaged.disconnected':
        own = { state: 'offline', reason: event.details?.disconnectReason ?? 'unknown' }
        accountDown = false
        break
      case 'device.connection_became_flaky':
        flakySpell = true
        own = FLAKY
        accountDown = false
        break
      case 'device.connection_stabilized':
        flakySpell = false
        own = ONLINE
        accountDown = false
        break
      case 'connected_account.disconnected':
        accountDown = true
        break
      default:
        // The account types that mean it works again.
        accountDown = false
    }
    const next = accountDown ? ACCOUNT_DOWN : own
    if (next.state === shown.state && next.reason === shown.reason) continue
    shown = next
    const interval: ConnectivityInterval = {
      state: next.state,
      from: event.occurredAt,
      to: null,
      cause: causeOf(event),
    }
    appendInterval(
      intervals,
      next.reason === undefined ? interval : { ...interval, reason: next.reason },
    )
  }
  return withUnknownStart(intervals, options.since)
}

function withUnknownStart(
  intervals: ConnectivityInterval[],
  since: Instant | undefined,
): ConnectivityInterval[] {
  if (since === undefined) return intervals
  const first = intervals[0]
  if (first === undefined) return [{ state: 'unknown', from: since, to: null }]
  if (since >= first.from) return intervals
  return [{ state: 'unknown', from: since, to: first.from }, ...intervals]
}

// The lists passed in are never changed (a new event makes a new list), so their selection can
// be kept by identity: a hundred devices of one account share its list, and a device whose own
// events did not change keeps its selection while its account's change.
const selections = new WeakMap<
  readonly ParsedEvent[],
  {
    readonly now: Instant
    readonly types: ReadonlySet<string>
    readonly events: readonly ParsedEvent[]
  }
>()

function selected(
  events: readonly ParsedEvent[],
  now: Instant,
  types: ReadonlySet<string>,
): readonly ParsedEvent[] {
  const kept = selections.get(events)
  if (kept !== undefined && kept.now === now && kept.types === types) return kept.events
  const selection = timelineEvents(events, now, types)
  selections.set(events, { now, types, events: selection })
  return selection
}

/**
 * Lets `next`, a device's list that holds all of `previous` and a few newcomers, start from the
 * selection made for `previous` (same `now`): only the newcomers are read and merged in. Nothing
 * happens when there is no such selection or `next` lost any of `previous`.
 */
export function carryConnectivitySelection(
  previous: readonly ParsedEvent[],
  next: readonly ParsedEvent[],
  now: Instant,
): void {
  const kept = selections.get(previous)
  if (kept === undefined || kept.now !== now || kept.types !== DEVICE_CONNECTIVITY_TYPES) return
  if (selections.has(next)) return
  const added = addedItems(previous, next)
  if (added === undefined) return
  const fresh = timelineEvents(added, now, DEVICE_CONNECTIVITY_TYPES)
  const events = fresh.length === 0 ? kept.events : mergeInOrder(kept.events, fresh)
  selections.set(next, { now, types: DEVICE_CONNECTIVITY_TYPES, events })
}

/** Merges two lists already in event order (neither is changed). */
function mergeInOrder(
  device: readonly ParsedEvent[],
  account: readonly ParsedEvent[],
): readonly ParsedEvent[] {
  if (account.length === 0) return device
  const merged: ParsedEvent[] = []
  let i = 0
  let j = 0
  while (i < device.length || j < account.length) {
    const a = device[i]
    const b = account[j]
    if (b === undefined || (a !== undefined && compareEvents(a, b) <= 0)) {
      merged.push(a!)
      i++
    } else {
      merged.push(b)
      j++
    }
  }
  return merged
}
