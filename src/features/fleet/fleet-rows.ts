// The fleet overview's data: the domain's account groups, one cached row per device, and roll-ups.
import type { SnapshotChanges } from '../../api/event-stream/event-log'
import type { AlertBadge } from '../../api/fleet-alerts/summarize-alerts'
import {
  connectedAccountDisplayName,
  connectedAccountProvider,
  type ConnectedAccount,
} from '../../domain/accounts/connected-account-schema'
import type { Device } from '../../domain/devices/device-schema'
import type { Instant, ParsedEvent } from '../../domain/events/parsed-event'
import type { EventIndex } from '../../domain/grouping/group-events'
import {
  groupFleet,
  UNASSIGNED_GROUP_KEY,
  type FleetGroup,
} from '../../domain/grouping/group-fleet'
import { providerWords } from '../../lib/brand-words'
import { accountConnectivity } from './account-connectivity'
import { accountHealth, type AccountHealth } from '../../domain/accounts/account-health'
import type { FleetDeviceRow } from './device-row'
import { patchFleet, sameHealth } from './fleet-patch'
import {
  byAttention,
  cachedRow,
  createFleetRowCache,
  NO_EVENTS,
  type FleetRowCache,
} from './fleet-row-cache'
import { resortRows } from './sorted-rows'
import { sameItems } from '../../lib/same-items'

export interface FleetInput {
  readonly devices: readonly Device[]
  readonly accounts: readonly ConnectedAccount[]
  /** The event stream seen as the domain's index (see streamEventIndex). */
  readonly index: EventIndex
  /** Each device's events, newest first. */
  readonly eventsByDevice: ReadonlyMap<string, readonly ParsedEvent[]>
  /** Each account's own events, newest first. */
  readonly eventsByAccount: ReadonlyMap<string, readonly ParsedEvent[]>
  /** Open alerts per device; undefined until alerts are derived. */
  readonly alertsByDevice: ReadonlyMap<string, AlertBadge> | undefined
  readonly now: Instant
  /** The event log's account of which lists changed since the maps before these (optional). */
  readonly changes?: SnapshotChanges | undefined
}

export interface FleetGroupView {
  /** An account id, or UNASSIGNED_GROUP_KEY. */
  readonly key: string
  readonly accountId?: string
  readonly title: string
  /** The account id, when another account has the same title (one login, two providers). */
  readonly subtitle?: string
  /** "August", from the account's provider. */
  readonly provider?: string
  /** Absent for the unassigned group, which has no account. */
  readonly health?: AccountHealth
  /** Whether Seam lists the account (false: known only from events, or no account at all). */
  readonly listed: boolean
  /** Default order: needing attention first, then by name. */
  readonly rows: readonly FleetDeviceRow[]
}

export interface Fleet {
  readonly groups: readonly FleetGroupView[]
  /** Every row in the default order, grouped by nothing (fresh on every call: TanStack's data). */
  readonly rows: FleetDeviceRow[]
}

/**
 * Which devices and accounts the events name, and each device's account by its events: all the
 * grouping reads from the index. Sorting 5,000 devices by name on every poll is a visible pause;
 * a poll rarely changes this.
 */
function membershipOf(index: EventIndex): string {
  const parts = [index.accountIds().join('\n')]
  for (const deviceId of index.deviceIds())
    parts.push(`${deviceId}\t${index.accountOfDevice(deviceId) ?? ''}`)
  return parts.join('\n')
}

function groupsOf(input: FleetInput, cache: FleetRowCache): FleetGroup[] {
  const membership = membershipOf(input.index)
  const last = cache.grouping
  if (
    last !== undefined &&
    last.devices === input.devices &&
    last.accounts === input.accounts &&
    last.membership === membership
  ) {
    return last.groups
  }
  const groups = groupFleet(input.devices, input.accounts, input.index)
  cache.grouping = { devices: input.devices, accounts: input.accounts, membership, groups }
  return groups
}

export const OTHER_DEVICES_TITLE = 'Other devices'

export { byAttention, createFleetRowCache, type FleetRowCache }

