// Lenient schemas for Seam events: the envelope every event shares and each documented payload.
import { z } from 'zod/v4'
import type { KnownEventType } from './event-types'
import { KNOWN_EVENT_TYPES } from './event-types'
import { parseIsoInstant } from './iso-instant'
import type {
  BatteryStatus,
  DisconnectReason,
  EventDetails,
  LockMethod,
  MotionSubType,
} from './parsed-event'

// Seam documents ids as UUIDs, but the fake Seam emits "event1" or "august_device_1": ids are only
// required to be non-empty strings.
const idSchema = z.string().min(1)

const isoDateTime = z.string().refine((text) => parseIsoInstant(text) !== undefined, {
  message: 'is not an ISO 8601 date-time',
})

// Optional fields accept null as "absent": Seam serializes some missing values as null.
const metadata = z.record(z.string(), z.unknown()).nullish()

/**
 * The fields every event shares. Extra keys are kept: Seam adds fields without notice.
 * `parseSeamEvent` checks the same rules by hand for speed; this schema is the readable statement
 * of them (and a test keeps the two in agreement).
 */
export const seamEventEnvelopeSchema = z.looseObject({
  event_id: idSchema,
  event_type: idSchema,
  workspace_id: idSchema.nullish(),
  created_at: isoDateTime,
  occurred_at: isoDateTime,
  device_id: idSchema.nullish(),
  connected_account_id: idSchema.nullish(),
  customer_key: z.string().nullish(),
  device_custom_metadata: metadata,
  connected_account_custom_metadata: metadata,
})

export type SeamEventEnvelope = z.output<typeof seamEventEnvelopeSchema>

export const BATTERY_STATUSES: readonly BatteryStatus[] = ['critical', 'low', 'good', 'full']
export const DISCONNECT_CODES: readonly Exclude<DisconnectReason, 'unknown'>[] = [
  'account_disconnected',
  'hub_disconnected',
  'device_disconnected',
]
export const LOCK_METHODS: readonly Exclude<LockMethod, 'unknown'>[] = [
  'keycode',
  'manual',
  'automatic',
  'seamapi',
]
export const MOTION_SUB_TYPES: readonly Exclude<MotionSubType, 'unknown'>[] = [
  'human',
  'vehicle',
  'package',
  'other',
]

/** Seam's battery fraction; a level outside 0..1 would draw nonsense, so it is rejected. */
export const batteryLevelSchema = z
  .number()
  .refine((level) => level >= 0 && level <= 1, { message: 'is outside 0..1' })

// Strict: the battery views colour by these four values and nothing else.
export const batteryStatusSchema = z.enum(['critical', 'low', 'good', 'full'])

/** The details that hold a payload string as sent. */
type TextDetail = keyof Pick<
  EventDetails,
  | 'accessCodeId'
  | 'backupAccessCodeId'
  | 'actionAttemptId'
  | 'activationReason'
  | 'imageUrl'
  | 'videoUrl'
  | 'noiseThresholdId'
  | 'noiseThresholdName'
  | 'deviceName'
  | 'connectWebviewId'
  | 'connectedAccountType'
>
type IssuesDetail = 'accountErrors' | 'accountWarnings' | 'deviceErrors' | 'deviceWarnings'

/**
 * One payload field Doorboard reads, and how strictly.
 * - `id`: a non-empty string. `text`: any string ("" counts as absent in details).
 * - `number`: a finite number. `batteryLevel`: a number in 0..1. `batteryStatus`: one of four.
 * - `disconnectCode`, `lockMethod`, `motionSubType`: open enums. Any string is accepted and
 *   undocumented values become `unknown` in details (the raw event keeps the original); a
 *   non-string is rejected.
 * - `issues`: an array of `{ error_code?, warning_code?, message? }` objects.
 * Optional fields may be absent or null; required ones may not.
 */
