// One device's row on the fleet overview: its state from the domain, its alerts, and its search text.
import type { AlertBadge } from '../../api/fleet-alerts/summarize-alerts'
import { batteryConcern, type BatteryConcern } from '../../components/status-words'
import { deviceDisplayName, type Device } from '../../domain/devices/device-schema'
import { describeEvent } from '../../domain/events/describe-event'
import type { Instant, ParsedEvent, Severity } from '../../domain/events/parsed-event'
import {
  gatherStatusEvidence,
  statusFromEvidence,
  type CurrentDeviceStatus,
  type StatusEvidence,
} from '../../domain/status/current-device-status'
import {
  fleetConnectivity,
  formerDeviceName,
  latestEventBy,
  unlistedDevice,
} from '../../domain/fleet/fleet-device-state'
import { addedItems } from '../../domain/events/added-items'
import { deviceSearchText } from '../../domain/fleet/device-search-text'
import { deviceKindWords } from '../../lib/brand-words'
import { naturalKey } from './fleet-sort'

export type Connectivity = CurrentDeviceStatus['connectivity']

export interface FleetDeviceRow {
  readonly deviceId: string
  readonly name: string
  /** The name as a natural sort key (see naturalKey). */
  readonly nameKey: string
  /** device_type in words, brand first: "August lock". */
  readonly kind: string
  /** The maker's model name, when Seam gives one: "Wi-Fi Smart Lock (4th gen)". */
  readonly model?: string
  /** The account group the device is shown in: an account id, or the unassigned group's key. */
  readonly accountKey: string
  /** Absent for devices no account claims. */
  readonly accountId?: string
  readonly accountName: string
  /** False for a device known only from its events (removed or deleted since). */
  readonly listed: boolean
  /** Whether a lock state is meaningful for this device at all. */
  readonly isLock: boolean
  readonly connectivity: Connectivity
  readonly battery: CurrentDeviceStatus['battery']
  readonly batteryConcern?: BatteryConcern
  readonly lock: CurrentDeviceStatus['lock']
  readonly lastEvent?: {
    readonly id: string
    readonly text: string
    readonly at: Instant
    readonly severity?: Severity
  }
  /** Open alerts about this device; absent when none (or alerts not derived yet). */
  readonly alerts?: AlertBadge
  /** Higher needs a person sooner; the default order. */
  readonly attention: number
  /** Lower-case name, id, kind, brand, model, account and property text, for the search box. */
  readonly searchText: string
}

export interface DeviceRowInput {
  readonly deviceId: string
  /** Undefined for a device known only from its events. */
  readonly device: Device | undefined
  /** The device's events, newest first. */
  readonly events: readonly ParsedEvent[]
  /** Its account's own events (a disconnection takes the device offline), newest first. */
  readonly accountEvents: readonly ParsedEvent[]
  readonly accountKey: string
  readonly accountId?: string
  readonly accountName: string
  readonly alerts?: AlertBadge
  /** Events after this are ignored, so a past moment can be replayed. */
  readonly now: Instant
}

/** The domain's status of the row's device: depends on the device, its events and `now` only. */
export function deviceStatusOf(input: DeviceRowInput): CurrentDeviceStatus {
  return rowStatus(input).status
}

/** A row's status with the evidence it came from, to gather only newcomers next time. */
export interface RowStatus {
  readonly status: CurrentDeviceStatus
  readonly evidence: StatusEvidence
}

/**
 * deviceStatusOf, gathering only the events added since `before` (the same device's list and
 * evidence at the same `now`) when the new list holds all of the old: a device with ninety events
 * that got one reads one, and a list that lost events (trimmed) is read whole.
 */
export function rowStatus(
  input: DeviceRowInput,
  before?: { readonly events: readonly ParsedEvent[]; readonly evidence: StatusEvidence },
): RowStatus {
  const device = input.device ?? unlistedDevice(input.deviceId)
  let evidence: StatusEvidence | undefined
  if (before !== undefined && before.evidence.now === input.now) {
    const added = addedItems(before.events, input.events)
    if (added !== undefined) {
      evidence = gatherStatusEvidence(input.deviceId, added, input.now, before.evidence)
    }
  }
  evidence ??= gatherStatusEvidence(input.deviceId, input.events, input.now)
  return { status: statusFromEvidence(device, evidence), evidence }
}

