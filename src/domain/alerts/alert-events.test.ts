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

  describe('on a list already in order (the event log keeps each device newest first)', () => {
    const events = [1, 2, 3, 4, 5, 6].map((minute) => seamEvent('device.connected', minute))
    const invalid = parseSeamEvent({ event_type: 'device.low_battery', device_id: 'x' })
    const newestFirst = [events[5]!, events[4]!, invalid, events[3]!, events[2]!, events[1]!]
    const expected = prepareEvents([events[2]!, events[4]!, events[3]!, events[1]!], minutes(5))

    it('gives what it gives for the same events shuffled, whichever way the list runs', () => {
      expect(prepareEvents(newestFirst, minutes(5))).toEqual(expected)
      expect(prepareEvents([...newestFirst].reverse(), minutes(5))).toEqual(expected)
      expect(prepareEvents(newestFirst, minutes(5), true)).toEqual(expected)
    })

    it('still keeps the earliest copy of a repeated id unless told ids are unique', () => {
      const again = seamEvent('device.connected', 5, { event_id: events[0]!.id })
      expect(prepareEvents([again, events[1]!, events[0]!], minutes(10))).toEqual([
        events[0],
        events[1],
      ])
      expect(prepareEvents([events[0]!, events[1]!, again], minutes(10))).toEqual([
        events[0],
        events[1],
      ])
    })

    it('sorts by createdAt a list whose equal times are ordered otherwise', () => {
      const at = new Date(minutes(5)).toISOString()
      const late = seamEvent('device.connected', 5, {
        event_id: 'a',
        created_at: new Date(minutes(6)).toISOString(),
        occurred_at: at,
      })
      const b = seamEvent('device.connected', 5, { event_id: 'b' })
      const ids = prepareEvents([b, late], minutes(10), true).map((e) => e.id)
      expect(ids).toEqual(['b', 'a'])
      expect(prepareEvents([late, b], minutes(10), true).map((e) => e.id)).toEqual(['b', 'a'])
    })
  })
})
