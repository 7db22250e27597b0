import { describe, expect, it } from 'vitest'
import { lastAtOrBefore } from './last-at-or-before'

describe('lastAtOrBefore', () => {
  const items = [{ at: 10 }, { at: 20 }, { at: 20 }, { at: 30 }]
  const timeOf = (item: { at: number }) => item.at

  it('finds the last item at or before the moment, the latest of equal times', () => {
    expect(lastAtOrBefore(items, 25, timeOf)).toBe(items[2])
    expect(lastAtOrBefore(items, 30, timeOf)).toBe(items[3])
    expect(lastAtOrBefore(items, 10, timeOf)).toBe(items[0])
  })

  it('finds nothing before the first item or in an empty list', () => {
    expect(lastAtOrBefore(items, 9, timeOf)).toBeUndefined()
    expect(lastAtOrBefore([], 100, timeOf)).toBeUndefined()
  })
})
