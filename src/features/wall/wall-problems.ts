// What the wall lists: root-cause incidents, then single alerts by severity, then per-account OK counts.
import type { Alert, Incident } from '../../domain/alerts/alert'
import { compareAlerts, compareText, severityRank } from '../../domain/alerts/alert'
import type { Instant, Severity } from '../../domain/events/parsed-event'

export interface WallIncident {
  readonly kind: 'incident'
  readonly id: string
  /** The root cause: a whole account or one hub. */
  readonly cause: 'account' | 'hub'
  readonly severity: Severity
  /** "Hub 'Harbor View – Lobby hub' offline: 6 locks unreachable". */
  readonly title: string
  readonly accountName: string | undefined
  readonly openedAt: Instant
  /** Names of the devices it took down, in name order. */
  readonly deviceNames: readonly string[]
}

export interface WallAlert {
  readonly kind: 'alert'
  readonly id: string
  readonly severity: Severity
  readonly title: string
  readonly accountName: string | undefined
  readonly openedAt: Instant
}

export type WallProblem = WallIncident | WallAlert

export interface AccountHealthCount {
  readonly accountId: string | null
  /** "Harbor View building (SmartThings)"; "No connected account" for devices without one. */
  readonly name: string
  readonly deviceCount: number
  /** Devices with no open alert. */
  readonly okCount: number
}

export interface WallSummary {
  readonly problems: readonly WallProblem[]
  readonly accounts: readonly AccountHealthCount[]
  readonly deviceCount: number
  readonly okCount: number
}

/** A device Seam lists, as the server's fleet rows name it. */
export interface WallDevice {
  readonly id: string
  readonly name: string
  readonly accountId: string | null
}

/** A connected account Seam lists. */
export interface WallAccount {
  readonly id: string
  readonly name: string
}

export interface WallSummaryInput {
  readonly openIncidents: readonly Incident[]
  readonly openAlerts: readonly Alert[]
  readonly devices: readonly WallDevice[]
  readonly accounts: readonly WallAccount[]
}

const NO_ACCOUNT = 'No connected account'

/**
 * Incidents come first: one line per root cause says more than its N offline devices. They are
 * ordered gravest first, then by account, account-wide outages before hub outages, then by name,
 * so an account's incidents stand together. Alerts that belong to no incident follow in the
 * alert center's order (gravest, then newest). Every device in the inventory is counted once per
 * account; those with an open alert (in an incident or not) are not OK.
 */
export function wallSummary(input: WallSummaryInput): WallSummary {
  const devicesById = new Map(input.devices.map((device) => [device.id, device]))
  const accountNames = new Map(input.accounts.map((account) => [account.id, account.name]))
  const accountOfDevice = (deviceId: string) => devicesById.get(deviceId)?.accountId
  const nameOfAccount = (accountId: string | null | undefined) =>
    accountId === null || accountId === undefined
      ? undefined
      : (accountNames.get(accountId) ?? accountId)

  const incidents = input.openIncidents.map((incident): WallIncident => {
    const accountId =
      incident.subject.kind === 'account'
        ? incident.subject.id
        : (accountOfDevice(incident.subject.id) ??
          incident.deviceIds.map(accountOfDevice).find((id) => id !== undefined && id !== null))
    const hubId = incident.subject.kind === 'hub' ? incident.subject.id : undefined
    const deviceNames = incident.deviceIds
      .filter((id) => id !== hubId)
      .map((id) => {
        const device = devicesById.get(id)
        return device === undefined ? id : device.name
      })
      .sort(compareText)
    return {
      kind: 'incident',
      id: incident.id,
      cause: incident.kind === 'account_disconnected' ? 'account' : 'hub',
      severity: incident.severity,
      title: incident.title,
      accountName: nameOfAccount(accountId),
      openedAt: incident.openedAt,
      deviceNames,
    }
  })
  incidents.sort(
    (a, b) =>
      severityRank(a.severity) - severityRank(b.severity) ||
      compareOptionalText(a.accountName, b.accountName) ||
      Number(a.cause === 'hub') - Number(b.cause === 'hub') ||
      compareText(a.title, b.title) ||
      compareText(a.id, b.id),
  )

  const alerts = input.openAlerts
    .filter((alert) => alert.incidentId === undefined && alert.resolvedAt === null)
    .slice()
    .sort(compareAlerts)
    .map((alert): WallAlert => ({
      kind: 'alert',
      id: alert.id,
      severity: alert.severity,
      title: alert.title,
      accountName: nameOfAccount(
        alert.subject.kind === 'account' ? alert.subject.id : accountOfDevice(alert.subject.id),
      ),
      openedAt: alert.openedAt,
    }))

  const troubled = new Set<string>()
  for (const alert of input.openAlerts) {
    if (alert.subject.kind === 'device' && alert.resolvedAt === null) troubled.add(alert.subject.id)
  }
  for (const incident of input.openIncidents) {
    for (const id of incident.deviceIds) troubled.add(id)
  }
  const counts = new Map<string | null, { deviceCount: number; okCount: number }>()
  for (const account of input.accounts) {
    counts.set(account.id, { deviceCount: 0, okCount: 0 })
  }
  let okCount = 0
  for (const device of input.devices) {
    const key = device.accountId
    const count = counts.get(key) ?? { deviceCount: 0, okCount: 0 }
    const ok = !troubled.has(device.id)
    counts.set(key, {
      deviceCount: count.deviceCount + 1,
      okCount: count.okCount + (ok ? 1 : 0),
    })
    if (ok) okCount += 1
  }
  const accounts = [...counts]
    .map(([accountId, count]): AccountHealthCount => ({
      accountId,
      name: nameOfAccount(accountId) ?? NO_ACCOUNT,
      ...count,
    }))
    // Devices without an account go last; the rest read like a directory.
    .sort(
      (a, b) =>
        Number(a.accountId === null) - Number(b.accountId === null) ||
        compareText(a.name.toLowerCase(), b.name.toLowerCase()) ||
        compareText(a.accountId ?? '', b.accountId ?? ''),
    )

  return {
    problems: [...incidents, ...alerts],
    accounts,
    deviceCount: input.devices.length,
    okCount,
  }
}

function compareOptionalText(a: string | undefined, b: string | undefined): number {
  if (a === b) return 0
  if (a === undefined) return 1
  if (b === undefined) return -1
  return compareText(a.toLowerCase(), b.toLowerCase())
}
