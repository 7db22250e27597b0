import { describe, expect, it } from 'vitest'
import { parseDevice } from '../devices/device-schema'
import type { Device } from '../devices/device-schema'
import type { KnownEventType } from '../events/event-types'
import { parseSeamEvent } from '../events/parse-event'
import type { ParsedEvent } from '../events/parsed-event'
import { SEED_EXAMPLES } from '../events/seed-examples'
import { currentDeviceStatus } from './current-device-status'

const DEVICE_ID = 'august_device_1'
const T0 = Date.UTC(2025, 0, 1, 12)
const MINUTE = 60_000
const NOW = T0 + 60 * MINUTE

function device(properties: Record<string, unknown> = {}, extra: Record<string, unknown> = {}) {
  const result = parseDevice({
    device_id: DEVICE_ID,
    device_type: 'august_lock',
    properties: {
      online: true,
      locked: true,
      battery: { level: 1, status: 'full' },
      ...properties,
    },
    ...extra,
  })
  if (!result.ok) throw new Error(result.reason)
  return result.value
}

let counter = 0
/** An event from the seed example of `type`, for this device, `minutes` after T0. */
function event(type: KnownEventType, minutes: number, changes: Record<string, unknown> = {}) {
  counter += 1
  const at = new Date(T0 + minutes * MINUTE).toISOString()
  return parseSeamEvent({
    ...SEED_EXAMPLES[type],
    event_id: `event${String(counter).padStart(4, '0')}`,
    device_id: DEVICE_ID,
    occurred_at: at,
    created_at: at,
    ...changes,
  })
}

function status(d: Device, events: ParsedEvent[], snapshotAt?: number) {
  const forward = currentDeviceStatus(d, events, NOW, { snapshotAt })
  // The order events arrive in must not matter.
  expect(currentDeviceStatus(d, [...events].reverse(), NOW, { snapshotAt })).toEqual(forward)
  return forward
}

describe('currentDeviceStatus from the snapshot alone', () => {
  it('reads online, battery and lock from the device', () => {
    expect(status(device(), [])).toEqual({
      connectivity: { state: 'online' },
      battery: { level: 1, status: 'full', at: undefined },
      lock: { state: 'locked' },
      lastEvent: undefined,
    })
  })

  it('says unknown when the device does not say', () => {
    const bare = device({ online: undefined, locked: undefined, battery: undefined })
    expect(status(bare, [])).toEqual({
      connectivity: { state: 'unknown' },
      battery: { level: undefined, status: undefined, at: undefined },
      lock: { state: 'unknown' },
      lastEvent: undefined,
    })
  })

  it('explains an offline snapshot from the device errors', () => {
    const offline = device(
      { online: false },
      { errors: [{ error_code: 'hub_disconnected', created_at: '2025-01-01T11:00:00.000Z' }] },
    )
    expect(status(offline, []).connectivity).toEqual({
      state: 'offline',
      reason: 'hub_disconnected',
      since: Date.UTC(2025, 0, 1, 11),
    })
  })

  it('shows a flaky-connection warning as flaky', () => {
    const flaky = device({}, { warnings: [{ warning_code: 'device_has_flaky_connection' }] })
    expect(status(flaky, []).connectivity.state).toBe('flaky')
  })
})

