// One connected account on the grouped overview: its name, provider, health, roll-up and device table.
import type { Header } from '@tanstack/react-table'
import { useId } from 'react'
import { Link } from 'react-router'
import type { Instant } from '../../domain/events/parsed-event'
import { AccountHeading } from './account-heading'
import type { FleetDeviceRow } from './fleet-view'
import { accountPath } from './fleet-cells'
import type { HealthRollup } from './fleet-rollup'
import type { FleetGroupView } from './fleet-view'
import { FleetHeaderRow, FleetRow, TABLE_CLASSES } from './fleet-table-parts'
import type { FleetColumnId } from './fleet-url-state'

export function AccountSection({
  group,
  rollup,
  rows,
  hiddenRows,
  headers,
  columns,
  template,
  now,
  onShowAll,
}: {
  group: FleetGroupView
  rollup: HealthRollup
  /** The group's rows that pass the filters, sorted, as far as they are shown. */
  rows: readonly FleetDeviceRow[]
  /** Rows that pass the filters but are left out to keep a large grouped page light. */
  hiddenRows: number
  headers: readonly Header<FleetDeviceRow, unknown>[]
  columns: readonly FleetColumnId[]
  template: string
  now: Instant
  onShowAll: (group: FleetGroupView) => void
}) {
  const headingId = useId()
  return (
    <section
      aria-labelledby={headingId}
      data-group={group.key}
      className="overflow-hidden rounded-lg border border-zinc-200 bg-white dark:border-zinc-800 dark:bg-zinc-900"
    >
      <AccountHeading
        group={group}
        rollup={rollup}
        headingId={headingId}
        level={2}
        now={now}
        className="border-b border-zinc-200 px-4 py-3 dark:border-zinc-800"
      />
      {rows.length === 0 ? (
        <p className="px-4 py-4 text-sm text-zinc-500 dark:text-zinc-400">
          {rollup.devices + rollup.removed === 0
            ? 'No devices in this account. Devices appear here once Seam lists them for it.'
            : 'No device of this account matches the filters.'}
        </p>
      ) : (
        <div className="overflow-x-auto">
          <div
            role="table"
            aria-label={`Devices of ${group.title}`}
            aria-rowcount={rows.length + hiddenRows + 1}
            className={TABLE_CLASSES}
          >
            <div role="rowgroup">
              <FleetHeaderRow headers={headers} template={template} />
            </div>
            <div role="rowgroup">
              {rows.map((row, index) => (
                <FleetRow
                  key={row.deviceId}
                  row={row}
                  columns={columns}
                  template={template}
                  rowIndex={index + 2}
                  now={now}
                />
              ))}
            </div>
          </div>
        </div>
      )}
      {hiddenRows > 0 && (
        <p className="border-t border-zinc-200 px-4 py-2 text-sm dark:border-zinc-800">
          <button
            type="button"
            onClick={() => onShowAll(group)}
            className="font-medium text-indigo-700 hover:underline dark:text-indigo-300"
          >
            Show all {rows.length + hiddenRows} matching devices of {group.title} in one table
          </button>
          {group.accountId !== undefined && (
            <>
              {' '}
              or{' '}
              <Link
                to={accountPath(group.accountId)}
                className="font-medium text-indigo-700 hover:underline dark:text-indigo-300"
              >
                open the account
              </Link>
            </>
          )}
        </p>
      )}
    </section>
  )
}
