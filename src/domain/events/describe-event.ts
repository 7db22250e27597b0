// One plain-words line per event, from its normalized details: "Front door unlocked with keypad code".
import type { KnownEventType } from './event-types'
import { isKnownEventType } from './event-types'
import type { DisconnectReason, EventDetails, LockMethod, ParsedEvent } from './parsed-event'

export interface DescribeContext {
  /** The device's display name; left out where the page already names the device. */
  readonly deviceName?: string
  readonly accountName?: string
  /** The access code's name (from /access_codes), which Seam's events do not carry. */
  readonly accessCodeName?: string
}

const MAX_TYPE_CHARS = 80
const MAX_CODE_CHARS = 40

/**
 * Built only from `details` and the context, never from `raw`, so a PIN that slipped into the
 * payload cannot be printed.
 */
export function describeEvent(event: ParsedEvent, context: DescribeContext = {}): string {
  if (event.status === 'invalid') return `Invalid event: ${event.reason ?? 'unreadable payload'}`
  if (event.status === 'unknown' || !isKnownEventType(event.type)) {
    const type =
      event.type.length > MAX_TYPE_CHARS ? `${event.type.slice(0, MAX_TYPE_CHARS)}…` : event.type
    return `Unknown event '${type}'`
  }
  return describeKnown(event.type, event.details ?? {}, context)
}

function describeKnown(
  eventType: KnownEventType,
  d: EventDetails,
  context: DescribeContext,
): string {
  const name = context.deviceName
  const device = name ?? 'Device'
  const account = context.accountName === undefined ? 'Account' : `Account '${context.accountName}'`
  const code = named('Access code', context.accessCodeName)
  const on = name === undefined ? '' : ` on ${name}`
  const from = name === undefined ? '' : ` from ${name}`
  switch (eventType) {
    case 'connected_account.connected':
      return `${account} connected`
    case 'connected_account.created':
      return `${account} added`
    case 'connected_account.successful_login':
      return `${account} signed in`
    case 'connected_account.disconnected':
      return `${account} disconnected`
    case 'connected_account.completed_first_sync':
      return `${account} finished its first sync`
    case 'connected_account.deleted':
      return `${account} deleted`
    case 'connected_account.completed_first_sync_after_reconnection':
      return `${account} finished syncing after reconnecting`
    case 'connected_account.reauthorization_requested':
      return `${account} needs reauthorization`
    case 'connect_webview.login_succeeded':
      return `${account} login succeeded`
    case 'connect_webview.login_failed':
      return `${account} login failed`
    case 'device.connected':
      return `${device} came online`
    case 'device.disconnected':
      return `${device} went offline${offlineReason(d)}`
    case 'device.connection_became_flaky':
      return `${device} connection became flaky`
    case 'device.connection_stabilized':
      return `${device} connection stabilized`
    case 'device.unmanaged.connected':
      return `${device} came online (unmanaged)`
    case 'device.unmanaged.disconnected':
      return `${device} went offline${offlineReason(d)} (unmanaged)`
    case 'device.accessory_keypad_connected':
      return `${device} keypad connected`
    case 'device.accessory_keypad_disconnected':
      return `${device} keypad disconnected`
    case 'device.low_battery':
      return withSubject(name, 'battery at', 'Battery at', percent(d.batteryLevel))
    case 'device.battery_status_changed':
      return withSubject(
        name,
        'battery status changed to',
        'Battery status changed to',
        d.batteryStatus ?? 'unknown',
      )
    case 'device.tampered':
      return `${device} was tampered with`
    case 'device.added':
      return `${device} added`
    case 'device.removed':
      return `${device} was removed from its account outside Seam`
    case 'device.deleted':
      return `${name ?? (d.deviceName === undefined ? 'Device' : `Device '${d.deviceName}'`)} deleted`
    case 'device.name_changed':
      return d.deviceName === undefined
        ? `${device} renamed`
        : `Device renamed to '${d.deviceName}'`
    case 'device.converted_to_unmanaged':
      return `${device} became unmanaged`
    case 'device.unmanaged.converted_to_managed':
      return `${device} became managed`
    case 'device.third_party_integration_detected':
      return `${device}: third-party integration detected`
    case 'device.third_party_integration_no_longer_detected':
      return `${device}: third-party integration no longer detected`
    case 'device.error.subscription_required':
      return `${device} needs a third-party subscription`
    case 'device.error.subscription_required.resolved':
      return `${device} no longer needs a third-party subscription`
    case 'device.salto.privacy_mode_activated':
      return `${device} privacy mode turned on`
    case 'device.salto.privacy_mode_deactivated':
      return `${device} privacy mode turned off`
    case 'lock.locked':
      return `${name ?? 'Lock'} locked${lockMethod(d.lockMethod, context.accessCodeName)}`
    case 'lock.unlocked':
      return `${name ?? 'Lock'} unlocked${lockMethod(d.lockMethod, context.accessCodeName)}`
    case 'lock.access_denied':
      return `${name ?? 'Lock'} denied access`
    case 'camera.activated':
      return `${name ?? 'Camera'} detected ${motion(d)}`
    case 'device.doorbell_rang':
      return name === undefined ? 'Doorbell rang' : `Doorbell rang at ${name}`
    case 'noise_sensor.noise_threshold_triggered':
      return `${named('Noise threshold', d.noiseThresholdName)} exceeded${name === undefined ? '' : ` at ${name}`}${
        d.noiseLevelDecibels === undefined ? '' : ` (${Math.round(d.noiseLevelDecibels)} dB)`
      }`
    case 'access_code.created':
      return `${code} created${on}`
    case 'access_code.changed':
      return `${code} changed${on}`
    case 'access_code.scheduled_on_device':
      return `${code} scheduled${on}`
    case 'access_code.set_on_device':
      return `${code} set${on}`
    case 'access_code.backup_access_code_pulled':
      return `${code} replaced by a backup code${on}`
    case 'access_code.removed_from_device':
      return `${code} removed${from}`
    case 'access_code.deleted':
      return `${code} deleted`
    case 'access_code.delay_in_setting_on_device':
      return `${code} is taking long to set${on}`
    case 'access_code.failed_to_set_on_device':
      return `${code} failed to set${on}`
    case 'access_code.delay_in_removing_from_device':
      return `${code} is taking long to remove${from}`
    case 'access_code.failed_to_remove_from_device':
      return `${code} could not be removed${from}`
    case 'access_code.modified_external_to_seam':
      return `${code} changed outside Seam${on}`
    case 'access_code.deleted_external_to_seam':
      return `${code} deleted outside Seam${from}`
    case 'access_code.unmanaged.converted_to_managed':
      return `${code} became managed${on}`
    case 'access_code.unmanaged.failed_to_convert_to_managed':
      return `${code} could not become managed${on}`
    case 'access_code.unmanaged.created':
      return `${named('Unmanaged access code', context.accessCodeName)} added${on}`
    case 'access_code.unmanaged.removed':
      return `${named('Unmanaged access code', context.accessCodeName)} removed${from}`
    default:
      eventType satisfies never
      return `Event '${String(eventType)}'`
  }
}

