// Every alert and incident of the fleet at `now`, from inventory and events: the one entry point.
import type { ConnectedAccount } from '../accounts/connected-account-schema'
import { connectedAccountDisplayName } from '../accounts/connected-account-schema'
import type { Device } from '../devices/device-schema'
import { deviceDisplayName } from '../devices/device-schema'
import type { Instant, ParsedEvent } from '../events/parsed-event'
import type { Alert, AlertSubject, Incident } from './alert'
import { compareAlerts, compareText } from './alert'
import type { AlertConfig } from './alert-config'
import { DEFAULT_ALERT_CONFIG } from './alert-config'
import { prepareEvents } from './alert-events'
import type { OfflineFact } from './root-cause-grouping'
import { groupRootCauses } from './root-cause-grouping'
import { accessCodeAlerts } from './rules/access-code-trouble'
import { accessDeniedBurstAlerts } from './rules/access-denied-burst'
import { accountDisconnectedAlerts } from './rules/account-disconnected'
import { accountReauthorizationAlerts } from './rules/account-reauthorization'
import { batteryForecastAlerts } from './rules/battery-forecast'
import { batteryLowAlerts } from './rules/battery-low'
import { connectionFlakyAlerts } from './rules/connection-flaky'
import { deviceOfflineAlerts } from './rules/device-offline'
import { deviceTamperedAlerts } from './rules/device-tampered'
import { externalChangeAlerts } from './rules/external-change'
import { keypadDisconnectedAlerts } from './rules/keypad-disconnected'
import { noiseThresholdAlerts } from './rules/noise-threshold'
import type { RuleInput } from './rules/rule-input'
import { subscriptionRequiredAlerts } from './rules/subscription-required'
import { thirdPartyIntegrationAlerts } from './rules/third-party-integration'
import { webviewLoginFailedAlerts } from './rules/webview-login-failed'

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
}

export interface DerivedAlerts {
  /** Open first, then critical before warning before info, then newest. */
  readonly alerts: Alert[]
  readonly incidents: Incident[]
}

type Rule = (input: RuleInput) => Alert[]

const DEVICE_RULES: readonly Rule[] = [
  connectionFlakyAlerts,
  batteryLowAlerts,
  batteryForecastAlerts,
  deviceTamperedAlerts,
  accessDeniedBurstAlerts,
  keypadDisconnectedAlerts,
  subscriptionRequiredAlerts,
  thirdPartyIntegrationAlerts,
  accessCodeAlerts,
  externalChangeAlerts,
  noiseThresholdAlerts,
]

const ACCOUNT_RULES: readonly Rule[] = [accountReauthorizationAlerts]

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
  const webviewEvents: ParsedEvent[] = []

  for (const deviceId of sortedUnion(input.deviceIds, devices.keys())) {
    const device = devices.get(deviceId)
    const events = prepareEvents(input.eventsByDevice(deviceId), now)
    const subject: AlertSubject = {
      kind: 'device',
      id: deviceId,
      name: deviceName(deviceId, device, events),
    }
    const ruleInput: RuleInput = { subject, events, now, config }
    for (const rule of DEVICE_RULES) alerts.push(...rule(ruleInput))
    const byId = new Map(events.map((event) => [event.id, event]))
    for (const alert of deviceOfflineAlerts(ruleInput)) {
      alerts.push(alert)
      const opening = byId.get(alert.openingEventId)
      offline.push({
        alert,
        deviceId,
        accountId: device?.connected_account_id ?? opening?.connectedAccountId,
        hubId: metadataText(device, 'hub_device_id'),
        hubName: metadataText(device, 'hub_name'),
        reason: opening?.details?.disconnectReason,
        isLock: device?.device_type.endsWith('_lock') ?? false,
      })
    }
  }

  const accountName = (accountId: string) => {
    const account = accounts.get(accountId)
    return account === undefined ? accountId : connectedAccountDisplayName(account)
  }
  for (const accountId of sortedUnion(input.accountIds, accounts.keys())) {
    // An account's list may hold its devices' events too; only its own matter here, and dropping
    // the rest first halves the sorting.
    const events = prepareEvents(input.eventsByAccount(accountId).filter(isAccountEvent), now)
    const subject: AlertSubject = { kind: 'account', id: accountId, name: accountName(accountId) }
    const ruleInput: RuleInput = { subject, events, now, config }
    for (const rule of ACCOUNT_RULES) alerts.push(...rule(ruleInput))
    const disconnections = accountDisconnectedAlerts(ruleInput)
    alerts.push(...disconnections)
    accountAlerts.push(...disconnections)
    for (const event of events) if (isWebviewEvent(event)) webviewEvents.push(event)
  }
  for (const event of input.workspaceEvents ?? []) {
    if (isWebviewEvent(event)) webviewEvents.push(event)
  }
  alerts.push(
    ...webviewLoginFailedAlerts({
      events: prepareEvents(webviewEvents, now),
      now,
      config,
      accountName,
    }),
  )

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

function isAccountEvent(event: ParsedEvent): boolean {
  return event.type.startsWith('connected_account.') || isWebviewEvent(event)
}

function isWebviewEvent(event: ParsedEvent): boolean {
  return event.type.startsWith('connect_webview.')
}

/** The inventory's name, else the latest name an event gave, else the (shortened) id. */
function deviceName(
  deviceId: string,
  device: Device | undefined,
  events: readonly ParsedEvent[],
): string {
  if (device !== undefined) return deviceDisplayName(device)
  for (let i = events.length - 1; i >= 0; i--) {
    const event = events[i]!
    if (event.type === 'device.name_changed' && event.details?.deviceName !== undefined) {
      return event.details.deviceName
    }
  }
  // A long Seam UUID reads as noise on a wall screen; its tail still tells devices apart.
  return deviceId.length > 16 ? `Device …${deviceId.slice(-6)}` : deviceId
}

function metadataText(device: Device | undefined, key: string): string | undefined {
  const value = device?.custom_metadata?.[key]
  return typeof value === 'string' && value !== '' ? value : undefined
}
