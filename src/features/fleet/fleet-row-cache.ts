// What buildFleet keeps between calls: each device's row with its inputs, the grouping, each group's view.
import type { AlertBadge } from '../../api/fleet-alerts/summarize-alerts'
import type { ConnectedAccount } from '../../domain/accounts/connected-account-schema'
import type { Device } from '../../domain/devices/device-schema'
import type { Instant, ParsedEvent } from '../../domain/events/parsed-event'
import type { FleetGroup } from '../../domain/grouping/group-fleet'
import { carryConnectivitySelection } from '../../domain/timelines/connectivity'
import type { CurrentDeviceStatus, StatusEvidence } from '../../domain/status/current-device-status'
import {
  buildDeviceRow,
  refreshDeviceRow,
  rowStatus,
  type FleetDeviceRow,
  type RowStatus,
} from './device-row'
import type { Fleet, FleetGroupView, FleetInput } from './fleet-rows'

export interface RowKey {
  readonly deviceId: string
  readonly device: Device | undefined
  readonly events: readonly ParsedEvent[] | undefined
  /** The account's connectivity events (see accountConnectivity): all a row reads of them. */
  readonly accountEvents: readonly ParsedEvent[] | undefined
  readonly accountKey: string
  readonly accountId?: string
  readonly accountName: string
}

/** Always made by cacheEntry, so every entry has one shape and a scan over 5,000 stays quick. */
export interface CachedRow {
  readonly deviceId: string
  readonly device: Device | undefined
  readonly events: readonly ParsedEvent[] | undefined
  readonly accountEvents: readonly ParsedEvent[] | undefined
  readonly accountKey: string
  readonly accountId: string | undefined
  readonly accountName: string
  /** The account the device's latest events name: decides its group when Seam does not. */
  readonly eventAccount: string | undefined
  /** The domain's status for `device`, `events` and `now`, reused when only the rest changed. */
  readonly status: CurrentDeviceStatus
  /** What the status was made from, to read only newcomers when `events` grows. */
  readonly evidence: StatusEvidence
  readonly alerts: AlertBadge | undefined
  readonly now: Instant
  readonly row: FleetDeviceRow
}

export interface CachedView {
  readonly account: ConnectedAccount | undefined
  readonly accountEvents: readonly ParsedEvent[] | undefined
  /** The group's rows in grouping order, before sorting. */
  readonly unsorted: readonly FleetDeviceRow[]
  view: FleetGroupView
}

interface CachedGrouping {
  readonly devices: readonly Device[]
  readonly accounts: readonly ConnectedAccount[]
  readonly membership: string
  readonly groups: FleetGroup[]
}

/**
 * Each device's row with the inputs it came from. The event log replaces only the lists of
 * devices that got events, and TanStack Query keeps unchanged devices' objects, so a poll with a
 * few new events rebuilds a few rows; the others keep their identity and React skips them.
 */
export interface FleetRowCache {
  readonly rows: Map<string, CachedRow>
  /** The last grouping, reused while the inventory and who-belongs-where are unchanged. */
  grouping?: CachedGrouping
  /** Each group's last view with the rows it was sorted from, reused while they are the same. */
  readonly views: Map<string, CachedView>
  /** The last result, returned again when no group changed, so nothing downstream recomputes. */
  fleet?: Fleet
  /** The input the last result came from, to tell which devices a poll touched. */
  input?: FleetInput
}

export function createFleetRowCache(): FleetRowCache {
  return { rows: new Map(), views: new Map() }
}

export const NO_EVENTS: readonly ParsedEvent[] = []

/** The device's row, rebuilt only when one of its inputs differs from the cached one's. */
export function cachedRow(cache: FleetRowCache, input: FleetInput, key: RowKey): FleetDeviceRow {
  const alerts = input.alertsByDevice?.get(key.deviceId)
  const cached = cache.rows.get(key.deviceId)
  const eventAccount = latestAccount(key.events)
  const sameStatus =
    cached !== undefined &&
    cached.device === key.device &&
    cached.events === key.events &&
    cached.now === input.now
  const sameGroup =
    cached !== undefined &&
    cached.accountKey === key.accountKey &&
    cached.accountName === key.accountName
  if (
    sameStatus &&
    sameGroup &&
    cached.accountEvents === key.accountEvents &&
    sameBadge(cached.alerts, alerts)
  ) {
    return cached.row
  }
  const rowInput = {
    deviceId: key.deviceId,
    device: key.device,
    events: key.events ?? NO_EVENTS,
    accountEvents: key.accountEvents ?? NO_EVENTS,
    accountKey: key.accountKey,
    ...(key.accountId === undefined ? {} : { accountId: key.accountId }),
    accountName: key.accountName,
    ...(alerts === undefined ? {} : { alerts }),
    now: input.now,
  }
  const before =
    cached?.events === undefined ? undefined : { events: cached.events, evidence: cached.evidence }
  const { status, evidence } = sameStatus ? cached : rowStatus(rowInput, before)
  // A device that only gained events: its timeline reads only those (see the domain's note).
  if (!sameStatus && before !== undefined) {
    carryConnectivitySelection(before.events, rowInput.events, input.now)
  }
  const row =
    sameStatus && sameGroup
      ? // Same device, events and group: only the account's connectivity or the badge changed.
        refreshDeviceRow(cached.row, rowInput, status, cached.accountEvents !== key.accountEvents)
      : buildDeviceRow(
          rowInput,
          status,
          // A listed device's names and search text come from its entry and group alone.
          sameGroup && key.device !== undefined && cached.device === key.device
            ? cached.row
            : undefined,
        )
  cache.rows.set(
    key.deviceId,
    cacheEntry(key, key.accountEvents, eventAccount, { status, evidence }, alerts, input.now, row),
  )
  return row
}

function cacheEntry(
  key: RowKey | CachedRow,
  accountEvents: readonly ParsedEvent[] | undefined,
  eventAccount: string | undefined,
  { status, evidence }: RowStatus,
  alerts: AlertBadge | undefined,
  now: Instant,
  row: FleetDeviceRow,
): CachedRow {
  return {
    deviceId: key.deviceId,
    device: key.device,
    events: key.events,
    accountEvents,
    accountKey: key.accountKey,
    accountId: key.accountId,
    accountName: key.accountName,
    eventAccount,
    status,
    evidence,
    alerts,
    now,
    row,
  }
}

/**
 * The account the device's latest events name (the list is newest first), as streamEventIndex's
 * accountOfDevice answers it: where a device Seam does not assign goes.
 */
export function latestAccount(events: readonly ParsedEvent[] | undefined): string | undefined {
  if (events === undefined) return undefined
  for (const event of events) {
    if (event.connectedAccountId !== undefined) return event.connectedAccountId
  }
  return undefined
}

export function sameBadge(a: AlertBadge | undefined, b: AlertBadge | undefined): boolean {
  return a === b || (a?.count === b?.count && a?.severity === b?.severity)
}

/** Needing attention first, then by name; the device id makes it a total order. */
export function byAttention(a: FleetDeviceRow, b: FleetDeviceRow): number {
  return (
    b.attention - a.attention ||
    (a.nameKey < b.nameKey ? -1 : a.nameKey > b.nameKey ? 1 : 0) ||
    (a.deviceId < b.deviceId ? -1 : a.deviceId > b.deviceId ? 1 : 0)
  )
}
