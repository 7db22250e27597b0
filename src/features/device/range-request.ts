// What the device page asks the server for: its range, the preset's start steadied (see liveRangeFrom).
import type { DeviceRangeAsked } from '../../api/live/device-read-model'
import { liveRangeFrom } from '../../api/live/range-request'
import type { Instant } from '../../domain/events/parsed-event'
import { rangeWindow, type TimeRange } from './time-range'

/** A custom range is asked as it is; a preset from a steadied start up to the server's now. */
export function rangeRequest(deviceId: string, range: TimeRange, now: Instant): DeviceRangeAsked {
  const { from, to } = rangeWindow(range, now)
  if (range.kind === 'custom') return { deviceId, from, to }
  return { deviceId, from: liveRangeFrom(to - from, now) }
}
