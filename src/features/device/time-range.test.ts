import { describe, expect, it } from 'vitest'
import {
  DEFAULT_RANGE,
  formatTimeRange,
  formatZoom,
  MIN_ZOOM_MS,
  panWindow,
  parseTimeRange,
  parseZoom,
  rangeWindow,
  rangeWords,
  selectionZoom,
  visibleWindow,
  zoomWindow,
} from './time-range'

const HOUR = 3_600_000
const now = Date.parse('2026-11-28T07:00:00Z')

describe('parseTimeRange / formatTimeRange', () => {
  it('reads the presets and falls back to 24 h', () => {
    expect(parseTimeRange('1h')).toEqual({ kind: 'preset', preset: '1h' })
    expect(parseTimeRange('7d')).toEqual({ kind: 'preset', preset: '7d' })
    expect(parseTimeRange('')).toEqual(DEFAULT_RANGE)
    expect(parseTimeRange('3 weeks')).toEqual(DEFAULT_RANGE)
  })

  it('round-trips a custom range through the URL value', () => {
    const range = { kind: 'custom', from: now - 2 * HOUR, to: now - HOUR } as const
    const value = formatTimeRange(range)
    expect(value).toBe('2026-11-28T05:00:00.000Z~2026-11-28T06:00:00.000Z')
    expect(parseTimeRange(value)).toEqual(range)
  })

  it('rejects a custom range that ends before it starts, or is malformed', () => {
    expect(parseTimeRange('2026-11-28T06:00:00Z~2026-11-28T05:00:00Z')).toEqual(DEFAULT_RANGE)
    expect(parseTimeRange('2026-11-28T06:00:00Z~nonsense')).toEqual(DEFAULT_RANGE)
    expect(parseTimeRange('a~b~c')).toEqual(DEFAULT_RANGE)
  })
})

describe('rangeWindow and rangeWords', () => {
  it('ends a preset now and keeps a custom range fixed', () => {
    expect(rangeWindow({ kind: 'preset', preset: '1h' }, now)).toEqual({
      from: now - HOUR,
      to: now,
    })
    expect(rangeWindow({ kind: 'preset', preset: '7d' }, now).from).toBe(now - 168 * HOUR)
    expect(rangeWindow({ kind: 'custom', from: 1, to: 2 }, now)).toEqual({ from: 1, to: 2 })
  })

  it('words the range for empty states', () => {
    expect(rangeWords({ kind: 'preset', preset: '24h' })).toBe('the last 24 h')
    expect(rangeWords({ kind: 'custom', from: 1, to: 2 })).toBe('this period')
  })
})

describe('zoom', () => {
  const range = { from: now - 24 * HOUR, to: now }

  it('parses and formats the zoom parameter', () => {
    expect(parseZoom('1000-5000')).toEqual({ from: 1000, to: 5000 })
    expect(parseZoom('5000-1000')).toBeUndefined()
    expect(parseZoom('abc')).toBeUndefined()
    expect(formatZoom({ from: 1000.4, to: 5000 })).toBe('1000-5000')
    expect(formatZoom(undefined)).toBe('')
  })

  it('clips the zoom to the range, and ignores one outside it', () => {
    expect(visibleWindow(range, { from: now - 2 * HOUR, to: now + HOUR })).toEqual({
      from: now - 2 * HOUR,
      to: now,
    })
    expect(visibleWindow(range, { from: now - 50 * HOUR, to: now - 40 * HOUR })).toEqual(range)
    expect(visibleWindow(range, undefined)).toEqual(range)
  })

  it('halves the window around its middle and stays inside the range', () => {
    const zoomed = zoomWindow(range, range, 0.5)
    expect(zoomed).toEqual({ from: now - 18 * HOUR, to: now - 6 * HOUR })
    const atEnd = zoomWindow({ from: now - HOUR, to: now }, range, 0.5, now)
    expect(atEnd).toEqual({ from: now - HOUR / 2, to: now })
  })

  it('returns no zoom once zooming out reaches the whole range', () => {
    expect(zoomWindow({ from: now - 18 * HOUR, to: now - 6 * HOUR }, range, 2)).toBeUndefined()
  })

  it('never zooms narrower than a minute', () => {
    const tiny = zoomWindow({ from: now - 2 * 60_000, to: now }, range, 0.1)
    expect(tiny!.to - tiny!.from).toBe(MIN_ZOOM_MS)
  })

  it('pans by a fraction of the width without leaving the range', () => {
    const window = { from: now - 4 * HOUR, to: now - 2 * HOUR }
    expect(panWindow(window, range, -0.5)).toEqual({ from: now - 5 * HOUR, to: now - 3 * HOUR })
    expect(panWindow(window, range, 5)).toEqual({ from: now - 2 * HOUR, to: now })
  })

  it('turns a drag into a zoom, in either direction, unless too narrow', () => {
    expect(selectionZoom(now - HOUR, now - 2 * HOUR, range)).toEqual({
      from: now - 2 * HOUR,
      to: now - HOUR,
    })
    expect(selectionZoom(now - HOUR, now - HOUR + 1_000, range)).toBeUndefined()
  })
})
