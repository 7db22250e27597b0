// Test fixture: a fleet row with everything fine, as the fleet view receives it.
import type { FleetDeviceRow } from './fleet-view'

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
