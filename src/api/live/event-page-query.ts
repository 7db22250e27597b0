// GET /api/events (keyset pages), /api/events/count and /api/events.csv: the explorer's reads.
import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query'
import { z } from 'zod/v4'
import { parseSeamEvent } from '../../domain/events/parse-event'
import type { Instant } from '../../domain/events/parsed-event'
import { API_BASE, getProxyJson, type RequestOptions } from '../request-proxy'

/** Pages the list asks for as the reader scrolls; the server allows 1..1000. */
export const EVENT_PAGE_SIZE = 200

/**
 * The explorer's question in the API's terms. A relative range ("last 15 minutes") is resolved at
 * each fetch, so a refetch moves the window with the clock without changing the query key.
 */
export interface EventsApiFilter {
  readonly categories: readonly string[]
  /** '' for any. */
  readonly type: string
  readonly device: string
  readonly account: string
  readonly severities: readonly string[]
  readonly statuses: readonly string[]
  readonly text: string
  readonly range: { readonly from?: Instant; readonly to?: Instant } | { readonly withinMs: number }
}

function filterParams(filter: EventsApiFilter, range: Record<string, string>): URLSearchParams {
  const params = new URLSearchParams()
  const set = (key: string, value: string) => {
    if (value !== '') params.set(key, value)
  }
  set('category', filter.categories.join(','))
  set('type', filter.type)
  set('device', filter.device)
  set('account', filter.account)
  set('severity', filter.severities.join(','))
  set('status', filter.statuses.join(','))
  set('q', filter.text.trim())
  for (const [key, value] of Object.entries(range)) set(key, value)
  return params
}

const iso = (at: Instant | undefined) => (at === undefined ? '' : new Date(at).toISOString())

/** The API's filter parameters at `now` (which only a relative range reads). */
export function eventsApiParams(filter: EventsApiFilter, now: Instant): URLSearchParams {
  const range = filter.range
  return filterParams(
    filter,
    'withinMs' in range
      ? { from: iso(now - range.withinMs) }
      : { from: iso(range.from), to: iso(range.to) },
  )
}

/** The filter as a stable string for query keys: a relative range by its length, not its bounds. */
export function eventsFilterKey(filter: EventsApiFilter): string {
  const range = filter.range
  return filterParams(
    filter,
    'withinMs' in range
      ? { within: String(range.withinMs) }
      : { from: iso(range.from), to: iso(range.to) },
  ).toString()
}

/** The server streams the CSV and names the file; a link to it is the whole export. */
export function eventsCsvUrl(filter: EventsApiFilter, now: Instant): string {
  const params = eventsApiParams(filter, now).toString()
  return `${API_BASE}/events.csv${params === '' ? '' : `?${params}`}`
}

// Each event goes through the domain's parser, which never throws: one odd event is shown as
// invalid rather than failing its page.
export const eventPageSchema = z.object({
  events: z.array(z.unknown()).transform((events) => events.map(parseSeamEvent)),
  next: z.string().nullable(),
})

export type EventPage = z.output<typeof eventPageSchema>

export function fetchEventPage(
  filter: EventsApiFilter,
  before: string | null,
  now: Instant,
  options: RequestOptions = {},
): Promise<EventPage> {
  const params = eventsApiParams(filter, now)
  params.set('limit', String(EVENT_PAGE_SIZE))
  if (before !== null) params.set('before', before)
  return getProxyJson(`/events?${params.toString()}`, eventPageSchema, options)
}

export const eventCountSchema = z.object({
  count: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
})

export type EventCount = z.output<typeof eventCountSchema>

export function fetchEventCount(
  filter: EventsApiFilter,
  now: Instant,
  options: RequestOptions = {},
): Promise<EventCount> {
  const params = eventsApiParams(filter, now).toString()
  return getProxyJson(
    `/events/count${params === '' ? '' : `?${params}`}`,
    eventCountSchema,
    options,
  )
}

/** Every explorer query starts with this, so one invalidation refetches pages and counts. */
export const EVENTS_QUERY_KEY = ['live', 'events'] as const

export const eventPagesQuery = (filter: EventsApiFilter) =>
  infiniteQueryOptions({
    queryKey: [...EVENTS_QUERY_KEY, eventsFilterKey(filter)],
    queryFn: ({ pageParam, signal }) => fetchEventPage(filter, pageParam, Date.now(), { signal }),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.next,
    retry: false,
  })

export const eventCountQuery = (filter: EventsApiFilter) =>
  queryOptions({
    queryKey: [...EVENTS_QUERY_KEY, eventsFilterKey(filter), 'count'],
    queryFn: ({ signal }) => fetchEventCount(filter, Date.now(), { signal }),
    retry: false,
  })
