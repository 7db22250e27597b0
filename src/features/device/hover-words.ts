// The shared hover line's readout in words: what every track said at the instant under the pointer.
import { lockMethodWords } from '../../components/status-words'
import type { HoverReadout } from './device-timelines'
import { connectivityLabel } from './track-words'

export function hoverWords(readout: HoverReadout): string[] {
  const parts: string[] = []
  parts.push(
    readout.connectivity === undefined
      ? 'Connectivity not known'
      : connectivityLabel(readout.connectivity),
  )
  if (readout.battery !== undefined) {
    const level = `Battery ${Math.round(readout.battery.level * 100)} %`
    parts.push(
      readout.battery.status === undefined ? level : `${level} (${readout.battery.status})`,
    )
  }
  if (readout.lock !== undefined) {
    const how = lockMethodWords(readout.lock.method)
    const state = readout.lock.state === 'locked' ? 'Locked' : 'Unlocked'
    parts.push(how === undefined ? state : `${state} ${how}`)
  }
  return parts
}
