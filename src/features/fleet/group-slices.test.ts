import { describe, expect, it } from 'vitest'
import type { FleetGroupView } from './fleet-view'
import { groupSlices } from './group-slices'
import { testRow } from './test-fixtures'

const groups: FleetGroupView[] = ['a', 'b', 'c'].map((key) => ({
  key,
  title: key,
  rows: [],
  listed: true,
}))
const rows = [
  testRow({ deviceId: 'b1', accountKey: 'b' }),
  testRow({ deviceId: 'a1', accountKey: 'a' }),
  testRow({ deviceId: 'b2', accountKey: 'b' }),
]

describe('groupSlices', () => {
  it('splits rows by group in table order, keeping empty groups when not filtering', () => {
    const slices = groupSlices(groups, rows, { filterActive: false })
    expect(slices.map((s) => [s.group.key, s.rows.map((r) => r.deviceId), s.hidden])).toEqual([
      ['a', ['a1'], 0],
      ['b', ['b1', 'b2'], 0],
      ['c', [], 0],
    ])
  })

  it('drops groups with no match while filtering, and all but the chosen account', () => {
    expect(groupSlices(groups, rows, { filterActive: true }).map((s) => s.group.key)).toEqual([
      'a',
      'b',
    ])
    expect(
      groupSlices(groups, rows, { filterActive: true, accountKey: 'b' }).map((s) => s.group.key),
    ).toEqual(['b'])
  })

  it('caps each group when too many rows match, counting what it leaves out', () => {
    const slices = groupSlices(groups, rows, {
      filterActive: false,
      maxRows: 2,
      rowsPerGroupWhenLarge: 1,
    })
    expect(slices.map((s) => [s.rows.map((r) => r.deviceId), s.hidden])).toEqual([
      [['a1'], 0],
      [['b1'], 1],
      [[], 0],
    ])
  })
})
