import { describe, expect, it } from 'vitest'
import type { StateInterval } from '../../domain/timelines/state-interval'
import { axisTicks, bandSegments, instantAt, positionOf } from './time-scale'

const window = { from: 0, to: 1_000 }

describe('positionOf / instantAt', () => {
  it('maps instants to fractions of the window and back', () => {
    expect(positionOf(250, window)).toBe(0.25)
    expect(positionOf(-100, window)).toBe(-0.1)
    expect(instantAt(0.5, window)).toBe(500)
    expect(instantAt(2, window)).toBe(1_000)
  })
})

describe('bandSegments', () => {
  const intervals: StateInterval<string>[] = [
    { state: 'online', from: -500, to: 400 },
    { state: 'offline', from: 400, to: 700 },
    { state: 'online', from: 700, to: null },
  ]

  it('clips to the window and ends the ongoing interval at now', () => {
    const segments = bandSegments(intervals, window, 900)
    expect(segments.map((s) => [s.kind, s.left, s.width])).toEqual([
      ['state', 0, 0.4],
      ['state', 0.4, 0.3],
      ['state', 0.7, 0.2],
    ])
  })

  it('merges runs of slivers into one mixed segment so the band stays bounded', () => {
    const many: StateInterval<string>[] = []
    for (let i = 0; i < 10_000; i++) {
      many.push({ state: i % 2 === 0 ? 'online' : 'offline', from: i * 0.1, to: (i + 1) * 0.1 })
    }
    const segments = bandSegments(many, window, 1_000, 0.01)
    expect(segments.length).toBeLessThanOrEqual(110)
    expect(segments.every((s) => s.kind === 'mixed')).toBe(true)
    expect(segments.reduce((sum, s) => sum + (s.kind === 'mixed' ? s.count : 1), 0)).toBe(10_000)
  })

  it('keeps a lone sliver as a real state', () => {
    const segments = bandSegments([{ state: 'offline', from: 10, to: 11 }], window, 1_000)
    expect(segments).toHaveLength(1)
    expect(segments[0]!.kind).toBe('state')
  })
})

describe('axisTicks', () => {
  const at = (iso: string) => Date.parse(iso)

  it('puts ticks on round hours for a day, with the date at midnight', () => {
    const ticks = axisTicks(
      { from: at('2026-11-27T07:10:00Z'), to: at('2026-11-28T07:10:00Z') },
      8,
      'UTC',
    )
    expect(ticks[0]!.label).toBe('09:00')
    expect(ticks.map((t) => t.label)).toContain('28 Nov')
    expect(ticks.length).toBeLessThanOrEqual(8)
    expect(ticks.find((t) => t.label === '28 Nov')!.major).toBe(true)
  })

  it('uses five-minute steps for an hour', () => {
    const ticks = axisTicks(
      { from: at('2026-11-28T06:02:00Z'), to: at('2026-11-28T07:02:00Z') },
      12,
      'UTC',
    )
    expect(ticks.slice(0, 3).map((t) => t.label)).toEqual(['06:05', '06:10', '06:15'])
  })

  it('rounds in the given time zone', () => {
    const ticks = axisTicks(
      { from: at('2026-11-28T06:00:00Z'), to: at('2026-11-28T12:00:00Z') },
      6,
      'Asia/Kolkata',
    )
    expect(ticks[0]!.label).toBe('12:00') // 06:30Z
    expect(ticks[0]!.at).toBe(at('2026-11-28T06:30:00Z'))
  })

  it('labels every tick with its date for a week', () => {
    const ticks = axisTicks(
      { from: at('2026-11-21T07:00:00Z'), to: at('2026-11-28T07:00:00Z') },
      8,
      'UTC',
    )
    expect(ticks.map((t) => t.label)).toEqual([
      '22 Nov',
      '23 Nov',
      '24 Nov',
      '25 Nov',
      '26 Nov',
      '27 Nov',
      '28 Nov',
    ])
  })
})
