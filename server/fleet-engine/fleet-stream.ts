// The fleet engine's changes on the live stream: `fleet` (changed rows) and `alert` (changed alerts).
import type { DoorboardFeed } from '../stream/doorboard-stream'
import { alertJson, incidentJson, type AccountOfDevice } from './alert-json'
import type { FleetChange, FleetEngine } from './fleet-engine'
import { accountRollupJson, deviceRowJson, totalsJson } from './fleet-route'

export interface FleetChangeMessage {
  /** The /api/fleet version this change leads to; a client holding `version - 1` applies it. */
  version: number
  /** True when the change was too large to send: GET /api/fleet instead. */
  refetch: boolean
  devices: ReturnType<typeof deviceRowJson>[]
  removed_devices: readonly string[]
  accounts: ReturnType<typeof accountRollupJson>[]
  removed_accounts: readonly string[]
  totals: ReturnType<typeof totalsJson> | null
}

export interface AlertChangeMessage {
  /** The alerts version this change leads to (GET /api/alerts answers with it). */
  version: number
  refetch: boolean
  alerts: ReturnType<typeof alertJson>[]
  removed_alerts: readonly string[]
  incidents: ReturnType<typeof incidentJson>[]
  removed_incidents: readonly string[]
}

function fleetMessage(change: FleetChange, listedAccounts: () => number): FleetChangeMessage {
  return {
    version: change.fleetVersion,
    refetch: false,
    devices: change.rows.map(deviceRowJson),
    removed_devices: change.removedRows,
    accounts: change.accounts.map(accountRollupJson),
    removed_accounts: change.removedAccounts,
    totals: change.totals === undefined ? null : totalsJson(change.totals, listedAccounts()),
  }
}

function alertMessage(change: FleetChange, accountOf: AccountOfDevice): AlertChangeMessage {
  return {
    version: change.alertsVersion,
    refetch: false,
    alerts: change.alerts.map((alert) => alertJson(alert, accountOf)),
    removed_alerts: change.removedAlerts,
    incidents: change.incidents.map(incidentJson),
    removed_incidents: change.removedIncidents,
  }
}

/** Too large to send inline: the same version, nothing but the word to refetch. */
function bounded<M extends { version: number; refetch: boolean }>(
  message: M,
  empty: M,
  maxBytes: number,
): M {
  return Buffer.byteLength(JSON.stringify(message)) <= maxBytes
    ? message
    : { ...empty, version: message.version, refetch: true }
}

/**
 * Past `maxInlineBytes` a change is not sent inline: the message says `refetch` and clients GET
 * the read model (compressed, prepared once per version). A first judgement or an inventory
 * refresh that renames every device would otherwise fill the resume buffer with one message.
 *
 * Publishes each engine change: one `fleet` message per fleet version and one `alert` message per
 * alerts version, in order, so a client that sees a version it did not expect knows it missed
 * one and refetches. Returns the unsubscribe.
 */
export function publishFleetChanges(
  engine: FleetEngine,
  feed: DoorboardFeed,
  maxInlineBytes: number,
): () => void {
  let fleetSent = engine.fleetVersion
  let alertsSent = engine.alertsVersion
  const listedAccounts = () => [...engine.rows.rollups()].filter((rollup) => rollup.listed).length
  return engine.subscribe((change) => {
    if (change.fleetVersion !== fleetSent) {
      fleetSent = change.fleetVersion
      feed.publish(
        'fleet',
        bounded(
          fleetMessage(change, listedAccounts),
          {
            version: 0,
            refetch: true,
            devices: [],
            removed_devices: [],
            accounts: [],
            removed_accounts: [],
            totals: null,
          },
          maxInlineBytes,
        ),
      )
    }
    if (change.alertsVersion !== alertsSent) {
      alertsSent = change.alertsVersion
      feed.publish(
        'alert',
        bounded(
          alertMessage(change, (id) => engine.rows.accountOf(id)),
          {
            version: 0,
            refetch: true,
            alerts: [],
            removed_alerts: [],
            incidents: [],
            removed_incidents: [],
          },
          maxInlineBytes,
        ),
      )
    }
  })
}
