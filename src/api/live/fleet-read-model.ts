// GET /api/fleet: every device's row, each account's roll-up and the totals, judged by the server.
import { queryOptions } from '@tanstack/react-query'
import { z } from 'zod/v4'
import { compareText } from '../../domain/alerts/alert'
import { isoInstantSchema, nullableIsoInstantSchema } from '../iso-time-schema'
import { getProxyJson, type RequestOptions } from '../request-proxy'

const severitySchema = z.enum(['critical', 'warning', 'info'])
const openAlertsSchema = z.object({ count: z.number().int(), severity: severitySchema.nullable() })

// Loose: the server may add fields before the views read them.
export const fleetRowSchema = z.looseObject({
  device_id: z.string(),
  name: z.string(),
  kind: z.string(),
  listed: z.boolean(),
  connected_account_id: z.string().nullable(),
  account_name: z.string().nullable(),
  connectivity: z.looseObject({
    state: z.enum(['online', 'offline', 'flaky', 'unknown']),
    reason: z.string().nullable(),
    since: nullableIsoInstantSchema,
  }),
  battery: z.looseObject({
    level: z.number().nullable(),
    status: z.string().nullable(),
    at: nullableIsoInstantSchema,
  }),
  lock: z.looseObject({
    state: z.enum(['locked', 'unlocked', 'unknown']),
    method: z.string().nullable(),
    at: nullableIsoInstantSchema,
  }),
  is_lock: z.boolean(),
  model: z.string().nullable(),
  last_event: z
    .looseObject({
      event_id: z.string(),
      event_type: z.string(),
      at: isoInstantSchema,
      text: z.string(),
      severity: severitySchema.nullable(),
    })
    .nullable(),
  open_alerts: openAlertsSchema,
  search_text: z.string(),
})

const rollupFields = {
  devices: z.number().int(),
  online: z.number().int(),
  offline: z.number().int(),
  flaky: z.number().int(),
  unknown: z.number().int(),
  removed: z.number().int(),
  open_alerts: openAlertsSchema,
}

export const accountRollupSchema = z.looseObject({
  connected_account_id: z.string(),
  name: z.string(),
  listed: z.boolean(),
  provider: z.string().nullable(),
  health: z.object({
    level: z.enum(['ok', 'warning', 'error']),
    text: z.string(),
    since: nullableIsoInstantSchema,
  }),
  ...rollupFields,
})

export const fleetTotalsSchema = z.looseObject({ ...rollupFields, accounts: z.number().int() })

export const fleetSchema = z.object({
  version: z.number().int(),
  devices: z.array(fleetRowSchema),
  accounts: z.array(accountRollupSchema),
  totals: fleetTotalsSchema,
})

export type FleetReadModel = z.output<typeof fleetSchema>
export type FleetRow = FleetReadModel['devices'][number]
export type AccountRollup = FleetReadModel['accounts'][number]

export function fetchFleet(options: RequestOptions = {}): Promise<FleetReadModel> {
  return getProxyJson('/fleet', fleetSchema, options)
}

export const FLEET_QUERY_KEY = ['live', 'fleet'] as const

/** `pollMs`: false while the live stream patches the cache, the fallback interval otherwise. */
export const fleetQuery = (pollMs: number | false) =>
  queryOptions({
    queryKey: FLEET_QUERY_KEY,
    queryFn: ({ signal }) => fetchFleet({ signal }),
    refetchInterval: pollMs,
    refetchIntervalInBackground: true,
    retry: false,
  })

/** A `fleet` message of /api/stream, as fleet-stream.ts on the server sends it. */
export const fleetChangeSchema = z.object({
  version: z.number().int(),
  refetch: z.boolean(),
  devices: z.array(fleetRowSchema),
  removed_devices: z.array(z.string()),
  accounts: z.array(accountRollupSchema),
  removed_accounts: z.array(z.string()),
  totals: fleetTotalsSchema.nullable(),
})

export type FleetChange = z.output<typeof fleetChangeSchema>

/**
 * The read model after `change`, or undefined when the change cannot be applied to it (too large
 * to send, or not the next version: a message was missed) and the model must be fetched again.
 */
export function applyFleetChange(
  model: FleetReadModel,
  change: FleetChange,
): FleetReadModel | undefined {
  if (change.refetch || change.version !== model.version + 1) return undefined
  const rows = new Map(model.devices.map((row) => [row.device_id, row]))
  for (const id of change.removed_devices) rows.delete(id)
  for (const row of change.devices) rows.set(row.device_id, row)
  const accounts = new Map(model.accounts.map((row) => [row.connected_account_id, row]))
  for (const id of change.removed_accounts) accounts.delete(id)
  for (const row of change.accounts) accounts.set(row.connected_account_id, row)
  return {
    version: change.version,
    // The server's order: by id, in code-unit order.
    devices: [...rows.values()].sort((a, b) => compareText(a.device_id, b.device_id)),
    accounts: [...accounts.values()].sort((a, b) =>
      compareText(a.connected_account_id, b.connected_account_id),
    ),
    totals: change.totals ?? model.totals,
  }
}

/** Changes kept while the model is behind them (a fetch under way); more means refetch anyway. */
export const MAX_PENDING_CHANGES = 200

export interface FleetFollow {
  readonly model: FleetReadModel
  /** Changes ahead of the model, oldest first, still to apply once it catches up. */
  readonly pending: readonly FleetChange[]
  /** The model cannot reach the pending changes by itself: fetch it again. */
  readonly refetch: boolean
}

/**
 * Applies the pending changes that follow the model, in version order; drops those it already
 * holds. A change that comes while the model is being fetched again is kept, not lost: the
 * fetched model may be older than it, and the change then applies on top.
 */
export function followFleet(model: FleetReadModel, pending: readonly FleetChange[]): FleetFollow {
  const ahead = [...pending]
    .filter((change) => change.version > model.version)
    .sort((a, b) => a.version - b.version)
  let current = model
  while (ahead.length > 0) {
    const next = applyFleetChange(current, ahead[0]!)
    if (next === undefined) break
    current = next
    ahead.shift()
  }
  if (ahead.length > MAX_PENDING_CHANGES) return { model: current, pending: [], refetch: true }
  return { model: current, pending: ahead, refetch: ahead.length > 0 }
}
