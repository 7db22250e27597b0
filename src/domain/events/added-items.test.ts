import { describe, expect, it } from 'vitest'
import { addedItems } from './added-items'

describe('addedItems', () => {
  const [a, b, c, d, e] = [{ n: 1 }, { n: 2 }, { n: 3 }, { n: 4 }, { n: 5 }]

  it('finds the newcomers wherever they were merged in', () => {
    expect(addedItems([b, d], [a, b, c, d, e])).toEqual([a, c, e])
    expect(addedItems([a, b], [a, b])).toEqual([])
    expect(addedItems([], [a])).toEqual([a])
  })

  it('gives up when an item of the old list is gone or moved', () => {
    expect(addedItems([a, b, c], [a, c, d])).toBeUndefined()
    expect(addedItems([a, b], [b, a, c])).toBeUndefined()
    expect(addedItems([a, b], [a])).toBeUndefined()
    // An equal copy is not the same item.
    expect(addedItems([a], [{ n: 1 }, b])).toBeUndefined()
  })
})
