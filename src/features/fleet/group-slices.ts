// The grouped layout: the filtered, sorted rows split by account, each group capped when the fleet is large.
import type { FleetDeviceRow } from './fleet-view'
import type { FleetGroupView } from './fleet-view'

export interface GroupSlice {
  readonly group: FleetGroupView
  /** The group's matching rows that are drawn, in table order. */
  readonly rows: readonly FleetDeviceRow[]
  /** Matching rows left out (see `maxRows`). */
  readonly hidden: number
}

export interface SliceOptions {
  /** While filtering, groups with no matching device are left out. */
  readonly filterActive: boolean
  /** Only this group, when the account filter is set. */
  readonly accountKey?: string
  /**
   * The grouped layout draws every row (it is not virtualized), so past this many matching rows
   * each group shows only its first `rowsPerGroupWhenLarge`, with a way to the full table.
   */
  readonly maxRows?: number
  readonly rowsPerGroupWhenLarge?: number
}

export const GROUPED_MAX_ROWS = 300
export const ROWS_PER_GROUP_WHEN_LARGE = 10

export function groupSlices(
  groups: readonly FleetGroupView[],
  sortedRows: readonly FleetDeviceRow[],
  options: SliceOptions,
): GroupSlice[] {
  const byGroup = new Map<string, FleetDeviceRow[]>()
  for (const row of sortedRows) {
    const list = byGroup.get(row.accountKey)
    if (list === undefined) byGroup.set(row.accountKey, [row])
    else list.push(row)
  }
  const large = sortedRows.length > (options.maxRows ?? GROUPED_MAX_ROWS)
  const limit = large ? (options.rowsPerGroupWhenLarge ?? ROWS_PER_GROUP_WHEN_LARGE) : Infinity
  const slices: GroupSlice[] = []
  for (const group of groups) {
    if (options.accountKey !== undefined && group.key !== options.accountKey) continue
    const rows = byGroup.get(group.key) ?? []
    if (rows.length === 0 && options.filterActive) continue
    slices.push({
      group,
      rows: rows.length > limit ? rows.slice(0, limit) : rows,
      hidden: Math.max(0, rows.length - limit),
    })
  }
  return slices
}
