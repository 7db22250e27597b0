// A device's side states over time: privacy mode, subscription, keypad, integrations, management.
import type { Instant, ParsedEvent } from '../events/parsed-event'
import { timelineEvents } from './event-order'
import type { EventPoint, StateInterval } from './state-interval'
import { appendInterval, causeOf } from './state-interval'

export interface LifecyclePoint extends EventPoint {
  readonly change: 'added' | 'removed' | 'deleted' | 'renamed'
  /** The new name (renamed) or the name at deletion, when Seam sent one. */
  readonly deviceName?: string
}

/** The states of each interval track. */
export interface DeviceTrackStates {
  /** Salto privacy mode: nobody but the occupant can open the door. */
  readonly privacyMode: 'on' | 'off'
  readonly subscription: 'required' | 'ok'
  readonly keypad: 'connected' | 'disconnected'
  readonly thirdPartyIntegration: 'detected' | 'not_detected'
  readonly management: 'managed' | 'unmanaged'
}

type Track = keyof DeviceTrackStates
type Tracks = { [K in Track]: StateInterval<DeviceTrackStates[K]>[] }
type StateChange = { [K in Track]: readonly [K, DeviceTrackStates[K]] }[Track]

export interface DeviceStateTimeline extends Readonly<Tracks> {
  /** Oldest first. */
  readonly tampered: readonly EventPoint[]
  /** Oldest first. */
  readonly lifecycle: readonly LifecyclePoint[]
}

// What each interval-making type says, as [track, state].
const STATE_CHANGES: Readonly<Record<string, StateChange>> = {
  'device.salto.privacy_mode_activated': ['privacyMode', 'on'],
  'device.salto.privacy_mode_deactivated': ['privacyMode', 'off'],
  'device.error.subscription_required': ['subscription', 'required'],
  'device.error.subscription_required.resolved': ['subscription', 'ok'],
  'device.accessory_keypad_connected': ['keypad', 'connected'],
  'device.accessory_keypad_disconnected': ['keypad', 'disconnected'],
  'device.third_party_integration_detected': ['thirdPartyIntegration', 'detected'],
  'device.third_party_integration_no_longer_detected': ['thirdPartyIntegration', 'not_detected'],
  'device.added': ['management', 'managed'],
  'device.unmanaged.converted_to_managed': ['management', 'managed'],
  'device.converted_to_unmanaged': ['management', 'unmanaged'],
  // Seam only reports an unmanaged device's connectivity under these names, so they show it was
  // unmanaged then.
  'device.unmanaged.connected': ['management', 'unmanaged'],
  'device.unmanaged.disconnected': ['management', 'unmanaged'],
}

const LIFECYCLE_CHANGES: Readonly<Record<string, LifecyclePoint['change']>> = {
  'device.added': 'added',
  'device.removed': 'removed',
  'device.deleted': 'deleted',
  'device.name_changed': 'renamed',
}

const DEVICE_STATE_TYPES: ReadonlySet<string> = new Set([
  ...Object.keys(STATE_CHANGES),
  ...Object.keys(LIFECYCLE_CHANGES),
  'device.tampered',
])

/** Each track starts at its first event; a repeated state does not start a new interval. */
export function deviceStateTimeline(
  events: readonly ParsedEvent[],
  now: Instant,
): DeviceStateTimeline {
  const tracks: Tracks = {
    privacyMode: [],
    subscription: [],
    keypad: [],
    thirdPartyIntegration: [],
    management: [],
  }
  const tampered: EventPoint[] = []
  const lifecycle: LifecyclePoint[] = []
  for (const event of timelineEvents(events, now, DEVICE_STATE_TYPES)) {
    const at = event.occurredAt
    if (event.type === 'device.tampered') tampered.push({ at, eventId: event.id })
    const change = LIFECYCLE_CHANGES[event.type]
    if (change !== undefined) {
      const name = event.details?.deviceName
      const point: LifecyclePoint = { at, eventId: event.id, change }
      lifecycle.push(name === undefined ? point : { ...point, deviceName: name })
    }
    const stateChange = STATE_CHANGES[event.type]
    if (stateChange !== undefined) enterState(tracks, stateChange[0], stateChange[1], event)
  }
  return { ...tracks, tampered, lifecycle }
}

function enterState<K extends Track>(
  tracks: Tracks,
  track: K,
  state: DeviceTrackStates[K],
  event: ParsedEvent,
): void {
  const intervals: StateInterval<DeviceTrackStates[K]>[] = tracks[track]
  if (intervals[intervals.length - 1]?.state === state) return
  appendInterval(intervals, { state, from: event.occurredAt, to: null, cause: causeOf(event) })
}
