// The four timelines of the device page for the visible window: what each track draws, precomputed.
import type {
  BatteryStatus,
  Instant,
  LockMethod,
  ParsedEvent,
} from '../../domain/events/parsed-event'
import type { BatterySnapshot, BatteryStatusInterval } from '../../domain/timelines/battery'
import { batteryTimeline } from '../../domain/timelines/battery'
import type { ConnectivityInterval } from '../../domain/timelines/connectivity'
import { connectivityTimeline } from '../../domain/timelines/connectivity'
import type { LockInterval } from '../../domain/timelines/lock'
import { lockTimeline } from '../../domain/timelines/lock'
import type { MediaFeed, MediaItem } from '../../domain/timelines/media'
import { mediaFeed } from '../../domain/timelines/media'
import type { TimeWindow } from '../../domain/timelines/state-interval'
import { batteryDrain } from '../../domain/statistics/battery-forecast'
import type { MarkCluster } from './downsample'
import { clusterMarks, downsampleMinMax } from './downsample'
import type { BandSegment } from './time-scale'
import { bandSegments } from './time-scale'
import { lastAtOrBefore } from '../../domain/timelines/last-at-or-before'

/** The whole retained history of one device, derived once per change of its events. */
export interface DeviceHistory {
  readonly connectivity: readonly ConnectivityInterval[]
  readonly battery: ReturnType<typeof batteryTimeline>
  readonly lock: ReturnType<typeof lockTimeline>
  readonly media: MediaFeed
}

/** A doorbell's companions at its door (see doorDevices): their events join its visits. */
export interface DoorContext {
  readonly events: readonly ParsedEvent[]
  readonly doorOf: (deviceId: string) => string
}

/**
 * `events` and `accountEvents` in any order; `now` may be +Infinity for the live view (every
 * received event counts) and the window clips later. The media track shows only this device's
 * pictures; the door's camera motion and lock unlocks appear inside its doorbell visits.
 */
export function deviceHistory(
  events: readonly ParsedEvent[],
  accountEvents: readonly ParsedEvent[],
  now: Instant,
  batterySnapshot?: BatterySnapshot,
  door?: DoorContext,
): DeviceHistory {
  const ordered = [...events].reverse()
  const deviceId = events[0]?.deviceId
  const media =
    door === undefined || door.events.length === 0
      ? mediaFeed(ordered, { now })
      : ownItemsOnly(
          mediaFeed([...ordered, ...door.events], { now, doorOf: door.doorOf }),
          deviceId,
        )
  return {
    connectivity: connectivityTimeline(ordered, now, {
      accountEvents: [...accountEvents].reverse(),
    }),
    battery: batteryTimeline(
      ordered,
      now,
      batterySnapshot === undefined ? {} : { snapshot: batterySnapshot },
    ),
    lock: lockTimeline(ordered, now),
    media,
  }
}

function ownItemsOnly(feed: MediaFeed, deviceId: string | undefined): MediaFeed {
  return { ...feed, items: feed.items.filter((item) => item.deviceId === deviceId) }
}

export interface BatteryPoint {
  readonly at: Instant
  /** 0..100 */
  readonly value: number
  /** The dashed drain trend at this instant, when a forecast exists. */
  readonly trend?: number
}

export interface LockMark {
  readonly at: Instant
  readonly eventId: string
  readonly kind: 'locked' | 'unlocked' | 'denied'
  readonly method?: LockMethod
}

export interface BatteryTrack {
  readonly points: readonly BatteryPoint[]
  readonly bands: readonly BandSegment<BatteryStatusInterval>[]
  /** Drain fitted on the retained readings: per day in percentage points, negative = draining. */
  readonly drainPerDay?: number
}

export interface DeviceTracks {
  readonly window: TimeWindow
  readonly connectivity: readonly BandSegment<ConnectivityInterval>[]
  readonly battery: BatteryTrack
  readonly lockBands: readonly BandSegment<LockInterval>[]
  readonly lockMarks: readonly MarkCluster<LockMark>[]
  readonly mediaMarks: readonly MarkCluster<MediaItem>[]
  /** How many events each track has in the window (before any capping). */
  readonly counts: {
    readonly connectivityChanges: number
    readonly batteryReadings: number
    readonly lockEvents: number
    readonly media: number
  }
}

/** Enough for a smooth line at any width this page has. */
export const MAX_BATTERY_POINTS = 400
/** Marks narrower than this cannot be told apart (roughly 6 px on a wide screen). */
export const MARK_SLOTS = 160

