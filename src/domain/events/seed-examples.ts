// Test fixture: one example payload per documented event type, as in the seed docs (docs/seam-seeds, a copy of ../shared/seeds).
import type { KnownEventType } from './event-types'

const ZERO_ID = '00000000-0000-0000-0000-000000000000'
const AT = '2025-01-01T00:00:00.000Z'

type Example = Readonly<Record<string, unknown>>

function envelope(type: KnownEventType) {
  return {
    created_at: AT,
    event_id: ZERO_ID,
    event_type: type,
    occurred_at: AT,
    workspace_id: ZERO_ID,
  }
}

const account = { connected_account_custom_metadata: {}, connected_account_id: ZERO_ID }
const device = { ...account, customer_key: '', device_custom_metadata: {}, device_id: ZERO_ID }
const accountIssues = { connected_account_errors: [], connected_account_warnings: [] }
const allIssues = { ...accountIssues, device_errors: [], device_warnings: [] }

function accountEvent(type: KnownEventType, extra: object = {}): Example {
  return { ...envelope(type), ...account, ...extra }
}

function deviceEvent(type: KnownEventType, extra: object = {}): Example {
  return { ...envelope(type), ...device, ...extra }
}

/**
 * The payloads of files 000–002 are copied from their "Example webhook payload" blocks (a test
 * checks them against the files when present). File 003 documents the access code, lock, noise and
 * unmanaged device events without payloads; those are written from its property lists, with
 * values chosen so each example shows its fields (a PIN, a lock method, a threshold name).
 */
