// The server's timelines of a range, held as the domain holds a device's history, for the tracks.
import type { DeviceReadModel } from '../../api/live/device-read-model'
import type { MediaItem } from '../../domain/timelines/media'
import type { StateInterval } from '../../domain/timelines/state-interval'
import type { DeviceHistory } from './device-timelines'

/**
 * `live`: the range ends now (a preset). The server cut the ongoing interval at its own clock;
 * it goes on, so the page's clock carries it forward until the next answer.
 */
export function rangeHistory(model: DeviceReadModel, live: boolean): DeviceHistory {
  const deviceId = model.row.device_id
  const ongoing = <I extends StateInterval<unknown>>(intervals: readonly I[]): I[] =>
    live ? reopenLast(intervals, model.range.to) : [...intervals]
  const { battery, media } = model
  // The device's own pictures: rings, its own motions inside visits (a door's camera may be
  // another device), and lone motions.
  const items: MediaItem[] = [...media.lone]
  for (const visit of media.visits) {
    items.push(visit.ring, ...visit.motions.filter((motion) => motion.deviceId === deviceId))
  }
  items.sort((a, b) => b.at - a.at || (a.eventId < b.eventId ? 1 : -1))
  return {
    connectivity: ongoing(model.connectivity),
    battery: {
      levels:
        battery.before === undefined ? battery.readings : [battery.before, ...battery.readings],
      bands: ongoing(battery.bands),
    },
    lock: { intervals: ongoing(model.lock), accessDenied: model.lockDenied },
    media: { items, doorbellSessions: media.visits },
  }
}

function reopenLast<I extends StateInterval<unknown>>(intervals: readonly I[], end: number): I[] {
  const last = intervals[intervals.length - 1]
  if (last === undefined || last.to !== end) return [...intervals]
  return [...intervals.slice(0, -1), { ...last, to: null }]
}
