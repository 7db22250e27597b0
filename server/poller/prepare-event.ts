// Validation and redaction at the edge: what the proxy keeps of one upstream event.
import { parseSeamEvent } from '../../src/domain/events/parse-event'
import { redactEventSecrets } from '../../src/domain/events/redact-event'
import type { ParseStatus } from '../../src/domain/events/parsed-event'
import { explorerColumnsOf, type ExplorerColumns } from '../events-api/explorer-columns'
import { capEventSize } from '../security/cap-event-size'

export interface PreparedEvent {
  id: string
  type: string
  status: ParseStatus
  reason: string | undefined
  /** created_at in epoch ms, or the time it was received when Seam sent no usable created_at. */
  createdAt: number
  /** occurred_at in epoch ms; null when Seam sent none usable. */
  occurredAt: number | null
  deviceId: string | null
  connectedAccountId: string | null
  /** Category, severity, order time and search text, for the explorer's filters (/api/events). */
  explorer: ExplorerColumns
  /** The event as it will be served: PINs removed, serialized once. */
  json: string
  redacted: boolean
  /** Strings, lists or the whole payload were cut to keep what browsers receive small. */
  truncated: boolean
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

export function prepareEvent(raw: unknown, receivedAt: number): PreparedEvent {
  // Redact before anything else looks at the payload, so no later step can store the PIN.
  const { event, redacted } = isRecord(raw)
    ? redactEventSecrets(raw)
    : { event: raw, redacted: false }
  // Cap before parsing, so the proxy judges exactly what browsers will receive.
  const capped = capEventSize(event)
  const parsed = parseSeamEvent(capped.event)
  const createdAt = parsed.createdAt > 0 ? parsed.createdAt : receivedAt
  return {
    id: parsed.id,
    type: parsed.type,
    status: parsed.status,
    reason: parsed.reason,
    createdAt,
    occurredAt: parsed.occurredAt > 0 ? parsed.occurredAt : null,
    deviceId: parsed.deviceId ?? null,
    connectedAccountId: parsed.connectedAccountId ?? null,
    explorer: explorerColumnsOf(parsed),
    json: capped.json,
    redacted,
    truncated: capped.truncated,
  }
}