export const SEED_EXAMPLES: Readonly<Record<KnownEventType, Example>> = {
  'connected_account.connected': accountEvent('connected_account.connected', {
    connect_webview_id: ZERO_ID,
    customer_key: '',
  }),
  'connected_account.created': accountEvent('connected_account.created', {
    connect_webview_id: ZERO_ID,
  }),
  'connected_account.successful_login': accountEvent('connected_account.successful_login', {
    connect_webview_id: ZERO_ID,
  }),
  'connected_account.disconnected': accountEvent('connected_account.disconnected', accountIssues),
  'connected_account.completed_first_sync': accountEvent('connected_account.completed_first_sync'),
  'connected_account.deleted': accountEvent('connected_account.deleted', {
    connected_account_type: '',
    customer_key: '',
  }),
  'connected_account.completed_first_sync_after_reconnection': accountEvent(
    'connected_account.completed_first_sync_after_reconnection',
  ),
  'connected_account.reauthorization_requested': accountEvent(
    'connected_account.reauthorization_requested',
    accountIssues,
  ),
  'connect_webview.login_succeeded': accountEvent('connect_webview.login_succeeded', {
    connect_webview_id: ZERO_ID,
    customer_key: '',
  }),
  'connect_webview.login_failed': {
    ...envelope('connect_webview.login_failed'),
    connect_webview_id: ZERO_ID,
  },
  'device.connected': deviceEvent('device.connected'),
  'device.added': deviceEvent('device.added'),
  'device.converted_to_unmanaged': deviceEvent('device.converted_to_unmanaged'),
  'device.disconnected': deviceEvent('device.disconnected', {
    ...allIssues,
    error_code: 'account_disconnected',
  }),
  'device.tampered': deviceEvent('device.tampered'),
  'device.low_battery': deviceEvent('device.low_battery', { battery_level: 0 }),
  'device.battery_status_changed': deviceEvent('device.battery_status_changed', {
    battery_level: 0,
    battery_status: 'critical',
  }),
  'device.removed': deviceEvent('device.removed'),
  'device.deleted': deviceEvent('device.deleted', { device_name: '' }),
  'device.third_party_integration_detected': deviceEvent('device.third_party_integration_detected'),
  'device.third_party_integration_no_longer_detected': deviceEvent(
    'device.third_party_integration_no_longer_detected',
  ),
  'device.salto.privacy_mode_activated': deviceEvent('device.salto.privacy_mode_activated'),
  'device.salto.privacy_mode_deactivated': deviceEvent('device.salto.privacy_mode_deactivated'),
  'device.connection_became_flaky': deviceEvent('device.connection_became_flaky', allIssues),
  'device.connection_stabilized': deviceEvent('device.connection_stabilized'),
  'device.error.subscription_required': deviceEvent(
    'device.error.subscription_required',
    allIssues,
  ),
  'device.error.subscription_required.resolved': deviceEvent(
    'device.error.subscription_required.resolved',
  ),
  'device.accessory_keypad_connected': deviceEvent('device.accessory_keypad_connected'),
  'device.accessory_keypad_disconnected': deviceEvent(
    'device.accessory_keypad_disconnected',
    allIssues,
  ),
  'device.name_changed': deviceEvent('device.name_changed', { device_name: '' }),
  'camera.activated': deviceEvent('camera.activated', {
    activation_reason: 'motion_detected',
    image_url: '',
    motion_sub_type: 'human',
    video_url: '',
  }),
  'device.doorbell_rang': deviceEvent('device.doorbell_rang', { image_url: '', video_url: '' }),

  // From 003 (no example payloads there).
  'device.unmanaged.connected': deviceEvent('device.unmanaged.connected'),
  'device.unmanaged.disconnected': deviceEvent('device.unmanaged.disconnected', {
    error_code: 'device_disconnected',
  }),
  'device.unmanaged.converted_to_managed': deviceEvent('device.unmanaged.converted_to_managed'),
  'access_code.created': accessCodeEvent('access_code.created'),
  'access_code.changed': accessCodeEvent('access_code.changed'),
  'access_code.scheduled_on_device': accessCodeEvent('access_code.scheduled_on_device', {
    code: '4821',
  }),
  'access_code.set_on_device': accessCodeEvent('access_code.set_on_device', { code: '4821' }),
  'access_code.backup_access_code_pulled': accessCodeEvent(
    'access_code.backup_access_code_pulled',
    { backup_access_code_id: ZERO_ID },
  ),
  'access_code.removed_from_device': accessCodeEvent('access_code.removed_from_device'),
  'access_code.deleted': accessCodeEvent('access_code.deleted'),
  'access_code.delay_in_setting_on_device': accessCodeEvent(
    'access_code.delay_in_setting_on_device',
  ),
  'access_code.failed_to_set_on_device': accessCodeEvent('access_code.failed_to_set_on_device'),
  'access_code.delay_in_removing_from_device': accessCodeEvent(
    'access_code.delay_in_removing_from_device',
  ),
  'access_code.failed_to_remove_from_device': accessCodeEvent(
    'access_code.failed_to_remove_from_device',
  ),
  'access_code.modified_external_to_seam': accessCodeEvent('access_code.modified_external_to_seam'),
  'access_code.deleted_external_to_seam': accessCodeEvent('access_code.deleted_external_to_seam'),
  'access_code.unmanaged.converted_to_managed': accessCodeEvent(
    'access_code.unmanaged.converted_to_managed',
  ),
  'access_code.unmanaged.failed_to_convert_to_managed': accessCodeEvent(
    'access_code.unmanaged.failed_to_convert_to_managed',
  ),
  'access_code.unmanaged.created': accessCodeEvent('access_code.unmanaged.created'),
  'access_code.unmanaged.removed': accessCodeEvent('access_code.unmanaged.removed'),
  'lock.locked': deviceEvent('lock.locked', { method: 'manual' }),
  'lock.unlocked': deviceEvent('lock.unlocked', { method: 'keycode', access_code_id: ZERO_ID }),
  'lock.access_denied': deviceEvent('lock.access_denied', { access_code_id: ZERO_ID }),
  'noise_sensor.noise_threshold_triggered': deviceEvent('noise_sensor.noise_threshold_triggered', {
    noise_threshold_id: ZERO_ID,
    noise_threshold_name: 'builtin_first_disturbance',
  }),
}

function accessCodeEvent(type: KnownEventType, extra: object = {}): Example {
  return deviceEvent(type, { access_code_id: ZERO_ID, ...extra })
}

/** The types whose example above is a verbatim copy of a documented payload (files 000–002). */
export const TYPES_WITH_DOCUMENTED_PAYLOAD: readonly KnownEventType[] = (
  Object.keys(SEED_EXAMPLES) as KnownEventType[]
).filter(
  (type) =>
    !type.startsWith('access_code.') &&
    !type.startsWith('lock.') &&
    !type.startsWith('noise_sensor.') &&
    !type.startsWith('device.unmanaged.'),
)
