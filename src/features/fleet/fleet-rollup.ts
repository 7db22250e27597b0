// Health roll-ups of a set of device rows: online, offline, flaky, low battery and open alerts.
import type { AlertBadge } from '../../api/alert-state/use-alert-total'
import { worseSeverity } from '../../domain/alerts/alert'
import type { FleetDeviceRow } from './fleet-view'
import type { FleetGroupView } from './fleet-view'

export interface HealthRollup {
  /** Devices Seam lists; removed devices known only from events are counted apart. */
  readonly devices: number
  readonly online: number
  readonly offline: number
  readonly flaky: number
  readonly unknown: number
  readonly lowBattery: number
  readonly removed: number
  /** Open alerts; undefined until alerts are derived, so nobody reads a false zero. */
  readonly alerts: AlertBadge | undefined
}

/**
 * `alerts` is the group's own badge when known (an account's count includes alerts about the
 * account itself); without it, when `alertsKnown`, the rows' badges are summed.
 */
export function rollUp(
  rows: readonly FleetDeviceRow[],
  alerts: AlertBadge | undefined,
  alertsKnown: boolean,
): HealthRollup {
  const counts = { devices: 0, online: 0, offline: 0, flaky: 0, unknown: 0, lowBattery: 0 }
  let removed = 0
  let fromRows: AlertBadge = { count: 0, severity: 'info' }
  for (const row of rows) {
    if (row.alerts !== undefined) {
      fromRows = {
        count: fromRows.count + row.alerts.count,
        severity: worseSeverity(fromRows.severity, row.alerts.severity),
      }
    }
    if (!row.listed) {
      removed++
      continue
    }
    counts.devices++
    counts[row.connectivity.state]++
    if (row.batteryConcern !== undefined) counts.lowBattery++
  }
  return { ...counts, removed, alerts: alertsKnown ? (alerts ?? fromRows) : undefined }
}

export interface FleetTotals extends HealthRollup {
  readonly accounts: number
  readonly accountsWithProblems: number
}

export function fleetTotals(
  groups: readonly FleetGroupView[],
  rows: readonly FleetDeviceRow[],
  totalAlerts: AlertBadge | undefined,
): FleetTotals {
  const accounts = groups.filter((group) => group.listed)
  return {
    ...rollUp(rows, totalAlerts, totalAlerts !== undefined),
    accounts: accounts.length,
    accountsWithProblems: accounts.filter((group) => group.health?.level !== 'ok').length,
  }
}

/**
 * The order of the account cards: what needs someone first (a broken account, offline devices
 * or a critical alert, a warning, other alerts), fine accounts next, accounts Seam no longer
 * lists last; otherwise as given (by name).
 */
export function accountCardOrder(
  groups: readonly FleetGroupView[],
  rollups: ReadonlyMap<string, HealthRollup>,
): FleetGroupView[] {
  const rank = (group: FleetGroupView): number => {
    const rollup = rollups.get(group.key)
    if (!group.listed) return 5
    if (group.health?.level === 'error') return 0
    if ((rollup?.offline ?? 0) > 0 || rollup?.alerts?.severity === 'critical') return 1
    if (group.health?.level === 'warning') return 2
    if ((rollup?.alerts?.count ?? 0) > 0) return 3
    return 4
  }
  return groups
    .map((group, index) => ({ group, index, rank: rank(group) }))
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map((entry) => entry.group)
}

/** "12 devices · 10 online · 1 offline · 1 flaky": only the states that occur. */
export function rollupWords(rollup: HealthRollup): string {
  const parts = [`${rollup.devices} ${rollup.devices === 1 ? 'device' : 'devices'}`]
  if (rollup.online > 0) parts.push(`${rollup.online} online`)
  if (rollup.offline > 0) parts.push(`${rollup.offline} offline`)
  if (rollup.flaky > 0) parts.push(`${rollup.flaky} flaky`)
  if (rollup.unknown > 0) parts.push(`${rollup.unknown} not reporting`)
  if (rollup.lowBattery > 0) parts.push(`${rollup.lowBattery} low battery`)
  if (rollup.removed > 0) parts.push(`${rollup.removed} removed`)
  return parts.join(' · ')
}
