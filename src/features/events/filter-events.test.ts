import { describe, expect, it } from 'vitest'
import { parseSeamEvent } from '../../domain/events/parse-event'
import type { ParsedEvent } from '../../domain/events/parsed-event'
import { HOUR, MINUTE, seamEvent, T0 } from '../../domain/timelines/event-fixtures'
import { NO_FILTERS, type EventFilters } from './event-filters'
import type { NameBook } from '../../domain/events/event-names'
import { createSearchTextCache } from './event-search-text'
import { filterEvents, searchTerms } from './filter-events'

const names: NameBook = {
  deviceNames: new Map([
    ['front', 'Front Door'],
    ['cam', 'Porch Camera'],
  ]),
  accountNames: new Map([['acc-a', 'August Main']]),
  deviceAccounts: new Map([
    ['front', 'acc-a'],
    ['cam', 'acc-b'],
  ]),
}

// Newest first, as the stream holds them.
const events: ParsedEvent[] = [
  parseSeamEvent({
    event_id: 'u1',
    event_type: 'device.teleported',
    device_id: 'front',
    created_at: new Date(T0 + 5 * HOUR).toISOString(),
    occurred_at: new Date(T0 + 5 * HOUR).toISOString(),
  }),
  parseSeamEvent({
    event_id: 'i1',
    event_type: 'device.low_battery',
    device_id: 'front',
    battery_level: 7,
    created_at: new Date(T0 + 4 * HOUR).toISOString(),
    occurred_at: new Date(T0 + 4 * HOUR).toISOString(),
  }),
  seamEvent('camera.activated', { id: 'c1', at: T0 + 3 * HOUR, deviceId: 'cam', accountId: null }),
  seamEvent('lock.unlocked', {
    id: 'l2',
    at: T0 + 2 * HOUR,
    deviceId: 'front',
    accountId: null,
    payload: { method: 'keycode' },
  }),
  seamEvent('device.disconnected', {
    id: 'd1',
    at: T0 + HOUR,
    deviceId: 'front',
    payload: { error_code: 'hub_disconnected' },
  }),
  seamEvent('lock.locked', { id: 'l1', at: T0, deviceId: 'front', accountId: null }),
]

const NOW = T0 + 6 * HOUR

function ids(filters: Partial<EventFilters>, now = NOW): string[] {
  const context = { now, names, searchText: createSearchTextCache(names) }
  return filterEvents(events, { ...NO_FILTERS, ...filters }, context).map((event) => event.id)
}

describe('filterEvents', () => {
  it('returns the very same array when nothing filters', () => {
    const context = { now: NOW, names, searchText: createSearchTextCache(names) }
    expect(filterEvents(events, NO_FILTERS, context)).toBe(events)
  })

  it('keeps unknown and invalid events visible and finds them by status', () => {
    expect(ids({})).toEqual(['u1', 'i1', 'c1', 'l2', 'd1', 'l1'])
    expect(ids({ statuses: ['unknown'] })).toEqual(['u1'])
    expect(ids({ statuses: ['invalid', 'unknown'] })).toEqual(['u1', 'i1'])
  })

  it('filters by category, keeping the invalid event of a battery type in battery', () => {
    expect(ids({ categories: ['lock'] })).toEqual(['l2', 'l1'])
    expect(ids({ categories: ['battery', 'media'] })).toEqual(['i1', 'c1'])
  })

  it('filters by type and device', () => {
    expect(ids({ type: 'lock.unlocked' })).toEqual(['l2'])
    expect(ids({ device: 'cam' })).toEqual(['c1'])
  })

  it('filters by account, falling back to the device account when the event has none', () => {
    expect(ids({ account: 'acc-b' })).toEqual(['c1'])
    expect(ids({ account: 'acc-a' })).toEqual(['u1', 'i1', 'l2', 'l1'])
  })

  it('filters by severity, with none for routine events', () => {
    expect(ids({ severities: ['critical'] })).toEqual(['d1'])
    expect(ids({ severities: ['none'], statuses: ['known'] })).toEqual(['c1', 'l2', 'l1'])
  })

  it('filters by a relative time range from now', () => {
    expect(ids({ range: { kind: 'last', preset: '1h' } }, T0 + 5 * HOUR + 30 * MINUTE)).toEqual([
      'u1',
    ])
    expect(ids({ range: { kind: 'last', preset: '24h' } })).toHaveLength(6)
  })

  it('filters by fixed bounds, both inclusive', () => {
    expect(ids({ range: { kind: 'between', from: T0 + HOUR, to: T0 + 3 * HOUR } })).toEqual([
      'c1',
      'l2',
      'd1',
    ])
    expect(ids({ range: { kind: 'between', to: T0 } })).toEqual(['l1'])
    expect(ids({ range: { kind: 'between', from: T0 + 9 * HOUR } })).toEqual([])
  })

  it('matches every free-text word against words, names and ids, ignoring case', () => {
    expect(ids({ text: 'front UNLOCKED' })).toEqual(['l2'])
    expect(ids({ text: 'porch' })).toEqual(['c1'])
    expect(ids({ text: 'august main locked' })).toEqual(['l2', 'l1'])
    expect(ids({ text: 'teleported' })).toEqual(['u1'])
    expect(ids({ text: 'battery_level' })).toEqual(['i1'])
    expect(ids({ text: 'nothing-like-this' })).toEqual([])
  })

  it('combines filters', () => {
    expect(ids({ categories: ['lock'], text: 'keypad', device: 'front' })).toEqual(['l2'])
    expect(ids({ categories: ['lock'], device: 'cam' })).toEqual([])
  })
})

describe('searchTerms', () => {
  it('splits on any whitespace and lower-cases', () => {
    expect(searchTerms('  Front\tDOOR \n')).toEqual(['front', 'door'])
    expect(searchTerms('')).toEqual([])
  })
})

describe('createSearchTextCache', () => {
  it('never makes a PIN searchable', () => {
    const withPin = parseSeamEvent({
      ...events[3]!.raw,
      event_id: 'p1',
      event_type: 'access_code.set_on_device',
      access_code_id: 'code-1',
      code: '4821',
    })
    const text = createSearchTextCache(names)(withPin)
    expect(text).toContain('code-1')
    expect(text).not.toContain('4821')
  })
})
