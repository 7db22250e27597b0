// GET /api/alerts: the server's alerts and incidents with who acknowledged or snoozed them.
import { queryOptions } from '@tanstack/react-query'
import { z } from 'zod/v4'
import { ALERT_RULES, type Alert, type Incident } from '../../domain/alerts/alert'
import {
  ALERT_STATUSES,
  type AlertEntry,
  type AlertLists,
  type AlertStatus,
  type Handling,
  type TrackedAlert,
} from '../../domain/alerts/alert-lists'
import { isoInstantSchema, nullableIsoInstantSchema } from '../iso-time-schema'
import { getProxyJson, type RequestOptions } from '../request-proxy'

const severitySchema = z.enum(['critical', 'warning', 'info'])

/** An alert as the server sends it: with the account its subject is or belongs to. */
export interface ServedAlert extends Alert {
  readonly accountId: string | null
}

/** One alert as every read model sends it (server/fleet-engine/alert-json.ts). */
export const servedAlertSchema = z
  .object({
    alert_id: z.string(),
    rule: z.enum(ALERT_RULES),
    severity: severitySchema,
    subject: z.object({
      kind: z.enum(['device', 'account', 'workspace']),
      id: z.string(),
      name: z.string(),
    }),
    title: z.string(),
    opened_at: isoInstantSchema,
    resolved_at: nullableIsoInstantSchema,
    resolved_by: z
      .object({ event_id: z.string().nullable(), type: z.string(), why: z.string() })
      .nullable(),
    opening_event_id: z.string(),
    incident_id: z.string().nullable(),
    connected_account_id: z.string().nullable(),
  })
  .transform((alert): ServedAlert => ({
    id: alert.alert_id,
    rule: alert.rule,
    severity: alert.severity,
    subject: alert.subject,
    title: alert.title,
    openedAt: alert.opened_at,
    resolvedAt: alert.resolved_at,
    ...(alert.resolved_by === null
      ? {}
      : {
          resolvedBy: {
            eventId: alert.resolved_by.event_id,
            type: alert.resolved_by.type,
            why: alert.resolved_by.why,
          },
        }),
    openingEventId: alert.opening_event_id,
    ...(alert.incident_id === null ? {} : { incidentId: alert.incident_id }),
    accountId: alert.connected_account_id,
  }))

const incidentSchema = z
  .object({
    incident_id: z.string(),
    kind: z.enum(['account_disconnected', 'hub_disconnected']),
    subject: z.object({ kind: z.enum(['hub', 'account']), id: z.string(), name: z.string() }),
    severity: severitySchema,
    title: z.string(),
    opened_at: isoInstantSchema,
    resolved_at: nullableIsoInstantSchema,
    alert_ids: z.array(z.string()),
    device_ids: z.array(z.string()),
  })
  .transform((incident): Incident => ({
    id: incident.incident_id,
    kind: incident.kind,
    subject: incident.subject,
    severity: incident.severity,
    openedAt: incident.opened_at,
    resolvedAt: incident.resolved_at,
    alertIds: incident.alert_ids,
    deviceIds: incident.device_ids,
    title: incident.title,
  }))

const statusSchema = z.enum(ALERT_STATUSES as [AlertStatus, ...AlertStatus[]])
const handling = {
  status: statusSchema,
  acknowledgement: z
    .looseObject({ by: z.string(), note: z.string(), at: isoInstantSchema })
    .nullable(),
  snooze: z
    .looseObject({
      by: z.string(),
      hours: z.number(),
      at: isoInstantSchema,
      until: isoInstantSchema,
    })
    .nullable(),
}
const trackedSchema = z.object({ ...handling, alert: servedAlertSchema })

const entrySchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('alert'), ...handling, alert: servedAlertSchema }),
  z.object({
    kind: z.literal('incident'),
    ...handling,
    incident: incidentSchema,
    members: z.array(trackedSchema),
  }),
])

export const alertsSchema = z.object({
  version: z.number().int(),
  counts: z.record(statusSchema, z.number().int()),
  severities: z.record(statusSchema, severitySchema.nullable()),
  entries: z.array(entrySchema),
})

