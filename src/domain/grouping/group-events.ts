// An incremental index of events: by device, by account, and all of them, each kept in order.
import type { Device } from '../devices/device-schema'
import type { ParsedEvent, ParseStatus } from '../events/parsed-event'
import { compareEvents } from '../timelines/event-order'
import { mergeSortedEvents, withoutEvents } from './sorted-events'

export interface EventIndexChange {
  /** Events new to the index, or better copies of ones it held. */
  readonly added: number
  /**
   * The devices and accounts whose event lists changed, so callers re-derive only those; in the
   * order of their first new event.
   */
  readonly deviceIds: readonly string[]
  readonly accountIds: readonly string[]
}

export interface EventIndex {
  /**
   * Adds events once each (by id). The same events give the same index whatever their order and
   * however often each arrives. When two copies of an id differ, the better one is kept whichever
   * came first: known over unknown over invalid, then the later in event order.
   */
  add(events: readonly ParsedEvent[]): EventIndexChange
  /** Goes up on every change; a cheap key for memoizing derived views. */
  version(): number
  size(): number
  eventById(id: string): ParsedEvent | undefined
  /**
   * Oldest first (occurredAt, then createdAt, then id). Returns the same array until the device
   * gets new events: lists are replaced, never changed in place.
   */
  eventsOfDevice(deviceId: string): readonly ParsedEvent[]
  /** The account's own events (with its connected_account_id and no device_id), oldest first. */
  eventsOfAccount(accountId: string): readonly ParsedEvent[]
  /** The account the device's latest event names, if any did. */
  accountOfDevice(deviceId: string): string | undefined
  /** Every device any event names, sorted. */
  deviceIds(): readonly string[]
  /** Every account any event names, sorted. */
  accountIds(): readonly string[]
  /**
   * The account's devices: those the snapshot lists under it, plus those only its events name
   * (removed or deleted devices no longer listed), sorted. A listed device's own
   * connected_account_id beats what its events say.
   */
  deviceIdsOfAccount(accountId: string, devices?: readonly Device[]): string[]
  /** Every event, newest first. */
  allEvents(): readonly ParsedEvent[]
}

const STATUS_RANK: Readonly<Record<ParseStatus, number>> = { known: 2, unknown: 1, invalid: 0 }

const EMPTY: readonly ParsedEvent[] = []

