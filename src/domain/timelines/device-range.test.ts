import { describe, expect, it } from 'vitest'
import type { KnownEventType } from '../events/event-types'
import { deviceRange } from './device-range'
import { DAY, HOUR, MINUTE, seamEvent, T0 } from './event-fixtures'

const DEVICE = 'front-door'
const ACCOUNT = 'acct-1'
const CAMERA = 'porch-camera'

function event(type: KnownEventType, id: string, hours: number, payload: object = {}) {
  return seamEvent(type, {
    id,
    at: T0 + hours * HOUR,
    deviceId: DEVICE,
    accountId: ACCOUNT,
    payload,
  })
}

const events = [
  event('device.connected', 'c1', 0),
  event('device.disconnected', 'd1', 2, { error_code: 'hub_disconnected' }),
  event('device.connected', 'c2', 5),
  event('device.low_battery', 'b1', 1, { battery_level: 0.5 }),
  event('device.low_battery', 'b2', 4, { battery_level: 0.4 }),
  event('device.low_battery', 'b3', 9, { battery_level: 0.3 }),
  event('lock.locked', 'l1', 1, { method: 'manual' }),
  event('lock.unlocked', 'l2', 4, { method: 'keycode', access_code_id: 'code-guest' }),
  event('lock.access_denied', 'x1', 4.5, { access_code_id: 'code-old' }),
  event('device.doorbell_rang', 'r1', 6),
  event('camera.activated', 'm0', 1, { motion_sub_type: 'human' }),
]
const range = { from: T0 + 3 * HOUR, to: T0 + 8 * HOUR }
const now = T0 + 10 * HOUR

describe('deviceRange', () => {
  it('clips connectivity to the range, keeping the offline spell begun before it', () => {
    const result = deviceRange({ deviceId: DEVICE, events, accountEvents: [], range, now })
    expect(result.connectivity.map((i) => [i.state, i.reason, i.from, i.to])).toEqual([
      ['offline', 'hub_disconnected', range.from, T0 + 5 * HOUR],
      ['online', undefined, T0 + 5 * HOUR, range.to],
    ])
  })

  it('lets an account outage take the device offline', () => {
    const accountEvents = [
      seamEvent('connected_account.disconnected', {
        id: 'a1',
        at: T0 + 6 * HOUR,
        accountId: ACCOUNT,
      }),
    ]
    const result = deviceRange({ deviceId: DEVICE, events, accountEvents, range, now })
    expect(result.connectivity.at(-1)).toMatchObject({
      state: 'offline',
      reason: 'account_disconnected',
      from: T0 + 6 * HOUR,
      to: range.to,
    })
  })

  it('keeps the readings in the range and the one before it, and the drain of them all', () => {
    const result = deviceRange({ deviceId: DEVICE, events, accountEvents: [], range, now })
    expect(result.battery.readings).toEqual([{ at: T0 + 4 * HOUR, level: 0.4, eventId: 'b2' }])
    expect(result.battery.before).toEqual({ at: T0 + HOUR, level: 0.5, eventId: 'b1' })
    // Three readings over eight hours are too few hours for a trend.
    expect(result.battery.drainPerDay).toBeUndefined()
    const daily = [0.9, 0.8, 0.7].map((level, day) =>
      event('device.low_battery', `d${day}`, day * 24, { battery_level: level }),
    )
    const drained = deviceRange({
      deviceId: DEVICE,
      events: daily,
      accountEvents: [],
      range: { from: T0, to: T0 + 3 * DAY },
      now: T0 + 3 * DAY,
    })
    // Ten percentage points a day, down.
    expect(drained.battery.drainPerDay).toBeCloseTo(-10, 6)
  })

  it('clips the bolt with its methods and keeps the denials inside the range', () => {
    const result = deviceRange({ deviceId: DEVICE, events, accountEvents: [], range, now })
    expect(result.lock.map((i) => [i.state, i.method, i.from, i.to, i.cause?.eventId])).toEqual([
      ['locked', 'manual', range.from, T0 + 4 * HOUR, 'l1'],
      ['unlocked', 'keycode', T0 + 4 * HOUR, range.to, 'l2'],
    ])
    expect(result.lockDenied).toEqual([
      { at: T0 + 4.5 * HOUR, eventId: 'x1', accessCodeId: 'code-old' },
    ])
  })

  it('keeps the media and visits of the range, with the door camera inside the visit', () => {
    const cameraMotion = seamEvent('camera.activated', {
      id: 'm1',
      at: T0 + 6 * HOUR + MINUTE,
      deviceId: CAMERA,
      payload: { motion_sub_type: 'package' },
    })
    const result = deviceRange({
      deviceId: DEVICE,
      events,
      accountEvents: [],
      door: { events: [cameraMotion], doorOf: (id) => (id === CAMERA ? DEVICE : id) },
      range,
      now,
    })
    expect(result.media.items.map((item) => item.eventId)).toEqual(['r1'])
    expect(result.media.visits.map((v) => [v.id, v.motions.map((m) => m.eventId)])).toEqual([
      ['session:r1', ['m1']],
    ])
  })

  it('stops at now and gives the header’s figures over the range', () => {
    const early = T0 + 6 * HOUR
    const result = deviceRange({ deviceId: DEVICE, events, accountEvents: [], range, now: early })
    expect(result.connectivity.at(-1)).toMatchObject({ state: 'online', to: early })
    expect(result.statistics.connectivity.msByState.offline).toBe(2 * HOUR)
    expect(result.statistics.connectivity.msByState.online).toBe(HOUR)
  })
})
