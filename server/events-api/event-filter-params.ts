// The explorer's query string: its strict schema, and the filter it asks for (or a 400 saying why not).
import { EVENT_CATEGORY_NAMES } from '../../src/domain/events/parsed-event'
import { decodeCursor, type EventPagePosition } from './event-cursor'
import type { EventPageFilter } from './event-page-query'
import type { InventoryNames } from './inventory-names'

/** Several values per filter: repeated (`type=a&type=b`), comma-separated (`type=a,b`), or both. */
export interface EventsApiQuery {
  type?: string[]
  category?: string[]
  severity?: string[]
  status?: string[]
  device?: string[]
  account?: string[]
  q?: string
  from?: string
  to?: string
  before?: string
  limit?: number
}

export const DEFAULT_PAGE_SIZE = 100
export const MAX_PAGE_SIZE = 1_000
/** Values per filter, after splitting commas: a link with more is not one a person made. */
const MAX_VALUES = 200
const MAX_WORDS = 20

const SEVERITIES = ['critical', 'warning', 'info', 'none']
const STATUSES = ['known', 'unknown', 'invalid']
const CATEGORIES: readonly string[] = EVENT_CATEGORY_NAMES

const LIST = {
  type: 'array',
  items: { type: 'string', maxLength: 4_000 },
  maxItems: MAX_VALUES,
} as const

const FILTER_PROPERTIES = {
  type: LIST,
  category: LIST,
  severity: LIST,
  status: LIST,
  device: LIST,
  account: LIST,
  q: { type: 'string', maxLength: 200 },
  from: { type: 'string', maxLength: 40 },
  to: { type: 'string', maxLength: 40 },
} as const

/** Fastify's validation turns one `type=a` into `['a']` (its Ajv coerces to arrays). */
export const PAGE_QUERY_SCHEMA = {
  type: 'object',
  properties: {
    ...FILTER_PROPERTIES,
    before: { type: 'string', maxLength: 400 },
    limit: { type: 'integer', minimum: 1, maximum: MAX_PAGE_SIZE },
  },
  additionalProperties: false,
} as const

export const CSV_QUERY_SCHEMA = {
  type: 'object',
  properties: FILTER_PROPERTIES,
  additionalProperties: false,
} as const

/** A request the explorer cannot answer; its message says what to change. */
export class EventQueryError extends Error {}

/**
 * Fastify's Ajv removes unknown properties instead of refusing them, so a misspelt filter
 * (`devices=…`) would answer every event as if it applied; this names it before validation.
 */
export function refuseUnknownParameters(
  query: unknown,
  schema: { readonly properties: object },
): void {
  const allowed = Object.keys(schema.properties)
  const unknown = Object.keys(query ?? {}).filter((key) => !allowed.includes(key))
  if (unknown.length > 0) {
    throw new EventQueryError(
      `Unknown parameter ${unknown.map((key) => `"${key}"`).join(', ')}: this route takes ${allowed.join(', ')}.`,
    )
  }
}

function listOf(name: string, values: readonly string[] | undefined): string[] {
  const items = [
    ...new Set(
      (values ?? []).flatMap((value) =>
        value
          .split(',')
          .map((item) => item.trim())
          .filter((item) => item !== ''),
      ),
    ),
  ]
  if (items.length > MAX_VALUES) {
    throw new EventQueryError(`${name} has ${items.length} values; ask for at most ${MAX_VALUES}.`)
  }
  return items
}

export function oneOf(name: string, values: readonly string[] | undefined, allowed: readonly string[]) {
  const items = listOf(name, values)
  const wrong = items.filter((item) => !allowed.includes(item))
  if (wrong.length > 0) {
    throw new EventQueryError(
      `${name} ${wrong.map((item) => `"${item}"`).join(', ')} is not one of ${allowed.join(', ')}.`,
    )
  }
  return items
}

// With a zone, so a link means the same instant wherever the server runs.
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/i

export function instantOf(name: string, value: string | undefined): number | undefined {
  if (value === undefined || value === '') return undefined
  const ms = Date.parse(value)
  if (!ISO_INSTANT.test(value) || Number.isNaN(ms)) {
    throw new EventQueryError(
      `${name} must be an ISO 8601 instant with its zone, such as 2026-12-03T10:00:00Z; got "${value}".`,
    )
  }
  return ms
}

function wordsOf(q: string | undefined): string[] {
  const words = [
    ...new Set(
      (q ?? '')
        .toLowerCase()
        .split(/\s+/)
        .filter((word) => word !== ''),
    ),
  ]
  if (words.length > MAX_WORDS) {
    throw new EventQueryError(`q has ${words.length} words; use at most ${MAX_WORDS}.`)
  }
  return words
}

/** The filter a query string asks for; throws EventQueryError naming the bad parameter. */
export function eventFilterOf(
  query: Omit<EventsApiQuery, 'before' | 'limit'>,
  names: InventoryNames,
): EventPageFilter {
  const accountIds = listOf('account', query.account)
  const from = instantOf('from', query.from)
  const to = instantOf('to', query.to)
  if (from !== undefined && to !== undefined && from > to) {
    throw new EventQueryError(`from (${query.from}) is after to (${query.to}); swap them.`)
  }
  return {
    types: listOf('type', query.type),
    categories: oneOf('category', query.category, CATEGORIES),
    severities: oneOf('severity', query.severity, SEVERITIES),
    statuses: oneOf('status', query.status, STATUSES),
    deviceIds: listOf('device', query.device),
    accountIds,
    devicesOfAccounts: accountIds.length > 0 ? names.devicesOf(accountIds) : [],
    words: wordsOf(query.q).map((word) => names.named(word)),
    from,
    to,
  }
}

/** Where the page starts: null for the newest events. */
export function beforeOf(cursor: string | undefined): EventPagePosition | null {
  if (cursor === undefined || cursor === '') return null
  const position = decodeCursor(cursor)
  if (position === undefined) {
    throw new EventQueryError(
      'before is not a cursor from this server: pass the "next" of the previous page as it came, or leave before out for the newest events.',
    )
  }
  return position
}
