// The line under each track's title: how much it holds, or why it is empty.
import type { DeviceTracks } from './device-timelines'

export interface TrackSummaries {
  readonly connectivity: string
  readonly battery: string
  readonly lock: string
  readonly media: string
}

function count(n: number, one: string, many: string): string {
  return `${n.toLocaleString('en')} ${n === 1 ? one : many}`
}

/** `rangeWords` as rangeWords() gives it: "the last 24 h". */
export function trackSummaries(
  counts: DeviceTracks['counts'],
  rangeWords: string,
  /** The battery level known now (0..1), said when the range holds no reading. */
  currentLevel?: number,
): TrackSummaries {
  return {
    connectivity:
      counts.connectivityChanges === 0
        ? `no change in ${rangeWords}`
        : count(counts.connectivityChanges, 'change', 'changes'),
    battery:
      counts.batteryReadings === 0
        ? `no reading in ${rangeWords}${
            currentLevel === undefined ? '' : `; ${Math.round(currentLevel * 100)} % now`
          }`
        : count(counts.batteryReadings, 'reading', 'readings'),
    lock:
      counts.lockEvents === 0
        ? `no lock activity in ${rangeWords}`
        : count(counts.lockEvents, 'event', 'events'),
    media:
      counts.media === 0
        ? `no pictures or clips in ${rangeWords}`
        : count(counts.media, 'event', 'events'),
  }
}
