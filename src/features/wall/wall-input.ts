// The wall's input from the server's read models: listed devices and accounts, unresolved alerts.
import { alertsAndIncidents, type AlertsReadModel } from '../../api/live/alerts-read-model'
import type { FleetReadModel } from '../../api/live/fleet-read-model'
import type { WallSummaryInput } from './wall-problems'

export function wallInput(fleet: FleetReadModel, alerts: AlertsReadModel): WallSummaryInput {
  const { alerts: all, incidents } = alertsAndIncidents(alerts)
  return {
    openIncidents: incidents.filter((incident) => incident.resolvedAt === null),
    openAlerts: all.filter((alert) => alert.resolvedAt === null),
    // Devices and accounts Seam lists; one known only from old events is not on the wall.
    devices: fleet.devices
      .filter((row) => row.listed)
      .map((row) => ({ id: row.device_id, name: row.name, accountId: row.connected_account_id })),
    accounts: fleet.accounts
      .filter((account) => account.listed)
      .map((account) => ({ id: account.connected_account_id, name: account.name })),
  }
}
