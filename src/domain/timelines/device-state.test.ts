import { describe, expect, it } from 'vitest'
import type { KnownEventType } from '../events/event-types'
import { deviceStateTimeline } from './device-state'
import { HOUR, seamEvent, shuffledWithRepeats, T0 } from './event-fixtures'

const DEVICE = 'salto-room-12'

function stateEvent(type: KnownEventType, id: string, hours: number, payload: object = {}) {
  return seamEvent(type, { id, at: T0 + hours * HOUR, deviceId: DEVICE, payload })
}

const events = [
  stateEvent('device.added', 'e1', 0),
  stateEvent('device.salto.privacy_mode_activated', 'e2', 1),
  stateEvent('device.salto.privacy_mode_deactivated', 'e3', 3),
  stateEvent('device.error.subscription_required', 'e4', 2),
  stateEvent('device.error.subscription_required.resolved', 'e5', 5),
  stateEvent('device.accessory_keypad_connected', 'e6', 0),
  stateEvent('device.accessory_keypad_disconnected', 'e7', 4),
  stateEvent('device.third_party_integration_detected', 'e8', 6),
  stateEvent('device.third_party_integration_no_longer_detected', 'e9', 7),
  stateEvent('device.tampered', 'e10', 8),
  stateEvent('device.converted_to_unmanaged', 'e11', 9),
  stateEvent('device.unmanaged.connected', 'e12', 10),
  stateEvent('device.unmanaged.converted_to_managed', 'e13', 11),
  stateEvent('device.name_changed', 'e14', 12, { device_name: 'Room 12 (east)' }),
  stateEvent('device.removed', 'e15', 13),
]

function spans(intervals: readonly { state: string; from: number; to: number | null }[]) {
  return intervals.map((i) => [
    i.state,
    (i.from - T0) / HOUR,
    i.to === null ? null : (i.to - T0) / HOUR,
  ])
}

describe('deviceStateTimeline', () => {
  const timeline = deviceStateTimeline(events, T0 + 20 * HOUR)

  it('draws each side state as intervals from its own events', () => {
    expect(spans(timeline.privacyMode)).toEqual([
      ['on', 1, 3],
      ['off', 3, null],
    ])
    expect(spans(timeline.subscription)).toEqual([
      ['required', 2, 5],
      ['ok', 5, null],
    ])
    expect(spans(timeline.keypad)).toEqual([
      ['connected', 0, 4],
      ['disconnected', 4, null],
    ])
    expect(spans(timeline.thirdPartyIntegration)).toEqual([
      ['detected', 6, 7],
      ['not_detected', 7, null],
    ])
    // The unmanaged connection at hour 10 repeats "unmanaged" and starts nothing new.
    expect(spans(timeline.management)).toEqual([
      ['managed', 0, 9],
      ['unmanaged', 9, 11],
      ['managed', 11, null],
    ])
    expect(timeline.privacyMode[0]?.cause).toEqual({
      eventId: 'e2',
      type: 'device.salto.privacy_mode_activated',
    })
  })

  it('marks tampering and lifecycle changes as points', () => {
    expect(timeline.tampered).toEqual([{ at: T0 + 8 * HOUR, eventId: 'e10' }])
    expect(timeline.lifecycle).toEqual([
      { at: T0, eventId: 'e1', change: 'added' },
      { at: T0 + 12 * HOUR, eventId: 'e14', change: 'renamed', deviceName: 'Room 12 (east)' },
      { at: T0 + 13 * HOUR, eventId: 'e15', change: 'removed' },
    ])
  })

  it('derives the same timeline from shuffled and repeated events', () => {
    for (let seed = 1; seed <= 20; seed++) {
      expect(deviceStateTimeline(shuffledWithRepeats(events, seed), T0 + 20 * HOUR)).toEqual(
        timeline,
      )
    }
  })
})
