// Removes guests' PINs from a raw event before it is stored or leaves the proxy.
import { EVENT_TYPES_WITH_PIN } from './event-types'

const PIN_TYPES: ReadonlySet<string> = new Set(EVENT_TYPES_WITH_PIN)

/**
 * Returns the event without the PIN. Seam documents `code` only on the two types in
 * EVENT_TYPES_WITH_PIN, but `access_code.deleted` is typed with it too and Seam adds fields
 * without notice, so `code` is also dropped from every `access_code.*` event, and from a nested
 * `access_code` object on any event.
 *
 * Events without a PIN come back as the same object, not a copy: most of the stream has none.
 * The input is never mutated.
 */
export function redactEventSecrets(raw: Record<string, unknown>): {
  event: Record<string, unknown>
  redacted: boolean
} {
  const type = raw.event_type
  const isCodeEvent =
    typeof type === 'string' && (PIN_TYPES.has(type) || type.startsWith('access_code.'))
  const dropTopCode = isCodeEvent && Object.hasOwn(raw, 'code')
  const nested = raw.access_code
  const dropNestedCode = isPlainRecord(nested) && Object.hasOwn(nested, 'code')
  if (!dropTopCode && !dropNestedCode) return { event: raw, redacted: false }

  const event: Record<string, unknown> = { ...raw }
  if (dropTopCode) delete event.code
  if (dropNestedCode) {
    const accessCode: Record<string, unknown> = { ...nested }
    delete accessCode.code
    event.access_code = accessCode
  }
  return { event, redacted: true }
}

function isPlainRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
