// One device's row of the fleet read model: identity, account, state now and its open alerts.
import { worseSeverity, type Alert } from '../alerts/alert'
import { deviceDisplayName, type Device } from '../devices/device-schema'
import type { Instant, ParsedEvent, Severity } from '../events/parsed-event'
import { describeEvent } from '../events/describe-event'
import { deviceSearchText } from './device-search-text'
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
  /** The kind in words ("August lock"), for the search text: words live outside the domain. */
  readonly kindWords: string
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
  /** Whether a lock state means anything for it (not capabilities: the fake claims "lock" for all). */
  readonly isLock: boolean
  /** The maker's model name, when Seam gives one. */
  readonly model: string | null
  readonly lastEvent: {
    readonly id: string
    readonly type: string
    readonly at: Instant
    /** In words, without the device's name (the row shows it). */
    readonly text: string
    readonly severity: Severity | null
  } | null
  readonly alerts: OpenAlertBadge
  /** What the fleet's filter box matches (see deviceSearchText). */
  readonly searchText: string
}

/** The row for `input`: the same for the same device, events, alerts and `now`. */
export function fleetDeviceRow(input: FleetDeviceRowInput): FleetDeviceRow {
  const { device, events, now } = input
  const status = currentDeviceStatus(device ?? unlistedDevice(input.deviceId), events, now)
  const last = latestEventBy(events, now)
  const name =
    device === undefined ? formerDeviceName(input.deviceId, events) : deviceDisplayName(device)
  return {
    deviceId: input.deviceId,
    name,
    kind: device?.device_type ?? '',
    listed: device !== undefined,
    accountId: input.accountId ?? null,
    accountName: input.accountName ?? null,
    connectivity: fleetConnectivity(status, events, input.accountEvents, now),
    battery: status.battery,
    lock: status.lock,
    isLock:
      status.lock.state !== 'unknown' ||
      device?.properties.locked != null ||
      device?.device_type.endsWith('_lock') === true,
    model: device?.properties.model?.display_name || null,
    lastEvent:
      last === undefined
        ? null
        : {
            id: last.id,
            type: last.type,
            at: last.occurredAt,
            text: describeEvent(last, { accountName: input.accountName ?? undefined }),
            severity: last.severity ?? null,
          },
    alerts: input.alerts,
    searchText: deviceSearchText({
      deviceId: input.deviceId,
      device,
      name,
      kindWords: input.kindWords,
      accountId: input.accountId,
      accountName: input.accountName ?? '',
    }),
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
