import { describe, expect, it } from 'vitest'
import { compareEvents, timelineEvents } from './event-order'
import { MINUTE, seamEvent, shuffledWithRepeats, T0 } from './event-fixtures'

const TYPES: ReadonlySet<string> = new Set(['device.connected', 'device.disconnected'])

describe('compareEvents', () => {
  it('orders by occurredAt, then createdAt, then id', () => {
    const base = { deviceId: 'lock-1', at: T0 }
    const late = seamEvent('device.connected', { ...base, id: 'a', at: T0 + MINUTE })
    const recordedLater = seamEvent('device.connected', { ...base, id: 'a', createdAt: T0 + 5 })
    const b = seamEvent('device.connected', { ...base, id: 'b' })
    const a = seamEvent('device.connected', { ...base, id: 'a' })
    expect([late, recordedLater, b, a].sort(compareEvents).map((e) => e.createdAt - T0)).toEqual([
      0,
      0,
      5,
      MINUTE,
    ])
    expect([b, a].sort(compareEvents).map((e) => e.id)).toEqual(['a', 'b'])
  })
})

describe('timelineEvents', () => {
  const connected = seamEvent('device.connected', { id: 'e1', at: T0, deviceId: 'lock-1' })
  const disconnected = seamEvent('device.disconnected', {
    id: 'e2',
    at: T0 + MINUTE,
    deviceId: 'lock-1',
  })
  const invalid = seamEvent('device.disconnected', {
    id: 'e3',
    at: T0 + 2 * MINUTE,
    deviceId: 'lock-1',
    payload: { error_code: 42 },
  })
  const future = seamEvent('device.connected', {
    id: 'e4',
    at: T0 + 10 * MINUTE,
    deviceId: 'lock-1',
  })
  const otherType = seamEvent('lock.locked', { id: 'e5', at: T0, deviceId: 'lock-1' })

  it('keeps known events of the asked types that happened by now, once each, in order', () => {
    expect(invalid.status).toBe('invalid')
    const picked = timelineEvents(
      [future, disconnected, invalid, connected, otherType, connected],
      T0 + 5 * MINUTE,
      TYPES,
    )
    expect(picked.map((e) => e.id)).toEqual(['e1', 'e2'])
  })

  it('gives the same list for shuffled and repeated input', () => {
    const all = [connected, disconnected, invalid, future, otherType]
    const expected = timelineEvents(all, T0 + 20 * MINUTE, TYPES)
    expect(expected.map((e) => e.id)).toEqual(['e1', 'e2', 'e4'])
    for (let seed = 1; seed <= 20; seed++) {
      expect(timelineEvents(shuffledWithRepeats(all, seed), T0 + 20 * MINUTE, TYPES)).toEqual(
        expected,
      )
    }
  })
})
