import { describe, expect, it } from 'vitest'
import { parseSeamEvent } from '../../domain/events/parse-event'
import { HOUR, seamEvent, T0 } from '../../domain/timelines/event-fixtures'
import type { NameBook } from '../../domain/events/event-names'
import { EVENTS_CSV_HEADER } from '../../domain/events/event-csv-row'
import { eventsCsvFileName, eventsToCsv } from './events-csv'

const names: NameBook = {
  deviceNames: new Map([['front', '=cmd|calc, "Front"']]),
  accountNames: new Map([['acc-a', 'August']]),
  deviceAccounts: new Map([['front', 'acc-a']]),
}

const unlocked = seamEvent('lock.unlocked', {
  id: 'l1',
  at: T0 + HOUR,
  deviceId: 'front',
  accountId: null,
  payload: { method: 'manual' },
})
const setCode = seamEvent('access_code.set_on_device', {
  id: 'a1',
  at: T0,
  deviceId: 'front',
  payload: { code: '4821' },
})
const broken = parseSeamEvent({ event_id: 'x1', event_type: 'lock.locked' })

describe('eventsToCsv', () => {
  it('writes the header and one line per event, names defused and quoted', () => {
    const csv = eventsToCsv([unlocked], names)
    const lines = csv.split('\r\n')
    expect(lines).toHaveLength(3)
    expect(lines[0]).toBe(EVENTS_CSV_HEADER.join(','))
    expect(lines[1]).toBe(
      [
        '2025-01-01T01:00:00.000Z',
        '2025-01-01T01:00:00.000Z',
        'l1',
        'lock.unlocked',
        'lock',
        '',
        'known',
        'front',
        `"'=cmd|calc, ""Front"""`,
        'acc-a',
        'August',
        `"'=cmd|calc, ""Front"" unlocked manually"`,
        '',
      ].join(','),
    )
    expect(lines[2]).toBe('')
  })

  it('never writes a PIN, and gives invalid events their reason and empty times', () => {
    const csv = eventsToCsv([setCode, broken], names)
    expect(csv).not.toContain('4821')
    const last = csv.split('\r\n')[2]!
    expect(last.startsWith(',,x1,lock.locked,lock,')).toBe(true)
    expect(last).toContain('invalid')
    expect(last).toMatch(/device_id/)
  })
})

describe('eventsCsvFileName', () => {
  it('names the file by the fixed range', () => {
    expect(eventsCsvFileName({ from: T0, to: T0 + HOUR }, [], T0 + 5 * HOUR)).toBe(
      'doorboard-events_2025-01-01T00-00-00Z_to_2025-01-01T01-00-00Z.csv',
    )
  })

  it('uses the oldest exported event and now for open bounds', () => {
    expect(eventsCsvFileName({}, [unlocked, setCode], T0 + 2 * HOUR)).toBe(
      'doorboard-events_2025-01-01T00-00-00Z_to_2025-01-01T02-00-00Z.csv',
    )
    expect(eventsCsvFileName({}, [], T0)).toBe('doorboard-events_start_to_2025-01-01T00-00-00Z.csv')
  })
})
