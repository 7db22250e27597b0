import { describe, expect, it } from 'vitest'
import type { FetchLike } from '../request-proxy'
import {
  eventPageSchema,
  eventPagesQuery,
  eventsApiParams,
  eventsCsvUrl,
  eventsFilterKey,
  fetchEventCount,
  fetchEventPage,
  type EventsApiFilter,
} from './event-page-query'

const ANY: EventsApiFilter = {
  categories: [],
  type: '',
  device: '',
  account: '',
  severities: [],
  statuses: [],
  text: '',
  range: {},
}

const NOW = Date.parse('2026-12-03T10:00:00.000Z')

describe('eventsApiParams', () => {
  it('asks for everything with no parameter at all', () => {
    expect(eventsApiParams(ANY, NOW).toString()).toBe('')
  })

  it('names each filter as the API does, several values comma-separated', () => {
    const params = eventsApiParams(
      {
        categories: ['lock', 'battery'],
        type: 'lock.unlocked',
        device: 'dev_1',
        account: 'acct_1',
        severities: ['warning', 'none'],
        statuses: ['known', 'invalid'],
        text: '  front door ',
        range: { from: NOW - 3_600_000, to: NOW },
      },
      NOW,
    )
    expect(Object.fromEntries(params)).toEqual({
      category: 'lock,battery',
      type: 'lock.unlocked',
      device: 'dev_1',
      account: 'acct_1',
      severity: 'warning,none',
      status: 'known,invalid',
      q: 'front door',
      from: '2026-12-03T09:00:00.000Z',
      to: '2026-12-03T10:00:00.000Z',
    })
  })

  it('resolves a relative range at the time asked, and writes an open side as no parameter', () => {
    const last15 = { ...ANY, range: { withinMs: 15 * 60_000 } }
    expect(eventsApiParams(last15, NOW).toString()).toBe('from=2026-12-03T09%3A45%3A00.000Z')
    expect(eventsApiParams(last15, NOW + 60_000).get('from')).toBe('2026-12-03T09:46:00.000Z')
    expect(eventsApiParams({ ...ANY, range: { to: NOW } }, NOW).toString()).toBe(
      'to=2026-12-03T10%3A00%3A00.000Z',
    )
  })

  it('leaves blank text out', () => {
    expect(eventsApiParams({ ...ANY, text: '   ' }, NOW).has('q')).toBe(false)
  })
})

describe('eventsFilterKey', () => {
  it('keeps a relative range by its length, so the key does not move with the clock', () => {
    const last15 = { ...ANY, range: { withinMs: 900_000 } }
    expect(eventsFilterKey(last15)).toBe('within=900000')
    expect(eventPagesQuery(last15).queryKey).toEqual(['live', 'events', 'within=900000'])
  })

  it('differs for different questions', () => {
    expect(eventsFilterKey({ ...ANY, type: 'lock.locked' })).not.toBe(eventsFilterKey(ANY))
    expect(eventsFilterKey({ ...ANY, range: { from: NOW } })).toBe(
      'from=2026-12-03T10%3A00%3A00.000Z',
    )
  })
})

describe('eventsCsvUrl', () => {
  it('links to the CSV of the same filter', () => {
    expect(eventsCsvUrl(ANY, NOW)).toBe('/api/events.csv')
    expect(eventsCsvUrl({ ...ANY, categories: ['lock'], text: 'a b' }, NOW)).toBe(
      '/api/events.csv?category=lock&q=a+b',
    )
  })
})

const RAW_UNLOCK = {
  event_id: 'evt_1',
  event_type: 'lock.unlocked',
  device_id: 'dev_1',
  connected_account_id: 'acct_1',
  workspace_id: 'ws',
  created_at: '2026-12-03T09:59:00.000Z',
  occurred_at: '2026-12-03T09:59:00.000Z',
}

describe('eventPageSchema', () => {
  it('parses each event with the domain’s parser and keeps the cursor', () => {
    const page = eventPageSchema.parse({
      events: [RAW_UNLOCK, { event_id: 'evt_2', event_type: 'lock.teleported' }, 'nonsense'],
      next: 'cursor-1',
    })
    expect(page.next).toBe('cursor-1')
    expect(page.events.map((event) => [event.id, event.type, event.status])).toEqual([
      ['evt_1', 'lock.unlocked', 'known'],
      ['evt_2', 'lock.teleported', expect.stringMatching(/unknown|invalid/)],
      [expect.stringMatching(/^invalid:/), '', 'invalid'],
    ])
    expect(page.events[0]?.deviceId).toBe('dev_1')
    expect(page.events[0]?.occurredAt).toBe(Date.parse(RAW_UNLOCK.occurred_at))
  })

  it('refuses an answer that is not a page', () => {
    expect(eventPageSchema.safeParse({ events: [] }).success).toBe(false)
    expect(eventPageSchema.safeParse({ events: {}, next: null }).success).toBe(false)
  })
})

function recording(body: unknown): { fetch: FetchLike; asked: string[] } {
  const asked: string[] = []
  const fetch: FetchLike = (input) => {
    asked.push(input)
    return Promise.resolve(new Response(JSON.stringify(body), { status: 200 }))
  }
  return { fetch, asked }
}

describe('fetchEventPage and fetchEventCount', () => {
  it('asks for a page of 200 after the cursor given, with the filter', async () => {
    const { fetch, asked } = recording({ events: [RAW_UNLOCK], next: null })
    const page = await fetchEventPage({ ...ANY, device: 'dev_1' }, null, NOW, { fetch })
    expect(page.events).toHaveLength(1)
    await fetchEventPage(ANY, 'abc=', NOW, { fetch })
    expect(asked).toEqual([
      '/api/events?device=dev_1&limit=200',
      '/api/events?limit=200&before=abc%3D',
    ])
  })

  it('asks for the count of the same filter', async () => {
    const { fetch, asked } = recording({ count: 3, total: 10 })
    await expect(
      fetchEventCount({ ...ANY, statuses: ['unknown'] }, NOW, { fetch }),
    ).resolves.toEqual({
      count: 3,
      total: 10,
    })
    expect(asked).toEqual(['/api/events/count?status=unknown'])
  })

  it('takes the next page from the previous page’s cursor, and stops at null', () => {
    const options = eventPagesQuery(ANY)
    expect(options.initialPageParam).toBeNull()
    const next = options.getNextPageParam
    expect(next({ events: [], next: 'c2' }, [], null, [])).toBe('c2')
    expect(next({ events: [], next: null }, [], 'c2', [])).toBeNull()
  })
})
