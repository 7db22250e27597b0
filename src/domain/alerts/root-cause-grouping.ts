// Root causes: many devices offline because one account or one hub dropped become one incident.
import type { DisconnectReason, Instant, Severity } from '../events/parsed-event'
import type { Alert, Incident, IncidentSubject } from './alert'
import { compareText, severityRank, worseSeverity } from './alert'
import type { AlertConfig } from './alert-config'
import { MINUTE_MS } from './alert-config'

/** A device offline alert and what the grouping needs to know about its device. */
export interface OfflineFact {
  readonly alert: Alert
  readonly deviceId: string
  readonly accountId: string | undefined
  /** `custom_metadata.hub_device_id` of the device, when set. */
  readonly hubId: string | undefined
  /** `custom_metadata.hub_name` of the device, when set. */
  readonly hubName: string | undefined
  readonly reason: DisconnectReason | undefined
  readonly isLock: boolean
}

export interface RootCauseInput {
  readonly offline: readonly OfflineFact[]
  /** The account_disconnected alerts. */
  readonly accountAlerts: readonly Alert[]
  /** The name of a device in the fleet, for a hub that is one. */
  readonly deviceName: (deviceId: string) => string | undefined
  readonly config: AlertConfig
}

export interface RootCauses {
  readonly incidents: Incident[]
  /** alert id → incident id, for every alert inside an incident. */
  readonly incidentOf: ReadonlyMap<string, string>
}

const byOpening = (a: OfflineFact, b: OfflineFact) =>
  a.alert.openedAt - b.alert.openedAt || compareText(a.alert.id, b.alert.id)

/**
 * 1. Each disconnected account takes the offline alerts of its devices that went down with it:
 *    those saying `account_disconnected` from `incidentWindowMinutes` before the account alert
 *    until it resolved, and any other that opened within the window of it.
 * 2. Of the rest, `hub_disconnected` alerts are grouped by hub (the device's
 *    `custom_metadata.hub_device_id`; without one, by account) and split into outages where each
 *    opened within the window of the one before. An outage of at least `incidentMinDevices`
 *    devices is an incident, and takes the hub device's own offline alert when it has one.
 * An incident resolves when every alert in it has.
 */
export function groupRootCauses(input: RootCauseInput): RootCauses {
  const { config } = input
  const windowMs = config.incidentWindowMinutes * MINUTE_MS
  const incidents: Incident[] = []
  const incidentOf = new Map<string, string>()
  const sorted = [...input.offline].sort(byOpening)
  const remaining = new Set(sorted)
  // Facts by account and by device, in opening order: scanning every fact once per account alert
  // or per hub outage grows with the whole fleet.
  const byAccount = indexBy(sorted, (fact) => fact.accountId)
  const byDevice = indexBy(sorted, (fact) => fact.deviceId)

  const accountAlerts = [...input.accountAlerts].sort(
    (a, b) => a.openedAt - b.openedAt || compareText(a.id, b.id),
  )
  for (const accountAlert of accountAlerts) {
    const from = accountAlert.openedAt - windowMs
    const until = accountAlert.resolvedAt ?? Number.POSITIVE_INFINITY
    const members = (byAccount.get(accountAlert.subject.id) ?? []).filter((fact) => {
      if (!remaining.has(fact)) return false
      const at = fact.alert.openedAt
      return fact.reason === 'account_disconnected'
        ? at >= from && at <= until
        : Math.abs(at - accountAlert.openedAt) <= windowMs
    })
    if (members.length === 0) continue
    const subject: IncidentSubject = {
      kind: 'account',
      id: accountAlert.subject.id,
      name: accountAlert.subject.name,
    }
    const incident = buildIncident(
      'account_disconnected',
      subject,
      accountAlert.openingEventId,
      [accountAlert],
      members,
      (open) => `Account '${subject.name}' ${open ? 'disconnected' : 'was disconnected'}`,
    )
    record(incident, [accountAlert, ...members.map((m) => m.alert)])
    for (const member of members) remaining.delete(member)
  }

  const hubGroups = new Map<string, OfflineFact[]>()
  for (const fact of remaining) {
    if (fact.reason !== 'hub_disconnected') continue
    const key = fact.hubId !== undefined ? `hub:${fact.hubId}` : `account:${fact.accountId ?? ''}`
    const group = hubGroups.get(key)
    if (group === undefined) hubGroups.set(key, [fact])
    else group.push(fact)
  }
  for (const key of [...hubGroups.keys()].sort(compareText)) {
    for (const outage of splitByTime(hubGroups.get(key)!, windowMs)) {
      const deviceCount = new Set(outage.map((fact) => fact.deviceId)).size
      if (deviceCount < config.incidentMinDevices) continue
      const first = outage[0]!
      const hubId = first.hubId
      const hubSelf =
        hubId === undefined
          ? undefined
          : hubOwnAlert(remaining, byDevice.get(hubId) ?? [], outage, windowMs)
      const members = hubSelf === undefined ? outage : [hubSelf, ...outage]
      const name =
        hubId === undefined
          ? (first.accountId ?? 'unknown account')
          : (input.deviceName(hubId) ?? outage.find((f) => f.hubName)?.hubName ?? hubId)
      const subject: IncidentSubject =
        hubId === undefined
          ? { kind: 'account', id: first.accountId ?? '', name }
          : { kind: 'hub', id: hubId, name }
      const incident = buildIncident(
        'hub_disconnected',
        subject,
        first.alert.openingEventId,
        [],
        members,
        (open) => {
          const verb = open ? 'offline' : 'was offline'
          return hubId === undefined
            ? `A hub of account '${name}' ${verb}`
            : `Hub '${name}' ${verb}`
        },
        hubId,
      )
      record(
        incident,
        members.map((m) => m.alert),
      )
      for (const member of members) remaining.delete(member)
    }
  }

  function record(incident: Incident, alerts: readonly Alert[]) {
    incidents.push(incident)
    for (const alert of alerts) incidentOf.set(alert.id, incident.id)
  }

  return { incidents: incidents.sort(compareIncidents), incidentOf }
}

