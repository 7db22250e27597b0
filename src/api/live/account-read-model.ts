// GET /api/connected_accounts/:id: one account's roll-up, link history, devices and alerts in a range.
import { queryOptions } from '@tanstack/react-query'
import { z } from 'zod/v4'
import { connectedAccountSchema } from '../../domain/accounts/connected-account-schema'
import type { AccountInterval, LoginFailure } from '../../domain/timelines/account'
import { isoInstantSchema } from '../iso-time-schema'
import { getProxyJson, type RequestOptions } from '../request-proxy'
import { accountRollupSchema, fleetRowSchema } from './fleet-read-model'
import { servedAlertSchema } from './alerts-read-model'
import { causeField, eventsSchema, rangeSchema } from './subject-read-model-parts'

const accountStateSchema = z.enum([
  'connected',
  'disconnected',
  'reauthorization_requested',
  'deleted',
])

const accountIntervalSchema = z
  .object({
    state: accountStateSchema,
    from: isoInstantSchema,
    to: isoInstantSchema,
    issues: z.array(z.object({ code: z.string(), message: z.string().nullable() })),
    event_id: z.string().nullable(),
  })
  .transform((interval): AccountInterval => ({
    state: interval.state,
    from: interval.from,
    to: interval.to,
    ...(interval.issues.length > 0 && {
      issues: interval.issues.map(({ code, message }) => ({
        code,
        ...(message !== null && { message }),
      })),
    }),
    ...causeField(interval.event_id),
  }))

const loginFailureSchema = z
  .object({
    at: isoInstantSchema,
    event_id: z.string(),
    connect_webview_id: z.string().nullable(),
  })
  .transform((failure): LoginFailure => ({
    at: failure.at,
    eventId: failure.event_id,
    ...(failure.connect_webview_id !== null && { connectWebviewId: failure.connect_webview_id }),
  }))

export const accountReadModelSchema = z
  .object({
    account: accountRollupSchema,
    inventory: connectedAccountSchema.nullable(),
    range: rangeSchema,
    state: z.union([accountStateSchema, z.literal('unknown')]),
    devices: z.array(fleetRowSchema),
    timeline: z.array(accountIntervalSchema),
    login_failures: z.array(loginFailureSchema),
    events: eventsSchema,
    next: z.string().nullable(),
    alerts: z.array(servedAlertSchema),
  })
  .transform((answer) => ({
    rollup: answer.account,
    inventory: answer.inventory,
    range: answer.range,
    state: answer.state,
    devices: answer.devices,
    /** Oldest first, clipped to the range. */
    timeline: answer.timeline,
    /** Oldest first. */
    loginFailures: answer.login_failures,
    events: answer.events,
    next: answer.next,
    alerts: answer.alerts,
  }))

export type AccountReadModel = z.output<typeof accountReadModelSchema>

export interface AccountRangeAsked {
  readonly accountId: string
  readonly from: number
}

export function fetchAccount(
  asked: AccountRangeAsked,
  options: RequestOptions = {},
): Promise<AccountReadModel> {
  const query = new URLSearchParams({ from: new Date(asked.from).toISOString() })
  return getProxyJson(
    `/connected_accounts/${encodeURIComponent(asked.accountId)}?${query.toString()}`,
    accountReadModelSchema,
    options,
  )
}

/**
 * Up to the server's now from `from`. `changeKey` (see accountChangeKey) is in the key only so a
 * change to the account or one of its devices, patched into the fleet cache, asks again.
 */
export const accountQuery = (
  { accountId, from }: AccountRangeAsked,
  changeKey: string,
  pollMs: number | false,
) =>
  queryOptions({
    queryKey: ['live', 'account', accountId, from, changeKey],
    queryFn: ({ signal }) => fetchAccount({ accountId, from }, { signal }),
    // The same account's previous answer stays on screen while the next one loads.
    placeholderData: (previous) =>
      previous?.rollup.connected_account_id === accountId ? previous : undefined,
    refetchInterval: pollMs,
    retry: false,
  })
