import { describe, expect, it } from 'vitest'
import {
  filterRows,
  fleetFilter,
  isFilterActive,
  matchesFleetFilter,
  matchesStatus,
  searchWords,
} from './fleet-filter'
import { testRow } from './test-fixtures'

const door = testRow()
const gate = testRow({
  deviceId: 'gate',
  name: 'Garden gate',
  accountKey: 'acct_b',
  connectivity: { state: 'offline' },
  attention: 5,
  searchText: 'garden gate\ngate\nyale lock\nharbor lofts\nmaple st 12',
})

describe('searchWords', () => {
  it('lower-cases and splits on any whitespace', () => {
    expect(searchWords('  Maple   DOOR ')).toEqual(['maple', 'door'])
    expect(searchWords('   ')).toEqual([])
  })
})

describe('matchesFleetFilter', () => {
  it('keeps rows containing every word, in any field', () => {
    expect(matchesFleetFilter(gate, fleetFilter('maple yale', undefined, ''))).toBe(true)
    expect(matchesFleetFilter(gate, fleetFilter('maple august', undefined, ''))).toBe(false)
    expect(matchesFleetFilter(door, fleetFilter('ALDER', undefined, ''))).toBe(true)
  })

  it('combines words with the account and status filters', () => {
    expect(matchesFleetFilter(gate, fleetFilter('', 'offline', 'acct_b'))).toBe(true)
    expect(matchesFleetFilter(gate, fleetFilter('', 'offline', 'acct_a'))).toBe(false)
    expect(matchesFleetFilter(door, fleetFilter('', 'offline', ''))).toBe(false)
  })
})

describe('matchesStatus', () => {
  it('matches each status filter', () => {
    const removed = testRow({ listed: false, connectivity: { state: 'offline' } })
    const low = testRow({ batteryConcern: 'low', attention: 2 })
    const alerted = testRow({ alerts: { count: 1, severity: 'info' } })
    expect(matchesStatus(gate, 'offline')).toBe(true)
    expect(matchesStatus(removed, 'offline')).toBe(false)
    expect(matchesStatus(removed, 'removed')).toBe(true)
    expect(matchesStatus(low, 'low_battery')).toBe(true)
    expect(matchesStatus(door, 'low_battery')).toBe(false)
    expect(matchesStatus(alerted, 'alerts')).toBe(true)
    expect(matchesStatus(alerted, 'attention')).toBe(true)
    expect(matchesStatus(door, 'attention')).toBe(false)
    expect(matchesStatus(door, 'online')).toBe(true)
  })
})

describe('filterRows', () => {
  it('returns the same list when nothing filters, else the kept rows in order', () => {
    const rows = [door, gate]
    const none = fleetFilter('', undefined, '')
    expect(isFilterActive(none)).toBe(false)
    expect(filterRows(rows, none)).toBe(rows)
    expect(filterRows(rows, fleetFilter('gate', undefined, ''))).toEqual([gate])
  })
})
