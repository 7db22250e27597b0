// Above the device table: search, account and status filters, grouping, columns, and how many rows match.
import { ColumnMenu } from './column-menu'
import { FleetSearch } from './fleet-search'
import { UNASSIGNED_GROUP_KEY, type FleetGroupView } from './fleet-view'
import { STATUS_FILTERS, STATUS_FILTER_WORDS, type FleetColumnId } from './fleet-url-state'
import type { FleetParams } from './use-fleet-params'

const SELECT =
  'rounded-md border border-zinc-300 bg-white px-2 py-1.5 text-sm focus-visible:outline-2 focus-visible:outline-indigo-500 dark:border-zinc-700 dark:bg-zinc-900'

export function FleetToolbar({
  params,
  groups,
  shown,
  total,
  removed,
  filterActive,
  forcedHidden,
}: {
  params: FleetParams
  groups: readonly FleetGroupView[]
  shown: number
  /** Every row, removed devices included. */
  total: number
  /** Rows of devices known only from events. */
  removed: number
  filterActive: boolean
  forcedHidden: readonly FleetColumnId[]
}) {
  return (
    <div className="flex flex-wrap items-center gap-2">
      <FleetSearch value={params.query} onChange={params.setQuery} />
      <select
        aria-label="Account"
        value={params.accountKey}
        onChange={(event) => params.setAccountKey(event.target.value)}
        className={`${SELECT} max-w-64`}
      >
        <option value="">All accounts</option>
        {groups.map((group) => (
          <option key={group.key} value={group.key}>
            {group.subtitle === undefined || group.key === UNASSIGNED_GROUP_KEY
              ? group.title
              : `${group.title} (${group.subtitle})`}
          </option>
        ))}
      </select>
      <select
        aria-label="Status"
        value={params.status ?? ''}
        onChange={(event) => params.setStatus(event.target.value)}
        className={SELECT}
      >
        <option value="">Any status</option>
        {STATUS_FILTERS.map((status) => (
          <option key={status} value={status}>
            {STATUS_FILTER_WORDS[status]}
          </option>
        ))}
      </select>
      {filterActive && (
        <button
          type="button"
          onClick={params.clearFilters}
          className="rounded-md px-2 py-1.5 text-sm font-medium text-indigo-700 hover:underline dark:text-indigo-300"
        >
          Clear filters
        </button>
      )}
      <p
        className="text-sm text-zinc-500 tabular-nums dark:text-zinc-400"
        role="status"
        aria-live="polite"
      >
        {filterActive
          ? `${shown.toLocaleString('en')} of ${total.toLocaleString('en')} shown`
          : `${(total - removed).toLocaleString('en')} devices${removed > 0 ? ` and ${removed} removed` : ''}`}
      </p>
      <div className="ml-auto flex items-center gap-3">
        <label className="flex items-center gap-2 text-sm">
          <input
            type="checkbox"
            checked={params.groupMode === 'account'}
            onChange={(event) => params.setGroupMode(event.target.checked ? 'account' : 'none')}
            className="size-4 accent-indigo-600"
          />
          Group by account
        </label>
        <ColumnMenu
          hidden={params.hidden}
          forcedHidden={forcedHidden}
          onChange={params.setHidden}
        />
      </div>
    </div>
  )
}
