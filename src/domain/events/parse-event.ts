// Turns whatever Seam sent into a ParsedEvent: never throws, and cheap enough for 200,000 events.
import type { z } from 'zod/v4'
import { catalogueEntry, eventSeverity, UNKNOWN_EVENT_ENTRY } from './event-catalogue'
import type { EventCatalogueEntry } from './event-catalogue'
import { EVENT_PAYLOAD_FIELDS, EVENT_PAYLOAD_SCHEMAS, requiredSubjectKey } from './event-schemas'
import type { PayloadField } from './event-schemas'
import { KNOWN_EVENT_TYPES } from './event-types'
import type { KnownEventType } from './event-types'
import { fnv1a64Hex } from './fnv-hash'
import { parseIsoInstant } from './iso-instant'
import { describeIssues, previewValue } from './issue-words'
import type { EventDetails, ParsedEvent, ParseStatus } from './parsed-event'
import { readPayloadDetails } from './payload-reader'

interface TypeRule {
  readonly type: KnownEventType
  readonly entry: EventCatalogueEntry
  readonly fields: readonly PayloadField[]
  readonly schema: z.ZodType | null
  readonly subjectKey: 'device_id' | 'connected_account_id' | undefined
}

// Everything known about a type in one lookup, built once.
const RULES: ReadonlyMap<string, TypeRule> = new Map(
  KNOWN_EVENT_TYPES.map((type) => [
    type,
    {
      type,
      entry: catalogueEntry(type),
      fields: EVENT_PAYLOAD_FIELDS[type],
      schema: EVENT_PAYLOAD_SCHEMAS[type],
      subjectKey: requiredSubjectKey(type),
    },
  ]),
)

/**
 * Validates one raw event. Never throws, whatever the input.
 * - Unknown `event_type`: status `unknown`, category `other`, timeline `feed`.
 * - Broken envelope or malformed payload: status `invalid`, with every problem found in `reason`,
 *   category from the catalogue, timeline `feed` (timelines draw only trustworthy events) and the
 *   type's base severity.
 * - No usable `event_id`: id `invalid:<FNV-1a 64 of the JSON>`, stable across polls.
 * - Unusable times: each falls back to the other, and to 0 when neither parses.
 */
export function parseSeamEvent(raw: unknown): ParsedEvent {
  try {
    return parseRecord(raw)
  } catch (error) {
    // Only reachable with inputs JSON cannot produce (throwing getters, proxies).
    const message = error instanceof Error ? error.message : 'unknown error'
    return invalidEvent(raw, `event could not be read (${message})`)
  }
}

export function parseSeamEvents(raws: readonly unknown[]): ParsedEvent[] {
  const parsed: ParsedEvent[] = []
  for (const raw of raws) parsed.push(parseSeamEvent(raw))
  return parsed
}

function parseRecord(raw: unknown): ParsedEvent {
  if (!isRecord(raw)) return invalidEvent(raw, `event must be an object, got ${previewValue(raw)}`)
  const record = raw as Record<string, unknown>
  let reason: string | undefined

  const eventId = record.event_id
  const hasId = typeof eventId === 'string' && eventId.length > 0
  if (!hasId) reason = addProblem(reason, requiredTextProblem('event_id', eventId))

  const rawType = record.event_type
  const type = typeof rawType === 'string' ? rawType : ''
  if (type === '') reason = addProblem(reason, requiredTextProblem('event_type', rawType))

  const createdText = record.created_at
  const created = typeof createdText === 'string' ? parseIsoInstant(createdText) : undefined
  if (created === undefined) reason = addProblem(reason, timeProblem('created_at', createdText))
  const occurredText = record.occurred_at
  // Seam usually sends the same instant twice; comparing 24 characters is cheaper than parsing.
  const occurred =
    occurredText === createdText
      ? created
      : typeof occurredText === 'string'
        ? parseIsoInstant(occurredText)
        : undefined
  if (occurred === undefined) reason = addProblem(reason, timeProblem('occurred_at', occurredText))

  const workspaceId = optionalId(record.workspace_id)
  if (workspaceId === BAD) {
    reason = addProblem(reason, idProblem('workspace_id', record.workspace_id))
  }
  const deviceId = optionalId(record.device_id)
  if (deviceId === BAD) reason = addProblem(reason, idProblem('device_id', record.device_id))
  const accountId = optionalId(record.connected_account_id)
  if (accountId === BAD) {
    reason = addProblem(reason, idProblem('connected_account_id', record.connected_account_id))
  }
  reason = checkOptionalShapes(record, reason)

  const rule = RULES.get(type)
  let details: EventDetails | undefined
  if (rule !== undefined) {
    const subjectKey = rule.subjectKey
    if (subjectKey !== undefined) {
      const subjectId = subjectKey === 'device_id' ? deviceId : accountId
      if (subjectId === undefined) reason = addProblem(reason, `${subjectKey} is missing`)
    }
    if (rule.schema !== null) {
      details = readPayloadDetails(record, rule.fields)
      if (details === undefined) reason = addProblem(reason, payloadProblem(rule.schema, record))
    }
  }

  const status: ParseStatus = reason !== undefined ? 'invalid' : rule ? 'known' : 'unknown'
  const entry = rule?.entry ?? UNKNOWN_EVENT_ENTRY
  const severity =
    rule === undefined
      ? undefined
      : status === 'known'
        ? eventSeverity(rule.type, details)
        : entry.severity
  return {
    id: hasId ? eventId : syntheticId(record),
    // The catalogue's own copy of a known type: every later lookup by type compares one pointer
    // instead of a freshly parsed string's characters.
    type: rule?.type ?? type,
    status,
    reason,
    occurredAt: occurred ?? created ?? 0,
    createdAt: created ?? occurred ?? 0,
    deviceId: deviceId === BAD ? undefined : deviceId,
    connectedAccountId: accountId === BAD ? undefined : accountId,
    workspaceId: workspaceId === BAD ? undefined : workspaceId,
    category: entry.category,
    timeline: status === 'known' ? entry.timeline : 'feed',
    severity,
    details: status === 'known' ? details : undefined,
    raw: record,
  }
}

