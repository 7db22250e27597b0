// GET /api/alert_state: who acknowledged or snoozed which alert, shared by every browser.
import { queryOptions } from '@tanstack/react-query'
import { z } from 'zod/v4'
import { isoInstantSchema } from '../iso-time-schema'
import { getProxyJson, type RequestOptions } from '../request-proxy'

export const SNOOZE_HOURS = [1, 8, 24] as const
export type SnoozeHours = (typeof SNOOZE_HOURS)[number]

const acknowledgementSchema = z
  .object({ alert_id: z.string(), by: z.string(), note: z.string(), at: isoInstantSchema })
  .transform(({ alert_id, ...rest }) => ({ alertId: alert_id, ...rest }))

const snoozeSchema = z
  .object({
    alert_id: z.string(),
    by: z.string(),
    hours: z.union([z.literal(1), z.literal(8), z.literal(24)]),
    at: isoInstantSchema,
    until: isoInstantSchema,
  })
  .transform(({ alert_id, ...rest }) => ({ alertId: alert_id, ...rest }))

export const alertStateSchema = z.object({
  acknowledgements: z.array(acknowledgementSchema),
  snoozes: z.array(snoozeSchema),
})

/** Times in epoch milliseconds. */
export type AlertState = z.output<typeof alertStateSchema>
export type Acknowledgement = AlertState['acknowledgements'][number]
export type Snooze = AlertState['snoozes'][number]

export const EMPTY_ALERT_STATE: AlertState = { acknowledgements: [], snoozes: [] }

export function fetchAlertState(options: RequestOptions = {}): Promise<AlertState> {
  return getProxyJson('/alert_state', alertStateSchema, options)
}

/** A second browser sees an acknowledgement within this long. */
export const ALERT_STATE_REFRESH_MS = 3_000

export const alertStateQuery = () =>
  queryOptions({
    queryKey: ['alert-state'],
    queryFn: ({ signal }) => fetchAlertState({ signal }),
    refetchInterval: ALERT_STATE_REFRESH_MS,
    // The wall screen and badges in background tabs must not count acknowledged alerts.
    refetchIntervalInBackground: true,
    retry: false,
  })
