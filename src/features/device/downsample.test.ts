import { describe, expect, it } from 'vitest'
import { clusterMarks, downsampleMinMax } from './downsample'

describe('downsampleMinMax', () => {
  it('returns few points unchanged', () => {
    const points = [
      { at: 1, value: 5 },
      { at: 2, value: 4 },
    ]
    expect(downsampleMinMax(points, 10)).toEqual(points)
  })

  it('caps a dense series and keeps its extremes in time order', () => {
    const points = Array.from({ length: 100_000 }, (_, i) => ({
      at: i,
      value: i === 31_337 ? -50 : 50 + Math.sin(i),
    }))
    const out = downsampleMinMax(points, 400)
    expect(out.length).toBeLessThanOrEqual(400)
    expect(out.some((p) => p.value === -50)).toBe(true)
    expect(out.every((p, i) => i === 0 || p.at > out[i - 1]!.at)).toBe(true)
  })
})

describe('clusterMarks', () => {
  it('groups marks sharing a slot and drops those outside the window', () => {
    const marks = [{ at: 1 }, { at: 3 }, { at: 55 }, { at: 150 }, { at: -5 }]
    const clusters = clusterMarks(marks, { from: 0, to: 100 }, 10)
    expect(clusters.map((c) => c.marks.length)).toEqual([2, 1])
    expect(clusters[0]!.position).toBe(0.01)
    expect(clusters[1]!.from).toBe(55)
  })

  it('never returns more clusters than slots', () => {
    const marks = Array.from({ length: 50_000 }, (_, i) => ({ at: i }))
    expect(clusterMarks(marks, { from: 0, to: 50_000 }, 160).length).toBe(160)
  })
})
