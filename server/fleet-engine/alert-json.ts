// Alerts and incidents as the API and the stream spell them (snake_case, ISO times).
import type { Alert, Incident } from '../../src/domain/alerts/alert'

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString())

/** Which account a device belongs to (the fleet rows know), for badges per account. */
export type AccountOfDevice = (deviceId: string) => string | undefined

export function alertJson(alert: Alert, accountOf: AccountOfDevice) {
  const { subject } = alert
  return {
    alert_id: alert.id,
    rule: alert.rule,
    severity: alert.severity,
    subject: alert.subject,
    title: alert.title,
    opened_at: iso(alert.openedAt),
    resolved_at: iso(alert.resolvedAt),
    resolved_by:
      alert.resolvedBy === undefined
        ? null
        : {
            event_id: alert.resolvedBy.eventId,
            type: alert.resolvedBy.type,
            why: alert.resolvedBy.why,
          },
    opening_event_id: alert.openingEventId,
    incident_id: alert.incidentId ?? null,
    /** The account the subject is or belongs to; null for the workspace or an unknown device. */
    connected_account_id:
      subject.kind === 'account'
        ? subject.id
        : subject.kind === 'device'
          ? (accountOf(subject.id) ?? null)
          : null,
  }
}

export function incidentJson(incident: Incident) {
  return {
    incident_id: incident.id,
    kind: incident.kind,
    subject: incident.subject,
    severity: incident.severity,
    title: incident.title,
    opened_at: iso(incident.openedAt),
    resolved_at: iso(incident.resolvedAt),
    alert_ids: incident.alertIds,
    device_ids: incident.deviceIds,
  }
}
