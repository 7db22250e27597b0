// A fleet row's state in the domain's words (CurrentDeviceStatus), and what of it marks a change.
import type { BatteryStatus, DisconnectReason, LockMethod } from '../../domain/events/parsed-event'
import type { CurrentDeviceStatus } from '../../domain/status/current-device-status'
import type { FleetReadModel, FleetRow } from './fleet-read-model'

const REASONS: ReadonlySet<string> = new Set<DisconnectReason>([
  'account_disconnected',
  'hub_disconnected',
  'device_disconnected',
  'unknown',
])
const BATTERY_STATUSES: ReadonlySet<string> = new Set<BatteryStatus>([
  'critical',
  'low',
  'good',
  'full',
])
const LOCK_METHODS: ReadonlySet<string> = new Set<LockMethod>([
  'keycode',
  'manual',
  'automatic',
  'seamapi',
  'unknown',
])

const isReason = (text: string): text is DisconnectReason => REASONS.has(text)
const isBatteryStatus = (text: string): text is BatteryStatus => BATTERY_STATUSES.has(text)
const isLockMethod = (text: string): text is LockMethod => LOCK_METHODS.has(text)

/** The row as the status badges read it; a word the server adds later reads as `unknown`. */
export function fleetRowStatus(row: FleetRow): CurrentDeviceStatus {
  const { connectivity, battery, lock, last_event: last } = row
  const reason = connectivity.reason
  const status = battery.status
  const method = lock.method
  return {
    connectivity: {
      state: connectivity.state,
      ...(reason !== null && { reason: isReason(reason) ? reason : 'unknown' }),
      ...(connectivity.since !== null && { since: connectivity.since }),
    },
    battery: {
      ...(battery.level !== null && { level: battery.level }),
      ...(status !== null && isBatteryStatus(status) && { status }),
      ...(battery.at !== null && { at: battery.at }),
    },
    lock: {
      state: lock.state,
      ...(method !== null && { method: isLockMethod(method) ? method : 'unknown' }),
      ...(lock.at !== null && { at: lock.at }),
    },
    ...(last !== null && { lastEvent: { id: last.event_id, type: last.event_type, at: last.at } }),
  }
}

/**
 * What changes in a device's fleet row when something happens to it: the live stream patches the
 * fleet cache, so a page keyed on this refetches its own answer on the device's next event
 * without polling. Empty while the row is unknown.
 */
export function deviceChangeKey(row: FleetRow | undefined): string {
  if (row === undefined) return ''
  return [
    row.last_event?.event_id ?? '',
    row.connectivity.state,
    row.open_alerts.count,
    row.listed ? 'listed' : 'unlisted',
  ].join('|')
}

/** The same for an account: its roll-up, and every device of it (its page lists them). */
export function accountChangeKey(fleet: FleetReadModel | undefined, accountId: string): string {
  if (fleet === undefined) return ''
  const rollup = fleet.accounts.find((a) => a.connected_account_id === accountId)
  const parts = [
    rollup === undefined
      ? ''
      : `${rollup.health.level}:${rollup.health.since ?? ''}:${rollup.open_alerts.count}:${rollup.devices}`,
  ]
  for (const row of fleet.devices) {
    if (row.connected_account_id === accountId)
      parts.push(`${row.device_id}=${deviceChangeKey(row)}`)
  }
  return hashText(parts.join(';'))
}

/** FNV-1a 32, in base 36: a short key however many devices the account has. */
function hashText(text: string): string {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193)
  }
  return (hash >>> 0).toString(36)
}
