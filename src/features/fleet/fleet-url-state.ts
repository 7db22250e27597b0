// The fleet view's URL query: sort, hidden columns, grouping and filters, parsed and written back.
import { formatListParam, parseListParam } from '../../lib/use-search-param'

export const FLEET_COLUMN_IDS = [
  'name',
  'kind',
  'account',
  'connectivity',
  'battery',
  'lock',
  'lastEvent',
  'alerts',
] as const

export type FleetColumnId = (typeof FLEET_COLUMN_IDS)[number]

/** The name column stays: a row without it cannot be told apart or opened. */
export const HIDEABLE_COLUMN_IDS: readonly FleetColumnId[] = FLEET_COLUMN_IDS.filter(
  (id) => id !== 'name',
)

export function isFleetColumnId(value: string): value is FleetColumnId {
  return (FLEET_COLUMN_IDS as readonly string[]).includes(value)
}

export interface FleetSort {
  readonly id: FleetColumnId
  readonly desc: boolean
}

/** `battery` sorts ascending, `-battery` descending; anything else means the default order. */
export function parseSortParam(value: string): FleetSort | undefined {
  const desc = value.startsWith('-')
  const id = desc ? value.slice(1) : value
  return isFleetColumnId(id) ? { id, desc } : undefined
}

export function formatSortParam(sort: FleetSort | undefined): string {
  return sort === undefined ? '' : `${sort.desc ? '-' : ''}${sort.id}`
}

/** `hide=account,lock`: unknown and unhideable ids are dropped, repeats once. */
export function parseHiddenParam(value: string): FleetColumnId[] {
  const hidden = new Set<FleetColumnId>()
  for (const id of parseListParam(value)) {
    if (isFleetColumnId(id) && id !== 'name') hidden.add(id)
  }
  return FLEET_COLUMN_IDS.filter((id) => hidden.has(id))
}

export function formatHiddenParam(hidden: readonly FleetColumnId[]): string {
  return formatListParam(FLEET_COLUMN_IDS.filter((id) => hidden.includes(id)))
}

export type GroupMode = 'account' | 'none'

/** Up to this many devices the overview groups by account unless the URL says otherwise. */
export const AUTO_GROUP_MAX_DEVICES = 200

/**
 * `group=account` or `group=none`; absent (or unknown), grouping follows the fleet's size: a few
 * dozen devices read best under their accounts, thousands in one table with an account column.
 */
export function resolveGroupMode(value: string, deviceCount: number): GroupMode {
  if (value === 'account' || value === 'none') return value
  return deviceCount <= AUTO_GROUP_MAX_DEVICES ? 'account' : 'none'
}

/** What to write for a chosen mode: nothing when it is what the size would pick anyway. */
export function formatGroupParam(mode: GroupMode, deviceCount: number): string {
  return resolveGroupMode('', deviceCount) === mode ? '' : mode
}

export const STATUS_FILTERS = [
  'attention',
  'offline',
  'flaky',
  'low_battery',
  'alerts',
  'online',
  'unknown',
  'removed',
] as const

export type StatusFilter = (typeof STATUS_FILTERS)[number]

export const STATUS_FILTER_WORDS: Readonly<Record<StatusFilter, string>> = {
  attention: 'Needs attention',
  offline: 'Offline',
  flaky: 'Flaky',
  low_battery: 'Low battery',
  alerts: 'With open alerts',
  online: 'Online',
  unknown: 'Not reporting',
  removed: 'Removed',
}

export function parseStatusParam(value: string): StatusFilter | undefined {
  return (STATUS_FILTERS as readonly string[]).includes(value) ? (value as StatusFilter) : undefined
}