function named(noun: string, name: string | undefined): string {
  return name === undefined ? noun : `${noun} '${name}'`
}

/** "Front door battery at 8 %" with a device name, "Battery at 8 %" without. */
function withSubject(name: string | undefined, phrase: string, sentence: string, value: string) {
  return name === undefined ? `${sentence} ${value}` : `${name} ${phrase} ${value}`
}

function percent(level: number | undefined): string {
  return level === undefined ? 'an unknown level' : `${Math.round(level * 100)} %`
}

const DISCONNECT_WORDS: Readonly<Record<Exclude<DisconnectReason, 'unknown'>, string>> = {
  account_disconnected: 'account disconnected',
  hub_disconnected: 'hub disconnected',
  device_disconnected: 'device disconnected',
}

function offlineReason(d: EventDetails): string {
  const reason = d.disconnectReason
  if (reason === undefined) return ''
  if (reason === 'unknown') {
    // An undocumented code is still more useful to an operator than nothing.
    const code = d.rawDisconnectCode?.slice(0, MAX_CODE_CHARS)
    return code ? `: ${code.replaceAll('_', ' ')}` : ''
  }
  return `: ${DISCONNECT_WORDS[reason]}`
}

function lockMethod(method: LockMethod | undefined, accessCodeName: string | undefined): string {
  switch (method) {
    case 'keycode':
      return accessCodeName === undefined ? ' with keypad code' : ` with code '${accessCodeName}'`
    case 'manual':
      return ' manually'
    case 'automatic':
      return ' automatically'
    case 'seamapi':
      return ' remotely through Seam'
    case 'unknown':
    case undefined:
      return ''
    default:
      method satisfies never
      return ''
  }
}

function motion(d: EventDetails): string {
  switch (d.motionSubType) {
    case 'human':
      return 'a person'
    case 'vehicle':
      return 'a vehicle'
    case 'package':
      return 'a package'
    case 'other':
    case 'unknown':
    case undefined:
      return 'motion'
    default:
      d.motionSubType satisfies never
      return 'motion'
  }
}
