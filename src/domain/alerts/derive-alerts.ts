// Every alert and incident of the fleet at `now`, from inventory and events: the one entry point.
import type { ConnectedAccount } from '../accounts/connected-account-schema'
import { connectedAccountDisplayName } from '../accounts/connected-account-schema'
import type { Device } from '../devices/device-schema'
import { deviceDisplayName } from '../devices/device-schema'
import type { Instant, ParsedEvent } from '../events/parsed-event'
import type { Alert, Incident } from './alert'
import { compareAlerts, compareText } from './alert'
import type { AlertConfig } from './alert-config'
import { DEFAULT_ALERT_CONFIG } from './alert-config'
import type { OfflineFact } from './root-cause-grouping'
import { groupRootCauses } from './root-cause-grouping'
import { judgeDevice } from './judge-device'
import { judgeAccount, webviewAlerts } from './judge-account'

export interface DeriveAlertsInput {
  /** The inventory snapshot: names, accounts and hubs of devices. */
  readonly devices: readonly Device[]
  readonly accounts: readonly ConnectedAccount[]
  readonly eventsByDevice: (deviceId: string) => readonly ParsedEvent[]
  readonly eventsByAccount: (accountId: string) => readonly ParsedEvent[]
  /** Devices to judge, besides those in `devices` (e.g. ones only seen in events). */
  readonly deviceIds: readonly string[]
  readonly accountIds: readonly string[]
  /**
   * Events of no device or account; only `connect_webview.login_failed` without an account is
   * read from here.
   */
  readonly workspaceEvents?: readonly ParsedEvent[]
  readonly now: Instant
  readonly config?: AlertConfig
  /** Each list holds an id once (the event log's lists do), which spares deduplicating them. */
  readonly uniqueEventIds?: boolean
}

export interface DerivedAlerts {
  /** Open first, then critical before warning before info, then newest. */
  readonly alerts: readonly Alert[]
  readonly incidents: Incident[]
}

/**
 * Runs every rule over each device's and account's events, then groups offline alerts under
 * their root cause (see groupRootCauses). Pure and deterministic: the same events in any order,
 * duplicated or not, give the same result, and events after `now` are ignored.
 */
export function deriveAlerts(input: DeriveAlertsInput): DerivedAlerts {
  const { now } = input
  const config = input.config ?? DEFAULT_ALERT_CONFIG
  const devices = new Map(input.devices.map((device) => [device.device_id, device]))
  const accounts = new Map(input.accounts.map((a) => [a.connected_account_id, a]))
  const alerts: Alert[] = []
  const offline: OfflineFact[] = []
  const accountAlerts: Alert[] = []

  for (const deviceId of sortedUnion(input.deviceIds, devices.keys())) {
    const judged = judgeDevice({
      deviceId,
      device: devices.get(deviceId),
      events: input.eventsByDevice(deviceId),
      now,
      config,
      uniqueEventIds: input.uniqueEventIds,
    })
    for (const alert of judged.alerts) alerts.push(alert)
    for (const fact of judged.offline) offline.push(fact)
  }

  const accountName = (accountId: string) => {
    const account = accounts.get(accountId)
    return account === undefined ? accountId : connectedAccountDisplayName(account)
  }
  const webviewEvents: ParsedEvent[] = []
  for (const accountId of sortedUnion(input.accountIds, accounts.keys())) {
    const judged = judgeAccount({
      accountId,
      account: accounts.get(accountId),
      events: input.eventsByAccount(accountId),
      now,
      config,
      uniqueEventIds: input.uniqueEventIds,
    })
    for (const alert of judged.alerts) alerts.push(alert)
    for (const alert of judged.disconnections) accountAlerts.push(alert)
    for (const event of judged.webviewEvents) webviewEvents.push(event)
  }
  for (const alert of webviewAlerts({
    accountWebviewEvents: webviewEvents,
    workspaceEvents: input.workspaceEvents ?? [],
    accountName,
    now,
    config,
  })) {
    alerts.push(alert)
  }

  // Nothing offline and no account down (as for most single devices): no incident to form.
  if (offline.length === 0 && accountAlerts.length === 0) {
    return { alerts: alerts.sort(compareAlerts), incidents: [] }
  }
  const { incidents, incidentOf } = groupRootCauses({
    offline,
    accountAlerts,
    deviceName: (id) => {
      const device = devices.get(id)
      return device === undefined ? undefined : deviceDisplayName(device)
    },
    config,
  })
  const grouped = alerts.map((alert) => {
    const incidentId = incidentOf.get(alert.id)
    return incidentId === undefined ? alert : { ...alert, incidentId }
  })
  return { alerts: grouped.sort(compareAlerts), incidents }
}

function sortedUnion(ids: readonly string[], more: Iterable<string>): string[] {
  return [...new Set([...ids, ...more])].sort(compareText)
}