export function deviceTracks(
  history: DeviceHistory,
  window: TimeWindow,
  now: Instant,
): DeviceTracks {
  const inWindow = (at: Instant) => at >= window.from && at <= window.to
  const connectivity = bandSegments(history.connectivity, window, now)

  const levels = history.battery.levels
  const visible: { at: Instant; value: number }[] = []
  // One reading either side of the window keeps the line running to its edges.
  let before: { at: Instant; value: number } | undefined
  let after: { at: Instant; value: number } | undefined
  let readings = 0
  for (const sample of levels) {
    const point = { at: sample.at, value: Math.round(sample.level * 1000) / 10 }
    if (sample.at < window.from) before = point
    else if (sample.at > window.to) after ??= point
    else {
      visible.push(point)
      // The inventory's snapshot (no event) is the level now, not a reading of the range.
      if (sample.eventId !== undefined) readings++
    }
  }
  const line = downsampleMinMax(
    [...(before ? [before] : []), ...visible, ...(after ? [after] : [])],
    MAX_BATTERY_POINTS,
  )
  // The last reading holds until the next one: carry it to the window's end (or now).
  const lastPoint = line[line.length - 1]
  const lineEnd = Math.min(window.to, now)
  if (lastPoint !== undefined && after === undefined && lastPoint.at < lineEnd) {
    line.push({ at: lineEnd, value: lastPoint.value })
  }
  const drain = batteryDrain(levels, { from: -Infinity, to: Infinity }, now)
  const points: BatteryPoint[] = line.map((point) =>
    drain === undefined || point.at < drain.from
      ? point
      : { ...point, trend: clampPercent(drain.levelAt(point.at) * 100) },
  )

  const lockMarks: LockMark[] = []
  for (const interval of history.lock.intervals) {
    if (!inWindow(interval.from)) continue
    lockMarks.push({
      at: interval.from,
      eventId: interval.cause?.eventId ?? `${interval.from}`,
      kind: interval.state,
      method: interval.method,
    })
  }
  for (const denial of history.lock.accessDenied) {
    if (inWindow(denial.at))
      lockMarks.push({ at: denial.at, eventId: denial.eventId, kind: 'denied' })
  }
  const media = history.media.items.filter((item) => inWindow(item.at))

  return {
    window,
    connectivity,
    battery: {
      points,
      bands: bandSegments(history.battery.bands, window, now),
      ...(drain === undefined ? {} : { drainPerDay: drain.slopePerDay * 100 }),
    },
    lockBands: bandSegments(history.lock.intervals, window, now),
    lockMarks: clusterMarks(lockMarks, window, MARK_SLOTS),
    mediaMarks: clusterMarks(media, window, MARK_SLOTS),
    counts: {
      connectivityChanges: history.connectivity.filter((i) => inWindow(i.from)).length,
      batteryReadings: readings,
      lockEvents: lockMarks.length,
      media: media.length,
    },
  }
}

function clampPercent(value: number): number {
  return Math.round(Math.min(100, Math.max(0, value)) * 10) / 10
}

export interface HoverReadout {
  readonly at: Instant
  readonly connectivity?: ConnectivityInterval
  /** The last battery reading at or before the moment. */
  readonly battery?: {
    readonly at: Instant
    readonly level: number
    readonly status?: BatteryStatus
  }
  readonly lock?: LockInterval
}

/** What every track says at one instant, for the shared hover line. */
export function hoverReadout(history: DeviceHistory, at: Instant): HoverReadout {
  const connectivity = lastStarted(history.connectivity, at)
  const lock = lastStarted(history.lock.intervals, at)
  let reading: { at: Instant; level: number } | undefined
  for (const sample of history.battery.levels) {
    if (sample.at > at) break
    reading = sample
  }
  const band = lastStarted(history.battery.bands, at)
  const battery =
    reading === undefined
      ? undefined
      : band === undefined
        ? { at: reading.at, level: reading.level }
        : { at: reading.at, level: reading.level, status: band.state }
  return {
    at,
    ...(connectivity && { connectivity }),
    ...(battery && { battery }),
    ...(lock && { lock }),
  }
}

function lastStarted<I extends { readonly from: Instant; readonly to: Instant | null }>(
  intervals: readonly I[],
  at: Instant,
): I | undefined {
  const found = lastAtOrBefore(intervals, at, (interval) => interval.from)
  return found !== undefined && (found.to === null || at < found.to) ? found : undefined
}
