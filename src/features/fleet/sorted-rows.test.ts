import { describe, expect, it } from 'vitest'
import type { FleetDeviceRow } from './device-row'
import { byAttention } from './fleet-rows'
import { resortRows } from './sorted-rows'
import { testRow } from './test-fixtures'

const row = (deviceId: string, attention = 0) =>
  testRow({ deviceId, name: deviceId, nameKey: deviceId, attention })

describe('resortRows', () => {
  it('gives what a full sort gives when a few rows were rebuilt, added or removed', () => {
    const rows = ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => row(id))
    const previous = rows.slice().sort(byAttention)
    // c went offline (rebuilt), f left, g arrived.
    const next = [rows[0]!, rows[1]!, row('c', 5), rows[3]!, rows[4]!, row('g')]
    const result = resortRows(previous, next, byAttention)
    expect(result.map((r) => r.deviceId)).toEqual(['c', 'a', 'b', 'd', 'e', 'g'])
    expect(result).toEqual(next.slice().sort(byAttention))
  })

  it('keeps the previous order when nothing changed', () => {
    const previous = [row('a'), row('b')]
    expect(resortRows(previous, [previous[1]!, previous[0]!], byAttention)).toEqual(previous)
  })

  it('sorts from scratch when most rows changed', () => {
    const next: FleetDeviceRow[] = Array.from({ length: 100 }, (_, i) =>
      row(`d${String(99 - i).padStart(2, '0')}`),
    )
    const result = resortRows([], next, byAttention)
    expect(result[0]?.deviceId).toBe('d00')
    expect(result[99]?.deviceId).toBe('d99')
  })
})