/**
 * The fleet for `input`. With the cache of the previous call, a poll that only brought events and
 * badges for devices already placed is patched (see patchFleet); anything else is a full build,
 * which still reuses every row and group view whose inputs are unchanged.
 */
export function buildFleet(input: FleetInput, cache: FleetRowCache = createFleetRowCache()): Fleet {
  const patched = patchFleet(input, cache)
  if (patched !== undefined) return patched
  cache.input = input
  const seen = new Set<string>()
  const groups: FleetGroupView[] = groupsOf(input, cache).map((group) => {
    const account = group.account
    const accountId = group.accountId ?? undefined
    const title =
      account !== undefined
        ? connectedAccountDisplayName(account)
        : accountId === undefined
          ? OTHER_DEVICES_TITLE
          : accountId
    const accountEvents = accountId === undefined ? undefined : input.eventsByAccount.get(accountId)
    const last = cache.views.get(group.key)
    const connectivity =
      accountId === undefined ? undefined : accountConnectivity(accountEvents, last?.accountEvents)
    const rowOf = (deviceId: string, device: Device | undefined) => {
      seen.add(deviceId)
      return cachedRow(cache, input, {
        deviceId,
        device,
        events: input.eventsByDevice.get(deviceId),
        accountEvents: connectivity,
        accountKey: group.key,
        accountName: title,
        ...(accountId === undefined ? {} : { accountId }),
      })
    }
    const unsorted = [
      ...group.devices.map((device) => rowOf(device.device_id, device)),
      ...group.formerDeviceIds.map((deviceId) => rowOf(deviceId, undefined)),
    ]
    const provider = account === undefined ? undefined : providerName(account)
    const health =
      accountId === undefined
        ? undefined
        : accountHealth(account, accountEvents ?? NO_EVENTS, input.now)
    if (
      last !== undefined &&
      sameItems(last.unsorted, unsorted) &&
      last.view.title === title &&
      last.view.provider === provider &&
      sameHealth(last.view.health, health)
    ) {
      cache.views.set(group.key, { ...last, account, accountEvents })
      return last.view
    }
    const view: FleetGroupView = {
      key: group.key,
      title,
      listed: account !== undefined,
      rows: unsorted.slice().sort(byAttention),
      ...(accountId === undefined ? {} : { accountId }),
      ...(provider === undefined ? {} : { provider }),
      ...(health === undefined ? {} : { health }),
    }
    cache.views.set(group.key, { account, accountEvents, unsorted, view })
    return view
  })
  for (const deviceId of cache.rows.keys()) if (!seen.has(deviceId)) cache.rows.delete(deviceId)
  const keys = new Set(groups.map((group) => group.key))
  for (const key of cache.views.keys()) if (!keys.has(key)) cache.views.delete(key)
  markDuplicateTitles(groups, cache)

  const previous = cache.fleet
  if (previous !== undefined && sameItems(previous.groups, groups)) return previous
  const all = groups.flatMap((group) => group.rows)
  const fleet = { groups, rows: resortRows(previous?.rows ?? [], all, byAttention) }
  cache.fleet = fleet
  return fleet
}

/**
 * Seam's own display name ("Yale Home", "2N") when it sends a real one, else the provider key in
 * words. The fake Seam sends "Unknown" as the display name.
 */
function providerName(account: ConnectedAccount): string | undefined {
  const display = account.account_type_display_name?.trim()
  if (display && display.toLowerCase() !== 'unknown') return display
  const key = connectedAccountProvider(account)
  return key === undefined ? undefined : providerWords(key)
}

function markDuplicateTitles(groups: FleetGroupView[], cache: FleetRowCache): void {
  const counts = new Map<string, number>()
  for (const group of groups) counts.set(group.title, (counts.get(group.title) ?? 0) + 1)
  groups.forEach((group, index) => {
    const duplicate = (counts.get(group.title) ?? 0) > 1 && group.key !== UNASSIGNED_GROUP_KEY
    if (duplicate && group.subtitle !== group.key) {
      const view = { ...group, subtitle: group.key }
      groups[index] = view
      const cached = cache.views.get(group.key)
      if (cached !== undefined) cached.view = view
    }
  })
}
