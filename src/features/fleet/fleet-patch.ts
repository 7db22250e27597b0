// A poll's update of the fleet: rebuild only the rows whose inputs changed and move them in the sorted lists.
import { accountHealth, type AccountHealth } from '../../domain/accounts/account-health'
import type { FleetDeviceRow } from './device-row'
import {
  byAttention,
  cachedRow,
  latestAccount,
  NO_EVENTS,
  sameBadge,
  type CachedRow,
  type FleetRowCache,
} from './fleet-row-cache'
import { UNASSIGNED_GROUP_KEY } from '../../domain/grouping/group-fleet'
import type { Fleet, FleetGroupView, FleetInput } from './fleet-rows'
import { patchSorted as patchSortedList } from '../../lib/patch-sorted'
import { accountConnectivity } from './account-connectivity'

type Change = readonly [before: FleetDeviceRow, after: FleetDeviceRow]

/** A group's rows that leave it and arrive in it (the same device's old and new row, or a move). */
interface GroupChanges {
  readonly leaving: FleetDeviceRow[]
  readonly arriving: FleetDeviceRow[]
}

/**
 * The fleet for `input` from the last one, when only the stream's per-device or per-account lists
 * and the alert badges changed, and devices moved only between groups that stay; undefined when a
 * full build is needed (new inventory or clock, an account or device appearing or disappearing).
 * The result is the same as a full build's: rows are sorted by a total order.
 */
export function patchFleet(input: FleetInput, cache: FleetRowCache): Fleet | undefined {
  const last = cache.input
  const fleet = cache.fleet
  if (
    last === undefined ||
    fleet === undefined ||
    last.devices !== input.devices ||
    last.accounts !== input.accounts ||
    last.now !== input.now
  ) {
    return undefined
  }
  const eventsChanged = last.eventsByDevice !== input.eventsByDevice
  const alertsChanged = last.alertsByDevice !== input.alertsByDevice
  const accountsChanged = last.eventsByAccount !== input.eventsByAccount
  if (!eventsChanged && !alertsChanged && !accountsChanged) {
    cache.input = input
    return fleet
  }

  // Groups whose account's own events changed: their health, and their rows when the
  // connectivity events among them changed.
  const healthGroups = new Set<string>()
  const rowGroups = new Set<string>()
  if (accountsChanged) {
    for (const [key, cached] of cache.views) {
      const accountId = cached.view.accountId
      if (accountId === undefined) continue
      const events = input.eventsByAccount.get(accountId)
      if (events === cached.accountEvents) continue
      // An unlisted account is a group only while something names it.
      if (!cached.view.listed && (events?.length ?? 0) === 0) return undefined
      healthGroups.add(key)
      // Rows read only the account's connectivity events, kept as the same array while unchanged.
      const connectivity = accountConnectivity(events, cached.accountEvents)
      if (connectivity !== accountConnectivity(cached.accountEvents)) rowGroups.add(key)
    }
    for (const [accountId, events] of input.eventsByAccount) {
      if (events.length > 0 && !cache.views.has(accountId)) return undefined
    }
  }

  const touched = touchedRows(input, last, cache, rowGroups)
  if (touched === undefined) return undefined

  const changesByGroup = new Map<string, GroupChanges>()
  const changesOf = (key: string) => {
    let changes = changesByGroup.get(key)
    if (changes === undefined) changesByGroup.set(key, (changes = { leaving: [], arriving: [] }))
    return changes
  }
  const changes: Change[] = []
  for (const [cached, to] of touched) {
    const group = to === cached.accountKey ? undefined : cache.views.get(to)?.view
    const accountId = group === undefined ? cached.accountId : group.accountId
    const row = cachedRow(cache, input, {
      deviceId: cached.deviceId,
      device: cached.device,
      events: input.eventsByDevice.get(cached.deviceId),
      accountEvents:
        accountId === undefined
          ? undefined
          : accountConnectivity(input.eventsByAccount.get(accountId)),
      accountKey: to,
      accountName: group === undefined ? cached.accountName : group.title,
      ...(accountId === undefined ? {} : { accountId }),
    })
    if (row === cached.row) continue
    changes.push([cached.row, row])
    changesOf(cached.accountKey).leaving.push(cached.row)
    changesOf(to).arriving.push(row)
  }

  let groupsChanged = false
  const groups = fleet.groups.map((group) => {
    const groupChanges = changesByGroup.get(group.key)
    const newHealth = healthGroups.has(group.key)
    const cached = cache.views.get(group.key)
    if ((groupChanges === undefined && !newHealth) || cached === undefined) return group
    const accountEvents = newHealth
      ? input.eventsByAccount.get(group.accountId ?? '')
      : cached.accountEvents
    const health = newHealth
      ? accountHealth(cached.account, accountEvents ?? NO_EVENTS, input.now)
      : group.health
    if (groupChanges === undefined && sameHealth(group.health, health)) {
      cache.views.set(group.key, { ...cached, accountEvents })
      return group
    }
    const view: FleetGroupView = {
      ...group,
      rows: groupChanges === undefined ? group.rows : patchSorted(group.rows, groupChanges),
      ...(health === undefined ? {} : { health }),
    }
    const unsorted =
      groupChanges === undefined ? cached.unsorted : replaceRows(cached.unsorted, groupChanges)
    cache.views.set(group.key, { account: cached.account, accountEvents, unsorted, view })
    groupsChanged = true
    return view
  })
  cache.input = input
  if (!groupsChanged) return fleet
  const next: Fleet = {
    groups,
    rows: patchSorted(fleet.rows, {
      leaving: changes.map(([before]) => before),
      arriving: changes.map(([, after]) => after),
    }),
  }
  cache.fleet = next
  return next
}

