// GET /api/devices/:id: one device's row, timelines, figures, events and alerts inside a range.
import { infiniteQueryOptions } from '@tanstack/react-query'
import { z } from 'zod/v4'
import type { BatteryLevelSample, BatteryStatusInterval } from '../../domain/timelines/battery'
import type { ConnectivityInterval } from '../../domain/timelines/connectivity'
import type { AccessDenial, LockInterval } from '../../domain/timelines/lock'
import { isoInstantSchema } from '../iso-time-schema'
import { getProxyJson, type RequestOptions } from '../request-proxy'
import { lockMethodSchema, mediaSchema } from './device-media-schema'
import { fleetRowSchema } from './fleet-read-model'
import { causeField, eventsSchema, rangeSchema } from './subject-read-model-parts'
import { servedAlertSchema } from './alerts-read-model'

const connectivityIntervalSchema = z
  .object({
    state: z.enum(['online', 'offline', 'flaky', 'unknown']),
    reason: z
      .enum(['account_disconnected', 'hub_disconnected', 'device_disconnected', 'unknown'])
      .catch('unknown')
      .nullable(),
    from: isoInstantSchema,
    to: isoInstantSchema,
    event_id: z.string().nullable(),
  })
  .transform(({ state, reason, from, to, event_id }): ConnectivityInterval => ({
    state,
    from,
    to,
    ...(reason !== null && { reason }),
    ...causeField(event_id),
  }))

const batteryReadingSchema = z
  .object({ at: isoInstantSchema, level: z.number(), event_id: z.string().nullable() })
  .transform(({ at, level, event_id }): BatteryLevelSample => ({
    at,
    level,
    ...(event_id !== null && { eventId: event_id }),
  }))

const batterySchema = z
  .object({
    series: z.array(batteryReadingSchema),
    before: batteryReadingSchema.nullable(),
    bands: z.array(
      z
        .object({
          status: z.enum(['critical', 'low', 'good', 'full']),
          source: z.enum(['reported', 'from_level']),
          from: isoInstantSchema,
          to: isoInstantSchema,
        })
        .transform(({ status, source, from, to }): BatteryStatusInterval => ({
          state: status,
          source,
          from,
          to,
        })),
    ),
    drain_per_day: z.number().nullable(),
  })
  .transform((battery) => ({
    readings: battery.series,
    before: battery.before ?? undefined,
    bands: battery.bands,
    drainPerDay: battery.drain_per_day ?? undefined,
  }))

const lockIntervalSchema = z
  .object({
    state: z.enum(['locked', 'unlocked']),
    method: lockMethodSchema,
    from: isoInstantSchema,
    to: isoInstantSchema,
    access_code_id: z.string().nullable(),
    action_attempt_id: z.string().nullable(),
    event_id: z.string().nullable(),
  })
  .transform((lock): LockInterval => ({
    state: lock.state,
    method: lock.method,
    from: lock.from,
    to: lock.to,
    ...(lock.access_code_id !== null && { accessCodeId: lock.access_code_id }),
    ...(lock.action_attempt_id !== null && { actionAttemptId: lock.action_attempt_id }),
    ...causeField(lock.event_id),
  }))

const lockDenialSchema = z
  .object({ at: isoInstantSchema, event_id: z.string(), access_code_id: z.string().nullable() })
  .transform(({ at, event_id, access_code_id }): AccessDenial => ({
    at,
    eventId: event_id,
    ...(access_code_id !== null && { accessCodeId: access_code_id }),
  }))

const msRecord = <K extends string>(keys: readonly [K, ...K[]]) =>
  z
    .record(z.string(), z.number())
    .transform(
      (record) =>
        Object.fromEntries(keys.map((key) => [key, record[key] ?? 0])) as Record<K, number>,
    )

