// Caps what one upstream event may weigh when served, so a hostile or broken event cannot flood browsers.

/** Longer strings are cut; signed media URLs and notes fit many times over. */
export const MAX_STRING_CHARS = 4_096
/** Longer arrays keep their first items. */
export const MAX_ARRAY_ITEMS = 100
/** Deeper nesting is replaced by a marker; Seam's events are three levels deep at most. */
export const MAX_DEPTH = 8
/** After the cuts above, an event still larger than this keeps only its envelope. */
export const MAX_EVENT_JSON_CHARS = 64 * 1024

const ENVELOPE_FIELDS = [
  'event_id',
  'event_type',
  'workspace_id',
  'device_id',
  'connected_account_id',
  'created_at',
  'occurred_at',
] as const

export interface CappedEvent {
  event: unknown
  /** The event as served, serialized once. */
  json: string
  truncated: boolean
}

export function truncationMarker(removed: number, unit: string): string {
  return `…[truncated by Doorboard: ${removed} more ${unit}]`
}

function capValue(value: unknown, depth: number): unknown {
  if (typeof value === 'string') {
    return value.length > MAX_STRING_CHARS
      ? value.slice(0, MAX_STRING_CHARS) +
          truncationMarker(value.length - MAX_STRING_CHARS, 'characters')
      : value
  }
  if (typeof value !== 'object' || value === null) return value
  if (depth >= MAX_DEPTH) return truncationMarker(1, 'nested level(s)')
  if (Array.isArray(value)) {
    const kept = value.slice(0, MAX_ARRAY_ITEMS).map((item) => capValue(item, depth + 1))
    if (value.length > MAX_ARRAY_ITEMS) {
      kept.push(truncationMarker(value.length - MAX_ARRAY_ITEMS, 'items'))
    }
    return kept
  }
  const capped: Record<string, unknown> = {}
  for (const [key, item] of Object.entries(value)) {
    const safeKey =
      key.length > 256 ? key.slice(0, 256) + truncationMarker(key.length - 256, 'characters') : key
    capped[safeKey] = capValue(item, depth + 1)
  }
  return capped
}

function envelopeOf(event: unknown, originalChars: number): Record<string, unknown> {
  const envelope: Record<string, unknown> = {}
  if (typeof event === 'object' && event !== null && !Array.isArray(event)) {
    for (const field of ENVELOPE_FIELDS) {
      const value = (event as Record<string, unknown>)[field]
      if (typeof value === 'string' && value.length <= 256) envelope[field] = value
    }
  }
  envelope.doorboard_truncated = `The rest of this event (${originalChars} characters) was removed: too large to show.`
  return envelope
}

function tryStringify(value: unknown): string | undefined {
  try {
    return JSON.stringify(value ?? null)
  } catch {
    // Nesting deep enough to overflow the stack: only the capped copy can be written.
    return undefined
  }
}

/** Nearly every event is a few hundred characters and comes back as it was, serialized once. */
export function capEventSize(event: unknown): CappedEvent {
  const json = tryStringify(event)
  if (json !== undefined && json.length <= MAX_STRING_CHARS) {
    return { event, json, truncated: false }
  }
  const capped = capValue(event, 0)
  const cappedJson = tryStringify(capped) ?? 'null'
  if (cappedJson === json && json.length <= MAX_EVENT_JSON_CHARS) {
    return { event, json, truncated: false }
  }
  if (cappedJson.length <= MAX_EVENT_JSON_CHARS) {
    return { event: capped, json: cappedJson, truncated: true }
  }
  const envelope = envelopeOf(event, json?.length ?? cappedJson.length)
  return { event: envelope, json: JSON.stringify(envelope), truncated: true }
}
