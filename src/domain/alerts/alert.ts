// What an alert and an incident are: the values every alert view reads.
import type { Instant, ParsedEvent, Severity } from '../events/parsed-event'

export const ALERT_RULES = [
  'device_offline',
  'connection_flaky',
  'battery_low',
  'battery_forecast',
  'device_tampered',
  'access_denied_burst',
  'keypad_disconnected',
  'subscription_required',
  'third_party_integration',
  'access_code_failed_to_set',
  'access_code_failed_to_remove',
  'access_code_delay_in_setting',
  'access_code_delay_in_removing',
  'external_change',
  'noise_threshold',
  'account_disconnected',
  'account_reauthorization_requested',
  'webview_login_failed',
] as const

export type AlertRule = (typeof ALERT_RULES)[number]

/**
 * Who the alert is about. `workspace` is only for a failed Connect Webview login that names no
 * account yet (id `webview`): there is nobody else to pin it on.
 */
export interface AlertSubject {
  readonly kind: 'device' | 'account' | 'workspace'
  readonly id: string
  /** What a person calls it; the id when nothing better is known. */
  readonly name: string
}

export interface AlertResolution {
  /** The event that resolved the alert; null when it expired. */
  readonly eventId: string | null
  /** That event's type, or `expired`. */
  readonly type: string
  /** In words: "device came back online". */
  readonly why: string
}

export interface Alert {
  /** Stable across polls: rule, subject and opening event. */
  readonly id: string
  readonly rule: AlertRule
  readonly severity: Severity
  readonly subject: AlertSubject
  /** Plain words: "Front door offline for 25 min: hub disconnected". */
  readonly title: string
  readonly openedAt: Instant
  readonly resolvedAt: Instant | null
  readonly resolvedBy?: AlertResolution
  readonly openingEventId: string
  /** Set when the alert is one symptom of a root cause (see root-cause-grouping.ts). */
  readonly incidentId?: string
}

export interface IncidentSubject {
  /** `hub` with the hub device's id, or `account` when the hub's identity is not known. */
  readonly kind: 'hub' | 'account'
  readonly id: string
  readonly name: string
}

export interface Incident {
  readonly id: string
  readonly kind: 'account_disconnected' | 'hub_disconnected'
  readonly subject: IncidentSubject
  readonly severity: Severity
  readonly openedAt: Instant
  /** When the last of its alerts resolved; null while any is open. */
  readonly resolvedAt: Instant | null
  readonly alertIds: readonly string[]
  readonly deviceIds: readonly string[]
  /** "Hub 'Harbor View gateway' offline: 6 locks unreachable". */
  readonly title: string
}

/** How an alert ends: the event that resolved it, or the moment it expired. */
export type AlertEnd =
  | { readonly kind: 'event'; readonly event: ParsedEvent; readonly why: string }
  | { readonly kind: 'expired'; readonly at: Instant; readonly why: string }

export interface AlertDraft {
  readonly rule: AlertRule
  readonly severity: Severity
  readonly subject: AlertSubject
  readonly title: string
  readonly opening: ParsedEvent
  /** Defaults to the opening event's time. */
  readonly openedAt?: Instant
  readonly end: AlertEnd | undefined
}

export function alertId(rule: AlertRule, subject: AlertSubject, openingEventId: string): string {
  return `${rule}:${subject.kind}:${subject.id}:${openingEventId}`
}

export function createAlert(draft: AlertDraft): Alert {
  const { rule, severity, subject, title, opening, end } = draft
  const id = alertId(rule, subject, opening.id)
  const openedAt = draft.openedAt ?? opening.occurredAt
  // One literal, absent resolution undefined: every alert of the fleet goes through here, and one
  // shape keeps sorting and comparing twelve thousand of them quick.
  const resolution =
    end === undefined
      ? undefined
      : end.kind === 'event'
        ? {
            at: end.event.occurredAt,
            by: { eventId: end.event.id, type: end.event.type, why: end.why },
          }
        : { at: end.at, by: { eventId: null, type: 'expired', why: end.why } }
  return {
    id,
    rule,
    severity,
    subject,
    title,
    openedAt,
    openingEventId: opening.id,
    resolvedAt: resolution === undefined ? null : resolution.at,
    resolvedBy: resolution?.by,
  }
}

const SEVERITY_RANK: Readonly<Record<Severity, number>> = { critical: 0, warning: 1, info: 2 }

export function severityRank(severity: Severity): number {
  return SEVERITY_RANK[severity]
}

/** The graver of two severities. */
export function worseSeverity(a: Severity, b: Severity): Severity {
  return SEVERITY_RANK[a] <= SEVERITY_RANK[b] ? a : b
}

/** Open first, then gravest, then newest; the id settles ties so the order never depends on input. */
export function compareAlerts(a: Alert, b: Alert): number {
  return (
    Number(a.resolvedAt !== null) - Number(b.resolvedAt !== null) ||
    SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
    b.openedAt - a.openedAt ||
    compareText(a.id, b.id)
  )
}

export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
