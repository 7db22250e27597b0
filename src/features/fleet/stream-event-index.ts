// A read-only EventIndex over the browser's event log, so the domain's grouping runs on the live stream.
import type { EventLogSnapshot } from '../../api/event-stream/event-log'
import type { Device } from '../../domain/devices/device-schema'
import type { EventIndex } from '../../domain/grouping/group-events'
import type { ParsedEvent } from '../../domain/events/parsed-event'

export type StreamEvents = Pick<EventLogSnapshot, 'events' | 'byDevice' | 'byAccount' | 'version'>

const EMPTY: readonly ParsedEvent[] = []

// The log keeps lists newest first; the index promises oldest first. Reversed copies are kept per
// list, and the log replaces only the lists that changed, so a poll reverses only those.
const oldestFirst = new WeakMap<readonly ParsedEvent[], readonly ParsedEvent[]>()

function reversed(list: readonly ParsedEvent[] | undefined): readonly ParsedEvent[] {
  if (list === undefined || list.length === 0) return EMPTY
  let copy = oldestFirst.get(list)
  if (copy === undefined) oldestFirst.set(list, (copy = list.slice().reverse()))
  return copy
}

/**
 * The stream already holds every event by device and by account; this answers the index's
 * questions from those lists instead of indexing 250,000 events a second time. `add` is not
 * supported: the stream is the only writer.
 */
export function streamEventIndex(stream: StreamEvents): EventIndex {
  let deviceAccounts: Map<string, string> | undefined
  let sortedDeviceIds: readonly string[] | undefined
  let sortedAccountIds: readonly string[] | undefined
  let byId: Map<string, ParsedEvent> | undefined

  function accountByDevice(): Map<string, string> {
    if (deviceAccounts === undefined) {
      deviceAccounts = new Map()
      for (const [deviceId, events] of stream.byDevice) {
        // Newest first: the first event naming an account is the latest word on it.
        const named = events.find((event) => event.connectedAccountId !== undefined)
        if (named?.connectedAccountId !== undefined) {
          deviceAccounts.set(deviceId, named.connectedAccountId)
        }
      }
    }
    return deviceAccounts
  }

  return {
    add() {
      throw new Error('The stream event index is read-only: events arrive through the stream.')
    },
    version: () => stream.version,
    size: () => stream.events.length,
    eventById(id) {
      byId ??= new Map(stream.events.map((event) => [event.id, event]))
      return byId.get(id)
    },
    eventsOfDevice: (deviceId) => reversed(stream.byDevice.get(deviceId)),
    eventsOfAccount: (accountId) => reversed(stream.byAccount.get(accountId)),
    accountOfDevice: (deviceId) => accountByDevice().get(deviceId),
    deviceIds() {
      sortedDeviceIds ??= [...stream.byDevice.keys()]
        .filter((id) => (stream.byDevice.get(id)?.length ?? 0) > 0)
        .sort()
      return sortedDeviceIds
    },
    accountIds() {
      if (sortedAccountIds === undefined) {
        const ids = new Set<string>()
        for (const [id, events] of stream.byAccount) if (events.length > 0) ids.add(id)
        for (const id of accountByDevice().values()) ids.add(id)
        sortedAccountIds = [...ids].sort()
      }
      return sortedAccountIds
    },
    deviceIdsOfAccount(accountId: string, devices?: readonly Device[]) {
      const accounts = accountByDevice()
      const ids = new Set<string>()
      const listed = new Set<string>()
      for (const device of devices ?? []) {
        listed.add(device.device_id)
        const owner = device.connected_account_id ?? accounts.get(device.device_id)
        if (owner === accountId) ids.add(device.device_id)
      }
      for (const [deviceId, owner] of accounts) {
        if (owner === accountId && !listed.has(deviceId)) ids.add(deviceId)
      }
      return [...ids].sort()
    },
    allEvents: () => stream.events,
  }
}
