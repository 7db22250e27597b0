// One device's four timelines and its figures inside a range of time, as the device page shows them.
import type { DerivationConfig } from '../derivation-config'
import { DEFAULT_DERIVATION_CONFIG } from '../derivation-config'
import type { Instant, ParsedEvent } from '../events/parsed-event'
import { batteryDrain } from '../statistics/battery-forecast'
import { deviceStatistics, type DeviceStatistics } from '../statistics/device-statistics'
import type { BatteryLevelSample, BatterySnapshot, BatteryStatusInterval } from './battery'
import { batteryTimeline } from './battery'
import type { ConnectivityInterval } from './connectivity'
import { connectivityTimeline } from './connectivity'
import type { AccessDenial, LockInterval } from './lock'
import { lockTimeline } from './lock'
import type { DoorbellSession, MediaItem } from './media'
import { mediaFeed } from './media'
import type { TimeWindow } from './state-interval'
import { clipIntervals } from './state-interval'

/** A doorbell's companions at its door (see doorDevices): their events join its visits. */
export interface DeviceRangeDoor {
  readonly events: readonly ParsedEvent[]
  readonly doorOf: (deviceId: string) => string
}

export interface DeviceRangeInput {
  readonly deviceId: string
  /** The device's events, in any order. */
  readonly events: readonly ParsedEvent[]
  /** Its account's own events (an account outage takes the device offline), in any order. */
  readonly accountEvents: readonly ParsedEvent[]
  /** What the device list said about the battery, and when it was read. */
  readonly batterySnapshot?: BatterySnapshot | undefined
  readonly door?: DeviceRangeDoor | undefined
  readonly range: TimeWindow
  readonly now: Instant
  readonly config?: DerivationConfig
}

export interface DeviceRangeBattery {
  /** The readings inside the range, oldest first. */
  readonly readings: readonly BatteryLevelSample[]
  /** The last reading before the range: where the line enters it. */
  readonly before: BatteryLevelSample | undefined
  /** Status bands clipped to the range (and to now). */
  readonly bands: readonly BatteryStatusInterval[]
  /** The drain fitted on every retained reading, percentage points per day (negative: draining). */
  readonly drainPerDay: number | undefined
}

export interface DeviceRangeMedia {
  /** The device's own pictures and clips in the range, newest first. */
  readonly items: readonly MediaItem[]
  /** Its doorbell visits whose ring is in the range, newest first (the door's motions inside). */
  readonly visits: readonly DoorbellSession[]
}

export interface DeviceRange {
  /** Clipped to the range and to now, oldest first; an interval begun earlier starts at its start. */
  readonly connectivity: readonly ConnectivityInterval[]
  readonly battery: DeviceRangeBattery
  /** The bolt's intervals clipped like connectivity, each with how it was operated. */
  readonly lock: readonly LockInterval[]
  /** Denied attempts inside the range, oldest first. */
  readonly lockDenied: readonly AccessDenial[]
  readonly media: DeviceRangeMedia
  /** The header's figures over the range. */
  readonly statistics: DeviceStatistics
}

/** The page's live view counts every event received, even one stamped a little ahead of the clock. */
const LIVE = Number.POSITIVE_INFINITY

/**
 * The whole retained history is derived first and clipped afterwards, so the state at the
 * range's start is known (a device offline since yesterday is offline from the first instant of
 * today's range). Timelines count every received event, as the device page's live view does;
 * clipping stops at `now`, and the statistics are as of `now`, as its header's are.
 */
export function deviceRange(input: DeviceRangeInput): DeviceRange {
  const { range, now } = input
  const config = input.config ?? DEFAULT_DERIVATION_CONFIG
  const inRange = (at: Instant) => at >= range.from && at <= range.to
  const connectivity = connectivityTimeline(input.events, LIVE, {
    accountEvents: input.accountEvents,
  })
  const battery = batteryTimeline(input.events, LIVE, {
    config,
    ...(input.batterySnapshot === undefined ? {} : { snapshot: input.batterySnapshot }),
  })
  const lock = lockTimeline(input.events, LIVE)
  const door = input.door
  const feed =
    door === undefined || door.events.length === 0
      ? mediaFeed(input.events, { now: LIVE, config })
      : mediaFeed([...input.events, ...door.events], { now: LIVE, config, doorOf: door.doorOf })

  let before: BatteryLevelSample | undefined
  const readings: BatteryLevelSample[] = []
  for (const sample of battery.levels) {
    if (sample.at < range.from) before = sample
    else if (sample.at <= range.to) readings.push(sample)
  }
  const drain = batteryDrain(battery.levels, { from: -Infinity, to: Infinity }, now, config)

  return {
    connectivity: clipIntervals(connectivity, range, now),
    battery: {
      readings,
      before,
      bands: clipIntervals(battery.bands, range, now),
      drainPerDay: drain === undefined ? undefined : drain.slopePerDay * 100,
    },
    lock: clipIntervals(lock.intervals, range, now),
    lockDenied: lock.accessDenied.filter((denial) => inRange(denial.at)),
    media: {
      // A door's companions' pictures show inside the visits, not as this device's own.
      items: feed.items.filter((item) => item.deviceId === input.deviceId && inRange(item.at)),
      visits: feed.doorbellSessions.filter(
        (visit) => visit.deviceId === input.deviceId && inRange(visit.ringAt),
      ),
    },
    statistics: deviceStatistics(input.events, range, now, {
      accountEvents: input.accountEvents,
      config,
    }),
  }
}
