import { describe, expect, it } from 'vitest'
import { accountCardOrder, fleetTotals, rollUp, rollupWords } from './fleet-rollup'
import type { FleetGroupView } from './fleet-view'
import { testRow } from './test-fixtures'

const rows = [
  testRow({ deviceId: 'a' }),
  testRow({
    deviceId: 'b',
    connectivity: { state: 'offline' },
    alerts: { count: 1, severity: 'critical' },
  }),
  testRow({ deviceId: 'c', connectivity: { state: 'flaky' }, batteryConcern: 'low' }),
  testRow({
    deviceId: 'd',
    connectivity: { state: 'unknown' },
    alerts: { count: 2, severity: 'warning' },
  }),
  testRow({ deviceId: 'e', listed: false, connectivity: { state: 'offline' } }),
]

describe('rollUp', () => {
  it('counts listed devices by connectivity and battery, removed ones apart', () => {
    expect(rollUp(rows, undefined, true)).toEqual({
      devices: 4,
      online: 1,
      offline: 1,
      flaky: 1,
      unknown: 1,
      lowBattery: 1,
      removed: 1,
      alerts: { count: 3, severity: 'critical' },
    })
  })

  it("prefers the account's own badge (it counts alerts on the account too)", () => {
    expect(rollUp(rows, { count: 5, severity: 'critical' }, true).alerts).toEqual({
      count: 5,
      severity: 'critical',
    })
  })

  it('leaves alerts unknown until they are derived, rather than saying zero', () => {
    expect(rollUp(rows, undefined, false).alerts).toBeUndefined()
  })

  it('words only the states that occur', () => {
    expect(rollupWords(rollUp(rows, undefined, true))).toBe(
      '4 devices · 1 online · 1 offline · 1 flaky · 1 not reporting · 1 low battery · 1 removed',
    )
    expect(rollupWords(rollUp([testRow()], undefined, true))).toBe('1 device · 1 online')
  })
})

describe('fleetTotals', () => {
  it('adds the accounts and those with problems (not the unassigned group)', () => {
    const group = (key: string, level?: 'ok' | 'error'): FleetGroupView => ({
      key,
      title: key,
      rows: [],
      listed: level !== undefined,
      ...(level === undefined ? {} : { accountId: key, health: { level, text: level } }),
    })
    const totals = fleetTotals([group('a', 'ok'), group('b', 'error'), group('unassigned')], rows, {
      count: 4,
      severity: 'critical',
    })
    expect(totals.accounts).toBe(2)
    expect(totals.accountsWithProblems).toBe(1)
    expect(totals.alerts).toEqual({ count: 4, severity: 'critical' })
    expect(totals.devices).toBe(4)
  })
})

describe('accountCardOrder', () => {
  it('puts accounts needing someone first and unlisted ones last, else keeps the order', () => {
    const group = (key: string, listed: boolean, level: 'ok' | 'warning' | 'error' = 'ok') => ({
      key,
      title: key,
      rows: [],
      listed,
      accountId: key,
      health: { level, text: level },
    })
    const groups = [
      group('fine', true),
      group('gone', false, 'warning'),
      group('alerted', true),
      group('reauth', true, 'warning'),
      group('offline', true),
      group('broken', true, 'error'),
      group('fine2', true),
    ]
    const plain = rollUp([], undefined, true)
    const rollups = new Map([
      ['alerted', { ...plain, alerts: { count: 1, severity: 'warning' as const } }],
      ['offline', { ...plain, offline: 2 }],
    ])
    expect(accountCardOrder(groups, rollups).map((g) => g.key)).toEqual([
      'broken',
      'offline',
      'reauth',
      'alerted',
      'fine',
      'fine2',
      'gone',
    ])
  })
})
