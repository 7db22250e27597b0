// The device table's columns for TanStack Table: header words, sort values, and grid widths.
import type { ColumnDef, SortingFn } from '@tanstack/react-table'
import type { FleetDeviceRow } from './fleet-view'
import { compareSortValues, sortValue, type SortValue } from './fleet-sort'
import { FLEET_COLUMN_IDS, type FleetColumnId } from './fleet-url-state'

export const COLUMN_LABELS: Readonly<Record<FleetColumnId, string>> = {
  name: 'Device',
  kind: 'Kind',
  account: 'Account',
  connectivity: 'Connectivity',
  battery: 'Battery',
  lock: 'Last lock action',
  lastEvent: 'Last event',
  alerts: 'Open alerts',
}

// Whole grid tracks, one per column, so every table (grouped or not) lines up the same way.
const COLUMN_TRACKS: Readonly<Record<FleetColumnId, string>> = {
  name: 'minmax(11rem, 2.6fr)',
  kind: 'minmax(8.5rem, 1.2fr)',
  account: 'minmax(8.5rem, 1.3fr)',
  connectivity: 'minmax(9.5rem, 1.1fr)',
  battery: 'minmax(8.5rem, 1fr)',
  lock: 'minmax(10rem, 1.2fr)',
  lastEvent: 'minmax(12rem, 2.2fr)',
  alerts: 'minmax(6.5rem, 0.7fr)',
}

export function gridTemplate(columns: readonly FleetColumnId[]): string {
  return columns.map((id) => COLUMN_TRACKS[id]).join(' ')
}

/** Most recent first is what people want of times and alerts; the worst first of the rest. */
const DESC_FIRST: ReadonlySet<FleetColumnId> = new Set(['lock', 'lastEvent', 'alerts'])

const bySortValue: SortingFn<FleetDeviceRow> = (a, b, columnId) =>
  compareSortValues(a.getValue<SortValue>(columnId), b.getValue<SortValue>(columnId))

export const FLEET_COLUMNS: ColumnDef<FleetDeviceRow, SortValue>[] = FLEET_COLUMN_IDS.map(
  (id): ColumnDef<FleetDeviceRow, SortValue> => ({
    id,
    header: COLUMN_LABELS[id],
    accessorFn: (row) => sortValue(row, id),
    sortingFn: bySortValue,
    sortUndefined: 'last',
    sortDescFirst: DESC_FIRST.has(id),
    enableHiding: id !== 'name',
  }),
)