function invalidEvent(raw: unknown, reason: string): ParsedEvent {
  return {
    id: syntheticId(raw),
    type: '',
    status: 'invalid',
    reason,
    occurredAt: 0,
    createdAt: 0,
    deviceId: undefined,
    connectedAccountId: undefined,
    workspaceId: undefined,
    category: UNKNOWN_EVENT_ENTRY.category,
    timeline: 'feed',
    severity: undefined,
    details: undefined,
    raw: { value: raw },
  }
}

function addProblem(reason: string | undefined, problem: string): string {
  return reason === undefined ? problem : `${reason}; ${problem}`
}

// A sentinel instead of a result object keeps the common path free of allocations.
const BAD = Symbol('bad id')

function optionalId(value: unknown): string | undefined | typeof BAD {
  if (value === undefined || value === null) return undefined
  return typeof value === 'string' && value.length > 0 ? value : BAD
}

function requiredTextProblem(field: string, value: unknown): string {
  return value === undefined || value === null ? `${field} is missing` : idProblem(field, value)
}

function idProblem(field: string, value: unknown): string {
  return `${field} must be a non-empty string, got ${previewValue(value)}`
}

function timeProblem(field: string, value: unknown): string {
  if (value === undefined || value === null) return `${field} is missing`
  if (typeof value !== 'string')
    return `${field} must be an ISO 8601 string, got ${previewValue(value)}`
  return `${field} ${previewValue(value)} is not an ISO 8601 date-time`
}

function checkOptionalShapes(record: Record<string, unknown>, reason: string | undefined) {
  const customerKey = record.customer_key
  if (customerKey != null && typeof customerKey !== 'string') {
    reason = addProblem(reason, `customer_key must be a string, got ${previewValue(customerKey)}`)
  }
  // Two plain reads rather than a loop over names: keyed reads are slow on varied shapes.
  const deviceMetadata = record.device_custom_metadata
  if (deviceMetadata != null && !isRecord(deviceMetadata)) {
    reason = addProblem(reason, metadataProblem('device_custom_metadata', deviceMetadata))
  }
  const accountMetadata = record.connected_account_custom_metadata
  if (accountMetadata != null && !isRecord(accountMetadata)) {
    reason = addProblem(
      reason,
      metadataProblem('connected_account_custom_metadata', accountMetadata),
    )
  }
  return reason
}

function isRecord(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function metadataProblem(field: string, value: unknown): string {
  return `${field} must be an object, got ${previewValue(value)}`
}

function syntheticId(value: unknown): string {
  return `invalid:${fnv1a64Hex(stableText(value))}`
}

function stableText(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value)
  } catch {
    // Cycles or BigInt: the best stable text left is the value's own string form.
    try {
      return String(value)
    } catch {
      return 'unreadable'
    }
  }
}

/** Zod runs only here, on the rare rejected payload, to say in words what is wrong. */
function payloadProblem(schema: z.ZodType, record: Record<string, unknown>): string {
  const result = schema.safeParse(record)
  return result.success ? 'payload is malformed' : describeIssues(result.error.issues, record)
}
