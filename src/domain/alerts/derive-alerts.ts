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
import { judgeDevice } from './judge-device'
import { accountDisconnectedAlerts } from './rules/account-disconnected'
import { accountReauthorizationAlerts } from './rules/account-reauthorization'
import type { RuleInput } from './rules/rule-input'
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
  /** Each list holds an id once (the event log's lists do), which spares deduplicating them. */
  readonly uniqueEventIds?: boolean
}

export interface DerivedAlerts {
  /** Open first, then critical before warning before info, then newest. */
  readonly alerts: Alert[]
  readonly incidents: Incident[]
}

type Rule = (input: RuleInput) => Alert[]

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
  for (const accountId of sortedUnion(input.accountIds, accounts.keys())) {
    // An account's list may hold its devices' events too; only its own matter here, and dropping
    // the rest first halves the sorting.
    const events = prepareEvents(
      input.eventsByAccount(accountId).filter(isAccountEvent),
      now,
      input.uniqueEventIds,
    )
    const subject: AlertSubject = { kind: 'account', id: accountId, name: accountName(accountId) }
    const ruleInput: RuleInput = { subject, events, now, config }
    for (const rule of ACCOUNT_RULES) for (const alert of rule(ruleInput)) alerts.push(alert)
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

function isAccountEvent(event: ParsedEvent): boolean {
  return event.type.startsWith('connected_account.') || isWebviewEvent(event)
}

function isWebviewEvent(event: ParsedEvent): boolean {
  return event.type.startsWith('connect_webview.')
}
