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

export interface ParsedEvent {
  /** Seam's event_id, or a stable synthetic id (`invalid:<hash>`) when Seam sent none. */
  readonly id: string
  readonly type: string
  readonly status: ParseStatus
  /** Why an event is invalid, in words. */
  readonly reason?: string
  readonly occurredAt: Instant
  readonly createdAt: Instant
  readonly deviceId?: string
  readonly connectedAccountId?: string
  readonly workspaceId?: string
  readonly category: EventCategory
  readonly timeline: TimelineKind
  /** Severity when the event means trouble, otherwise undefined. */
  readonly severity?: Severity
  /** The payload as Seam sent it (PINs already removed by the proxy). */
  readonly raw: Readonly<Record<string, unknown>>
}
