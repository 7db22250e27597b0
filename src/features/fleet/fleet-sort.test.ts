import { describe, expect, it } from 'vitest'
import type { FleetDeviceRow } from './fleet-view'
import { compareSortValues, naturalKey, sortValue } from './fleet-sort'
import type { FleetColumnId } from './fleet-url-state'
import { testRow } from './test-fixtures'

function order(rows: FleetDeviceRow[], column: FleetColumnId): string[] {
  return [...rows]
    .sort((a, b) => {
      const x = sortValue(a, column)
      const y = sortValue(b, column)
      // Undefined last, as the table's sortUndefined: 'last' does.
      if (x === undefined || y === undefined) return x === y ? 0 : x === undefined ? 1 : -1
      return compareSortValues(x, y)
    })
    .map((row) => row.deviceId)
}

describe('naturalKey', () => {
  it('orders numbers by value and letters without case', () => {
    const keys = ['Unit 10', 'unit 2', 'Unit 1', 'apt 3'].map(naturalKey).sort()
    expect(keys).toEqual([
      'apt 000000000003',
      'unit 000000000001',
      'unit 000000000002',
      'unit 000000000010',
    ])
  })
})

describe('sortValue and compareSortValues', () => {
  it('sorts names naturally and case-insensitively', () => {
    const rows = ['Unit 10', 'unit 2', 'Unit 1'].map((name) =>
      testRow({ deviceId: name, name, nameKey: naturalKey(name) }),
    )
    expect(order(rows, 'name')).toEqual(['Unit 1', 'unit 2', 'Unit 10'])
  })

  it('puts the worst connectivity first and removed devices last', () => {
    const rows = [
      testRow({ deviceId: 'on', connectivity: { state: 'online' } }),
      testRow({ deviceId: 'gone', listed: false }),
      testRow({ deviceId: 'off', connectivity: { state: 'offline' } }),
      testRow({ deviceId: 'flaky', connectivity: { state: 'flaky' } }),
    ]
    expect(order(rows, 'connectivity')).toEqual(['off', 'flaky', 'on', 'gone'])
  })

  it('sorts batteries emptiest first, with no reading last', () => {
    const rows = [
      testRow({ deviceId: 'full', battery: { level: 1 } }),
      testRow({ deviceId: 'none', battery: {} }),
      testRow({ deviceId: 'low', battery: { level: 0.1 } }),
    ]
    expect(order(rows, 'battery')).toEqual(['low', 'full', 'none'])
  })

  it('weighs alerts by count, then by severity', () => {
    const rows = [
      testRow({ deviceId: 'two', alerts: { count: 2, severity: 'warning' } }),
      testRow({ deviceId: 'none' }),
      testRow({ deviceId: 'critical', alerts: { count: 1, severity: 'critical' } }),
      testRow({ deviceId: 'warning', alerts: { count: 1, severity: 'warning' } }),
    ]
    expect(order(rows, 'alerts')).toEqual(['none', 'warning', 'critical', 'two'])
  })

  it('sorts times oldest first, and by account name', () => {
    const rows = [
      testRow({ deviceId: 'late', accountName: 'b', lastEvent: { id: '1', text: '', at: 20 } }),
      testRow({ deviceId: 'early', accountName: 'A', lastEvent: { id: '2', text: '', at: 10 } }),
      testRow({ deviceId: 'never', accountName: 'c' }),
    ]
    expect(order(rows, 'lastEvent')).toEqual(['early', 'late', 'never'])
    expect(order(rows, 'account')).toEqual(['early', 'late', 'never'])
  })
})
