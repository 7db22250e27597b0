// What each Seam event type means to an operator: category, timeline, severity, title, alerting.
import type { KnownEventType } from './event-types'
import { isKnownEventType } from './event-types'
import type { EventCategory, EventDetails, Severity, TimelineKind } from './parsed-event'

export interface EventCatalogueEntry {
  readonly category: EventCategory
  readonly timeline: TimelineKind
  /**
   * Severity when events of this type mean trouble. Some types refine it from their payload
   * (see eventSeverity); undefined means the type is routine.
   */
  readonly severity?: Severity
  /** Short plain words for lists and legends, without the device's name. */
  readonly title: string
  /**
   * Whether an event of this type raises an alert. An alert-worthy event whose refined severity is
   * undefined (a battery back to "good") raises none.
   */
  readonly alertWorthy: boolean
}

/** Battery fractions at or below this are critical rather than merely low. */
export const CRITICAL_BATTERY_LEVEL = 0.1

function entry(
  category: EventCategory,
  timeline: TimelineKind,
  title: string,
  severity?: Severity,
  alertWorthy = severity !== undefined,
): EventCatalogueEntry {
  return severity === undefined
    ? { category, timeline, title, alertWorthy }
    : { category, timeline, title, severity, alertWorthy }
}

export const EVENT_CATALOGUE: Readonly<Record<KnownEventType, EventCatalogueEntry>> = {
  'connected_account.connected': entry('account', 'account', 'Account connected'),
  'connected_account.created': entry('account', 'account', 'Account added'),
  'connected_account.successful_login': entry('account', 'account', 'Account signed in'),
  // Every device of the account goes dark and only its owner can fix it by signing in again.
  'connected_account.disconnected': entry('account', 'account', 'Account disconnected', 'critical'),
  'connected_account.completed_first_sync': entry('account', 'account', 'Account first sync done'),
  'connected_account.deleted': entry('account', 'account', 'Account deleted'),
  'connected_account.completed_first_sync_after_reconnection': entry(
    'account',
    'account',
    'Account synced after reconnecting',
  ),
  // Still connected, but it will disconnect if nobody acts.
  'connected_account.reauthorization_requested': entry(
    'account',
    'account',
    'Account needs reauthorization',
    'warning',
  ),
  'connect_webview.login_succeeded': entry('account', 'account', 'Account login succeeded'),
  // A person typing a wrong password usually retries at once: worth a colour, not an alert.
  'connect_webview.login_failed': entry(
    'account',
    'account',
    'Account login failed',
    'warning',
    false,
  ),

  'device.connected': entry('connectivity', 'connectivity', 'Device came online'),
  // Refined by the disconnection code, see eventSeverity.
  'device.disconnected': entry('connectivity', 'connectivity', 'Device went offline', 'warning'),
  'device.connection_became_flaky': entry(
    'connectivity',
    'connectivity',
    'Connection became flaky',
    'warning',
  ),
  'device.connection_stabilized': entry('connectivity', 'connectivity', 'Connection stabilized'),
  'device.unmanaged.connected': entry(
    'connectivity',
    'connectivity',
    'Unmanaged device came online',
  ),
  // Doorboard cannot act on an unmanaged device, so this colours the band but raises no alert.
  'device.unmanaged.disconnected': entry(
    'connectivity',
    'connectivity',
    'Unmanaged device went offline',
    'warning',
    false,
  ),
  'device.accessory_keypad_connected': entry('connectivity', 'device_state', 'Keypad connected'),
  // Guests can no longer type their codes.
  'device.accessory_keypad_disconnected': entry(
    'connectivity',
    'device_state',
    'Keypad disconnected',
    'warning',
  ),

  // Refined by level, see eventSeverity.
  'device.low_battery': entry('battery', 'battery', 'Battery low', 'warning'),
  // Refined by status: only critical and low mean trouble.
  'device.battery_status_changed': entry('battery', 'battery', 'Battery status changed', 'warning'),

  // Someone opened or moved the device: a possible break-in.
  'device.tampered': entry('other', 'device_state', 'Device tampered with', 'critical'),

  'device.added': entry('device_lifecycle', 'device_state', 'Device added'),
  // Removed outside Seam: it vanishes from the fleet without anyone here deciding so.
  'device.removed': entry('device_lifecycle', 'device_state', 'Device removed', 'warning'),
  'device.deleted': entry('device_lifecycle', 'device_state', 'Device deleted'),
  'device.name_changed': entry('device_lifecycle', 'device_state', 'Device renamed'),
  'device.converted_to_unmanaged': entry(
    'device_lifecycle',
    'device_state',
    'Device became unmanaged',
  ),
  'device.unmanaged.converted_to_managed': entry(
    'device_lifecycle',
    'device_state',
    'Device became managed',
  ),

  // Another integration interferes with codes and lock commands sent through Seam.
  'device.third_party_integration_detected': entry(
    'integration',
    'device_state',
    'Third-party integration detected',
    'warning',
  ),
  'device.third_party_integration_no_longer_detected': entry(
    'integration',
    'device_state',
    'Third-party integration gone',
  ),
  'device.error.subscription_required': entry(
    'integration',
    'device_state',
    'Subscription required',
    'warning',
  ),
  'device.error.subscription_required.resolved': entry(
    'integration',
    'device_state',
    'Subscription no longer required',
  ),

  'device.salto.privacy_mode_activated': entry('lock', 'device_state', 'Privacy mode on'),
  'device.salto.privacy_mode_deactivated': entry('lock', 'device_state', 'Privacy mode off'),
  'lock.locked': entry('lock', 'lock', 'Locked'),
  'lock.unlocked': entry('lock', 'lock', 'Unlocked'),
  // Repeated wrong codes: a guest locked out, or someone guessing.
  'lock.access_denied': entry('lock', 'lock', 'Access denied', 'warning'),

  'camera.activated': entry('media', 'media', 'Camera detected motion'),
  'device.doorbell_rang': entry('media', 'media', 'Doorbell rang'),

  'access_code.created': entry('access_code', 'access_code', 'Access code created'),
  'access_code.changed': entry('access_code', 'access_code', 'Access code changed'),
  'access_code.scheduled_on_device': entry('access_code', 'access_code', 'Access code scheduled'),
  'access_code.set_on_device': entry('access_code', 'access_code', 'Access code set'),
  'access_code.backup_access_code_pulled': entry(
    'access_code',
    'access_code',
    'Backup access code used',
  ),
  'access_code.removed_from_device': entry('access_code', 'access_code', 'Access code removed'),
  'access_code.deleted': entry('access_code', 'access_code', 'Access code deleted'),
  // The guest may arrive before the code works: worth knowing early.
  'access_code.delay_in_setting_on_device': entry(
    'access_code',
    'access_code',
    'Access code slow to set',
    'warning',
  ),
  // A guest will stand at a door their code does not open.
  'access_code.failed_to_set_on_device': entry(
    'access_code',
    'access_code',
    'Access code failed to set',
    'critical',
  ),
  // Usually followed by "removed" or "failed to remove"; the latter is the one that alerts.
  'access_code.delay_in_removing_from_device': entry(
    'access_code',
    'access_code',
    'Access code slow to remove',
    'warning',
    false,
  ),
  // A former guest's code may still open the door.
  'access_code.failed_to_remove_from_device': entry(
    'access_code',
    'access_code',
    'Access code failed to remove',
    'critical',
  ),
  // Codes changed behind Seam's back no longer match what Doorboard shows.
  'access_code.modified_external_to_seam': entry(
    'access_code',
    'access_code',
    'Access code changed outside Seam',
    'warning',
  ),
  'access_code.deleted_external_to_seam': entry(
    'access_code',
    'access_code',
    'Access code deleted outside Seam',
    'warning',
  ),
  'access_code.unmanaged.converted_to_managed': entry(
    'access_code',
    'access_code',
    'Access code became managed',
  ),
  // The result of an operator's own request, shown to them; no alert needed.
  'access_code.unmanaged.failed_to_convert_to_managed': entry(
    'access_code',
    'access_code',
    'Access code failed to become managed',
    'warning',
    false,
  ),
  'access_code.unmanaged.created': entry(
    'access_code',
    'access_code',
    'Unmanaged access code added',
  ),
  'access_code.unmanaged.removed': entry(
    'access_code',
    'access_code',
    'Unmanaged access code gone',
  ),

  'noise_sensor.noise_threshold_triggered': entry(
    'noise',
    'noise',
    'Noise threshold exceeded',
    'warning',
  ),
}

