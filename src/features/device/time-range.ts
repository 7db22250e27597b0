// The device page's time range (1 h, 24 h, 7 d or custom) and zoom window, to and from the URL.
import type { Instant } from '../../domain/events/parsed-event'
import type { TimeWindow } from '../../domain/timelines/state-interval'

export type RangePreset = '1h' | '24h' | '7d'

export type TimeRange =
  | { readonly kind: 'preset'; readonly preset: RangePreset }
  | { readonly kind: 'custom'; readonly from: Instant; readonly to: Instant }

export const RANGE_PRESETS: readonly { readonly preset: RangePreset; readonly label: string }[] = [
  { preset: '1h', label: '1 h' },
  { preset: '24h', label: '24 h' },
  { preset: '7d', label: '7 d' },
]

export const DEFAULT_RANGE: TimeRange = { kind: 'preset', preset: '24h' }

const HOUR = 3_600_000
const PRESET_MS: Readonly<Record<RangePreset, number>> = {
  '1h': HOUR,
  '24h': 24 * HOUR,
  '7d': 7 * 24 * HOUR,
}

/** The narrowest zoom: below a minute the events' second-resolution times stop meaning much. */
export const MIN_ZOOM_MS = 60_000

function isPreset(value: string): value is RangePreset {
  return value === '1h' || value === '24h' || value === '7d'
}

/** `range=24h`, or a custom range as two ISO instants: `range=2026-11-28T06:00:00.000Z~2026-…`. */
export function parseTimeRange(value: string): TimeRange {
  if (isPreset(value)) return { kind: 'preset', preset: value }
  const [from, to, extra] = value.split('~')
  if (from !== undefined && to !== undefined && extra === undefined) {
    const start = Date.parse(from)
    const end = Date.parse(to)
    if (Number.isFinite(start) && Number.isFinite(end) && end > start) {
      return { kind: 'custom', from: start, to: end }
    }
  }
  return DEFAULT_RANGE
}

export function formatTimeRange(range: TimeRange): string {
  if (range.kind === 'preset') return range.preset
  return `${new Date(range.from).toISOString()}~${new Date(range.to).toISOString()}`
}

/** A preset ends now; a custom range is fixed, so a shared link shows the same moments. */
export function rangeWindow(range: TimeRange, now: Instant): TimeWindow {
  if (range.kind === 'custom') return { from: range.from, to: range.to }
  return { from: now - PRESET_MS[range.preset], to: now }
}

/** "the last 24 h", "the last 7 d", or "this period" for a custom range (for empty states). */
export function rangeWords(range: TimeRange): string {
  if (range.kind === 'custom') return 'this period'
  return `the last ${RANGE_PRESETS.find((p) => p.preset === range.preset)?.label ?? range.preset}`
}

/** `zoom=<from ms>-<to ms>`: absolute, so a shared link points at exactly the same moments. */
export function parseZoom(value: string): TimeWindow | undefined {
  const match = /^(\d{1,15})-(\d{1,15})$/.exec(value)
  if (match === null) return undefined
  const from = Number(match[1])
  const to = Number(match[2])
  return to > from ? { from, to } : undefined
}

export function formatZoom(zoom: TimeWindow | undefined): string {
  return zoom === undefined ? '' : `${Math.round(zoom.from)}-${Math.round(zoom.to)}`
}

/**
 * The window the timelines draw: the zoom clipped to the range, or the whole range when there is
 * no zoom or it lies outside the range (an old link after the preset moved on).
 */
export function visibleWindow(range: TimeWindow, zoom: TimeWindow | undefined): TimeWindow {
  if (zoom === undefined) return range
  const from = Math.max(range.from, zoom.from)
  const to = Math.min(range.to, zoom.to)
  return to - from >= Math.min(MIN_ZOOM_MS, range.to - range.from) ? { from, to } : range
}

/** True when `window` covers all of `range` (no zoom to undo). */
export function isWholeRange(window: TimeWindow, range: TimeWindow): boolean {
  return window.from <= range.from && window.to >= range.to
}

/**
 * Zooms around `center` (defaults to the middle) by `factor` (< 1 narrows, > 1 widens), kept inside
 * `bounds` and no narrower than MIN_ZOOM_MS. Returns undefined when the result is the whole range.
 */
export function zoomWindow(
  window: TimeWindow,
  bounds: TimeWindow,
  factor: number,
  center: Instant = (window.from + window.to) / 2,
): TimeWindow | undefined {
  const boundsSpan = bounds.to - bounds.from
  const span = Math.min(boundsSpan, Math.max(MIN_ZOOM_MS, (window.to - window.from) * factor))
  if (span >= boundsSpan) return undefined
  const ratio = (center - window.from) / Math.max(1, window.to - window.from)
  let from = center - span * ratio
  from = Math.min(Math.max(from, bounds.from), bounds.to - span)
  return { from: Math.round(from), to: Math.round(from + span) }
}

/** Moves the window by `fraction` of its width (negative: back in time), kept inside `bounds`. */
export function panWindow(window: TimeWindow, bounds: TimeWindow, fraction: number): TimeWindow {
  const span = window.to - window.from
  const from = Math.min(Math.max(window.from + span * fraction, bounds.from), bounds.to - span)
  return { from: Math.round(from), to: Math.round(from + span) }
}

/** A dragged selection between two instants, as a zoom; undefined when too narrow to mean one. */
export function selectionZoom(a: Instant, b: Instant, bounds: TimeWindow): TimeWindow | undefined {
  const from = Math.max(bounds.from, Math.min(a, b))
  const to = Math.min(bounds.to, Math.max(a, b))
  if (to - from < MIN_ZOOM_MS) return undefined
  return { from: Math.round(from), to: Math.round(to) }
}
