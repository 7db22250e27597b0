// Open-alert counts per device, per account and in all, the badges every view shows.
import type { Device } from '../../domain/devices/device-schema'
import type { Alert, Incident } from '../../domain/alerts/alert'
import type { DerivedAlerts } from '../../domain/alerts/derive-alerts'
import type { Severity } from '../../domain/events/parsed-event'
import { worseSeverity } from '../../domain/alerts/alert'

export interface AlertBadge {
  readonly count: number
  /** The gravest open alert's severity. */
  readonly severity: Severity
}

export interface FleetAlerts {
  readonly alerts: readonly Alert[]
  readonly incidents: readonly Incident[]
  readonly openAlerts: readonly Alert[]
  readonly openIncidents: readonly Incident[]
  /** Open alerts about each device. */
  readonly byDevice: ReadonlyMap<string, AlertBadge>
  /** Open alerts about each account, plus those of the devices it holds. */
  readonly byAccount: ReadonlyMap<string, AlertBadge>
  /** Every open alert, with its gravest severity; count 0 and info when all is well. */
  readonly total: AlertBadge
}

function bump(badges: Map<string, AlertBadge>, key: string, severity: Severity): void {
  const badge = badges.get(key)
  badges.set(
    key,
    badge === undefined
      ? { count: 1, severity }
      : { count: badge.count + 1, severity: worseSeverity(badge.severity, severity) },
  )
}

// The inventory list keeps its identity between polls that change nothing: map it once.
const accountMaps = new WeakMap<readonly Device[], Map<string, string | null | undefined>>()

function accountsOfDevices(devices: readonly Device[]) {
  let map = accountMaps.get(devices)
  if (map === undefined) {
    map = new Map(devices.map((d) => [d.device_id, d.connected_account_id]))
    accountMaps.set(devices, map)
  }
  return map
}

/**
 * Counts open alerts. A device's alerts count on its account too: the inventory's account first,
 * else `accountOfDevice` (e.g. a removed device known only from its events).
 */
export function summarizeAlerts(
  derived: DerivedAlerts & { readonly openAlerts?: readonly Alert[] },
  devices: readonly Device[],
  accountOfDevice: (deviceId: string) => string | undefined = () => undefined,
): FleetAlerts {
  const accountByDevice = accountsOfDevices(devices)
  // The incremental derivation hands over its open alerts: filtering twelve thousand is slow.
  const openAlerts =
    derived.openAlerts ?? derived.alerts.filter((alert) => alert.resolvedAt === null)
  const byDevice = new Map<string, AlertBadge>()
  const byAccount = new Map<string, AlertBadge>()
  let total: AlertBadge = { count: 0, severity: 'info' }
  for (const alert of openAlerts) {
    const { subject, severity } = alert
    total = { count: total.count + 1, severity: worseSeverity(total.severity, severity) }
    if (subject.kind === 'device') {
      bump(byDevice, subject.id, severity)
      const accountId = accountByDevice.get(subject.id) ?? accountOfDevice(subject.id)
      if (accountId !== undefined) bump(byAccount, accountId, severity)
    } else if (subject.kind === 'account') {
      bump(byAccount, subject.id, severity)
    }
  }
  return {
    alerts: derived.alerts,
    incidents: derived.incidents,
    openAlerts,
    openIncidents: derived.incidents.filter((incident) => incident.resolvedAt === null),
    byDevice,
    byAccount,
    total,
  }
}