/** The entry for a type Doorboard does not know yet: shown in the feed only, never alerting. */
export const UNKNOWN_EVENT_ENTRY: EventCatalogueEntry = {
  category: 'other',
  timeline: 'feed',
  title: 'Unknown event',
  alertWorthy: false,
}

export function catalogueEntry(type: string): EventCatalogueEntry {
  return isKnownEventType(type) ? EVENT_CATALOGUE[type] : UNKNOWN_EVENT_ENTRY
}

/**
 * The severity of one event, refined from its payload where the type alone does not say:
 * - device.low_battery: critical at or below CRITICAL_BATTERY_LEVEL, else warning.
 * - device.battery_status_changed: critical → critical, low → warning, good/full → none.
 * - device.disconnected: hub_disconnected → critical, because one hub takes several locks offline
 *   at once and usually needs someone on site. account_disconnected stays a warning: the root
 *   cause is already raised as critical by connected_account.disconnected, and repeating it for
 *   every device of the account would bury it.
 */
export function eventSeverity(
  type: KnownEventType,
  details: EventDetails | undefined,
): Severity | undefined {
  // Only three types refine; the rest keep their catalogue severity.
  if (type === 'device.low_battery') {
    return details?.batteryLevel !== undefined && details.batteryLevel <= CRITICAL_BATTERY_LEVEL
      ? 'critical'
      : 'warning'
  }
  if (type === 'device.battery_status_changed') {
    if (details?.batteryStatus === 'critical') return 'critical'
    if (details?.batteryStatus === 'low') return 'warning'
    return details?.batteryStatus === undefined ? EVENT_CATALOGUE[type].severity : undefined
  }
  if (type === 'device.disconnected') {
    return details?.disconnectReason === 'hub_disconnected' ? 'critical' : 'warning'
  }
  return EVENT_CATALOGUE[type].severity
}
