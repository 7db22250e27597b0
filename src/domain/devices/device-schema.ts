// The device objects of Seam's /devices/list, validated leniently: the fields the dashboard draws.
import { z } from 'zod/v4'
import { batteryLevelSchema, BATTERY_STATUSES } from '../events/event-schemas'
import { describeIssues, previewValue } from '../events/issue-words'
import type { BatteryStatus } from '../events/parsed-event'

// Seam documents ids as UUIDs; the fake Seam uses "august_device_1". Any non-empty string will do.
const id = z.string().min(1)
const optionalText = z.string().nullish()

const knownStatuses: ReadonlySet<string> = new Set(BATTERY_STATUSES)

// A status Seam adds later should not make the whole device invalid; it is dropped, the level kept.
const batteryStatus = z
  .string()
  .transform((status) => (knownStatuses.has(status) ? (status as BatteryStatus) : undefined))

/** One entry of a device's `errors` or `warnings`. */
const deviceIssue = z.looseObject({
  error_code: optionalText,
  warning_code: optionalText,
  message: optionalText,
  created_at: optionalText,
})

// Unknown keys are kept everywhere (looseObject): Seam adds properties often, and the device page
// shows some of them raw.
const deviceProperties = z.looseObject({
  name: optionalText,
  online: z.boolean().nullish(),
  battery_level: batteryLevelSchema.nullish(),
  battery: z
    .looseObject({ level: batteryLevelSchema.nullish(), status: batteryStatus.nullish() })
    .nullish(),
  locked: z.boolean().nullish(),
  door_open: z.boolean().nullish(),
  manufacturer: optionalText,
  model: z
    .looseObject({ display_name: optionalText, manufacturer_display_name: optionalText })
    .nullish(),
  appearance: z.looseObject({ name: optionalText }).nullish(),
  image_url: optionalText,
  image_alt_text: optionalText,
  serial_number: optionalText,
  has_direct_power: z.boolean().nullish(),
  noise_level_decibels: z.number().nullish(),
  currently_triggering_noise_threshold_ids: z.array(z.string()).nullish(),
  accessory_keypad: z
    .looseObject({
      is_connected: z.boolean().nullish(),
      battery: z.looseObject({ level: batteryLevelSchema.nullish() }).nullish(),
    })
    .nullish(),
})

export const deviceSchema = z.looseObject({
  device_id: id,
  device_type: z.string(),
  display_name: optionalText,
  nickname: optionalText,
  connected_account_id: id.nullish(),
  workspace_id: id.nullish(),
  created_at: optionalText,
  is_managed: z.boolean().nullish(),
  capabilities_supported: z.array(z.string()).nullish(),
  custom_metadata: z.record(z.string(), z.unknown()).nullish(),
  // Always arrays in the output, so views need no null checks.
  errors: z.array(deviceIssue).nullish().transform(orEmpty),
  warnings: z.array(deviceIssue).nullish().transform(orEmpty),
  properties: deviceProperties,
})

export type Device = z.output<typeof deviceSchema>
export type DeviceProperties = Device['properties']
export type DeviceIssue = z.output<typeof deviceIssue>

export type ParseResult<T> = { ok: true; value: T } | { ok: false; reason: string }

/** Validates one device object; the reason names the device when it can. */
export function parseDevice(raw: unknown): ParseResult<Device> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, reason: `device must be an object, got ${previewValue(raw)}` }
  }
  const result = deviceSchema.safeParse(raw)
  if (result.success) return { ok: true, value: result.data }
  const deviceId = 'device_id' in raw ? raw.device_id : undefined
  const subject = typeof deviceId === 'string' && deviceId !== '' ? `device ${deviceId}` : 'device'
  return { ok: false, reason: `${subject}: ${describeIssues(result.error.issues, raw, 'device')}` }
}

/**
 * The name a person knows the device by, as Seam means it: `display_name` is the nickname someone
 * set in Seam, else the provider's appearance name; the rest are for answers that lack it.
 */
export function deviceDisplayName(device: Device): string {
  return (
    nonEmpty(device.display_name) ??
    nonEmpty(device.nickname) ??
    nonEmpty(device.properties.appearance?.name) ??
    nonEmpty(device.properties.name) ??
    deviceIdTail(device.device_id)
  )
}

/** A long Seam UUID reads as noise on a wall screen; its tail still tells devices apart. */
export function deviceIdTail(deviceId: string): string {
  return deviceId.length > 16 ? `Device …${deviceId.slice(-6)}` : deviceId
}

/** The battery fraction from the newer `battery` object or the older `battery_level` field. */
export function deviceBatteryLevel(device: Device): number | undefined {
  return device.properties.battery?.level ?? device.properties.battery_level ?? undefined
}

function nonEmpty(text: string | null | undefined): string | undefined {
  return text === undefined || text === null || text === '' ? undefined : text
}

function orEmpty<T>(list: T[] | null | undefined): T[] {
  return list ?? []
}

/** A custom_metadata value as text; absent when missing, empty or not a string. */
export function deviceMetadataText(device: Device | undefined, key: string): string | undefined {
  const value = device?.custom_metadata?.[key]
  return typeof value === 'string' && value !== '' ? value : undefined
}
