// A device's battery over time: the levels it reported and the status bands they fall in.
import type { BatteryThresholds, DerivationConfig } from '../derivation-config'
import { DEFAULT_DERIVATION_CONFIG } from '../derivation-config'
import type { BatteryStatus, Instant, ParsedEvent } from '../events/parsed-event'
import { timelineEvents } from './event-order'
import type { IntervalCause, StateInterval } from './state-interval'
import { appendInterval, causeOf } from './state-interval'

export interface BatteryLevelSample {
  readonly at: Instant
  /** 0..1 */
  readonly level: number
  /** The event that reported it; absent for the inventory snapshot. */
  readonly eventId?: string
}

export interface BatteryStatusInterval extends StateInterval<BatteryStatus> {
  /** `reported`: Seam said so; `from_level`: mapped from a level through the thresholds. */
  readonly source: 'reported' | 'from_level'
}

export interface BatteryTimeline {
  /** Oldest first. */
  readonly levels: readonly BatteryLevelSample[]
  readonly bands: readonly BatteryStatusInterval[]
}

/** What /devices/list said about the battery, and when it was fetched. */
export interface BatterySnapshot {
  readonly at: Instant
  readonly level?: number
  readonly status?: BatteryStatus
}

export interface BatteryTimelineOptions {
  readonly snapshot?: BatterySnapshot
  readonly config?: DerivationConfig
}

const BATTERY_TYPES: ReadonlySet<string> = new Set([
  'device.low_battery',
  'device.battery_status_changed',
])

export function batteryStatusForLevel(level: number, thresholds: BatteryThresholds): BatteryStatus {
  if (level <= thresholds.criticalAtOrBelow) return 'critical'
  if (level <= thresholds.lowAtOrBelow) return 'low'
  if (level <= thresholds.goodAtOrBelow) return 'good'
  return 'full'
}

interface StatusReading {
  readonly at: Instant
  readonly status: BatteryStatus
  readonly cause?: IntervalCause
}

/**
 * Levels come from every battery event that carries one (`device.low_battery`, and
 * `device.battery_status_changed` in Seam's newer catalogue) plus the snapshot. Bands come from
 * the statuses Seam reported; only a device that never reported one gets bands mapped from its
 * levels, since mixing both would draw two opinions as one. A snapshot after `now` is ignored.
 */
export function batteryTimeline(
  events: readonly ParsedEvent[],
  now: Instant,
  options: BatteryTimelineOptions = {},
): BatteryTimeline {
  const thresholds = (options.config ?? DEFAULT_DERIVATION_CONFIG).battery
  const snapshot =
    options.snapshot !== undefined && options.snapshot.at <= now ? options.snapshot : undefined
  const levels: BatteryLevelSample[] = []
  const reported: StatusReading[] = []
  const mapped: StatusReading[] = []
  for (const event of timelineEvents(events, now, BATTERY_TYPES)) {
    const level = event.details?.batteryLevel
    if (level !== undefined) {
      levels.push({ at: event.occurredAt, level, eventId: event.id })
      const status = batteryStatusForLevel(level, thresholds)
      mapped.push({ at: event.occurredAt, status, cause: causeOf(event) })
    }
    const status = event.details?.batteryStatus
    if (status !== undefined) reported.push({ at: event.occurredAt, status, cause: causeOf(event) })
  }
  // On a tie of time the snapshot goes last: it was read after the events it already reflects.
  if (snapshot?.level !== undefined) {
    insertByTime(levels, { at: snapshot.at, level: snapshot.level })
    insertByTime(mapped, {
      at: snapshot.at,
      status: batteryStatusForLevel(snapshot.level, thresholds),
    })
  }
  if (snapshot?.status !== undefined) {
    insertByTime(reported, { at: snapshot.at, status: snapshot.status })
  }
  const bands = reported.length > 0 ? bandsOf(reported, 'reported') : bandsOf(mapped, 'from_level')
  return { levels, bands }
}

/** Inserts after every item at the same time or earlier (the list is in time order). */
function insertByTime<T extends { readonly at: Instant }>(list: T[], item: T): void {
  let index = list.length
  while (index > 0 && list[index - 1]!.at > item.at) index--
  list.splice(index, 0, item)
}

function bandsOf(
  readings: readonly StatusReading[],
  source: BatteryStatusInterval['source'],
): BatteryStatusInterval[] {
  const bands: BatteryStatusInterval[] = []
  for (const reading of readings) {
    if (bands[bands.length - 1]?.state === reading.status) continue
    const band: BatteryStatusInterval = {
      state: reading.status,
      from: reading.at,
      to: null,
      source,
    }
    appendInterval(bands, reading.cause === undefined ? band : { ...band, cause: reading.cause })
  }
  return bands
}
