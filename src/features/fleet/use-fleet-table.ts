// The device table's TanStack Table instance, its state (sort, visibility, filter) driven by the URL.
import {
  getCoreRowModel,
  getFilteredRowModel,
  getSortedRowModel,
  useReactTable,
  type FilterFn,
  type SortingState,
  type Updater,
  type VisibilityState,
} from '@tanstack/react-table'
import { useMemo } from 'react'
import type { FleetDeviceRow } from './device-row'
import { FLEET_COLUMNS } from './fleet-columns'
import { isFilterActive, matchesFleetFilter, type FleetFilter } from './fleet-filter'
import { isFleetColumnId, type FleetColumnId, type FleetSort } from './fleet-url-state'

export interface FleetTableState {
  readonly sort: FleetSort | undefined
  readonly onSortChange: (sort: FleetSort | undefined) => void
  readonly hidden: readonly FleetColumnId[]
  readonly filter: FleetFilter
}

// One call per row: the filter reads the row's precomputed search text, not its cells.
const matchesRow: FilterFn<FleetDeviceRow> = (row, _columnId, filter: FleetFilter) =>
  matchesFleetFilter(row.original, filter)

export function useFleetTable(rows: FleetDeviceRow[], state: FleetTableState) {
  const { sort, onSortChange, hidden, filter } = state
  const sorting = useMemo<SortingState>(
    () => (sort === undefined ? [] : [{ id: sort.id, desc: sort.desc }]),
    [sort],
  )
  const columnVisibility = useMemo<VisibilityState>(
    () => Object.fromEntries(hidden.map((id) => [id, false])),
    [hidden],
  )
  // eslint-disable-next-line react-hooks/incompatible-library -- the table is read in this render only
  return useReactTable({
    data: rows,
    columns: FLEET_COLUMNS,
    getRowId: (row) => row.deviceId,
    state: {
      sorting,
      columnVisibility,
      // TanStack skips the filter pass entirely when this is undefined.
      globalFilter: isFilterActive(filter) ? filter : undefined,
    },
    onSortingChange: (updater: Updater<SortingState>) => {
      const next = typeof updater === 'function' ? updater(sorting) : updater
      const first = next[0]
      onSortChange(
        first !== undefined && isFleetColumnId(first.id)
          ? { id: first.id, desc: first.desc }
          : undefined,
      )
    },
    globalFilterFn: matchesRow,
    getColumnCanGlobalFilter: (column) => column.id === 'name',
    enableMultiSort: false,
    getCoreRowModel: getCoreRowModel(),
    getFilteredRowModel: getFilteredRowModel(),
    getSortedRowModel: getSortedRowModel(),
  })
}
