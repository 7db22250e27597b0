// The 56 event types documented in the Seam pages Doorboard is built from (docs/seam-seeds, a copy of ../shared/seeds).

export const KNOWN_EVENT_TYPES = [
  // connected accounts
  'connected_account.connected',
  'connected_account.created',
  'connected_account.successful_login',
  'connected_account.disconnected',
  'connected_account.completed_first_sync',
  'connected_account.deleted',
  'connected_account.completed_first_sync_after_reconnection',
  'connected_account.reauthorization_requested',
  // connect webviews
  'connect_webview.login_succeeded',
  'connect_webview.login_failed',
  // devices
  'device.connected',
  'device.added',
  'device.converted_to_unmanaged',
  'device.disconnected',
  'device.tampered',
  'device.low_battery',
  'device.battery_status_changed',
  'device.removed',
  'device.deleted',
  'device.third_party_integration_detected',
  'device.third_party_integration_no_longer_detected',
  'device.salto.privacy_mode_activated',
  'device.salto.privacy_mode_deactivated',
  'device.connection_became_flaky',
  'device.connection_stabilized',
  'device.error.subscription_required',
  'device.error.subscription_required.resolved',
  'device.accessory_keypad_connected',
  'device.accessory_keypad_disconnected',
  'device.name_changed',
  'camera.activated',
  'device.doorbell_rang',
  // unmanaged devices
  'device.unmanaged.connected',
  'device.unmanaged.disconnected',
  'device.unmanaged.converted_to_managed',
  // access codes
  'access_code.created',
  'access_code.changed',
  'access_code.scheduled_on_device',
  'access_code.set_on_device',
  'access_code.backup_access_code_pulled',
  'access_code.removed_from_device',
  'access_code.deleted',
  'access_code.delay_in_setting_on_device',
  'access_code.failed_to_set_on_device',
  'access_code.delay_in_removing_from_device',
  'access_code.failed_to_remove_from_device',
  'access_code.modified_external_to_seam',
  'access_code.deleted_external_to_seam',
  'access_code.unmanaged.converted_to_managed',
  'access_code.unmanaged.failed_to_convert_to_managed',
  'access_code.unmanaged.created',
  'access_code.unmanaged.removed',
  // locks
  'lock.locked',
  'lock.unlocked',
  'lock.access_denied',
  // noise sensors
  'noise_sensor.noise_threshold_triggered',
] as const

export type KnownEventType = (typeof KNOWN_EVENT_TYPES)[number]

const knownTypeSet: ReadonlySet<string> = new Set(KNOWN_EVENT_TYPES)

export function isKnownEventType(type: string): type is KnownEventType {
  return knownTypeSet.has(type)
}

/** Event types whose payload carries a guest's PIN in `code`; the proxy strips it. */
export const EVENT_TYPES_WITH_PIN: readonly KnownEventType[] = [
  'access_code.set_on_device',
  'access_code.scheduled_on_device',
]

/** The device's own connectivity events, which the connectivity timeline and status read. */
export const DEVICE_CONNECTIVITY_TYPES: ReadonlySet<string> = new Set<KnownEventType>([
  'device.connected',
  'device.disconnected',
  'device.connection_became_flaky',
  'device.connection_stabilized',
  'device.unmanaged.connected',
  'device.unmanaged.disconnected',
])
