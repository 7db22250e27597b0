// The state a device is in now: its latest events laid over the inventory snapshot.
import type { Device } from '../devices/device-schema'
import type {
  BatteryStatus,
  DisconnectReason,
  Instant,
  LockMethod,
  ParsedEvent,
} from '../events/parsed-event'
import { parseIsoInstant } from '../events/iso-instant'
import { DEVICE_CONNECTIVITY_TYPES } from '../events/event-types'

export type ConnectivityState = 'online' | 'offline' | 'flaky' | 'unknown'
export type LockState = 'locked' | 'unlocked' | 'unknown'

export interface CurrentDeviceStatus {
  readonly connectivity: {
    readonly state: ConnectivityState
    /** Only when offline. */
    readonly reason?: DisconnectReason
    readonly since?: Instant
  }
  readonly battery: {
    /** 0..1 */
    readonly level?: number
    readonly status?: BatteryStatus
    /** When the reading was taken, if known. */
    readonly at?: Instant
  }
  readonly lock: { readonly state: LockState; readonly method?: LockMethod; readonly at?: Instant }
  readonly lastEvent?: { readonly id: string; readonly type: string; readonly at: Instant }
}

export interface CurrentDeviceStatusOptions {
  /**
   * When the device snapshot was fetched. Events older than it lose to the snapshot, which already
   * reflects them. Without it the snapshot counts as older than every event.
   */
  readonly snapshotAt?: Instant
}

/**
 * Only `known` events count for the state (an invalid one may carry a bad level or time), and
 * only those that happened by `now`, so a past moment can be replayed. Events are ordered by
 * occurredAt, ties going to the larger id in string order, so the result does not depend on the
 * order they are passed in. Events of other devices are ignored.
 */
export function currentDeviceStatus(
  device: Device,
  events: readonly ParsedEvent[],
  now: Instant,
  options: CurrentDeviceStatusOptions = {},
): CurrentDeviceStatus {
  return statusFromEvidence(device, gatherStatusEvidence(device.device_id, events, now), options)
}

/**
 * The latest event of each kind a status is made of. Latest wins whatever the order, so the
 * evidence of a list and then of more events equals that of both at once: a device that got a
 * few new events needs only those gathered into its last evidence (see gatherStatusEvidence).
 */
export interface StatusEvidence {
  readonly now: Instant
  readonly last: ParsedEvent | undefined
  readonly connectivity: ParsedEvent | undefined
  readonly flakyMarker: ParsedEvent | undefined
  readonly level: ParsedEvent | undefined
  readonly status: ParsedEvent | undefined
  readonly lock: ParsedEvent | undefined
}

/** `from` (evidence gathered for the same device and `now`) with `events` gathered in too. */
export function gatherStatusEvidence(
  deviceId: string,
  events: readonly ParsedEvent[],
  now: Instant,
  from?: StatusEvidence,
): StatusEvidence {
  let last = from?.last
  let connectivity = from?.connectivity
  let flakyMarker = from?.flakyMarker
  let level = from?.level
  let status = from?.status
  let lock = from?.lock
  for (const event of events) {
    if (event.occurredAt > now) continue
    if (event.deviceId !== undefined && event.deviceId !== deviceId) continue
    if (isLater(event, last)) last = event
    if (event.status !== 'known') continue
    const type = event.type
    if (DEVICE_CONNECTIVITY_TYPES.has(type)) {
      if (isLater(event, connectivity)) connectivity = event
      const marksFlakiness =
        type === 'device.connection_became_flaky' || type === 'device.connection_stabilized'
      if (marksFlakiness && isLater(event, flakyMarker)) flakyMarker = event
    } else if (type === 'device.low_battery' || type === 'device.battery_status_changed') {
      if (event.details?.batteryLevel !== undefined && isLater(event, level)) level = event
      if (event.details?.batteryStatus !== undefined && isLater(event, status)) status = event
    } else if (type === 'lock.locked' || type === 'lock.unlocked') {
      if (isLater(event, lock)) lock = event
    }
  }
  return { now, last, connectivity, flakyMarker, level, status, lock }
}

/** The status the evidence and the device's snapshot give together. */
export function statusFromEvidence(
  device: Device,
  evidence: StatusEvidence,
  options: CurrentDeviceStatusOptions = {},
): CurrentDeviceStatus {
  const { last, connectivity, flakyMarker, level, status, lock } = evidence
  const snapshotAt = options.snapshotAt
  return {
    connectivity: connectivityNow(device, connectivity, flakyMarker, snapshotAt),
    battery: batteryNow(device, level, status, snapshotAt),
    lock: lockNow(device, lock, snapshotAt),
    lastEvent: last && { id: last.id, type: last.type, at: last.occurredAt },
  }
}

function isLater(event: ParsedEvent, than: ParsedEvent | undefined): boolean {
  if (than === undefined) return true
  if (event.occurredAt !== than.occurredAt) return event.occurredAt > than.occurredAt
  return event.id > than.id
}

/** An event beats the snapshot unless the snapshot is known to be newer. */
function beatsSnapshot(event: ParsedEvent, snapshotAt: Instant | undefined): boolean {
  return snapshotAt === undefined || event.occurredAt >= snapshotAt
}

