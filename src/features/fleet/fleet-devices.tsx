// The devices part of the overview: toolbar, then either one section per account or one virtualized table.
import { useMemo } from 'react'
import type { Instant } from '../../domain/events/parsed-event'
import { AccountCards } from './account-cards'
import { AccountSection } from './account-section'
import type { FleetDeviceRow } from './fleet-view'
import { fleetFilter, isFilterActive } from './fleet-filter'
import { gridTemplate } from './fleet-columns'
import type { HealthRollup } from './fleet-rollup'
import type { FleetGroupView } from './fleet-view'
import { FleetToolbar } from './fleet-toolbar'
import type { FleetColumnId } from './fleet-url-state'
import { groupSlices } from './group-slices'
import type { FleetParams } from './use-fleet-params'
import { filterTableRows, useFleetTable } from './use-fleet-table'
import { useStableCallback } from './use-stable-callback'
import { VirtualFleetTable } from './virtual-fleet-table'

const GROUPED_HIDDEN: readonly FleetColumnId[] = ['account']
const NONE_HIDDEN: readonly FleetColumnId[] = []

export function FleetDevices({
  rows,
  groups,
  rollups,
  params,
  now,
}: {
  rows: FleetDeviceRow[]
  groups: readonly FleetGroupView[]
  rollups: ReadonlyMap<string, HealthRollup>
  params: FleetParams
  now: Instant
}) {
  const grouped = params.groupMode === 'account'
  const forcedHidden = grouped ? GROUPED_HIDDEN : NONE_HIDDEN
  const hidden = useMemo(
    () => [...new Set([...params.hidden, ...forcedHidden])],
    [params.hidden, forcedHidden],
  )
  const filter = useMemo(
    () => fleetFilter(params.query, params.status, params.accountKey),
    [params.query, params.status, params.accountKey],
  )
  const table = useFleetTable(rows, {
    sort: params.sort,
    onSortChange: params.setSort,
    hidden,
  })
  const sortedRows = table.getRowModel().rows
  const tableRows = useMemo(() => filterTableRows(sortedRows, filter), [sortedRows, filter])
  const headers = table.getHeaderGroups()[0]?.headers ?? []
  const columnKey = headers.map((header) => header.column.id).join(',')
  const columns = useMemo(() => columnKey.split(',') as FleetColumnId[], [columnKey])
  const template = gridTemplate(columns)
  const filterActive = isFilterActive(filter)
  const toggleAccount = useStableCallback((group: FleetGroupView, selected: boolean) =>
    params.setAccountKey(selected ? '' : group.key),
  )
  const setAllAccounts = useStableCallback(params.setAllAccounts)
  const removedCount = useMemo(() => rows.filter((row) => !row.listed).length, [rows])

  const slices = useMemo(
    () =>
      grouped
        ? groupSlices(
            groups,
            tableRows.map((row) => row.original),
            {
              filterActive,
              ...(params.accountKey === '' ? {} : { accountKey: params.accountKey }),
            },
          )
        : [],
    [grouped, groups, tableRows, filterActive, params.accountKey],
  )

  return (
    // data-filter-query: which query the rows below were filtered by (`npm run bench` reads it).
    <div className="flex flex-col gap-4" data-filter-query={params.query}>
      {!grouped && (
        <AccountCards
          groups={groups}
          rollups={rollups}
          selectedKey={params.accountKey}
          onSelect={toggleAccount}
          showAll={params.allAccounts}
          onShowAllChange={setAllAccounts}
        />
      )}
      <FleetToolbar
        params={params}
        groups={groups}
        shown={tableRows.length}
        total={rows.length}
        removed={removedCount}
        filterActive={filterActive}
        forcedHidden={forcedHidden}
      />
      {tableRows.length === 0 && (
        <p className="rounded-lg border border-dashed border-zinc-300 px-4 py-8 text-center text-sm text-zinc-600 dark:border-zinc-700 dark:text-zinc-400">
          {rows.length === 0
            ? 'No devices yet.'
            : 'No device matches these filters. Clear them to see the whole fleet.'}
        </p>
      )}
      {tableRows.length > 0 &&
        grouped &&
        slices.map((slice) => {
          const rollup = rollups.get(slice.group.key)
          if (rollup === undefined) return null
          return (
            <AccountSection
              key={slice.group.key}
              group={slice.group}
              rollup={rollup}
              rows={slice.rows}
              hiddenRows={slice.hidden}
              headers={headers}
              columns={columns}
              template={template}
              now={now}
              onShowAll={(group) => params.showAccountInTable(group.key)}
            />
          )
        })}
      {tableRows.length > 0 && !grouped && (
        <VirtualFleetTable
          headers={headers}
          rows={tableRows}
          columns={columns}
          template={template}
          now={now}
        />
      )}
    </div>
  )
}
