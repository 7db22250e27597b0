// The device table's TanStack Table instance, its state (sort, visibility) driven by the URL, and its filter.
import {
  getCoreRowModel,
  getSortedRowModel,
  useReactTable,
  type Row,
  type SortingState,
  type Updater,
  type VisibilityState,
} from '@tanstack/react-table'
import { useMemo } from 'react'
import type { FleetDeviceRow } from './fleet-view'
import { FLEET_COLUMNS } from './fleet-columns'
import { isFilterActive, matchesFleetFilter, type FleetFilter } from './fleet-filter'
import { isFleetColumnId, type FleetColumnId, type FleetSort } from './fleet-url-state'

export interface FleetTableState {
  readonly sort: FleetSort | undefined
  readonly onSortChange: (sort: FleetSort | undefined) => void
  readonly hidden: readonly FleetColumnId[]
}

/**
 * The sorted rows that pass `filter`, in their order. Filtering here rather than in TanStack keeps
 * its sorted model (memoized on the data and the sort) across keystrokes: TanStack's filter makes
 * a new row object for every match on each keystroke. Filtering a sorted list gives what sorting
 * a filtered one would, since the sort breaks ties by the row's index.
 */
export function filterTableRows(
  rows: readonly Row<FleetDeviceRow>[],
  filter: FleetFilter,
): readonly Row<FleetDeviceRow>[] {
  return isFilterActive(filter)
    ? rows.filter((row) => matchesFleetFilter(row.original, filter))
    : rows
}

export function useFleetTable(rows: FleetDeviceRow[], state: FleetTableState) {
  const { sort, onSortChange, hidden } = state
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
    state: { sorting, columnVisibility },
    onSortingChange: (updater: Updater<SortingState>) => {
      const next = typeof updater === 'function' ? updater(sorting) : updater
      const first = next[0]
      onSortChange(
        first !== undefined && isFleetColumnId(first.id)
          ? { id: first.id, desc: first.desc }
          : undefined,
      )
    },
    enableMultiSort: false,
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
  })
}
