// Account and fleet roll-ups of device rows: how many devices, online, offline, open alerts.
import { worseSeverity } from '../alerts/alert'
import type { Severity } from '../events/parsed-event'
import type { FleetDeviceRow, OpenAlertBadge } from './fleet-device-row'

export interface FleetRollup {
  /** Devices Seam lists; devices known only from their events are `removed`. */
  readonly devices: number
  readonly online: number
  readonly offline: number
  readonly flaky: number
  readonly unknown: number
  readonly removed: number
  /** Open alerts about the devices, plus those about the account itself. */
  readonly openAlerts: number
  readonly severity: Severity | null
}

/** Rolls `rows` up; `own` adds the alerts about the account (or workspace) itself. */
export function rollUpRows(
  rows: Iterable<FleetDeviceRow>,
  own: OpenAlertBadge = { count: 0, severity: null },
): FleetRollup {
  const counts = { devices: 0, online: 0, offline: 0, flaky: 0, unknown: 0, removed: 0 }
  let openAlerts = own.count
  let severity = own.severity
  for (const row of rows) {
    openAlerts += row.alerts.count
    if (row.alerts.severity !== null) {
      severity =
        severity === null ? row.alerts.severity : worseSeverity(severity, row.alerts.severity)
    }
    if (!row.listed) {
      counts.removed++
      continue
    }
    counts.devices++
    counts[row.connectivity.state]++
  }
  return { ...counts, openAlerts, severity }
}
