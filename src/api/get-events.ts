// GET /api/event_log?after=CURSOR: one page of the proxy's event log (raw Seam events, PINs removed).
import { z } from 'zod/v4'
import { getProxyJson, type RequestOptions } from './request-proxy'

// Events stay unknown: the domain parser judges each one and keeps even the broken ones.
const eventsPageSchema = z.object({
  events: z.array(z.unknown()),
  cursor: z.string().min(1),
  reset: z.literal(true).optional(),
})

export type EventsPage = z.output<typeof eventsPageSchema>

/** Without `after`: every retained event. With it: only those ingested since. */
export function fetchEventsPage(
  after: string | undefined,
  options: RequestOptions = {},
): Promise<EventsPage> {
  const query = after === undefined ? '' : `?after=${encodeURIComponent(after)}`
  return getProxyJson(`/event_log${query}`, eventsPageSchema, options)
}
