import { describe, expect, it } from 'vitest'
import { clampPageIndex, lineCapacity, nextPageIndex, paginate, problemLines } from './wall-pages'
import type { WallAlert, WallIncident } from './wall-problems'

const sizes = (pages: number[][]) => pages.map((page) => page.join(','))
const asLines = (n: number) => n

describe('paginate', () => {
  it('fills each page up to its capacity, in order', () => {
    expect(sizes(paginate([1, 1, 1, 1, 1], 2, asLines))).toEqual(['1,1', '1,1', '1'])
  })

  it('never splits an item: a tall one starts the next page', () => {
    expect(sizes(paginate([2, 3, 1, 4], 5, asLines))).toEqual(['2,3', '1,4'])
  })

  it('gives an item taller than a page a page of its own', () => {
    expect(sizes(paginate([1, 9, 1], 4, asLines))).toEqual(['1', '9', '1'])
  })

  it('has no pages without items, and one page when all fit', () => {
    expect(paginate([], 10, asLines)).toEqual([])
    expect(sizes(paginate([1, 2, 3], 6, asLines))).toEqual(['1,2,3'])
  })

  it('treats a capacity below one as one line per page', () => {
    expect(sizes(paginate([1, 1], 0, asLines))).toEqual(['1', '1'])
  })
})

describe('problemLines', () => {
  const alert: WallAlert = {
    kind: 'alert',
    id: 'a',
    severity: 'warning',
    title: 'Front door battery low',
    accountName: undefined,
    openedAt: 0,
  }
  const incident = (devices: number): WallIncident => ({
    kind: 'incident',
    id: 'i',
    cause: 'hub',
    severity: 'critical',
    title: 'Hub offline',
    accountName: undefined,
    openedAt: 0,
    deviceNames: Array.from({ length: devices }, (_, i) => `Unit ${i}`),
  })

  it('counts a title line plus the lines of device names', () => {
    expect(problemLines(alert)).toBe(1)
    expect(problemLines(incident(0))).toBe(1)
    expect(problemLines(incident(3), 3)).toBe(2)
    expect(problemLines(incident(7), 3)).toBe(4)
  })
})

describe('lineCapacity', () => {
  it('counts whole lines that fit, at least one', () => {
    expect(lineCapacity(700, 72)).toBe(9)
    expect(lineCapacity(719.9, 72)).toBe(9)
    expect(lineCapacity(720, 72)).toBe(10)
    expect(lineCapacity(10, 72)).toBe(1)
    expect(lineCapacity(700, 0)).toBe(1)
  })
})

describe('page stepping', () => {
  it('advances and wraps around', () => {
    expect([0, 1, 2].map((i) => nextPageIndex(i, 3))).toEqual([1, 2, 0])
    expect(nextPageIndex(0, 1)).toBe(0)
    expect(nextPageIndex(4, 0)).toBe(0)
  })

  it('stays within the pages left when the list shrinks', () => {
    expect(clampPageIndex(4, 2)).toBe(1)
    expect(clampPageIndex(1, 3)).toBe(1)
    expect(clampPageIndex(3, 0)).toBe(0)
  })
})
