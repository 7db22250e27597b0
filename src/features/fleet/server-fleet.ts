// The fleet overview's groups and rows from the server's read model (GET /api/fleet).
import type { AccountRollup, FleetReadModel, FleetRow } from '../../api/live/fleet-read-model'
import type { AccountHealth } from '../../domain/accounts/account-health'
import type { BatteryStatus, DisconnectReason, LockMethod } from '../../domain/events/parsed-event'
import { batteryConcern } from '../../components/status-words'
import { deviceKindWords } from '../../lib/brand-words'
import {
  attention,
  byAttention,
  OTHER_DEVICES_TITLE,
  type Fleet,
  type FleetDeviceRow,
  type FleetGroupView,
  UNASSIGNED_GROUP_KEY,
} from './fleet-view'
import { naturalKey } from './fleet-sort'

/** Rows made from the server's rows, kept while the server's row object is the same one. */
export type ServerRowCache = WeakMap<FleetRow, { accountName: string; row: FleetDeviceRow }>

export function createServerRowCache(): ServerRowCache {
  return new WeakMap()
}

const orUndefined = <T>(value: T | null): T | undefined => (value === null ? undefined : value)

/** The view's row: the server's state, in the words and order keys the table sorts by. */
export function rowFromServer(row: FleetRow, accountName: string): FleetDeviceRow {
  const battery = {
    level: orUndefined(row.battery.level),
    status: orUndefined(row.battery.status) as BatteryStatus | undefined,
    at: orUndefined(row.battery.at),
  }
  const concern = row.listed ? batteryConcern(battery) : undefined
  const connectivity = {
    state: row.connectivity.state,
    reason: orUndefined(row.connectivity.reason) as DisconnectReason | undefined,
    since: orUndefined(row.connectivity.since),
  }
  const alerts =
    row.open_alerts.count === 0 || row.open_alerts.severity === null
      ? undefined
      : { count: row.open_alerts.count, severity: row.open_alerts.severity }
  const last = row.last_event
  return {
    deviceId: row.device_id,
    name: row.name,
    nameKey: naturalKey(row.name),
    kind: row.listed ? deviceKindWords(row.kind) : 'Removed device',
    model: orUndefined(row.model),
    accountKey: row.connected_account_id ?? UNASSIGNED_GROUP_KEY,
    accountId: orUndefined(row.connected_account_id),
    accountName,
    listed: row.listed,
    isLock: row.is_lock,
    connectivity,
    battery,
    batteryConcern: concern,
    lock: {
      state: row.lock.state,
      method: orUndefined(row.lock.method) as LockMethod | undefined,
      at: orUndefined(row.lock.at),
    },
    lastEvent:
      last === null
        ? undefined
        : { id: last.event_id, text: last.text, at: last.at, severity: orUndefined(last.severity) },
    alerts,
    attention: row.listed ? attention(connectivity.state, concern, alerts?.severity) : 0,
    searchText: row.search_text,
  }
}

function healthOf(rollup: AccountRollup): AccountHealth {
  const { level, text, since } = rollup.health
  return since === null ? { level, text } : { level, text, since }
}

// Case-insensitive first, then exact, so the order is total and the same on every machine.
function compareText(a: string, b: string): number {
  const lowerA = a.toLowerCase()
  const lowerB = b.toLowerCase()
  if (lowerA !== lowerB) return lowerA < lowerB ? -1 : 1
  return a < b ? -1 : a > b ? 1 : 0
}

/**
 * Groups as the overview always showed them: listed accounts by name, then accounts known only
 * from events, then devices of no account. Accounts that share a name show their id beneath it.
 */
export function fleetFromServer(model: FleetReadModel, cache: ServerRowCache): Fleet {
  const rowsOf = new Map<string, FleetDeviceRow[]>()
  const titleOf = new Map<string, string>()
  for (const rollup of model.accounts) titleOf.set(rollup.connected_account_id, rollup.name)
  for (const serverRow of model.devices) {
    const key = serverRow.connected_account_id ?? UNASSIGNED_GROUP_KEY
    const accountName = titleOf.get(key) ?? serverRow.account_name ?? OTHER_DEVICES_TITLE
    let made = cache.get(serverRow)
    if (made === undefined || made.accountName !== accountName) {
      made = { accountName, row: rowFromServer(serverRow, accountName) }
      cache.set(serverRow, made)
    }
    const list = rowsOf.get(key) ?? []
    list.push(made.row)
    rowsOf.set(key, list)
  }

  const accounts = [...model.accounts].sort(
    (a, b) =>
      Number(b.listed) - Number(a.listed) ||
      compareText(a.name, b.name) ||
      compareText(a.connected_account_id, b.connected_account_id),
  )
  const titles = new Map<string, number>()
  for (const rollup of accounts) titles.set(rollup.name, (titles.get(rollup.name) ?? 0) + 1)
  const groups: FleetGroupView[] = accounts.map((rollup) => {
    const key = rollup.connected_account_id
    return {
      key,
      accountId: key,
      title: rollup.name,
      ...((titles.get(rollup.name) ?? 0) > 1 ? { subtitle: key } : {}),
      ...(rollup.provider === null ? {} : { provider: rollup.provider }),
      health: healthOf(rollup),
      listed: rollup.listed,
      rows: (rowsOf.get(key) ?? []).sort(byAttention),
    }
  })
  // A device may name an account the model has no roll-up for (yet): never drop its rows.
  const placed = new Set(accounts.map((rollup) => rollup.connected_account_id))
  for (const [key, rows] of rowsOf) {
    if (key === UNASSIGNED_GROUP_KEY || placed.has(key)) continue
    groups.push({ key, accountId: key, title: key, listed: false, rows: rows.sort(byAttention) })
  }
  const unassigned = rowsOf.get(UNASSIGNED_GROUP_KEY)
  if (unassigned !== undefined) {
    groups.push({
      key: UNASSIGNED_GROUP_KEY,
      title: OTHER_DEVICES_TITLE,
      listed: false,
      rows: unassigned.sort(byAttention),
    })
  }
  const rows = groups.flatMap((group) => group.rows).sort(byAttention)
  return { groups, rows }
}
