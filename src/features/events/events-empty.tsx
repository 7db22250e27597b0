// Why the list is empty: still loading, nothing received, or filters that match nothing.

export function EventsEmpty({
  loaded,
  failed,
  total,
  activeFilters,
  onClear,
}: {
  loaded: boolean
  failed: boolean
  /** Every stored event, once the server has counted them. */
  total: number | undefined
  activeFilters: number
  onClear: () => void
}) {
  const [title, message] = !loaded
    ? failed
      ? [
          'Events could not be loaded',
          'The proxy did not answer; the banner above says why. Retrying.',
        ]
      : ['Loading events…', 'The first page of events is on its way.']
    : total === 0 || (total === undefined && activeFilters === 0)
      ? [
          'No events yet',
          'The proxy has not received any events from Seam in its retention window.',
        ]
      : [
          `No events match: ${activeFilters} ${activeFilters === 1 ? 'filter' : 'filters'} active`,
          total === undefined
            ? 'None of the stored events passes every filter.'
            : `${total.toLocaleString('en')} events are stored, but none passes every filter.`,
        ]
  return (
    <div
      role="status"
      className="rounded-lg border border-dashed border-zinc-300 px-6 py-12 text-center dark:border-zinc-700"
    >
      <h2 className="font-semibold">{title}</h2>
      <p className="mx-auto mt-1 max-w-prose text-sm text-zinc-600 dark:text-zinc-400">{message}</p>
      {loaded && total !== 0 && activeFilters > 0 && (
        <button
          type="button"
          onClick={onClear}
          className="mt-4 rounded-md bg-zinc-900 px-3 py-1.5 text-sm font-medium text-white hover:bg-zinc-700 dark:bg-zinc-100 dark:text-zinc-900 dark:hover:bg-zinc-300"
        >
          Clear filters
        </button>
      )}
    </div>
  )
}
