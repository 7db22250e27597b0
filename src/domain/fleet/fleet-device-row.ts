// One device's row of the fleet read model: identity, account, state now and its open alerts.
import { worseSeverity, type Alert } from '../alerts/alert'
import { deviceDisplayName, type Device } from '../devices/device-schema'
import type { Instant, ParsedEvent, Severity } from '../events/parsed-event'
import { currentDeviceStatus, type CurrentDeviceStatus } from '../status/current-device-status'
import {
  fleetConnectivity,
  formerDeviceName,
  latestEventBy,
  unlistedDevice,
  type FleetConnectivity,
} from './fleet-device-state'

export interface OpenAlertBadge {
  readonly count: number
  /** The gravest open alert's; null when none is open. */
  readonly severity: Severity | null
}

export const NO_OPEN_ALERTS: OpenAlertBadge = { count: 0, severity: null }

export interface FleetDeviceRowInput {
  readonly deviceId: string
  /** Its inventory entry; undefined for a device known only from its events. */
  readonly device: Device | undefined
  /** The device's events, in any order. */
  readonly events: readonly ParsedEvent[]
  /** Its account's own events (a disconnection takes the device offline), in any order. */
  readonly accountEvents: readonly ParsedEvent[]
  readonly accountId: string | undefined
  readonly accountName: string | undefined
  readonly alerts: OpenAlertBadge
  readonly now: Instant
}

export interface FleetDeviceRow {
  readonly deviceId: string
  readonly name: string
  /** Seam's device_type ("august_lock"); empty for a device known only from events. */
  readonly kind: string
  /** False for a device Seam no longer lists (known from its events). */
  readonly listed: boolean
  readonly accountId: string | null
  readonly accountName: string | null
  readonly connectivity: FleetConnectivity
  readonly battery: CurrentDeviceStatus['battery']
  readonly lock: CurrentDeviceStatus['lock']
  readonly lastEvent: { readonly id: string; readonly type: string; readonly at: Instant } | null
  readonly alerts: OpenAlertBadge
}

/** The row for `input`: the same for the same device, events, alerts and `now`. */
export function fleetDeviceRow(input: FleetDeviceRowInput): FleetDeviceRow {
  const { device, events, now } = input
  const status = currentDeviceStatus(device ?? unlistedDevice(input.deviceId), events, now)
  const last = latestEventBy(events, now)
  return {
    deviceId: input.deviceId,
    name:
      device === undefined ? formerDeviceName(input.deviceId, events) : deviceDisplayName(device),
    kind: device?.device_type ?? '',
    listed: device !== undefined,
    accountId: input.accountId ?? null,
    accountName: input.accountName ?? null,
    connectivity: fleetConnectivity(status, events, input.accountEvents, now),
    battery: status.battery,
    lock: status.lock,
    lastEvent: last === undefined ? null : { id: last.id, type: last.type, at: last.occurredAt },
    alerts: input.alerts,
  }
}

/** The open alerts among `alerts`, as a count and the gravest severity. */
export function openAlertBadge(alerts: readonly Alert[]): OpenAlertBadge {
  let count = 0
  let severity: Severity | null = null
  for (const alert of alerts) {
    if (alert.resolvedAt !== null) continue
    count++
    severity = severity === null ? alert.severity : worseSeverity(severity, alert.severity)
  }
  return count === 0 ? NO_OPEN_ALERTS : { count, severity }
}
