// The fleet overview's shape while its first data loads, so the page does not jump.
const BLOCK = 'animate-pulse rounded bg-zinc-200 dark:bg-zinc-800'

export function FleetSkeleton() {
  return (
    <div aria-busy="true" role="status" aria-label="Loading the fleet">
      <span className="sr-only">Loading the fleet…</span>
      <div aria-hidden="true" className="flex flex-col gap-6">
        <div className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-6">
          {Array.from({ length: 6 }, (_, i) => (
            <div key={i} className={`${BLOCK} h-[70px]`} />
          ))}
        </div>
        {Array.from({ length: 2 }, (_, section) => (
          <div
            key={section}
            className="rounded-lg border border-zinc-200 bg-white p-4 dark:border-zinc-800 dark:bg-zinc-900"
          >
            <div className={`${BLOCK} mb-4 h-5 w-48`} />
            {Array.from({ length: 4 }, (_, row) => (
              <div key={row} className="flex gap-6 py-3">
                <div className={`${BLOCK} h-4 w-40`} />
                <div className={`${BLOCK} h-4 w-20`} />
                <div className={`${BLOCK} h-4 w-24`} />
                <div className={`${BLOCK} h-4 w-20`} />
                <div className={`${BLOCK} h-4 flex-1`} />
              </div>
            ))}
          </div>
        ))}
      </div>
    </div>
  )
}
