// The normalized event every view and rule consumes, whatever Seam sent.

/** Milliseconds since the Unix epoch. Times travel as numbers so sorting and maths stay cheap. */
export type Instant = number

export type EventCategory =
  | 'connectivity'
  | 'battery'
  | 'lock'
  | 'access_code'
  | 'media'
  | 'account'
  | 'device_lifecycle'
  | 'integration'
  | 'noise'
  | 'other'

const CATEGORY_NAMES: Readonly<Record<EventCategory, true>> = {
  connectivity: true,
  battery: true,
  lock: true,
  access_code: true,
  media: true,
  account: true,
  device_lifecycle: true,
  integration: true,
  noise: true,
  other: true,
}

/** Every category, each once (the record above makes the list complete). */
export const EVENT_CATEGORY_NAMES = Object.keys(CATEGORY_NAMES) as readonly EventCategory[]

/** Which timeline or feed an event is drawn on. */
export type TimelineKind =
  | 'connectivity'
  | 'battery'
  | 'lock'
  | 'media'
  | 'access_code'
  | 'device_state' // privacy mode, subscription error, tamper, keypad, lifecycle, integrations
  | 'account'
  | 'noise'
  | 'feed' // only the generic event feed

export type Severity = 'critical' | 'warning' | 'info'

/**
 * How much of the event Doorboard understood.
 * - known: a documented type whose payload passed its schema.
 * - unknown: a type Doorboard does not know yet (Seam adds new ones); shown as a generic event.
 * - invalid: a documented type with a malformed payload, or no usable envelope; kept with the reason.
 */
export type ParseStatus = 'known' | 'unknown' | 'invalid'

export type BatteryStatus = 'critical' | 'low' | 'good' | 'full'

/** Why a device went offline; `unknown` when Seam sent no code or one not documented yet. */
export type DisconnectReason =
  'account_disconnected' | 'hub_disconnected' | 'device_disconnected' | 'unknown'

/** How a lock was operated; `unknown` also stands for values Seam has not documented yet. */
export type LockMethod = 'keycode' | 'manual' | 'automatic' | 'seamapi' | 'unknown'

/** What a camera saw; `unknown` when Seam sent none or an undocumented one. */
export type MotionSubType = 'human' | 'vehicle' | 'package' | 'other' | 'unknown'

/** One entry of Seam's `*_errors` / `*_warnings` arrays, reduced to what a person reads. */
export interface EventIssue {
  /** `error_code` or `warning_code`; `unknown` when absent. */
  readonly code: string
  readonly message?: string
}

/**
 * The type-specific fields of a known event, validated and normalized (camelCase, enums with
 * undocumented values folded into `unknown`). Only the fields the payload carried are set.
 * Never holds an access code's PIN.
 */
export interface EventDetails {
  readonly batteryLevel?: number
  readonly batteryStatus?: BatteryStatus
  readonly disconnectReason?: DisconnectReason
  /** The error_code exactly as Seam sent it, kept when it was folded into `unknown`. */
  readonly rawDisconnectCode?: string
  readonly lockMethod?: LockMethod
  readonly accessCodeId?: string
  readonly backupAccessCodeId?: string
  readonly actionAttemptId?: string
  readonly motionSubType?: MotionSubType
  readonly activationReason?: string
  readonly imageUrl?: string
  readonly videoUrl?: string
  readonly noiseThresholdId?: string
  readonly noiseThresholdName?: string
  readonly noiseLevelDecibels?: number
  /** device.name_changed: the new name; device.deleted: the name at deletion time. */
  readonly deviceName?: string
  readonly connectWebviewId?: string
  readonly connectedAccountType?: string
  readonly accountErrors?: readonly EventIssue[]
  readonly accountWarnings?: readonly EventIssue[]
  readonly deviceErrors?: readonly EventIssue[]
  readonly deviceWarnings?: readonly EventIssue[]
}

export interface ParsedEvent {
  /** Seam's event_id, or a stable synthetic id (`invalid:<hash>`) when Seam sent none. */
  readonly id: string
  readonly type: string
  readonly status: ParseStatus
  /** Why an event is invalid, in words. */
  readonly reason?: string
  /** When it happened; falls back to createdAt when unusable, and to 0 when neither parses. */
  readonly occurredAt: Instant
  /** When Seam recorded it; falls back to occurredAt when unusable, and to 0 when neither parses. */
  readonly createdAt: Instant
  readonly deviceId?: string
  readonly connectedAccountId?: string
  readonly workspaceId?: string
  readonly category: EventCategory
  readonly timeline: TimelineKind
  /** Severity when the event means trouble, otherwise undefined. */
  readonly severity?: Severity
  /**
   * Normalized type-specific fields of a known event whose type carries any; absent for unknown
   * and invalid events and for types with nothing beyond the envelope.
   */
  readonly details?: EventDetails
  /**
   * The payload as Seam sent it (PINs already removed by the proxy). Not copied: the same object
   * that was parsed. A non-object input is wrapped as `{ value: input }`.
   */
  readonly raw: Readonly<Record<string, unknown>>
}