export type PayloadField = { readonly key: string; readonly required: boolean } & (
  | { readonly kind: 'id' | 'text'; readonly detail: TextDetail }
  | { readonly kind: 'number'; readonly detail: 'noiseLevelDecibels' | undefined }
  | { readonly kind: 'issues'; readonly detail: IssuesDetail }
  | {
      readonly kind:
        'batteryLevel' | 'batteryStatus' | 'disconnectCode' | 'lockMethod' | 'motionSubType'
    }
)

const required = true
const id = (key: string, detail: TextDetail, isRequired = false): PayloadField => ({
  key,
  kind: 'id',
  detail,
  required: isRequired,
})
const text = (key: string, detail: TextDetail): PayloadField => ({
  key,
  kind: 'text',
  detail,
  required: false,
})
const issues = (key: string, detail: IssuesDetail): PayloadField => ({
  key,
  kind: 'issues',
  detail,
  required: false,
})

const NOTHING: readonly PayloadField[] = []
const webview = [id('connect_webview_id', 'connectWebviewId')]
const accountIssues = [
  issues('connected_account_errors', 'accountErrors'),
  issues('connected_account_warnings', 'accountWarnings'),
]
const allIssues = [
  ...accountIssues,
  issues('device_errors', 'deviceErrors'),
  issues('device_warnings', 'deviceWarnings'),
]
const disconnection: readonly PayloadField[] = [
  { key: 'error_code', kind: 'disconnectCode', required: false },
  ...allIssues,
]
const deviceName = [text('device_name', 'deviceName')]
const media = [text('image_url', 'imageUrl'), text('video_url', 'videoUrl')]
// Access code events always name the code they are about; without it they cannot be linked.
// `code` (the PIN) is deliberately absent: nothing reads it, and the proxy strips it.
const accessCode = [id('access_code_id', 'accessCodeId', required)]
const lockAction: readonly PayloadField[] = [
  { key: 'method', kind: 'lockMethod', required: false },
  id('access_code_id', 'accessCodeId'),
  id('action_attempt_id', 'actionAttemptId'),
]

/** What each documented type carries beyond the envelope. Empty: nothing to check. */
export const EVENT_PAYLOAD_FIELDS: Readonly<Record<KnownEventType, readonly PayloadField[]>> = {
  'connected_account.connected': webview,
  'connected_account.created': webview,
  'connected_account.successful_login': webview,
  'connected_account.disconnected': accountIssues,
  'connected_account.completed_first_sync': NOTHING,
  'connected_account.deleted': [text('connected_account_type', 'connectedAccountType')],
  'connected_account.completed_first_sync_after_reconnection': NOTHING,
  'connected_account.reauthorization_requested': accountIssues,
  'connect_webview.login_succeeded': webview,
  'connect_webview.login_failed': webview,
  'device.connected': NOTHING,
  'device.added': NOTHING,
  'device.converted_to_unmanaged': NOTHING,
  'device.disconnected': disconnection,
  'device.tampered': NOTHING,
  'device.low_battery': [{ key: 'battery_level', kind: 'batteryLevel', required }],
  'device.battery_status_changed': [
    { key: 'battery_status', kind: 'batteryStatus', required },
    // The older event catalogue says only low_battery carries a level; the newer one adds it here.
    { key: 'battery_level', kind: 'batteryLevel', required: false },
  ],
  'device.removed': NOTHING,
  'device.deleted': deviceName,
  'device.third_party_integration_detected': NOTHING,
  'device.third_party_integration_no_longer_detected': NOTHING,
  'device.salto.privacy_mode_activated': NOTHING,
  'device.salto.privacy_mode_deactivated': NOTHING,
  'device.connection_became_flaky': allIssues,
  'device.connection_stabilized': NOTHING,
  'device.error.subscription_required': allIssues,
  'device.error.subscription_required.resolved': NOTHING,
  'device.accessory_keypad_connected': NOTHING,
  'device.accessory_keypad_disconnected': allIssues,
  'device.name_changed': deviceName,
  'camera.activated': [
    ...media,
    // Only `motion_detected` is documented; kept as sent.
    text('activation_reason', 'activationReason'),
    { key: 'motion_sub_type', kind: 'motionSubType', required: false },
  ],
  'device.doorbell_rang': media,
  'device.unmanaged.connected': NOTHING,
  'device.unmanaged.disconnected': disconnection,
  'device.unmanaged.converted_to_managed': NOTHING,
  'access_code.created': accessCode,
  'access_code.changed': accessCode,
  'access_code.scheduled_on_device': accessCode,
  'access_code.set_on_device': accessCode,
  'access_code.backup_access_code_pulled': [
    ...accessCode,
    id('backup_access_code_id', 'backupAccessCodeId'),
  ],
  'access_code.removed_from_device': accessCode,
  'access_code.deleted': accessCode,
  'access_code.delay_in_setting_on_device': accessCode,
  'access_code.failed_to_set_on_device': accessCode,
  'access_code.delay_in_removing_from_device': accessCode,
  'access_code.failed_to_remove_from_device': accessCode,
  'access_code.modified_external_to_seam': accessCode,
  'access_code.deleted_external_to_seam': accessCode,
  'access_code.unmanaged.converted_to_managed': accessCode,
  'access_code.unmanaged.failed_to_convert_to_managed': accessCode,
  'access_code.unmanaged.created': accessCode,
  'access_code.unmanaged.removed': accessCode,
  'lock.locked': lockAction,
  'lock.unlocked': lockAction,
  'lock.access_denied': [id('access_code_id', 'accessCodeId')],
  'noise_sensor.noise_threshold_triggered': [
    id('noise_threshold_id', 'noiseThresholdId'),
    text('noise_threshold_name', 'noiseThresholdName'),
    { key: 'noise_level_decibels', kind: 'number', detail: 'noiseLevelDecibels', required: false },
    { key: 'noise_level_nrs', kind: 'number', detail: undefined, required: false },
  ],
}

