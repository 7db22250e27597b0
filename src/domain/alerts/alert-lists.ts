// Derived alerts joined with who acknowledged or snoozed them: open, snoozed, acknowledged, resolved.
import type { Instant } from '../events/parsed-event'
import { severityRank, type Alert, type Incident } from './alert'

/** Someone took the alert on (times in epoch milliseconds, as the SPA and the server hold them). */
export interface Acknowledgement {
  readonly alertId: string
  readonly by: string
  readonly note: string
  readonly at: Instant
}

/** Someone put the alert aside until `until`. */
export interface Snooze {
  readonly alertId: string
  readonly by: string
  readonly hours: number
  readonly at: Instant
  readonly until: Instant
}

/** Who acknowledged or snoozed what: /api/alert_state, shared by every browser. */
export interface AlertState {
  readonly acknowledgements: readonly Acknowledgement[]
  readonly snoozes: readonly Snooze[]
}

export type AlertStatus = 'open' | 'snoozed' | 'acknowledged' | 'resolved'

export const ALERT_STATUSES: readonly AlertStatus[] = [
  'open',
  'snoozed',
  'acknowledged',
  'resolved',
]

export interface AlertStateIndex {
  readonly acknowledgements: ReadonlyMap<string, Acknowledgement>
  /** Only snoozes still running at `now`. */
  readonly snoozes: ReadonlyMap<string, Snooze>
}

export function indexAlertState(state: AlertState, now: Instant): AlertStateIndex {
  return {
    acknowledgements: new Map(state.acknowledgements.map((ack) => [ack.alertId, ack])),
    snoozes: new Map(
      state.snoozes
        .filter((snooze) => snooze.until > now)
        .map((snooze) => [snooze.alertId, snooze]),
    ),
  }
}

export interface Handling {
  readonly status: AlertStatus
  /** Kept after the alert resolved, so the resolved list still says who looked at it. */
  readonly acknowledgement?: Acknowledgement
  readonly snooze?: Snooze
}

/**
 * Resolved beats acknowledged beats snoozed beats open. `ids` are the alert's own id first, then
 * its incident's: acknowledging an incident acknowledges every device in it.
 */
function handling(resolved: boolean, ids: readonly string[], index: AlertStateIndex): Handling {
  let acknowledgement: Acknowledgement | undefined
  let snooze: Snooze | undefined
  for (const id of ids) {
    acknowledgement ??= index.acknowledgements.get(id)
    snooze ??= index.snoozes.get(id)
  }
  const status: AlertStatus = resolved
    ? 'resolved'
    : acknowledgement !== undefined
      ? 'acknowledged'
      : snooze !== undefined
        ? 'snoozed'
        : 'open'
  return {
    status,
    ...(acknowledgement === undefined ? {} : { acknowledgement }),
    ...(snooze === undefined || resolved ? {} : { snooze }),
  }
}

export interface TrackedAlert extends Handling {
  readonly alert: Alert
}

export function trackAlert(alert: Alert, index: AlertStateIndex): TrackedAlert {
  const ids = alert.incidentId === undefined ? [alert.id] : [alert.id, alert.incidentId]
  return { alert, ...handling(alert.resolvedAt !== null, ids, index) }
}

export type AlertEntry =
  | { readonly kind: 'alert'; readonly key: string; readonly tracked: TrackedAlert }
  | {
      readonly kind: 'incident'
      readonly key: string
      readonly incident: Incident
      readonly handling: Handling
      /** Its alerts, open ones first. */
      readonly members: readonly TrackedAlert[]
    }

/**
 * An incident is handled as a whole when someone acknowledged or snoozed it; otherwise it counts
 * as acknowledged (or snoozed) only once every one of its open alerts is.
 */
function incidentHandling(
  incident: Incident,
  members: readonly TrackedAlert[],
  index: AlertStateIndex,
): Handling {
  const own = handling(incident.resolvedAt !== null, [incident.id], index)
  if (own.status !== 'open') return own
  const open = members.filter((member) => member.status !== 'resolved')
  if (open.length === 0 || open.some((member) => member.status === 'open')) return own
  return open.every((member) => member.status === 'acknowledged')
    ? { status: 'acknowledged' }
    : { status: 'snoozed' }
}

