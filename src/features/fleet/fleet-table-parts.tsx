// The header row (sortable column headers) and one device row, shared by the grouped and the virtualized tables.
import type { Header } from '@tanstack/react-table'
import { memo } from 'react'
import type { Instant } from '../../domain/events/parsed-event'
import type { FleetDeviceRow } from './fleet-view'
import { FleetCell } from './fleet-cells'
import { COLUMN_LABELS } from './fleet-columns'
import type { FleetColumnId } from './fleet-url-state'

/** Fixed, so the virtualizer knows where every row is without measuring it. */
export const ROW_HEIGHT = 60

export const TABLE_CLASSES = 'min-w-[1080px] text-sm'

const HEAD_CELL =
  'flex items-center px-3 py-2 text-left text-xs font-medium tracking-wide text-zinc-500 uppercase dark:text-zinc-400'

const ATTENTION_MARK = (attention: number) =>
  attention >= 4
    ? 'border-l-red-500'
    : attention >= 2
      ? 'border-l-amber-500'
      : attention >= 1
        ? 'border-l-zinc-300 dark:border-l-zinc-600'
        : 'border-l-transparent'

export function FleetHeaderRow({
  headers,
  template,
}: {
  headers: readonly Header<FleetDeviceRow, unknown>[]
  template: string
}) {
  return (
    <div
      role="row"
      aria-rowindex={1}
      className="grid border-b border-zinc-200 dark:border-zinc-800"
      style={{ gridTemplateColumns: template }}
    >
      {headers.map((header) => {
        const sorted = header.column.getIsSorted()
        const label = COLUMN_LABELS[header.column.id as FleetColumnId]
        return (
          <div
            key={header.id}
            role="columnheader"
            aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'}
            className={HEAD_CELL}
          >
            <button
              type="button"
              onClick={header.column.getToggleSortingHandler()}
              title={`Sort by ${label.toLowerCase()}`}
              className="-mx-1 inline-flex items-center gap-1 rounded px-1 py-0.5 text-left whitespace-nowrap uppercase hover:bg-zinc-100 hover:text-zinc-900 focus-visible:outline-2 focus-visible:outline-indigo-500 dark:hover:bg-zinc-800 dark:hover:text-zinc-100"
            >
              {label}
              <span aria-hidden="true" className="w-3 text-zinc-400">
                {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : ''}
              </span>
            </button>
          </div>
        )
      })}
    </div>
  )
}

// Rows keep their identity while their device is unchanged (see FleetRowCache), so a poll
// re-renders only the rows it changed.
export const FleetRow = memo(function FleetRow({
  row,
  columns,
  template,
  rowIndex,
  now,
  offset,
}: {
  row: FleetDeviceRow
  columns: readonly FleetColumnId[]
  template: string
  /** 1-based position among all rows of the table, header included. */
  rowIndex: number
  now: Instant
  /** Pixels from the top of a virtualized body; absent in a plain one. */
  offset?: number
}) {
  return (
    <div
      role="row"
      aria-rowindex={rowIndex}
      data-device-id={row.deviceId}
      className={`grid items-center border-b border-zinc-100 hover:bg-zinc-50 dark:border-zinc-800/70 dark:hover:bg-zinc-800/50 ${row.listed ? '' : 'opacity-70'}`}
      style={
        offset === undefined
          ? { gridTemplateColumns: template, height: ROW_HEIGHT }
          : {
              gridTemplateColumns: template,
              height: ROW_HEIGHT,
              position: 'absolute',
              top: 0,
              left: 0,
              width: '100%',
              transform: `translateY(${offset}px)`,
            }
      }
    >
      {columns.map((column, index) => (
        <div
          key={column}
          role={column === 'name' ? 'rowheader' : 'cell'}
          className={`flex h-full min-w-0 items-center px-3 ${index === 0 ? `border-l-2 ${ATTENTION_MARK(row.attention)}` : ''}`}
        >
          <FleetCell column={column} row={row} now={now} />
        </div>
      ))}
    </div>
  )
})
