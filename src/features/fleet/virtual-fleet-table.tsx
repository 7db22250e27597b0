// All devices in one table with an account column; only the rows in view are in the page.
import type { Header, Row } from '@tanstack/react-table'
import { useVirtualizer } from '@tanstack/react-virtual'
import { useRef } from 'react'
import type { Instant } from '../../domain/events/parsed-event'
import type { FleetDeviceRow } from './fleet-view'
import { FleetHeaderRow, FleetRow, ROW_HEIGHT, TABLE_CLASSES } from './fleet-table-parts'
import type { FleetColumnId } from './fleet-url-state'

export function VirtualFleetTable({
  headers,
  rows,
  columns,
  template,
  now,
}: {
  headers: readonly Header<FleetDeviceRow, unknown>[]
  rows: readonly Row<FleetDeviceRow>[]
  columns: readonly FleetColumnId[]
  template: string
  now: Instant
}) {
  const scrollRef = useRef<HTMLDivElement>(null)
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is read in this render only
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
    getItemKey: (index) => rows[index]?.id ?? index,
  })
  const items = virtualizer.getVirtualItems()
  return (
    <div
      ref={scrollRef}
      // Focusable so the keyboard can scroll it: the only way to reach rows far below.
      // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrollable region must be
      tabIndex={0}
      role="region"
      aria-label="Devices"
      className="max-h-[70vh] overflow-auto rounded-lg border border-zinc-200 bg-white focus-visible:outline-2 focus-visible:outline-indigo-500 dark:border-zinc-800 dark:bg-zinc-900"
    >
      <div
        role="table"
        aria-label="Devices"
        aria-rowcount={rows.length + 1}
        className={TABLE_CLASSES}
      >
        <div role="rowgroup" className="sticky top-0 z-10 bg-white dark:bg-zinc-900">
          <FleetHeaderRow headers={headers} template={template} />
        </div>
        <div role="rowgroup" className="relative" style={{ height: virtualizer.getTotalSize() }}>
          {items.map((item) => {
            const row = rows[item.index]
            if (row === undefined) return null
            return (
              <FleetRow
                key={item.key}
                row={row.original}
                columns={columns}
                template={template}
                rowIndex={item.index + 2}
                now={now}
                offset={item.start}
              />
            )
          })}
        </div>
      </div>
    </div>
  )
}