export type AlertLists = Readonly<Record<AlertStatus, readonly AlertEntry[]>>

function entrySeverity(entry: AlertEntry) {
  return entry.kind === 'alert' ? entry.tracked.alert.severity : entry.incident.severity
}

function entryTimes(entry: AlertEntry): { openedAt: Instant; resolvedAt: Instant | null } {
  return entry.kind === 'alert' ? entry.tracked.alert : entry.incident
}

export function entryStatus(entry: AlertEntry): AlertStatus {
  return entry.kind === 'alert' ? entry.tracked.status : entry.handling.status
}

/** Gravest, then newest; the resolved list newest resolution first. Keys settle ties. */
function compareEntries(a: AlertEntry, b: AlertEntry): number {
  const [ta, tb] = [entryTimes(a), entryTimes(b)]
  if (ta.resolvedAt !== null && tb.resolvedAt !== null && ta.resolvedAt !== tb.resolvedAt) {
    return tb.resolvedAt - ta.resolvedAt
  }
  return (
    severityRank(entrySeverity(a)) - severityRank(entrySeverity(b)) ||
    tb.openedAt - ta.openedAt ||
    (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)
  )
}

/**
 * The alert center's four lists. Alerts of an incident appear inside it, never as rows of their
 * own (an alert whose incident is missing stands alone rather than vanish).
 */
export function groupAlertLists(
  alerts: readonly Alert[],
  incidents: readonly Incident[],
  state: AlertState,
  now: Instant,
): AlertLists {
  const index = indexAlertState(state, now)
  const incidentIds = new Set(incidents.map((incident) => incident.id))
  const membersOf = new Map<string, TrackedAlert[]>()
  const entries: AlertEntry[] = []
  for (const alert of alerts) {
    const tracked = trackAlert(alert, index)
    if (alert.incidentId !== undefined && incidentIds.has(alert.incidentId)) {
      const members = membersOf.get(alert.incidentId) ?? []
      members.push(tracked)
      membersOf.set(alert.incidentId, members)
    } else {
      entries.push({ kind: 'alert', key: alert.id, tracked })
    }
  }
  for (const incident of incidents) {
    const members = (membersOf.get(incident.id) ?? []).sort(
      (a, b) =>
        Number(a.alert.resolvedAt !== null) - Number(b.alert.resolvedAt !== null) ||
        a.alert.subject.name.localeCompare(b.alert.subject.name),
    )
    entries.push({
      kind: 'incident',
      key: incident.id,
      incident,
      handling: incidentHandling(incident, members, index),
      members,
    })
  }
  const lists: Record<AlertStatus, AlertEntry[]> = {
    open: [],
    snoozed: [],
    acknowledged: [],
    resolved: [],
  }
  for (const entry of entries) lists[entryStatus(entry)].push(entry)
  for (const status of ALERT_STATUSES) lists[status].sort(compareEntries)
  return lists
}

/**
 * Entries about any of `subjectIds` (a device; or an account with its devices): the subject
 * itself, a device inside an incident, or the incident's hub or account.
 */
export function entryConcerns(entry: AlertEntry, subjectIds: ReadonlySet<string>): boolean {
  if (entry.kind === 'alert') return subjectIds.has(entry.tracked.alert.subject.id)
  return (
    subjectIds.has(entry.incident.subject.id) ||
    entry.incident.deviceIds.some((id) => subjectIds.has(id)) ||
    entry.members.some((member) => subjectIds.has(member.alert.subject.id))
  )
}

/** Alerts still needing someone: open, not acknowledged, not snoozed (incident members too). */
export function alertsNeedingAttention(lists: AlertLists): Alert[] {
  const alerts: Alert[] = []
  for (const entry of lists.open) {
    if (entry.kind === 'alert') alerts.push(entry.tracked.alert)
    else for (const member of entry.members) if (member.status === 'open') alerts.push(member.alert)
  }
  return alerts
}