export function createEventIndex(): EventIndex {
  const byId = new Map<string, ParsedEvent>()
  const byDevice = new Map<string, readonly ParsedEvent[]>()
  const byAccount = new Map<string, readonly ParsedEvent[]>()
  // Which event last named each device's account, so a later one can overrule it.
  const deviceAccount = new Map<string, { accountId: string; from: ParsedEvent }>()
  const devicesOfAccount = new Map<string, Set<string>>()
  // Every event, oldest first, brought up to date only when allEvents() asks: merging on each add
  // would copy the whole list once per page while a backlog of pages arrives.
  let ascending: readonly ParsedEvent[] = EMPTY
  let unmerged: ParsedEvent[][] = []
  let unremoved: ParsedEvent[] = []
  let version = 0
  let newestFirst: { version: number; events: readonly ParsedEvent[] } | undefined
  let sortedDeviceIds: { version: number; ids: readonly string[] } | undefined
  let sortedAccountIds: { version: number; ids: readonly string[] } | undefined

  function assignAccount(deviceId: string, accountId: string, from: ParsedEvent): void {
    const current = deviceAccount.get(deviceId)
    if (current !== undefined && compareEvents(from, current.from) < 0) return
    deviceAccount.set(deviceId, { accountId, from })
    if (current?.accountId === accountId) return
    if (current !== undefined) devicesOfAccount.get(current.accountId)?.delete(deviceId)
    let devices = devicesOfAccount.get(accountId)
    if (devices === undefined) devicesOfAccount.set(accountId, (devices = new Set()))
    devices.add(deviceId)
  }

  // Only when the event that named a device's account was itself replaced (rare).
  function reassignAccount(deviceId: string): void {
    const current = deviceAccount.get(deviceId)
    if (current === undefined || byId.get(current.from.id) === current.from) return
    deviceAccount.delete(deviceId)
    devicesOfAccount.get(current.accountId)?.delete(deviceId)
    const events = byDevice.get(deviceId) ?? EMPTY
    for (let i = events.length - 1; i >= 0; i--) {
      const accountId = events[i]!.connectedAccountId
      if (accountId !== undefined) return assignAccount(deviceId, accountId, events[i]!)
    }
  }

  function add(events: readonly ParsedEvent[]): EventIndexChange {
    const pending: ParsedEvent[] = []
    const replaced: ParsedEvent[] = []
    for (const event of events) {
      const held = byId.get(event.id)
      if (held === undefined) {
        byId.set(event.id, event)
        pending.push(event)
      } else if (isBetterCopy(event, held)) {
        byId.set(event.id, event)
        pending.push(event)
        replaced.push(held)
      }
    }
    // A copy that was itself replaced within this batch never reaches the lists.
    const fresh = replaced.length === 0 ? pending : pending.filter((e) => byId.get(e.id) === e)
    if (fresh.length === 0) return { added: 0, deviceIds: [], accountIds: [] }
    fresh.sort(compareEvents)

    const [deviceAdds, accountAdds] = groupBySubject(fresh)
    const [deviceRemovals, accountRemovals] = groupBySubject(replaced)
    unmerged.push(fresh)
    for (const old of replaced) unremoved.push(old)
    updateLists(byDevice, deviceRemovals, deviceAdds)
    updateLists(byAccount, accountRemovals, accountAdds)

    // Only the latest event of each device in the batch can name its account.
    for (const [deviceId, group] of deviceAdds) {
      for (let i = group.length - 1; i >= 0; i--) {
        const accountId = group[i]!.connectedAccountId
        if (accountId === undefined) continue
        assignAccount(deviceId, accountId, group[i]!)
        break
      }
    }
    for (const old of replaced) if (old.deviceId !== undefined) reassignAccount(old.deviceId)
    version++
    return {
      added: fresh.length,
      deviceIds: keysOf(deviceAdds, deviceRemovals),
      accountIds: keysOf(accountAdds, accountRemovals),
    }
  }

  function deviceIdsOfAccount(accountId: string, devices?: readonly Device[]): string[] {
    const fromEvents = devicesOfAccount.get(accountId) ?? new Set<string>()
    if (devices === undefined) return [...fromEvents].sort()
    const ids = new Set<string>()
    const listed = new Set<string>()
    for (const device of devices) {
      listed.add(device.device_id)
      const owner = device.connected_account_id ?? deviceAccount.get(device.device_id)?.accountId
      if (owner === accountId) ids.add(device.device_id)
    }
    for (const id of fromEvents) if (!listed.has(id)) ids.add(id)
    return [...ids].sort()
  }

  return {
    add,
    version: () => version,
    size: () => byId.size,
    eventById: (id) => byId.get(id),
    eventsOfDevice: (deviceId) => byDevice.get(deviceId) ?? EMPTY,
    eventsOfAccount: (accountId) => byAccount.get(accountId) ?? EMPTY,
    accountOfDevice: (deviceId) => deviceAccount.get(deviceId)?.accountId,
    deviceIds() {
      if (sortedDeviceIds?.version !== version) {
        const ids = [...byDevice.keys()].filter((id) => byDevice.get(id)!.length > 0)
        sortedDeviceIds = { version, ids: ids.sort() }
      }
      return sortedDeviceIds.ids
    },
    accountIds() {
      if (sortedAccountIds?.version !== version) {
        const ids = new Set<string>()
        for (const [id, events] of byAccount) if (events.length > 0) ids.add(id)
        for (const [id, devices] of devicesOfAccount) if (devices.size > 0) ids.add(id)
        sortedAccountIds = { version, ids: [...ids].sort() }
      }
      return sortedAccountIds.ids
    },
    deviceIdsOfAccount,
    allEvents() {
      if (newestFirst?.version !== version) {
        // Each batch is already in order: the sort merges those runs (TimSort finds them).
        if (unmerged.length === 1) ascending = mergeSortedEvents(ascending, unmerged[0]!)
        else if (unmerged.length > 1) ascending = ascending.concat(...unmerged).sort(compareEvents)
        // Removed after merging: a replaced copy may have arrived in a batch not merged yet.
        if (unremoved.length > 0) ascending = withoutEvents(ascending, unremoved)
        unmerged = []
        unremoved = []
        newestFirst = { version, events: ascending.slice().reverse() }
      }
      return newestFirst.events
    },
  }
}

type Groups = Map<string, ParsedEvent[]>

/** Events by device id, and account-level events by account id, each group in input order. */
function groupBySubject(events: readonly ParsedEvent[]): [byDevice: Groups, byAccount: Groups] {
  const byDevice: Groups = new Map()
  const byAccount: Groups = new Map()
  for (const event of events) {
    const groups = event.deviceId !== undefined ? byDevice : byAccount
    const key = event.deviceId ?? event.connectedAccountId
    if (key === undefined) continue
    const group = groups.get(key)
    if (group === undefined) groups.set(key, [event])
    else group.push(event)
  }
  return [byDevice, byAccount]
}

function keysOf(first: Groups, second: Groups): string[] {
  const keys = [...first.keys()]
  for (const key of second.keys()) if (!first.has(key)) keys.push(key)
  return keys
}

function updateLists(
  lists: Map<string, readonly ParsedEvent[]>,
  removals: ReadonlyMap<string, readonly ParsedEvent[]>,
  additions: ReadonlyMap<string, readonly ParsedEvent[]>,
): void {
  for (const [key, removed] of removals) {
    lists.set(key, withoutEvents(lists.get(key) ?? EMPTY, removed))
  }
  for (const [key, added] of additions) {
    lists.set(key, mergeSortedEvents(lists.get(key) ?? EMPTY, added))
  }
}

function isBetterCopy(candidate: ParsedEvent, held: ParsedEvent): boolean {
  if (candidate === held) return false
  const rank = STATUS_RANK[candidate.status] - STATUS_RANK[held.status]
  if (rank !== 0) return rank > 0
  const order = compareEvents(candidate, held)
  if (order !== 0) return order > 0
  return candidate.type > held.type
}
