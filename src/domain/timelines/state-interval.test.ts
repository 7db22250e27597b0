import { describe, expect, it } from 'vitest'
import type { StateInterval } from './state-interval'
import {
  appendInterval,
  clipIntervals,
  durationByState,
  intervalAt,
  intervalEnd,
} from './state-interval'

type Light = 'green' | 'red'

function tiled(): StateInterval<Light>[] {
  const intervals: StateInterval<Light>[] = []
  appendInterval(intervals, { state: 'green', from: 0, to: null })
  appendInterval(intervals, { state: 'red', from: 10, to: null })
  appendInterval(intervals, { state: 'green', from: 25, to: null })
  return intervals
}

describe('appendInterval', () => {
  it('closes the previous interval where the next one starts', () => {
    expect(tiled()).toEqual([
      { state: 'green', from: 0, to: 10 },
      { state: 'red', from: 10, to: 25 },
      { state: 'green', from: 25, to: null },
    ])
  })
})

describe('intervalAt', () => {
  it('finds the interval holding an instant, [from, to)', () => {
    const intervals = tiled()
    expect(intervalAt(intervals, 0)?.state).toBe('green')
    expect(intervalAt(intervals, 9)?.state).toBe('green')
    expect(intervalAt(intervals, 10)?.state).toBe('red')
    expect(intervalAt(intervals, 24)?.state).toBe('red')
    expect(intervalAt(intervals, 1_000)?.from).toBe(25)
    expect(intervalAt(intervals, -1)).toBeUndefined()
  })
})

describe('clipIntervals and durationByState', () => {
  it('cuts intervals to the window and ends ongoing ones at now', () => {
    expect(clipIntervals(tiled(), { from: 5, to: 100 }, 40)).toEqual([
      { state: 'green', from: 5, to: 10 },
      { state: 'red', from: 10, to: 25 },
      { state: 'green', from: 25, to: 40 },
    ])
    expect(intervalEnd({ state: 'green', from: 25, to: null }, 40)).toBe(40)
  })

  it('sums the time in each state inside the window', () => {
    const totals = durationByState(tiled(), { from: 5, to: 30 }, 1_000)
    expect(totals.get('green')).toBe(5 + 5)
    expect(totals.get('red')).toBe(15)
  })

  it('counts nothing after now', () => {
    expect(durationByState(tiled(), { from: 0, to: 100 }, 20).get('green')).toBe(10)
    expect(clipIntervals(tiled(), { from: 30, to: 100 }, 20)).toEqual([])
  })
})
