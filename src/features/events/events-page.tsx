// The event explorer: every event in memory, filtered by what the URL says, exportable as CSV.
import { useQuery } from '@tanstack/react-query'
import { useCallback, useDeferredValue, useMemo, useState } from 'react'
import { useEventStream } from '../../api/event-stream/use-event-stream'
import { connectedAccountsQuery } from '../../api/get-connected-accounts'
import { devicesQuery } from '../../api/get-devices'
import { useNow } from '../../lib/use-now'
import { downloadTextFile } from './download-text-file'
import { activeFilterCount, formatEventFilters, NO_FILTERS, resolveRange } from './event-filters'
import { EventFilterBar } from './event-filter-bar'
import { EventList } from './event-list'
import { buildNameBook } from '../../domain/events/event-names'
import { createSearchTextCache } from './event-search-text'
import { eventsCsvFileName, eventsToCsv } from './events-csv'
import { EventsEmpty } from './events-empty'
import { accountOptions, deviceOptions, seenEventTypes, typeOptions } from './filter-options'
import { createIncrementalFilter } from './incremental-filter'
import { useEventFilters } from './use-event-filters'
import { useWarmSearchText } from './use-warm-search-text'

// Relative ranges ("last 15 minutes") move on with this clock; finer would refilter for nothing.
const RANGE_TICK_MS = 10_000
const readClock = () => Date.now()

export function EventsPage() {
  const devices = useQuery(devicesQuery())
  const accounts = useQuery(connectedAccountsQuery())
  const stream = useEventStream()
  const { filters, setFilters, openId, setOpenId } = useEventFilters()
  const [resetKey, setResetKey] = useState(0)
  const tick = useNow(RANGE_TICK_MS)

  const names = useMemo(
    () => buildNameBook(devices.data?.items ?? [], accounts.data?.items ?? []),
    [devices.data, accounts.data],
  )
  const searchText = useMemo(() => createSearchTextCache(names), [names])
  useWarmSearchText(stream.events, searchText)

  // Typing stays responsive while a large list refilters in the background.
  const shown = useDeferredValue(filters)
  const rangeNow = shown.range.kind === 'last' ? tick : 0
  const [filterStream] = useState(createIncrementalFilter)
  const filtered = useMemo(
    () => filterStream(stream.events, shown, { now: rangeNow, names, searchText }),
    [filterStream, stream.events, shown, rangeNow, names, searchText],
  )

  const filterKey = useMemo(() => formatEventFilters(shown).toString(), [shown])

  const seenTypes = useMemo(() => seenEventTypes(stream.events), [stream.events])
  const types = useMemo(
    () => typeOptions(filters.categories, seenTypes, filters.type),
    [filters.categories, seenTypes, filters.type],
  )
  const deviceChoices = useMemo(
    () => deviceOptions(names, stream.byDevice, filters.device),
    [names, stream.byDevice, filters.device],
  )
  const accountChoices = useMemo(
    () => accountOptions(names, stream.byAccount, filters.account),
    [names, stream.byAccount, filters.account],
  )

  const active = activeFilterCount(filters)
  const clearFilters = useCallback(() => {
    setFilters(NO_FILTERS)
    setResetKey((key) => key + 1)
  }, [setFilters])
  const toggle = useCallback(
    (id: string) => setOpenId(id === openId ? '' : id),
    [openId, setOpenId],
  )
  const exportCsv = () => {
    const now = Date.now()
    const range = resolveRange(shown.range, now)
    downloadTextFile(
      eventsCsvFileName(range, filtered, now),
      eventsToCsv(filtered, names),
      'text/csv;charset=utf-8',
    )
  }

  return (
    <div className="flex flex-col gap-4">
      <title>Events · Doorboard</title>
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-xl font-semibold tracking-tight">Events</h1>
        <p className="text-sm text-zinc-500 dark:text-zinc-400">
          Every event the proxy holds, newest first. Filters are part of the link.
        </p>
      </div>

      <EventFilterBar
        filters={filters}
        onChange={setFilters}
        resetKey={resetKey}
        typeOptions={types}
        deviceOptions={deviceChoices}
        accountOptions={accountChoices}
        now={readClock}
      />

      <div className="flex flex-wrap items-center justify-between gap-3">
        <p className="text-sm text-zinc-700 dark:text-zinc-300">
          {stream.loaded ? (
            <>
              Showing{' '}
              <strong className="tabular-nums">{filtered.length.toLocaleString('en')}</strong> of{' '}
              <span className="tabular-nums">{stream.events.length.toLocaleString('en')}</span>{' '}
              events
              {active > 0 && ` · ${active} ${active === 1 ? 'filter' : 'filters'} active`}
            </>
          ) : (
            'Loading events…'
          )}
        </p>
        <div className="flex items-center gap-2">
          {active > 0 && filtered.length > 0 && (
            <button
              type="button"
              onClick={clearFilters}
              className="rounded-md px-3 py-1.5 text-sm font-medium text-zinc-700 ring-1 ring-zinc-300 hover:bg-zinc-100 dark:text-zinc-200 dark:ring-zinc-700 dark:hover:bg-zinc-800"
            >
              Clear filters
            </button>
          )}
          <button
            type="button"
            onClick={exportCsv}
            disabled={filtered.length === 0}
            className="rounded-md bg-zinc-900 px-3 py-1.5 text-sm font-medium text-white hover:bg-zinc-700 disabled:cursor-not-allowed disabled:opacity-40 dark:bg-zinc-100 dark:text-zinc-900 dark:hover:bg-zinc-300"
          >
            Export {filtered.length.toLocaleString('en')} as CSV
          </button>
        </div>
      </div>

      {filtered.length === 0 ? (
        <EventsEmpty
          loaded={stream.loaded}
          failed={stream.error !== null}
          total={stream.events.length}
          activeFilters={active}
          onClear={clearFilters}
        />
      ) : (
        <EventList
          events={filtered}
          names={names}
          openId={openId}
          onToggle={toggle}
          filterKey={filterKey}
        />
      )}
    </div>
  )
}