type Connectivity = CurrentDeviceStatus['connectivity']

function connectivityNow(
  device: Device,
  latest: ParsedEvent | undefined,
  flakyMarker: ParsedEvent | undefined,
  snapshotAt: Instant | undefined,
): Connectivity {
  const fromEvent = latest && connectivityFromEvent(latest, flakyMarker)
  const online = device.properties.online
  if (fromEvent && (online == null || beatsSnapshot(latest, snapshotAt))) return fromEvent
  if (online == null) return { state: 'unknown' }

  const flaky = device.warnings.some((w) => w.warning_code === 'device_has_flaky_connection')
  const state: ConnectivityState = online ? (flaky ? 'flaky' : 'online') : 'offline'
  // When the older event agrees with the snapshot it still tells since when.
  if (fromEvent?.state === state) return fromEvent
  if (state !== 'offline') return { state }
  const cause = offlineCause(device)
  return cause.since === undefined ? { state, reason: cause.reason } : { state, ...cause }
}

function connectivityFromEvent(
  event: ParsedEvent,
  flakyMarker: ParsedEvent | undefined,
): Connectivity {
  switch (event.type) {
    case 'device.disconnected':
    case 'device.unmanaged.disconnected':
      return {
        state: 'offline',
        reason: event.details?.disconnectReason ?? 'unknown',
        since: event.occurredAt,
      }
    case 'device.connection_became_flaky':
      return { state: 'flaky', since: event.occurredAt }
    default:
      // Coming back online does not end a flaky spell; only "stabilized" does.
      if (flakyMarker?.type === 'device.connection_became_flaky') {
        return { state: 'flaky', since: flakyMarker.occurredAt }
      }
      return { state: 'online', since: event.occurredAt }
  }
}

const OFFLINE_ERROR_REASONS: Readonly<Record<string, DisconnectReason>> = {
  account_disconnected: 'account_disconnected',
  hub_disconnected: 'hub_disconnected',
  device_disconnected: 'device_disconnected',
  device_offline: 'device_disconnected',
}

/** Why the snapshot says offline, from the device's own errors, and since when they say. */
function offlineCause(device: Device): { reason: DisconnectReason; since?: Instant } {
  for (const error of device.errors) {
    const reason = error.error_code ? OFFLINE_ERROR_REASONS[error.error_code] : undefined
    if (reason === undefined) continue
    const since = error.created_at ? parseIsoInstant(error.created_at) : undefined
    return since === undefined ? { reason } : { reason, since }
  }
  return { reason: 'unknown' }
}

interface Reading<T> {
  readonly value: T
  /** -Infinity for a snapshot of unknown age: older than any event. */
  readonly at: number
}

function batteryNow(
  device: Device,
  levelEvent: ParsedEvent | undefined,
  statusEvent: ParsedEvent | undefined,
  snapshotAt: Instant | undefined,
): CurrentDeviceStatus['battery'] {
  const battery = device.properties.battery
  const snapshotTime = snapshotAt ?? -Infinity
  const level = newest(
    levelEvent?.details?.batteryLevel,
    levelEvent,
    battery?.level ?? device.properties.battery_level ?? undefined,
    snapshotTime,
  )
  let status = newest(
    statusEvent?.details?.batteryStatus,
    statusEvent,
    battery?.status ?? undefined,
    snapshotTime,
  )
  // A status read before the latest level may contradict it ("full" at 8 %): leave it out.
  if (level && status && status.at < level.at) status = undefined
  const at = Math.max(level?.at ?? -Infinity, status?.at ?? -Infinity)
  return {
    level: level?.value,
    status: status?.value,
    at: Number.isFinite(at) ? at : undefined,
  }
}

function newest<T>(
  eventValue: T | undefined,
  event: ParsedEvent | undefined,
  snapshotValue: T | undefined,
  snapshotTime: number,
): Reading<T> | undefined {
  const fromEvent =
    eventValue !== undefined && event !== undefined
      ? { value: eventValue, at: event.occurredAt }
      : undefined
  const fromSnapshot =
    snapshotValue !== undefined ? { value: snapshotValue, at: snapshotTime } : undefined
  if (fromEvent && fromSnapshot) return fromEvent.at >= fromSnapshot.at ? fromEvent : fromSnapshot
  return fromEvent ?? fromSnapshot
}

function lockNow(
  device: Device,
  latest: ParsedEvent | undefined,
  snapshotAt: Instant | undefined,
): CurrentDeviceStatus['lock'] {
  const fromEvent = latest && {
    state: latest.type === 'lock.locked' ? ('locked' as const) : ('unlocked' as const),
    method: latest.details?.lockMethod,
    at: latest.occurredAt,
  }
  const locked = device.properties.locked
  if (fromEvent && (locked == null || beatsSnapshot(latest, snapshotAt))) return fromEvent
  if (locked == null) return { state: 'unknown' }
  const state: LockState = locked ? 'locked' : 'unlocked'
  if (fromEvent?.state === state) return fromEvent
  return snapshotAt === undefined ? { state } : { state, at: snapshotAt }
}