export type AlertsReadModel = z.output<typeof alertsSchema>

/** Every alert of the answer (incident members too) and its incidents, as the domain has them. */
export function alertsAndIncidents(model: AlertsReadModel): {
  alerts: Alert[]
  incidents: Incident[]
} {
  const alerts: Alert[] = []
  const incidents: Incident[] = []
  for (const entry of model.entries) {
    if (entry.kind === 'alert') alerts.push(entry.alert)
    else {
      incidents.push(entry.incident)
      for (const member of entry.members) alerts.push(member.alert)
    }
  }
  return { alerts, incidents }
}

/** `limit` 0: the counts and severities alone (a badge). */
export function fetchAlerts(
  statuses: readonly AlertStatus[],
  limit: number | undefined,
  options: RequestOptions = {},
): Promise<AlertsReadModel> {
  const cut = limit === undefined ? '' : `&limit=${limit}`
  return getProxyJson(`/alerts?status=${statuses.join(',')}${cut}`, alertsSchema, options)
}

export const ALERTS_QUERY_KEY = ['live', 'alerts'] as const

/** Alerts not yet resolved, handled or not: what the wall lists. */
export const UNRESOLVED: readonly AlertStatus[] = ['open', 'snoozed', 'acknowledged']

/**
 * A snooze ends with no message on the stream (nothing happened): ask again just after the
 * earliest one shown ends. Undefined when none runs.
 */
export function untilSnoozeEnds(
  model: AlertsReadModel | undefined,
  now: number,
): number | undefined {
  let earliest: number | undefined
  const consider = (snooze: { until: number } | null) => {
    if (snooze !== null && (earliest === undefined || snooze.until < earliest))
      earliest = snooze.until
  }
  for (const entry of model?.entries ?? []) {
    consider(entry.snooze)
    if (entry.kind === 'incident') for (const member of entry.members) consider(member.snooze)
  }
  return earliest === undefined ? undefined : Math.max(1_000, earliest - now + 1_000)
}

export const alertsQuery = (
  statuses: readonly AlertStatus[],
  pollMs: number | false,
  limit?: number,
) =>
  queryOptions({
    queryKey: [...ALERTS_QUERY_KEY, statuses.join(','), limit ?? 'all'],
    queryFn: ({ signal }) => fetchAlerts(statuses, limit, { signal }),
    refetchInterval: (query) =>
      pollMs !== false ? pollMs : (untilSnoozeEnds(query.state.data, Date.now()) ?? false),
    refetchIntervalInBackground: true,
    retry: false,
  })

type WireHandling = Pick<
  AlertsReadModel['entries'][number],
  'status' | 'acknowledgement' | 'snooze'
>

/** The wire's handling as the domain holds it (the acknowledgement and snooze name their alert). */
function handlingOf(alertId: string, wire: WireHandling): Handling {
  const { acknowledgement, snooze } = wire
  return {
    status: wire.status,
    ...(acknowledgement === null ? {} : { acknowledgement: { alertId, ...acknowledgement } }),
    ...(snooze === null ? {} : { snooze: { alertId, ...snooze } }),
  }
}

/** The alert center's lists as the server ordered them (see groupAlertLists). */
export function alertListsOf(model: AlertsReadModel): AlertLists {
  const lists: Record<AlertStatus, AlertEntry[]> = {
    open: [],
    snoozed: [],
    acknowledged: [],
    resolved: [],
  }
  for (const entry of model.entries) {
    if (entry.kind === 'alert') {
      const tracked: TrackedAlert = { alert: entry.alert, ...handlingOf(entry.alert.id, entry) }
      lists[entry.status].push({ kind: 'alert', key: entry.alert.id, tracked })
    } else {
      lists[entry.status].push({
        kind: 'incident',
        key: entry.incident.id,
        incident: entry.incident,
        handling: handlingOf(entry.incident.id, entry),
        members: entry.members.map((member) => ({
          alert: member.alert,
          ...handlingOf(member.alert.id, member),
        })),
      })
    }
  }
  return lists
}
