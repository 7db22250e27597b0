import { describe, expect, it } from 'vitest'
import {
  activeFilterCount,
  formatEventFilters,
  NO_FILTERS,
  parseEventFilters,
  resolveRange,
  toApiFilter,
  type EventFilters,
} from './event-filters'

const parse = (query: string) => parseEventFilters(new URLSearchParams(query))

describe('parseEventFilters', () => {
  it('reads nothing from an empty query', () => {
    expect(parse('')).toEqual(NO_FILTERS)
  })

  it('reads every filter', () => {
    expect(
      parse(
        'category=lock,battery&type=lock.unlocked&device=d1&account=a1&severity=critical,none' +
          '&status=unknown,invalid&range=1h&q=front+door',
      ),
    ).toEqual({
      categories: ['lock', 'battery'],
      type: 'lock.unlocked',
      device: 'd1',
      account: 'a1',
      severities: ['critical', 'none'],
      statuses: ['unknown', 'invalid'],
      range: { kind: 'last', preset: '1h' },
      text: 'front door',
    })
  })

  it('drops values a hand-edited link got wrong, and duplicates', () => {
    const filters = parse('category=lock,doors,lock&severity=urgent&status=maybe&range=2y')
    expect(filters.categories).toEqual(['lock'])
    expect(filters.severities).toEqual([])
    expect(filters.statuses).toEqual([])
    expect(filters.range).toEqual({ kind: 'all' })
  })

  it('prefers a fixed from/to over a relative range, and ignores unreadable dates', () => {
    expect(parse('range=1h&from=2026-11-28T06:00:00.000Z').range).toEqual({
      kind: 'between',
      from: Date.UTC(2026, 10, 28, 6),
    })
    expect(parse('to=2026-11-28T07:00:00Z&from=yesterday').range).toEqual({
      kind: 'between',
      to: Date.UTC(2026, 10, 28, 7),
    })
  })
})

describe('formatEventFilters', () => {
  it('round-trips through the URL', () => {
    const filters: EventFilters = {
      categories: ['access_code'],
      type: 'access_code.set_on_device',
      device: 'august_device_1',
      account: 'acc 1',
      severities: ['warning'],
      statuses: ['invalid'],
      range: { kind: 'between', from: Date.UTC(2026, 0, 1), to: Date.UTC(2026, 0, 2) },
      text: 'a,b & "c"',
    }
    expect(parseEventFilters(formatEventFilters(filters))).toEqual(filters)
  })

  it('writes no key for an empty filter and keeps keys it does not own', () => {
    const params = formatEventFilters(
      { ...NO_FILTERS, categories: ['lock'], text: '   ' },
      new URLSearchParams('event=e1&q=old&range=1h'),
    )
    expect(params.toString()).toBe('event=e1&category=lock')
  })

  it('writes fixed bounds as ISO instants', () => {
    const params = formatEventFilters({
      ...NO_FILTERS,
      range: { kind: 'between', to: Date.UTC(2026, 10, 28, 7) },
    })
    expect(params.get('to')).toBe('2026-11-28T07:00:00.000Z')
    expect(params.has('from')).toBe(false)
  })
})

describe('activeFilterCount', () => {
  it('counts each kind of filter once', () => {
    expect(activeFilterCount(NO_FILTERS)).toBe(0)
    expect(
      activeFilterCount({
        ...NO_FILTERS,
        categories: ['lock', 'battery'],
        severities: ['critical'],
        range: { kind: 'last', preset: '24h' },
      }),
    ).toBe(3)
    expect(activeFilterCount({ ...NO_FILTERS, text: '  ' })).toBe(0)
  })
})

describe('resolveRange', () => {
  it('turns a preset into a start relative to now', () => {
    expect(resolveRange({ kind: 'last', preset: '15m' }, 1_000_000)).toEqual({
      from: 1_000_000 - 15 * 60_000,
    })
    expect(resolveRange({ kind: 'all' }, 5)).toEqual({})
  })
})

describe('toApiFilter', () => {
  it('passes every filter on, a preset range by its length so each fetch resolves it', () => {
    const filters = parse('category=lock&device=d1&severity=none&status=invalid&range=1h&q=front')
    expect(toApiFilter(filters)).toEqual({
      categories: ['lock'],
      type: '',
      device: 'd1',
      account: '',
      severities: ['none'],
      statuses: ['invalid'],
      text: 'front',
      range: { withinMs: 3_600_000 },
    })
  })

  it('keeps fixed bounds as they are, and no bounds for all time', () => {
    const between = parse('from=2026-12-03T09:00:00Z')
    expect(toApiFilter(between).range).toEqual({ from: Date.parse('2026-12-03T09:00:00Z') })
    expect(toApiFilter(NO_FILTERS).range).toEqual({})
  })
})
