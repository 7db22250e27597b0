import { describe, expect, it } from 'vitest'
import { HOUR, T0, seamEvent } from '../../domain/timelines/event-fixtures'
import { deviceEventRows } from './device-event-rows'

const events = [3, 2, 1, 0].map((hour) =>
  seamEvent('lock.unlocked', { id: `u${hour}`, at: T0 + hour * HOUR, deviceId: 'lock-1' }),
)

describe('deviceEventRows', () => {
  it('keeps the window’s events newest first, in words without the device name', () => {
    const list = deviceEventRows(events, { from: T0 + HOUR, to: T0 + 3 * HOUR }, 10)
    expect(list.rows.map((r) => r.id)).toEqual(['u3', 'u2', 'u1'])
    expect(list.rows[0]!.text).toBe('Lock unlocked with keypad code')
    expect(list.total).toBe(3)
  })

  it('stops at the limit and says how many more there are', () => {
    const list = deviceEventRows(events, { from: T0, to: T0 + 3 * HOUR }, 2)
    expect(list.rows).toHaveLength(2)
    expect(list.more).toBe(2)
  })
})