export function sameHealth(a: AccountHealth | undefined, b: AccountHealth | undefined): boolean {
  return a?.level === b?.level && a?.text === b?.text && a?.since === b?.since
}

/** Past this many changes one sort is quicker than moving rows one at a time. */
const MAX_MOVES = 512

/**
 * The cached rows whose inputs changed (their device's events, their badge, or (rowGroups) their
 * account's connectivity events), each with the group it belongs in now; undefined when a device
 * is new or a change of group is more than a move between two groups that stay.
 * Only the event lists are compared for every row (a map lookup each); badges are compared for
 * the devices that have one, before or now.
 */
function touchedRows(
  input: FleetInput,
  last: FleetInput,
  cache: FleetRowCache,
  rowGroups: ReadonlySet<string>,
): Map<CachedRow, string> | undefined {
  const touched = new Set<CachedRow>()
  const byDevice = input.eventsByDevice
  const changes = input.changes
  if (changes !== undefined && changes.byDeviceBefore === last.eventsByDevice) {
    // The log says which lists changed since the last input's: no need to compare them all.
    for (const deviceId of changes.devices) {
      const cached = cache.rows.get(deviceId)
      const events = byDevice.get(deviceId)
      // A device with events and no row yet needs a place in the grouping.
      if (cached === undefined) {
        if ((events?.length ?? 0) > 0) return undefined
      } else if (events !== cached.events) touched.add(cached)
    }
  } else {
    let present = 0
    for (const cached of cache.rows.values()) {
      const events = byDevice.get(cached.deviceId)
      if (events !== undefined) present++
      if (events !== cached.events) touched.add(cached)
    }
    if (present < byDevice.size) {
      for (const [deviceId, events] of byDevice) {
        if (events.length > 0 && !cache.rows.has(deviceId)) return undefined
      }
    }
  }
  // Every cached row's badge equals the last input's, by value.
  const badges = input.alertsByDevice
  if (badges !== last.alertsByDevice) {
    for (const [deviceId, badge] of badges ?? []) {
      const cached = cache.rows.get(deviceId)
      if (cached !== undefined && !sameBadge(cached.alerts, badge)) touched.add(cached)
    }
    for (const deviceId of last.alertsByDevice?.keys() ?? []) {
      const cached = cache.rows.get(deviceId)
      if (cached !== undefined && badges?.has(deviceId) !== true) touched.add(cached)
    }
  }
  for (const key of rowGroups) {
    for (const row of cache.views.get(key)?.unsorted ?? []) {
      const cached = cache.rows.get(row.deviceId)
      if (cached !== undefined) touched.add(cached)
    }
  }
  const groups = new Map<CachedRow, string>()
  for (const cached of touched) {
    const events = byDevice.get(cached.deviceId)
    // A former device is listed by its events alone.
    if (cached.device === undefined && (events?.length ?? 0) === 0) return undefined
    const eventAccount = latestAccount(events)
    const group =
      eventAccount === cached.eventAccount
        ? cached.accountKey
        : groupAfter(cached, eventAccount, cache)
    if (group === undefined) return undefined
    groups.set(cached, group)
  }
  return groups
}

/**
 * The group of a device whose latest events now name `eventAccount`, or undefined when only a full
 * build can tell. That account places only devices Seam does not assign, but it also makes the
 * accounts events name into groups: a new one needs a group, and an unlisted one may lose its
 * last mention. A device may move only out of a listed account's group, which stays regardless.
 */
function groupAfter(
  cached: CachedRow,
  eventAccount: string | undefined,
  cache: FleetRowCache,
): string | undefined {
  const listed = (key: string | undefined) =>
    key === undefined || cache.views.get(key)?.view.listed === true
  if (eventAccount !== undefined && !cache.views.has(eventAccount)) return undefined
  if (!listed(cached.eventAccount)) return undefined
  if (cached.device?.connected_account_id != null) return cached.accountKey
  const to = eventAccount ?? UNASSIGNED_GROUP_KEY
  if (to === cached.accountKey) return to
  return listed(cached.accountKey) && cache.views.has(to) ? to : undefined
}

/** A copy of `sorted` (in byAttention order) without the leaving rows and with the arriving ones. */
export function patchSorted(
  sorted: readonly FleetDeviceRow[],
  changes: GroupChanges,
): FleetDeviceRow[] {
  if (changes.arriving.length > MAX_MOVES) return replaceRows(sorted, changes).sort(byAttention)
  return patchSortedList(sorted, changes.leaving, changes.arriving, byAttention)
}

/** `rows` without the leaving rows and with the arriving ones; a device's new row takes its place. */
function replaceRows(rows: readonly FleetDeviceRow[], changes: GroupChanges): FleetDeviceRow[] {
  const byDevice = new Map(changes.arriving.map((row) => [row.deviceId, row]))
  const leaving = new Set(changes.leaving)
  const out: FleetDeviceRow[] = []
  for (const row of rows) {
    if (!leaving.has(row)) out.push(row)
    else if (byDevice.has(row.deviceId)) {
      out.push(byDevice.get(row.deviceId) as FleetDeviceRow)
      byDevice.delete(row.deviceId)
    }
  }
  // Rows that moved in from another group.
  for (const row of byDevice.values()) out.push(row)
  return out
}
