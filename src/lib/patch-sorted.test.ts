import { describe, expect, it } from 'vitest'
import { seededRandom } from '../domain/timelines/event-fixtures'
import { patchSorted } from './patch-sorted'

interface Item {
  readonly key: number
  readonly id: string
}
const compare = (a: Item, b: Item) => a.key - b.key || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)

describe('patchSorted', () => {
  it('equals removing and adding, then sorting, for many random changes', () => {
    const next = seededRandom(3)
    let serial = 0
    const make = (): Item => ({ key: Math.floor(next() * 20), id: `i${serial++}` })
    let list = Array.from({ length: 200 }, make).sort(compare)
    for (let round = 0; round < 200; round++) {
      const leaving = list.filter(() => next() < 0.05)
      // Now and then one named twice.
      if (leaving.length > 0 && next() < 0.3) leaving.push(leaving[0] as Item)
      // Equal keys on both sides, so ties are broken by id as the comparison says.
      const arriving = Array.from({ length: Math.floor(next() * 12) }, make)
      const gone = new Set(leaving)
      const expected = [...list.filter((item) => !gone.has(item)), ...arriving].sort(compare)
      const patched = patchSorted(list, leaving, arriving, compare)
      expect(patched).toEqual(expected)
      expect(patched.every((item, at) => item === expected[at])).toBe(true)
      list = patched
    }
  })

  it('ignores a leaving item that is not in the list, and copies an unchanged list', () => {
    const list = [
      { key: 1, id: 'a' },
      { key: 2, id: 'b' },
    ]
    const patched = patchSorted(list, [{ key: 1, id: 'a' }], [], compare)
    expect(patched).toEqual(list)
    expect(patched).not.toBe(list)
  })
})
