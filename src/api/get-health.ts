// GET /api/health: is the proxy's data fresh, and if not, why. Polled for the header and data age.
import { queryOptions } from '@tanstack/react-query'
import { z } from 'zod/v4'
import { isoInstantSchema, nullableIsoInstantSchema } from './iso-time-schema'
import { getProxyJson, type RequestOptions } from './request-proxy'

export const UPSTREAM_STATUSES = ['starting', 'ok', 'degraded', 'down'] as const
export type UpstreamStatus = (typeof UPSTREAM_STATUSES)[number]

const count = z.number().int().nonnegative()

// Loose: the proxy may add fields (it already sends more counters than the dashboard reads).
export const healthSchema = z.looseObject({
  status: z.enum(UPSTREAM_STATUSES),
  upstream: z.enum(['embedded', 'seam']),
  server_time: isoInstantSchema,
  last_success_at: nullableIsoInstantSchema,
  lag_ms: z.number().nullable(),
  poll_interval_ms: z.number().positive(),
  status_since: isoInstantSchema,
  event_count: count,
  device_count: count,
  connected_account_count: count,
  invalid_event_count: count,
  unknown_event_count: count,
  last_error: z.string().nullable(),
  last_error_at: nullableIsoInstantSchema,
})

/** The health answer with its times already in epoch milliseconds. */
export type Health = z.output<typeof healthSchema>

export function fetchHealth(options: RequestOptions = {}): Promise<Health> {
  return getProxyJson('/health', healthSchema, options)
}

/** Three seconds keeps the data age close to the truth; the wall screen polls in background tabs. */
export const HEALTH_REFRESH_MS = 3_000

export const healthQuery = () =>
  queryOptions({
    queryKey: ['health'],
    queryFn: ({ signal }) => fetchHealth({ signal }),
    refetchInterval: HEALTH_REFRESH_MS,
    refetchIntervalInBackground: true,
    // The next poll is the retry; retrying in between only delays the "unreachable" banner.
    retry: false,
  })
