// The event explorer: the server's pages of the events the URL's filters ask for, newest first.
import { useInfiniteQuery, useQuery } from '@tanstack/react-query'
import { useCallback, useMemo, useState } from 'react'
import { eventCountQuery, eventPagesQuery } from '../../api/live/event-page-query'
import { fleetNameBook } from '../../api/live/fleet-name-book'
import { fleetQuery } from '../../api/live/fleet-read-model'
import { useLiveStream } from '../../api/live/use-live-stream'
import { activeFilterCount, formatEventFilters, NO_FILTERS, toApiFilter } from './event-filters'
import { EventFilterBar } from './event-filter-bar'
import { EventList } from './event-list'
import { EventsEmpty } from './events-empty'
import { EventsToolbar } from './events-toolbar'
import { accountOptions, deviceOptions, typeOptions } from './filter-options'
import { useEventFilters } from './use-event-filters'
import { useRefreshOnNewEvents } from './use-refresh-on-new-events'
import { LoadMoreStatus } from './load-more-status'

const readClock = () => Date.now()

export function EventsPage() {
  const live = useLiveStream()
  const fleet = useQuery(fleetQuery(live.pollMs))
  const { filters, setFilters, openId, setOpenId } = useEventFilters()
  const [resetKey, setResetKey] = useState(0)

  const apiFilter = useMemo(() => toApiFilter(filters), [filters])
  // A new filter shows "Loading" rather than the last answer's rows: rows that do not match what
  // the filter bar says would mislead, and the first page is quick.
  const pages = useInfiniteQuery(eventPagesQuery(apiFilter))
  const counted = useQuery(eventCountQuery(apiFilter))
  useRefreshOnNewEvents()

  const events = useMemo(() => pages.data?.pages.flatMap((page) => page.events) ?? [], [pages.data])
  const names = useMemo(() => fleetNameBook(fleet.data), [fleet.data])
  const filterKey = useMemo(() => formatEventFilters(filters).toString(), [filters])

  const types = useMemo(
    () => typeOptions(filters.categories, filters.type),
    [filters.categories, filters.type],
  )
  const deviceChoices = useMemo(() => deviceOptions(names, filters.device), [names, filters.device])
  const accountChoices = useMemo(
    () => accountOptions(names, filters.account),
    [names, filters.account],
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
  const { hasNextPage, isFetching, isFetchNextPageError, fetchNextPage } = pages
  // Not while a refetch runs: fetchNextPage would cancel it, and the list asks again once it ends.
  const loadMore = useCallback(() => {
    if (hasNextPage && !isFetching && !isFetchNextPageError) void fetchNextPage()
  }, [hasNextPage, isFetching, isFetchNextPageError, fetchNextPage])

  const loaded = pages.data !== undefined
  const count = counted.data

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

      <EventsToolbar
        filter={apiFilter}
        count={count}
        loaded={loaded ? events.length : undefined}
        hasMore={loaded && hasNextPage}
        activeFilters={active}
        onClear={clearFilters}
      />

      {events.length === 0 ? (
        <EventsEmpty
          loaded={loaded}
          failed={pages.isError}
          total={count?.total}
          activeFilters={active}
          onClear={clearFilters}
        />
      ) : (
        <>
          <EventList
            events={events}
            names={names}
            openId={openId}
            onToggle={toggle}
            filterKey={filterKey}
            hasMore={hasNextPage}
            onNearEnd={loadMore}
          />
          <LoadMoreStatus
            loading={pages.isFetchingNextPage}
            error={isFetchNextPageError ? pages.error : null}
            onRetry={() => void fetchNextPage()}
          />
        </>
      )}
    </div>
  )
}
