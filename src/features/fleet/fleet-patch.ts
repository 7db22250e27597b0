// A poll's update of the fleet: rebuild only the rows whose inputs changed and move them in the sorted lists.
import { accountHealth, type AccountHealth } from './account-health'
import type { FleetDeviceRow } from './device-row'
import {
  byAttention,
  cachedRow,
  latestAccount,
  NO_EVENTS,
  sameBadge,
  withAccountEvents,
  type CachedRow,
  type FleetRowCache,
} from './fleet-row-cache'
import type { Fleet, FleetGroupView, FleetInput } from './fleet-rows'
import { sameConnectivityEvents } from './account-connectivity'

type Change = readonly [before: FleetDeviceRow, after: FleetDeviceRow]

/**
 * The fleet for `input` from the last one, when only the stream's per-device or per-account lists
 * and the alert badges changed and no device changed group; undefined when a full build is needed
 * (new inventory or clock, a device moving between groups, an account or device appearing or
 * disappearing). The result is the same as a full build's: rows are sorted by a total order.
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
      if (!sameConnectivityEvents(events, cached.accountEvents)) rowGroups.add(key)
    }
    for (const [accountId, events] of input.eventsByAccount) {
      if (events.length > 0 && !cache.views.has(accountId)) return undefined
    }
  }

  const touched = touchedRows(input, last, cache, rowGroups)
  if (touched === undefined) return undefined
  // Rows of an account whose new events they do not read now stand for the new list.
  for (const key of healthGroups) {
    if (rowGroups.has(key)) continue
    const accountEvents = input.eventsByAccount.get(key)
    for (const row of cache.views.get(key)?.unsorted ?? []) {
      const cached = cache.rows.get(row.deviceId)
      if (cached !== undefined && !touched.has(cached)) {
        cache.rows.set(row.deviceId, withAccountEvents(cached, accountEvents))
      }
    }
  }

  const changesByGroup = new Map<string, Change[]>()
  const changes: Change[] = []
  for (const cached of touched) {
    const row = cachedRow(cache, input, {
      deviceId: cached.deviceId,
      device: cached.device,
      events: input.eventsByDevice.get(cached.deviceId),
      accountEvents:
        cached.accountId === undefined ? undefined : input.eventsByAccount.get(cached.accountId),
      accountKey: cached.accountKey,
      accountName: cached.accountName,
      ...(cached.accountId === undefined ? {} : { accountId: cached.accountId }),
    })
    if (row === cached.row) continue
    const change: Change = [cached.row, row]
    changes.push(change)
    const list = changesByGroup.get(cached.accountKey)
    if (list === undefined) changesByGroup.set(cached.accountKey, [change])
    else list.push(change)
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
  const next: Fleet = { groups, rows: patchSorted(fleet.rows, changes) }
  cache.fleet = next
  return next
}

export function sameHealth(a: AccountHealth | undefined, b: AccountHealth | undefined): boolean {
  return a?.level === b?.level && a?.text === b?.text && a?.since === b?.since
}

/** Past this many changes one sort is quicker than moving rows one at a time. */
const MAX_MOVES = 512

/**
 * The cached rows whose inputs changed: their device's events, their badge, or (rowGroups) their
 * account's connectivity events; undefined when one of them changes group or a device is new.
 * Only the event lists are compared for every row (a map lookup each); badges are compared for
 * the devices that have one, before or now.
 */
function touchedRows(
  input: FleetInput,
  last: FleetInput,
  cache: FleetRowCache,
  rowGroups: ReadonlySet<string>,
): Set<CachedRow> | undefined {
  const touched = new Set<CachedRow>()
  const byDevice = input.eventsByDevice
  let present = 0
  for (const cached of cache.rows.values()) {
    const events = byDevice.get(cached.deviceId)
    if (events !== undefined) present++
    if (events !== cached.events) touched.add(cached)
  }
  // A device with events and no row yet needs a place in the grouping.
  if (present < byDevice.size) {
    for (const [deviceId, events] of byDevice) {
      if (events.length > 0 && !cache.rows.has(deviceId)) return undefined
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
  for (const cached of touched) {
    const events = byDevice.get(cached.deviceId)
    // A former device is listed by its events alone.
    if (cached.device === undefined && (events?.length ?? 0) === 0) return undefined
    const eventAccount = latestAccount(events)
    if (eventAccount !== cached.eventAccount && movesGroups(cached, eventAccount, cache)) {
      return undefined
    }
  }
  return touched
}

/**
 * Whether the account a device's latest events name, now `eventAccount`, changes the grouping.
 * It places only devices Seam does not assign, but it also makes the accounts it names into
 * groups: a new account needs a group, and an unlisted one may lose its last mention.
 */
function movesGroups(
  cached: CachedRow,
  eventAccount: string | undefined,
  cache: FleetRowCache,
): boolean {
  if (cached.device?.connected_account_id === undefined) return true
  if (eventAccount !== undefined && !cache.views.has(eventAccount)) return true
  const before = cached.eventAccount
  return before !== undefined && cache.views.get(before)?.view.listed !== true
}

/**
 * A copy of `sorted` (in byAttention order) with each change's row replaced, still sorted: each
 * old row is found and each new one placed by binary search, so a poll costs a few comparisons
 * per changed row rather than a pass over all of them.
 */
export function patchSorted(
  sorted: readonly FleetDeviceRow[],
  changes: readonly Change[],
): FleetDeviceRow[] {
  if (changes.length > MAX_MOVES) return replaceRows(sorted, changes).sort(byAttention)
  const rows = sorted.slice()
  for (const [before, after] of changes) {
    let at = lowerBound(rows, before)
    if (rows[at] !== before) at = rows.indexOf(before)
    if (at >= 0) rows.splice(at, 1)
    rows.splice(lowerBound(rows, after), 0, after)
  }
  return rows
}

function lowerBound(rows: readonly FleetDeviceRow[], row: FleetDeviceRow): number {
  let low = 0
  let high = rows.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (byAttention(rows[middle]!, row) < 0) low = middle + 1
    else high = middle
  }
  return low
}

function replaceRows(
  rows: readonly FleetDeviceRow[],
  changes: readonly Change[],
): FleetDeviceRow[] {
  const after = new Map(changes)
  return rows.map((row) => after.get(row) ?? row)
}