/** `status` may be passed when already known for the same device, events and `now`. */
export function buildDeviceRow(
  input: DeviceRowInput,
  status: CurrentDeviceStatus = deviceStatusOf(input),
  /** A row of the same listed device and group: its names and search text still hold. */
  sameDevice?: FleetDeviceRow,
): FleetDeviceRow {
  const { device, events, now } = input
  const connectivity = rowConnectivity(input, status)
  const concern = device === undefined ? undefined : batteryConcern(status.battery)
  const name =
    sameDevice?.name ??
    (device === undefined ? formerDeviceName(input.deviceId, events) : deviceDisplayName(device))
  const kind =
    sameDevice?.kind ??
    (device === undefined ? 'Removed device' : deviceKindWords(device.device_type))
  const model = device?.properties.model?.display_name ?? undefined
  const last = latestEventBy(events, now)
  // One object literal with every property, absent ones undefined: all rows share one shape, so
  // sorting and patching 5,000 of them reads their fields at full speed.
  return {
    deviceId: input.deviceId,
    name,
    nameKey: sameDevice?.nameKey ?? naturalKey(name),
    kind,
    model: model || undefined,
    accountKey: input.accountKey,
    accountId: input.accountId,
    accountName: input.accountName,
    listed: device !== undefined,
    // Not capabilities_supported: the fake Seam claims "lock" for thermostats and sensors too.
    isLock:
      status.lock.state !== 'unknown' ||
      device?.properties.locked != null ||
      device?.device_type.endsWith('_lock') === true,
    connectivity,
    battery: status.battery,
    batteryConcern: concern,
    lock: status.lock,
    lastEvent:
      last === undefined
        ? undefined
        : last.id === sameDevice?.lastEvent?.id
          ? sameDevice.lastEvent
          : {
              id: last.id,
              // Without the device name: the row already shows it.
              text: describeEvent(last, { accountName: input.accountName }),
              at: last.occurredAt,
              severity: last.severity,
            },
    alerts: input.alerts === undefined || input.alerts.count === 0 ? undefined : input.alerts,
    attention:
      device === undefined ? 0 : attention(connectivity.state, concern, input.alerts?.severity),
    searchText:
      sameDevice?.searchText ??
      deviceSearchText({
        deviceId: input.deviceId,
        device,
        name,
        kindWords: kind,
        accountId: input.accountId,
        accountName: input.accountName,
      }),
  }
}

/**
 * `row` again for the same device, events, `now` and group, with a new badge and, when the
 * account's connectivity events changed, a new connectivity: what an account's connection or a
 * new alert changes, without building names, search text and the last event again.
 */
export function refreshDeviceRow(
  row: FleetDeviceRow,
  input: DeviceRowInput,
  status: CurrentDeviceStatus,
  accountChanged: boolean,
): FleetDeviceRow {
  const connectivity = accountChanged ? rowConnectivity(input, status) : row.connectivity
  return {
    ...row,
    connectivity,
    alerts: input.alerts === undefined || input.alerts.count === 0 ? undefined : input.alerts,
    attention:
      input.device === undefined
        ? 0
        : attention(connectivity.state, row.batteryConcern, input.alerts?.severity),
  }
}

/** The device's state as the row shows it (the domain's, shared with the server's read model). */
function rowConnectivity(input: DeviceRowInput, status: CurrentDeviceStatus): Connectivity {
  return fleetConnectivity(status, input.events, input.accountEvents, input.now)
}

/** Offline first, then critical trouble, flaky, low battery or a warning, unknown; fine last. */
export function attention(
  connectivity: Connectivity['state'],
  concern: BatteryConcern | undefined,
  alertSeverity: Severity | undefined,
): number {
  if (connectivity === 'offline') return 5
  if (concern === 'critical' || alertSeverity === 'critical') return 4
  if (connectivity === 'flaky') return 3
  if (concern === 'low' || alertSeverity === 'warning') return 2
  if (connectivity === 'unknown') return 1
  return 0
}
