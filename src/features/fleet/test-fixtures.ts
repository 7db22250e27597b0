// Test fixture: devices, accounts and a stream snapshot (newest first) as the fleet view receives them.
import {
  parseConnectedAccount,
  type ConnectedAccount,
} from '../../domain/accounts/connected-account-schema'
import { parseDevice, type Device } from '../../domain/devices/device-schema'
import type { ParsedEvent } from '../../domain/events/parsed-event'
import type { StreamEvents } from './stream-event-index'
import type { FleetDeviceRow } from './device-row'

export function testDevice(
  deviceId: string,
  accountId: string | undefined,
  fields: Record<string, unknown> = {},
  properties: Record<string, unknown> = {},
): Device {
  const parsed = parseDevice({
    device_id: deviceId,
    device_type: 'august_lock',
    connected_account_id: accountId,
    ...fields,
    properties: { name: deviceId.replaceAll('_', ' '), online: true, ...properties },
  })
  if (!parsed.ok) throw new Error(parsed.reason)
  return parsed.value
}

export function testAccount(
  accountId: string,
  fields: Record<string, unknown> = {},
): ConnectedAccount {
  const parsed = parseConnectedAccount({
    connected_account_id: accountId,
    display_name: accountId,
    ...fields,
  })
  if (!parsed.ok) throw new Error(parsed.reason)
  return parsed.value
}

/** The event log's snapshot of `events`: newest first, by device and by account. */
export function testStream(events: readonly ParsedEvent[], version = 1): StreamEvents {
  const sorted = [...events].sort(
    (a, b) => b.occurredAt - a.occurredAt || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0),
  )
  const byDevice = new Map<string, ParsedEvent[]>()
  const byAccount = new Map<string, ParsedEvent[]>()
  for (const event of sorted) {
    const [map, key] =
      event.deviceId !== undefined
        ? [byDevice, event.deviceId]
        : [byAccount, event.connectedAccountId]
    if (key === undefined) continue
    map.set(key, [...(map.get(key) ?? []), event])
  }
  return { events: sorted, byDevice, byAccount, version }
}

/** A row with everything fine, for filter and sort tests; override what the test is about. */
export function testRow(overrides: Partial<FleetDeviceRow> = {}): FleetDeviceRow {
  return {
    deviceId: 'front_door',
    name: 'Front door',
    nameKey: 'front door',
    kind: 'August lock',
    accountKey: 'acct_a',
    accountId: 'acct_a',
    accountName: 'Alder Street',
    listed: true,
    isLock: true,
    connectivity: { state: 'online' },
    battery: { level: 0.8 },
    lock: { state: 'locked' },
    attention: 0,
    searchText: 'front door\nfront_door\naugust lock\nalder street',
    ...overrides,
  }
}
