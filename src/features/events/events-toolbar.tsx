// Above the list: how many events match of all stored, clearing the filters, and the CSV export.
import type { EventsApiFilter, EventCount } from '../../api/live/event-page-query'
import { eventsCsvUrl } from '../../api/live/event-page-query'
import { useNow } from '../../lib/use-now'

// A relative range's export link moves on with this clock; the server fixes the bounds on download.
const LINK_TICK_MS = 10_000

const PRIMARY =
  'rounded-md bg-zinc-900 px-3 py-1.5 text-sm font-medium text-white hover:bg-zinc-700 dark:bg-zinc-100 dark:text-zinc-900 dark:hover:bg-zinc-300'

export interface EventsToolbarProps {
  readonly filter: EventsApiFilter
  /** The server's count of this filter; undefined until it answers, or while the filter changes. */
  readonly count: EventCount | undefined
  /** Events loaded so far, said while the count is not known. */
  readonly loaded: number | undefined
  readonly hasMore: boolean
  readonly activeFilters: number
  readonly onClear: () => void
}

export function EventsToolbar({
  filter,
  count,
  loaded,
  hasMore,
  activeFilters,
  onClear,
}: EventsToolbarProps) {
  const now = useNow(LINK_TICK_MS)
  const more = hasMore ? ' · more below' : ''
  const active =
    activeFilters > 0
      ? ` · ${activeFilters} ${activeFilters === 1 ? 'filter' : 'filters'} active`
      : ''
  return (
    <div className="flex flex-wrap items-center justify-between gap-3">
      <p className="text-sm text-zinc-700 dark:text-zinc-300">
        {count !== undefined ? (
          <>
            Showing <strong className="tabular-nums">{count.count.toLocaleString('en')}</strong> of{' '}
            <span className="tabular-nums">{count.total.toLocaleString('en')}</span> events
            {active}
            {more}
          </>
        ) : loaded !== undefined ? (
          <>
            Showing <strong className="tabular-nums">{loaded.toLocaleString('en')}</strong> events
            {active}
            {more}
          </>
        ) : (
          'Loading events…'
        )}
      </p>
      <div className="flex items-center gap-2">
        {activeFilters > 0 && count !== undefined && count.count > 0 && (
          <button
            type="button"
            onClick={onClear}
            className="rounded-md px-3 py-1.5 text-sm font-medium text-zinc-700 ring-1 ring-zinc-300 hover:bg-zinc-100 dark:text-zinc-200 dark:ring-zinc-700 dark:hover:bg-zinc-800"
          >
            Clear filters
          </button>
        )}
        {count !== undefined && count.count > 0 ? (
          // The server streams the file and names it after the range; the browser just saves it.
          <a href={eventsCsvUrl(filter, now)} download className={PRIMARY}>
            Export {count.count.toLocaleString('en')} as CSV
          </a>
        ) : (
          <button
            type="button"
            disabled
            className={`${PRIMARY} disabled:cursor-not-allowed disabled:opacity-40`}
          >
            {count === undefined ? 'Export as CSV' : 'Export 0 as CSV'}
          </button>
        )}
      </div>
    </div>
  )
}