/** Consecutive runs where each alert opened within `windowMs` of the one before. */
function splitByTime(facts: readonly OfflineFact[], windowMs: number): OfflineFact[][] {
  const runs: OfflineFact[][] = []
  let run: OfflineFact[] = []
  for (const fact of [...facts].sort(byOpening)) {
    const previous = run[run.length - 1]
    if (previous !== undefined && fact.alert.openedAt - previous.alert.openedAt > windowMs) {
      runs.push(run)
      run = []
    }
    run.push(fact)
  }
  if (run.length > 0) runs.push(run)
  return runs
}

/** The hub's own offline alert, when the hub is a device that went down with its locks. */
function hubOwnAlert(
  remaining: ReadonlySet<OfflineFact>,
  hubFacts: readonly OfflineFact[],
  outage: readonly OfflineFact[],
  windowMs: number,
): OfflineFact | undefined {
  const start = outage[0]!.alert.openedAt - windowMs
  const end = outage[outage.length - 1]!.alert.openedAt + windowMs
  for (const fact of hubFacts) {
    if (!remaining.has(fact)) continue
    const at = fact.alert.openedAt
    if (!outage.includes(fact) && at >= start && at <= end) return fact
  }
  return undefined
}

/** `facts` split by `keyOf`, each list keeping the order of `facts`. */
function indexBy(
  facts: readonly OfflineFact[],
  keyOf: (fact: OfflineFact) => string | undefined,
): Map<string | undefined, OfflineFact[]> {
  const index = new Map<string | undefined, OfflineFact[]>()
  for (const fact of facts) {
    const key = keyOf(fact)
    const list = index.get(key)
    if (list === undefined) index.set(key, [fact])
    else list.push(fact)
  }
  return index
}

function buildIncident(
  kind: Incident['kind'],
  subject: IncidentSubject,
  firstEventId: string,
  rootAlerts: readonly Alert[],
  members: readonly OfflineFact[],
  headline: (open: boolean) => string,
  hubId?: string,
): Incident {
  const alerts = [...rootAlerts, ...members.map((m) => m.alert)]
  let severity: Severity = 'info'
  let openedAt: Instant = Number.POSITIVE_INFINITY
  let resolvedAt: Instant | null = Number.NEGATIVE_INFINITY
  for (const alert of alerts) {
    severity = worseSeverity(severity, alert.severity)
    openedAt = Math.min(openedAt, alert.openedAt)
    resolvedAt =
      resolvedAt === null || alert.resolvedAt === null
        ? null
        : Math.max(resolvedAt, alert.resolvedAt)
  }
  const open = resolvedAt === null
  // The hub's own alert is the cause, not one of the devices it made unreachable.
  const behind = members.filter((m) => m.deviceId !== hubId)
  const count = new Set(behind.map((m) => m.deviceId)).size
  const noun = behind.every((m) => m.isLock) ? 'lock' : 'device'
  const nouns = count === 1 ? noun : `${noun}s`
  const unreachable = open ? 'unreachable' : count === 1 ? 'was unreachable' : 'were unreachable'
  return {
    id: `${kind}:${subject.kind}:${subject.id}:${firstEventId}`,
    kind,
    subject,
    severity,
    openedAt,
    resolvedAt,
    alertIds: alerts.map((a) => a.id).sort(compareText),
    deviceIds: [...new Set(members.map((m) => m.deviceId))].sort(compareText),
    title: `${headline(open)}: ${count} ${nouns} ${unreachable}`,
  }
}

/** Open first, then gravest, then newest, then id. */
export function compareIncidents(a: Incident, b: Incident): number {
  return (
    Number(a.resolvedAt !== null) - Number(b.resolvedAt !== null) ||
    severityRank(a.severity) - severityRank(b.severity) ||
    b.openedAt - a.openedAt ||
    compareText(a.id, b.id)
  )
}
