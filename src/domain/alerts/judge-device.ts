// One device's alerts from its own events, plus what root-cause grouping needs about its offline ones.
import type { Device } from '../devices/device-schema'
import { deviceDisplayName, deviceIdTail } from '../devices/device-schema'
import type { Instant, ParsedEvent } from '../events/parsed-event'
import type { Alert, AlertSubject } from './alert'
import type { AlertConfig } from './alert-config'
import { prepareEvents } from './alert-events'
import type { OfflineFact } from './root-cause-grouping'
import {
  accessCodeDelayInRemovingAlerts,
  accessCodeDelayInSettingAlerts,
  accessCodeFailedToRemoveAlerts,
  accessCodeFailedToSetAlerts,
} from './rules/access-code-trouble'
import { accessDeniedBurstAlerts } from './rules/access-denied-burst'
import { batteryForecastAlerts } from './rules/battery-forecast'
import { batteryLowAlerts } from './rules/battery-low'
import { connectionFlakyAlerts } from './rules/connection-flaky'
import { deviceOfflineAlerts } from './rules/device-offline'
import { deviceTamperedAlerts } from './rules/device-tampered'
import { externalChangeAlerts } from './rules/external-change'
import { keypadDisconnectedAlerts } from './rules/keypad-disconnected'
import { noiseThresholdAlerts } from './rules/noise-threshold'
import type { PairedRule } from './rules/paired-rule'
import type { RuleInput } from './rules/rule-input'
import { subscriptionRequiredAlerts } from './rules/subscription-required'
import { thirdPartyIntegrationAlerts } from './rules/third-party-integration'
import { deviceMetadataText } from '../devices/device-schema'

type Rule = ((input: RuleInput) => Alert[]) | PairedRule

const DEVICE_RULES: readonly Rule[] = [
  connectionFlakyAlerts,
  batteryLowAlerts,
  batteryForecastAlerts,
  deviceTamperedAlerts,
  accessDeniedBurstAlerts,
  keypadDisconnectedAlerts,
  subscriptionRequiredAlerts,
  thirdPartyIntegrationAlerts,
  // The four access code rules (accessCodeAlerts) one by one, so each can be skipped alone.
  accessCodeFailedToSetAlerts,
  accessCodeFailedToRemoveAlerts,
  accessCodeDelayInSettingAlerts,
  accessCodeDelayInRemovingAlerts,
  externalChangeAlerts,
  noiseThresholdAlerts,
]

/**
 * Event type → the rules (one bit each, by index in DEVICE_RULES) that read it, for the rules that
 * say which types they read; the others always run.
 */
const READERS_OF_TYPE = new Map<string, number>()
let ALWAYS_RUN = 0
if (DEVICE_RULES.length > 31) throw new Error('one bit per device rule: at most 31 rules')
DEVICE_RULES.forEach((rule, index) => {
  const bit = 1 << index
  if (!('eventTypes' in rule)) ALWAYS_RUN |= bit
  else
    for (const type of rule.eventTypes)
      READERS_OF_TYPE.set(type, (READERS_OF_TYPE.get(type) ?? 0) | bit)
})

export interface DeviceToJudge {
  readonly deviceId: string
  /** Its inventory entry, when the inventory knows it. */
  readonly device: Device | undefined
  /** Its events in any order (see prepareEvents). */
  readonly events: readonly ParsedEvent[]
  readonly now: Instant
  readonly config: AlertConfig
  /** The list holds an id once (the event log's lists do), which spares deduplicating it. */
  readonly uniqueEventIds?: boolean
}

export interface JudgedDevice {
  /** Every rule's alerts, in no particular order and without incident ids. */
  readonly alerts: Alert[]
  /** One per device_offline alert among them. */
  readonly offline: OfflineFact[]
}

/** Runs every device rule over one device's events (deriveAlerts does this for each device). */
export function judgeDevice(input: DeviceToJudge): JudgedDevice {
  const { deviceId, device, now, config } = input
  const events = prepareEvents(input.events, now, input.uniqueEventIds)
  const subject: AlertSubject = {
    kind: 'device',
    id: deviceId,
    name: deviceName(deviceId, device, events),
  }
  const ruleInput: RuleInput = { subject, events, now, config }
  const alerts: Alert[] = []
  const offline: OfflineFact[] = []
  // A rule that reads none of the types present would find nothing: skip it.
  let wanted = ALWAYS_RUN
  for (const event of events) wanted |= READERS_OF_TYPE.get(event.type) ?? 0
  for (let index = 0; index < DEVICE_RULES.length; index++) {
    if ((wanted & (1 << index)) === 0) continue
    for (const alert of DEVICE_RULES[index]!(ruleInput)) alerts.push(alert)
  }
  // Most devices have no offline alert: index their events only when one needs its opening.
  let byId: Map<string, ParsedEvent> | undefined
  for (const alert of deviceOfflineAlerts(ruleInput)) {
    alerts.push(alert)
    byId ??= new Map(events.map((event) => [event.id, event]))
    const opening = byId.get(alert.openingEventId)
    offline.push({
      alert,
      deviceId,
      accountId: device?.connected_account_id ?? opening?.connectedAccountId,
      hubId: deviceMetadataText(device, 'hub_device_id'),
      hubName: deviceMetadataText(device, 'hub_name'),
      reason: opening?.details?.disconnectReason,
      isLock: device?.device_type.endsWith('_lock') ?? false,
    })
  }
  return { alerts, offline }
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
  return deviceIdTail(deviceId)
}