describe('currentDeviceStatus connectivity from events', () => {
  it('lets a newer disconnection win over an online snapshot', () => {
    const events = [
      event('device.connected', 0),
      event('device.disconnected', 5, { error_code: 'hub_disconnected' }),
    ]
    expect(status(device(), events).connectivity).toEqual({
      state: 'offline',
      reason: 'hub_disconnected',
      since: T0 + 5 * MINUTE,
    })
  })

  it('comes back online with the latest connection', () => {
    const events = [event('device.disconnected', 5), event('device.connected', 9)]
    expect(status(device({ online: false }), events).connectivity).toEqual({
      state: 'online',
      since: T0 + 9 * MINUTE,
    })
  })

  it('stays flaky through reconnections until the connection stabilizes', () => {
    const flaky = event('device.connection_became_flaky', 1)
    const events = [flaky, event('device.disconnected', 2), event('device.connected', 3)]
    expect(status(device(), events).connectivity).toEqual({ state: 'flaky', since: T0 + MINUTE })
    const stable = [...events, event('device.connection_stabilized', 4)]
    expect(status(device(), stable).connectivity).toEqual({
      state: 'online',
      since: T0 + 4 * MINUTE,
    })
  })

  it('counts unmanaged connectivity events too, with an unknown reason when none is given', () => {
    const events = [event('device.unmanaged.disconnected', 3, { error_code: undefined })]
    expect(status(device(), events).connectivity).toEqual({
      state: 'offline',
      reason: 'unknown',
      since: T0 + 3 * MINUTE,
    })
  })

  it('lets a snapshot newer than the events win, keeping since when they agree', () => {
    const disconnected = event('device.disconnected', 5)
    expect(status(device(), [disconnected], T0 + 30 * MINUTE).connectivity).toEqual({
      state: 'online',
    })
    const agreeing = status(device({ online: false }), [disconnected], T0 + 30 * MINUTE)
    expect(agreeing.connectivity).toEqual({
      state: 'offline',
      reason: 'account_disconnected',
      since: T0 + 5 * MINUTE,
    })
    const newer = event('device.disconnected', 40)
    expect(status(device(), [newer], T0 + 30 * MINUTE).connectivity.state).toBe('offline')
  })

  it('breaks ties on occurredAt by the larger id, whatever the order', () => {
    const connected = event('device.connected', 7, { event_id: 'event-b' })
    const disconnected = event('device.disconnected', 7, { event_id: 'event-a' })
    expect(status(device(), [connected, disconnected]).connectivity.state).toBe('online')
    const later = event('device.disconnected', 7, { event_id: 'event-c' })
    expect(status(device(), [connected, later]).connectivity.state).toBe('offline')
  })

  it('ignores events after now, events of other devices and invalid events', () => {
    const future = event('device.disconnected', 90)
    const otherDevice = event('device.disconnected', 5, { device_id: 'august_device_2' })
    const invalid = event('device.disconnected', 6, { error_code: 42 })
    expect(invalid.status).toBe('invalid')
    const result = status(device(), [future, otherDevice, invalid])
    expect(result.connectivity).toEqual({ state: 'online' })
    expect(result.lastEvent).toEqual({
      id: invalid.id,
      type: 'device.disconnected',
      at: T0 + 6 * MINUTE,
    })
  })
})

describe('currentDeviceStatus battery from events', () => {
  it('takes the level of a newer low-battery event and drops the older status', () => {
    const events = [event('device.low_battery', 10, { battery_level: 0.08 })]
    expect(status(device(), events).battery).toEqual({
      level: 0.08,
      status: undefined,
      at: T0 + 10 * MINUTE,
    })
  })

  it('takes level and status from a battery status change', () => {
    const events = [
      event('device.low_battery', 10, { battery_level: 0.2 }),
      event('device.battery_status_changed', 20, { battery_status: 'low', battery_level: 0.15 }),
    ]
    expect(status(device(), events).battery).toEqual({
      level: 0.15,
      status: 'low',
      at: T0 + 20 * MINUTE,
    })
  })

  it('keeps a newer snapshot reading over old battery events', () => {
    const events = [event('device.low_battery', 10, { battery_level: 0.08 })]
    expect(status(device(), events, T0 + 30 * MINUTE).battery).toEqual({
      level: 1,
      status: 'full',
      at: T0 + 30 * MINUTE,
    })
  })

  it('ignores a battery event with a level outside 0..1', () => {
    const events = [event('device.low_battery', 10, { battery_level: 1.7 })]
    expect(status(device(), events).battery.level).toBe(1)
  })
})

describe('currentDeviceStatus lock from events', () => {
  it('takes state and method from the latest lock event', () => {
    const events = [event('lock.locked', 1), event('lock.unlocked', 2)]
    expect(status(device(), events).lock).toEqual({
      state: 'unlocked',
      method: 'keycode',
      at: T0 + 2 * MINUTE,
    })
  })

  it('reads a lock event without a method, as the fake Seam sends them', () => {
    const events = [event('lock.locked', 3, { method: undefined })]
    expect(status(device({ locked: false }), events).lock).toEqual({
      state: 'locked',
      method: undefined,
      at: T0 + 3 * MINUTE,
    })
  })

  it('lets a newer snapshot win, keeping the method of an agreeing event', () => {
    const unlocked = event('lock.unlocked', 2)
    expect(status(device(), [unlocked], T0 + 30 * MINUTE).lock).toEqual({
      state: 'locked',
      at: T0 + 30 * MINUTE,
    })
    expect(status(device({ locked: false }), [unlocked], T0 + 30 * MINUTE).lock).toEqual({
      state: 'unlocked',
      method: 'keycode',
      at: T0 + 2 * MINUTE,
    })
  })

  it('reports the latest event of any kind', () => {
    const events = [
      event('lock.locked', 1),
      event('camera.activated', 4),
      event('device.tampered', 3),
    ]
    expect(status(device(), events).lastEvent).toEqual({
      id: events[1]!.id,
      type: 'camera.activated',
      at: T0 + 4 * MINUTE,
    })
  })
})
