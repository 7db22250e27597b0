// One alert as /api/devices/:id and /api/connected_accounts/:id send it (server/fleet-engine/alert-json.ts).
import { z } from 'zod/v4'
import { ALERT_RULES } from '../../domain/alerts/alert'
import { isoInstantSchema, nullableIsoInstantSchema } from '../iso-time-schema'
import type { ServedAlert } from './alerts-read-model'

// alerts-read-model.ts keeps its schema private; this is the same wire shape, read the same way.
export const servedAlertSchema = z
  .object({
    alert_id: z.string(),
    rule: z.enum(ALERT_RULES),
    severity: z.enum(['critical', 'warning', 'info']),
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
    ...(alert.resolved_by !== null && {
      resolvedBy: {
        eventId: alert.resolved_by.event_id,
        type: alert.resolved_by.type,
        why: alert.resolved_by.why,
      },
    }),
    openingEventId: alert.opening_event_id,
    ...(alert.incident_id !== null && { incidentId: alert.incident_id }),
    accountId: alert.connected_account_id,
  }))
