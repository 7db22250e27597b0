// The explorer's filters as data, and their round trip through the URL so a link reproduces a view.
import type {
  EventCategory,
  Instant,
  ParseStatus,
  Severity,
} from '../../domain/events/parsed-event'
import type { EventsApiFilter } from '../../api/live/event-page-query'
import { formatListParam, parseListParam } from '../../lib/use-search-param'

/** `none` stands for routine events, which carry no severity. */
export type SeverityFilter = Severity | 'none'

export const RANGE_PRESETS = ['15m', '1h', '24h', '7d'] as const
export type RangePreset = (typeof RANGE_PRESETS)[number]

export const RANGE_PRESET_MS: Readonly<Record<RangePreset, number>> = {
  '15m': 15 * 60_000,
  '1h': 60 * 60_000,
  '24h': 24 * 60 * 60_000,
  '7d': 7 * 24 * 60 * 60_000,
}

/** Relative ranges move with the clock; `between` is fixed, so a shared link shows the same rows. */
export type TimeRange =
  | { readonly kind: 'all' }
  | { readonly kind: 'last'; readonly preset: RangePreset }
  | { readonly kind: 'between'; readonly from?: Instant; readonly to?: Instant }

export interface EventFilters {
  readonly categories: readonly EventCategory[]
  /** One event type, '' for any. */
  readonly type: string
  /** One device id, '' for any. */
  readonly device: string
  /** One connected account id, '' for any. */
  readonly account: string
  readonly severities: readonly SeverityFilter[]
  readonly statuses: readonly ParseStatus[]
  readonly range: TimeRange
  /** Free text: every word must appear in the event's words, names or ids. */
  readonly text: string
}

export const NO_FILTERS: EventFilters = {
  categories: [],
  type: '',
  device: '',
  account: '',
  severities: [],
  statuses: [],
  range: { kind: 'all' },
  text: '',
}

export const EVENT_CATEGORIES: readonly EventCategory[] = [
  'lock',
  'access_code',
  'connectivity',
  'battery',
  'media',
  'account',
  'device_lifecycle',
  'integration',
  'noise',
  'other',
]

export const SEVERITY_FILTERS: readonly SeverityFilter[] = ['critical', 'warning', 'info', 'none']
export const PARSE_STATUSES: readonly ParseStatus[] = ['known', 'unknown', 'invalid']

/** The query keys this view owns; anything else in the URL is left alone. */
export const FILTER_KEYS = [
  'category',
  'type',
  'device',
  'account',
  'severity',
  'status',
  'range',
  'from',
  'to',
  'q',
] as const

function oneOf<T extends string>(allowed: readonly T[], value: string): value is T {
  return (allowed as readonly string[]).includes(value)
}

// Unknown values in a hand-edited link are dropped rather than matching nothing.
function listOf<T extends string>(allowed: readonly T[], value: string | null): T[] {
  const items = parseListParam(value ?? '').filter((item): item is T => oneOf(allowed, item))
  return [...new Set(items)]
}

function instant(value: string | null): Instant | undefined {
  if (value === null || value === '') return undefined
  const at = Date.parse(value)
  return Number.isNaN(at) ? undefined : at
}

function parseRange(params: URLSearchParams): TimeRange {
  const from = instant(params.get('from'))
  const to = instant(params.get('to'))
  if (from !== undefined || to !== undefined) {
    return {
      kind: 'between',
      ...(from === undefined ? {} : { from }),
      ...(to === undefined ? {} : { to }),
    }
  }
  const preset = params.get('range') ?? ''
  return oneOf(RANGE_PRESETS, preset) ? { kind: 'last', preset } : { kind: 'all' }
}

export function parseEventFilters(params: URLSearchParams): EventFilters {
  return {
    categories: listOf(EVENT_CATEGORIES, params.get('category')),
    type: params.get('type') ?? '',
    device: params.get('device') ?? '',
    account: params.get('account') ?? '',
    severities: listOf(SEVERITY_FILTERS, params.get('severity')),
    statuses: listOf(PARSE_STATUSES, params.get('status')),
    range: parseRange(params),
    text: params.get('q') ?? '',
  }
}

/**
 * `current` with this view's keys replaced by `filters`; empty filters leave no key, so the link
 * stays short. Instants are written as ISO 8601 in UTC.
 */
export function formatEventFilters(
  filters: EventFilters,
  current: URLSearchParams = new URLSearchParams(),
): URLSearchParams {
  const params = new URLSearchParams(current)
  for (const key of FILTER_KEYS) params.delete(key)
  const set = (key: string, value: string) => {
    if (value !== '') params.set(key, value)
  }
  set('category', formatListParam(filters.categories))
  set('type', filters.type)
  set('device', filters.device)
  set('account', filters.account)
  set('severity', formatListParam(filters.severities))
  set('status', formatListParam(filters.statuses))
  const range = filters.range
  if (range.kind === 'last') set('range', range.preset)
  if (range.kind === 'between') {
    if (range.from !== undefined) set('from', new Date(range.from).toISOString())
    if (range.to !== undefined) set('to', new Date(range.to).toISOString())
  }
  set('q', filters.text.trim() === '' ? '' : filters.text)
  return params
}

/** How many kinds of filter are narrowing the list: "3 filters active". */
export function activeFilterCount(filters: EventFilters): number {
  return [
    filters.categories.length > 0,
    filters.type !== '',
    filters.device !== '',
    filters.account !== '',
    filters.severities.length > 0,
    filters.statuses.length > 0,
    filters.range.kind !== 'all',
    filters.text.trim() !== '',
  ].filter(Boolean).length
}

/** The bounds of a range at `now`, either side open when undefined. */
export function resolveRange(
  range: TimeRange,
  now: Instant,
): { readonly from?: Instant; readonly to?: Instant } {
  switch (range.kind) {
    case 'all':
      return {}
    case 'last':
      return { from: now - RANGE_PRESET_MS[range.preset] }
    case 'between':
      return range
    default:
      return range satisfies never
  }
}

/** The filters as the events API asks them; a relative range stays relative until each fetch. */
export function toApiFilter(filters: EventFilters): EventsApiFilter {
  const range = filters.range
  return {
    categories: filters.categories,
    type: filters.type,
    device: filters.device,
    account: filters.account,
    severities: filters.severities,
    statuses: filters.statuses,
    text: filters.text,
    range: range.kind === 'last' ? { withinMs: RANGE_PRESET_MS[range.preset] } : fixedBounds(range),
  }
}

function fixedBounds(range: TimeRange): { from?: Instant; to?: Instant } {
  if (range.kind !== 'between') return {}
  return {
    ...(range.from === undefined ? {} : { from: range.from }),
    ...(range.to === undefined ? {} : { to: range.to }),
  }
}
