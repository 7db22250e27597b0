import { describe, expect, it } from 'vitest'
import type { ParsedEvent } from '../../domain/events/parsed-event'
import { HOUR, MINUTE, T0, seamEvent } from '../../domain/timelines/event-fixtures'
import {
  MARK_SLOTS,
  MAX_BATTERY_POINTS,
  deviceHistory,
  deviceTracks,
  hoverReadout,
} from './device-timelines'

const device = 'lock-1'
const at = (hours: number) => T0 + hours * HOUR

/** Newest first, as the event stream hands them over. */
function newestFirst(events: ParsedEvent[]): ParsedEvent[] {
  return [...events].sort((a, b) => b.occurredAt - a.occurredAt)
}

const events = newestFirst([
  seamEvent('device.connected', { id: 'c1', at: at(0), deviceId: device }),
  seamEvent('device.disconnected', {
    id: 'd1',
    at: at(2),
    deviceId: device,
    payload: { error_code: 'hub_disconnected' },
  }),
  seamEvent('device.connected', { id: 'c2', at: at(3), deviceId: device }),
  seamEvent('device.low_battery', {
    id: 'b1',
    at: at(1),
    deviceId: device,
    payload: { battery_level: 0.5 },
  }),
  seamEvent('device.low_battery', {
    id: 'b2',
    at: at(5),
    deviceId: device,
    payload: { battery_level: 0.4 },
  }),
  seamEvent('lock.unlocked', { id: 'u1', at: at(4), deviceId: device }),
  seamEvent('lock.locked', {
    id: 'l1',
    at: at(4) + 5 * MINUTE,
    deviceId: device,
    payload: { method: 'manual' },
  }),
  seamEvent('lock.access_denied', { id: 'x1', at: at(6), deviceId: device }),
  seamEvent('camera.activated', {
    id: 'm1',
    at: at(7),
    deviceId: device,
    payload: { image_url: 'https://cdn.example/a.jpg' },
  }),
])

describe('deviceTracks', () => {
  const now = at(8)
  const history = deviceHistory(events, [], Infinity)
  const tracks = deviceTracks(history, { from: at(0), to: at(8) }, now)

  it('lays the connectivity band across the window with the offline spell in place', () => {
    const states = tracks.connectivity.map((s) => (s.kind === 'state' ? s.interval.state : 'mixed'))
    expect(states).toEqual(['online', 'offline', 'online'])
    const offline = tracks.connectivity[1]!
    expect(offline.left).toBeCloseTo(2 / 8)
    expect(offline.width).toBeCloseTo(1 / 8)
    expect(offline.kind === 'state' && offline.interval.reason).toBe('hub_disconnected')
  })

  it('draws the battery in percent and carries the last reading to the end of the window', () => {
    expect(tracks.battery.points.map((p) => [p.at, p.value])).toEqual([
      [at(1), 50],
      [at(5), 40],
      [at(8), 40],
    ])
    expect(tracks.counts.batteryReadings).toBe(2)
  })

  it('marks unlocks, locks and denials with their method', () => {
    const marks = tracks.lockMarks.flatMap((cluster) => cluster.marks)
    expect(marks.map((m) => [m.kind, m.method])).toEqual([
      ['unlocked', 'keycode'],
      ['locked', 'manual'],
      ['denied', undefined],
    ])
    expect(tracks.counts.lockEvents).toBe(3)
    expect(tracks.counts.media).toBe(1)
  })

  it('leaves out what is outside a zoomed window', () => {
    const zoomed = deviceTracks(history, { from: at(3.5), to: at(4.5) }, now)
    expect(zoomed.counts.lockEvents).toBe(2)
    expect(zoomed.counts.media).toBe(0)
    expect(zoomed.connectivity).toHaveLength(1)
  })

  it('stays bounded for weeks of dense events', () => {
    const dense: ParsedEvent[] = []
    for (let i = 0; i < 20_000; i++) {
      dense.push(
        seamEvent(i % 2 === 0 ? 'lock.unlocked' : 'lock.locked', {
          id: `e${i}`,
          at: T0 + i * MINUTE,
          deviceId: device,
        }),
        seamEvent('device.low_battery', {
          id: `b${i}`,
          at: T0 + i * MINUTE + 1,
          deviceId: device,
          payload: { battery_level: (i % 100) / 100 },
        }),
      )
    }
    const big = deviceHistory(newestFirst(dense), [], Infinity)
    const window = { from: T0, to: T0 + 20_000 * MINUTE }
    const drawn = deviceTracks(big, window, window.to)
    expect(drawn.battery.points.length).toBeLessThanOrEqual(MAX_BATTERY_POINTS + 1)
    expect(drawn.lockMarks.length).toBeLessThanOrEqual(MARK_SLOTS)
    expect(drawn.lockBands.length).toBeLessThanOrEqual(600)
    expect(drawn.counts.lockEvents).toBe(20_000)
  })
})

describe('hoverReadout', () => {
  const history = deviceHistory(events, [], Infinity)

  it('tells every track’s state at the instant', () => {
    const readout = hoverReadout(history, at(2.5))
    expect(readout.connectivity?.state).toBe('offline')
    expect(readout.battery?.level).toBe(0.5)
    expect(readout.lock).toBeUndefined()
    const later = hoverReadout(history, at(4) + 10 * MINUTE)
    expect(later.lock?.state).toBe('locked')
    expect(later.lock?.method).toBe('manual')
  })

  it('knows nothing before the first event', () => {
    expect(hoverReadout(history, at(-1))).toEqual({ at: at(-1) })
  })
})

describe('deviceHistory of a doorbell with its door', () => {
  it('puts the door lock’s unlock and the camera’s motion into the visit, not on the media track', () => {
    const bell = 'bell'
    const ring = seamEvent('device.doorbell_rang', { id: 'ring', at: T0, deviceId: bell })
    const motion = seamEvent('camera.activated', {
      id: 'cam-motion',
      at: T0 + MINUTE,
      deviceId: 'cam',
      payload: { motion_sub_type: 'human' },
    })
    const unlock = seamEvent('lock.unlocked', {
      id: 'lock-unlock',
      at: T0 + 2 * MINUTE,
      deviceId: 'lock',
      payload: { method: 'keycode' },
    })
    const doorOf = (id: string) => (id === 'cam' || id === 'lock' ? bell : id)
    const history = deviceHistory([ring], [], Infinity, undefined, {
      events: newestFirst([motion, unlock]),
      doorOf,
    })
    const [visit] = history.media.doorbellSessions
    expect(visit?.motions.map((m) => m.eventId)).toEqual(['cam-motion'])
    expect(visit?.unlock?.eventId).toBe('lock-unlock')
    expect(history.media.items.map((item) => item.eventId)).toEqual(['ring'])
  })
})
