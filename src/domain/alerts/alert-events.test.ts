import { describe, expect, it } from 'vitest'
import { parseSeamEvent } from '../events/parse-event'
import { prepareEvents } from './alert-events'
import { minutes, seamEvent } from './test-events'

describe('prepareEvents', () => {
  it('sorts by occurredAt, then createdAt, then id', () => {
    const at = new Date(minutes(5)).toISOString()
    const later = seamEvent('device.connected', 9)
    const createdLater = seamEvent('device.connected', 5, {
      event_id: 'a',
      created_at: new Date(minutes(6)).toISOString(),
      occurred_at: at,
    })
    const b = seamEvent('device.connected', 5, { event_id: 'b' })
    const c = seamEvent('device.connected', 5, { event_id: 'c' })
    const ids = prepareEvents([later, createdLater, c, b], minutes(10)).map((e) => e.id)
    expect(ids).toEqual(['b', 'c', 'a', later.id])
  })

  it('drops repeats, events after now and events that are not known', () => {
    const kept = seamEvent('device.connected', 1)
    const future = seamEvent('device.connected', 20)
    const invalid = parseSeamEvent({ event_type: 'device.low_battery', device_id: 'x' })
    const unknown = parseSeamEvent({ ...kept.raw, event_id: 'u', event_type: 'device.teleported' })
    expect(unknown.status).toBe('unknown')
    const prepared = prepareEvents([kept, future, invalid, unknown, kept], minutes(10))
    expect(prepared).toEqual([kept])
  })

  it('keeps the earliest copy when one id comes with two times, whatever the order', () => {
    const early = seamEvent('device.connected', 1, { event_id: 'same' })
    const late = seamEvent('device.connected', 3, { event_id: 'same' })
    expect(prepareEvents([late, early], minutes(10))).toEqual([early])
    expect(prepareEvents([early, late], minutes(10))).toEqual([early])
  })
})
