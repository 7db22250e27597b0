// The fast path of payload validation: checks a payload's fields by hand and yields its details.
import type { PayloadField } from './event-schemas'
import { BATTERY_STATUSES, DISCONNECT_CODES, LOCK_METHODS, MOTION_SUB_TYPES } from './event-schemas'
import type {
  BatteryStatus,
  DisconnectReason,
  EventDetails,
  EventIssue,
  LockMethod,
  MotionSubType,
} from './parsed-event'

type Writable<T> = { -readonly [K in keyof T]: T[K] }

const batteryStatuses: ReadonlySet<string> = new Set(BATTERY_STATUSES)
const disconnectCodes: ReadonlySet<string> = new Set(DISCONNECT_CODES)
const lockMethods: ReadonlySet<string> = new Set(LOCK_METHODS)
const motionSubTypes: ReadonlySet<string> = new Set(MOTION_SUB_TYPES)

/**
 * The normalized details of a payload, or undefined when any field breaks its rule. Accepts and
 * rejects exactly what the zod schema built from the same fields does (a test holds the two
 * together), but without zod's per-field allocations, so the parser only calls zod to word a
 * rejection.
 */
export function readPayloadDetails(
  record: Readonly<Record<string, unknown>>,
  fields: readonly PayloadField[],
): EventDetails | undefined {
  const details: Writable<EventDetails> = {}
  for (const field of fields) {
    const value = record[field.key]
    if (value === undefined || value === null) {
      if (field.required) return undefined
      continue
    }
    switch (field.kind) {
      case 'id':
        if (typeof value !== 'string' || value === '') return undefined
        details[field.detail] = value
        break
      case 'text':
        if (typeof value !== 'string') return undefined
        // Seam's examples send "" for absent names and URLs: no information.
        if (value !== '') details[field.detail] = value
        break
      case 'number':
        if (typeof value !== 'number' || !Number.isFinite(value)) return undefined
        if (field.detail !== undefined) details[field.detail] = value
        break
      case 'batteryLevel':
        if (typeof value !== 'number' || !(value >= 0 && value <= 1)) return undefined
        details.batteryLevel = value
        break
      case 'batteryStatus':
        if (typeof value !== 'string' || !batteryStatuses.has(value)) return undefined
        details.batteryStatus = value as BatteryStatus
        break
      case 'disconnectCode':
        if (typeof value !== 'string') return undefined
        if (disconnectCodes.has(value)) {
          details.disconnectReason = value as DisconnectReason
        } else {
          details.disconnectReason = 'unknown'
          details.rawDisconnectCode = value
        }
        break
      case 'lockMethod':
        if (typeof value !== 'string') return undefined
        details.lockMethod = lockMethods.has(value) ? (value as LockMethod) : 'unknown'
        break
      case 'motionSubType':
        if (typeof value !== 'string') return undefined
        details.motionSubType = motionSubTypes.has(value) ? (value as MotionSubType) : 'unknown'
        break
      case 'issues': {
        const list = readIssues(value)
        if (list === undefined) return undefined
        details[field.detail] = list
        break
      }
      default:
        field satisfies never
        return undefined
    }
  }
  return details
}

function readIssues(value: unknown): EventIssue[] | undefined {
  if (!Array.isArray(value)) return undefined
  const list: EventIssue[] = []
  for (const item of value as unknown[]) {
    if (typeof item !== 'object' || item === null || Array.isArray(item)) return undefined
    const entry = item as Record<string, unknown>
    const errorCode = optionalString(entry.error_code)
    const warningCode = optionalString(entry.warning_code)
    const message = optionalString(entry.message)
    if (errorCode === BAD || warningCode === BAD || message === BAD) return undefined
    const code = errorCode || warningCode || 'unknown'
    list.push(message ? { code, message } : { code })
  }
  return list
}

const BAD = Symbol('not a string')

function optionalString(value: unknown): string | undefined | typeof BAD {
  if (value === undefined || value === null) return undefined
  return typeof value === 'string' ? value : BAD
}
