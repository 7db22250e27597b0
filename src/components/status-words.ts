// Device states in words and tones for badges and summaries: "Offline: hub disconnected", "8 %, critical".
import type { DisconnectReason, LockMethod } from '../domain/events/parsed-event'
import { CRITICAL_BATTERY_LEVEL } from '../domain/events/event-catalogue'
import type { CurrentDeviceStatus } from '../domain/status/current-device-status'
import type { Tone } from './tone'

export interface StatusWords {
  readonly label: string
  /** A short qualifier: why offline, how it was locked. */
  readonly detail?: string
  readonly tone: Tone
}

export type Connectivity = CurrentDeviceStatus['connectivity']
export type Battery = CurrentDeviceStatus['battery']
export type Lock = CurrentDeviceStatus['lock']

export function disconnectReasonWords(reason: DisconnectReason | undefined): string | undefined {
  switch (reason) {
    case 'account_disconnected':
      return 'account disconnected'
    case 'hub_disconnected':
      return 'hub disconnected'
    case 'device_disconnected':
      return 'device disconnected'
    case 'unknown':
    case undefined:
      return undefined
    default:
      reason satisfies never
      return undefined
  }
}

export function connectivityWords(connectivity: Connectivity): StatusWords {
  switch (connectivity.state) {
    case 'online':
      return { label: 'Online', tone: 'good' }
    case 'offline': {
      const detail = disconnectReasonWords(connectivity.reason)
      return detail === undefined
        ? { label: 'Offline', tone: 'critical' }
        : { label: 'Offline', detail, tone: 'critical' }
    }
    case 'flaky':
      return { label: 'Flaky', detail: 'connection unstable', tone: 'warning' }
    case 'unknown':
      return { label: 'Unknown', detail: 'not reported', tone: 'neutral' }
    default:
      connectivity.state satisfies never
      return { label: 'Unknown', tone: 'neutral' }
  }
}

/** At or below this fraction a battery counts as low even when Seam's status still says good. */
export const LOW_BATTERY_LEVEL = 0.2

export type BatteryConcern = 'critical' | 'low'

/** Whether a battery needs a visit: from Seam's status when given, and from the level. */
export function batteryConcern(battery: Battery): BatteryConcern | undefined {
  const { level, status } = battery
  if (status === 'critical' || (level !== undefined && level <= CRITICAL_BATTERY_LEVEL)) {
    return 'critical'
  }
  if (status === 'low' || (level !== undefined && level <= LOW_BATTERY_LEVEL)) return 'low'
  return undefined
}

export interface BatteryWords extends StatusWords {
  /** 0..100, rounded; undefined when only a status (or nothing) is known. */
  readonly percent?: number
}

export function batteryWords(battery: Battery): BatteryWords {
  const concern = batteryConcern(battery)
  const tone: Tone =
    concern === 'critical'
      ? 'critical'
      : concern === 'low'
        ? 'warning'
        : battery.level === undefined && battery.status === undefined
          ? 'neutral'
          : 'good'
  const status = battery.status
  if (battery.level === undefined) {
    if (status === undefined) return { label: 'No reading', tone: 'neutral' }
    return { label: capitalize(status), tone: tone === 'neutral' ? 'good' : tone }
  }
  const percent = Math.round(battery.level * 100)
  const label = `${percent} %`
  const detail = status ?? concern
  return detail === undefined ? { label, percent, tone } : { label, detail, percent, tone }
}

export function lockMethodWords(method: LockMethod | undefined): string | undefined {
  switch (method) {
    case 'keycode':
      return 'with keypad code'
    case 'manual':
      return 'by hand'
    case 'automatic':
      return 'automatically'
    case 'seamapi':
      return 'remotely via Seam'
    case 'unknown':
    case undefined:
      return undefined
    default:
      method satisfies never
      return undefined
  }
}

export function lockWords(lock: Lock): StatusWords {
  const detail = lockMethodWords(lock.method)
  switch (lock.state) {
    case 'locked':
      return detail === undefined
        ? { label: 'Locked', tone: 'good' }
        : { label: 'Locked', detail, tone: 'good' }
    case 'unlocked':
      // Unlocked is often intended (office hours), so it is marked, not alarming.
      return detail === undefined
        ? { label: 'Unlocked', tone: 'warning' }
        : { label: 'Unlocked', detail, tone: 'warning' }
    case 'unknown':
      return { label: 'Unknown', tone: 'neutral' }
    default:
      lock.state satisfies never
      return { label: 'Unknown', tone: 'neutral' }
  }
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1)
}