const statisticsSchema = z.object({
  connectivity: z.object({
    observed_to: isoInstantSchema,
    ms_by_state: msRecord(['online', 'offline', 'flaky', 'unknown']),
    offline_ms_by_reason: msRecord([
      'account_disconnected',
      'hub_disconnected',
      'device_disconnected',
      'unknown',
    ]),
    uptime_percent: z.number().nullable(),
    flaps: z.number().int(),
    flaps_per_day: z.number(),
  }),
  battery: z.union([
    z.object({
      days_to_empty: z.number(),
      why: z.null(),
      basis: z.object({
        samples: z.number().int(),
        from: isoInstantSchema,
        to: isoInstantSchema,
        slope_per_day: z.number(),
      }),
    }),
    z.object({
      days_to_empty: z.null(),
      why: z.enum(['not enough samples', 'not draining']),
      basis: z.null(),
    }),
  ]),
})

export const deviceReadModelSchema = z
  .object({
    device: fleetRowSchema,
    // The page draws from the row; the inventory entry is Seam's, any shape it has.
    inventory: z.unknown(),
    range: rangeSchema,
    timelines: z.object({
      connectivity: z.array(connectivityIntervalSchema),
      battery: batterySchema,
      lock: z.array(lockIntervalSchema),
      lock_denied: z.array(lockDenialSchema),
      media: mediaSchema,
    }),
    statistics: statisticsSchema,
    events: eventsSchema,
    next: z.string().nullable(),
    alerts: z.array(servedAlertSchema),
  })
  .transform((answer) => {
    const { connectivity, battery } = answer.statistics
    return {
      row: answer.device,
      range: answer.range,
      connectivity: answer.timelines.connectivity,
      battery: answer.timelines.battery,
      lock: answer.timelines.lock,
      lockDenied: answer.timelines.lock_denied,
      media: answer.timelines.media,
      statistics: {
        connectivity: {
          window: answer.range,
          observedTo: connectivity.observed_to,
          msByState: connectivity.ms_by_state,
          offlineMsByReason: connectivity.offline_ms_by_reason,
          uptimePercent: connectivity.uptime_percent,
          flaps: connectivity.flaps,
          flapsPerDay: connectivity.flaps_per_day,
        },
        battery:
          battery.days_to_empty === null
            ? { daysToEmpty: null, why: battery.why }
            : {
                daysToEmpty: battery.days_to_empty,
                basis: {
                  samples: battery.basis.samples,
                  from: battery.basis.from,
                  to: battery.basis.to,
                  slopePerDay: battery.basis.slope_per_day,
                },
              },
      },
      events: answer.events,
      next: answer.next,
      alerts: answer.alerts,
    }
  })

export type DeviceReadModel = z.output<typeof deviceReadModelSchema>

export interface DeviceRangeAsked {
  readonly deviceId: string
  readonly from: number
  /** Absent: up to the server's now. */
  readonly to?: number | undefined
}

export function fetchDevice(
  asked: DeviceRangeAsked,
  before: string | null,
  options: RequestOptions = {},
): Promise<DeviceReadModel> {
  const query = new URLSearchParams({ from: new Date(asked.from).toISOString() })
  if (asked.to !== undefined) query.set('to', new Date(asked.to).toISOString())
  if (before !== null) query.set('before', before)
  return getProxyJson(
    `/devices/${encodeURIComponent(asked.deviceId)}?${query.toString()}`,
    deviceReadModelSchema,
    options,
  )
}

/**
 * The first page is the whole answer; each further page (`before` = the last page's `next`)
 * brings the range's older events. `changeKey` (see deviceChangeKey) is in the key only so the
 * device's next event, patched into the fleet cache by the stream, asks again.
 */
export const deviceQuery = (
  { deviceId, from, to }: DeviceRangeAsked,
  changeKey: string,
  pollMs: number | false,
) =>
  infiniteQueryOptions({
    queryKey: ['live', 'device', deviceId, from, to ?? 'now', changeKey],
    queryFn: ({ signal, pageParam }) => fetchDevice({ deviceId, from, to }, pageParam, { signal }),
    initialPageParam: null as string | null,
    getNextPageParam: (page: DeviceReadModel) => page.next,
    // The same device's previous answer stays on screen while the next one loads.
    placeholderData: (previous) =>
      previous?.pages[0]?.row.device_id === deviceId ? previous : undefined,
    refetchInterval: pollMs,
    retry: false,
  })
