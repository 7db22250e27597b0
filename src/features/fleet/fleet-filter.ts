// Which device rows the search box and the account and status filters keep.
import type { FleetDeviceRow } from './fleet-view'
import type { StatusFilter } from './fleet-url-state'

export interface FleetFilter {
  /** Lower-case words; a row must contain every one. */
  readonly words: readonly string[]
  readonly status?: StatusFilter
  /** An account group's key. */
  readonly accountKey?: string
}

/** Words of the search box, lower-cased; "  Maple   door " → ["maple", "door"]. */
export function searchWords(query: string): string[] {
  return query
    .toLowerCase()
    .split(/\s+/)
    .filter((word) => word !== '')
}

export function fleetFilter(
  query: string,
  status: StatusFilter | undefined,
  accountKey: string,
): FleetFilter {
  return {
    words: searchWords(query),
    ...(status === undefined ? {} : { status }),
    ...(accountKey === '' ? {} : { accountKey }),
  }
}

export function isFilterActive(filter: FleetFilter): boolean {
  return filter.words.length > 0 || filter.status !== undefined || filter.accountKey !== undefined
}

/** Plain substring tests over text lower-cased once per row, so a keystroke stays cheap. */
export function matchesFleetFilter(row: FleetDeviceRow, filter: FleetFilter): boolean {
  if (filter.accountKey !== undefined && row.accountKey !== filter.accountKey) return false
  if (filter.status !== undefined && !matchesStatus(row, filter.status)) return false
  for (const word of filter.words) if (!row.searchText.includes(word)) return false
  return true
}

export function matchesStatus(row: FleetDeviceRow, status: StatusFilter): boolean {
  switch (status) {
    case 'attention':
      return row.attention > 0 || row.alerts !== undefined
    case 'offline':
    case 'flaky':
    case 'online':
    case 'unknown':
      return row.listed && row.connectivity.state === status
    case 'low_battery':
      return row.batteryConcern !== undefined
    case 'alerts':
      return row.alerts !== undefined
    case 'removed':
      return !row.listed
    default:
      status satisfies never
      return true
  }
}

/** Rows kept, in their order. */
export function filterRows(
  rows: readonly FleetDeviceRow[],
  filter: FleetFilter,
): readonly FleetDeviceRow[] {
  return isFilterActive(filter) ? rows.filter((row) => matchesFleetFilter(row, filter)) : rows
}