const issueSchema = z.object({
  error_code: z.string().nullish(),
  warning_code: z.string().nullish(),
  message: z.string().nullish(),
})

function fieldSchema(field: PayloadField): z.ZodType {
  const base = ((): z.ZodType => {
    switch (field.kind) {
      case 'id':
        return idSchema
      case 'text':
      case 'disconnectCode':
      case 'lockMethod':
      case 'motionSubType':
        return z.string()
      case 'number':
        return z.number()
      case 'batteryLevel':
        return batteryLevelSchema
      case 'batteryStatus':
        return batteryStatusSchema
      case 'issues':
        return z.array(issueSchema)
      default:
        field satisfies never
        return z.never()
    }
  })()
  return field.required ? base : base.nullish()
}

/**
 * The zod schema of each documented payload, built from EVENT_PAYLOAD_FIELDS (null: nothing to
 * check). Unknown keys are allowed and left out of the output, which therefore never holds a PIN.
 * The parser validates with a hand-written reader over the same fields (zod costs more than
 * JSON.parse itself on a mixed stream) and asks zod only to word what is wrong.
 */
export const EVENT_PAYLOAD_SCHEMAS: Readonly<Record<KnownEventType, z.ZodType | null>> =
  Object.fromEntries(
    KNOWN_EVENT_TYPES.map((type) => {
      const fields = EVENT_PAYLOAD_FIELDS[type]
      const shape = Object.fromEntries(fields.map((field) => [field.key, fieldSchema(field)]))
      return [type, fields.length === 0 ? null : z.object(shape)]
    }),
  ) as Record<KnownEventType, z.ZodType | null> // fromEntries loses the key type; all 56 are mapped.

/** Which id an event of this type must carry to be placed: its device's, its account's, or none. */
export function requiredSubjectKey(
  type: KnownEventType,
): 'device_id' | 'connected_account_id' | undefined {
  if (type.startsWith('connected_account.')) return 'connected_account_id'
  // A failed Connect Webview login has no account yet; a successful one may or may not.
  if (type.startsWith('connect_webview.')) return undefined
  return 'device_id'
}
