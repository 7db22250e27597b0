// The device page's shape while its data loads, so it does not jump when it arrives.
const BLOCK = 'animate-pulse rounded bg-zinc-200 dark:bg-zinc-800'

export function DeviceSkeleton() {
  return (
    <div role="status" aria-busy="true" aria-label="Loading the device">
      <span className="sr-only">Loading the device…</span>
      <div aria-hidden="true" className="flex flex-col gap-4">
        <div className="rounded-lg border border-zinc-200 bg-white p-5 dark:border-zinc-800 dark:bg-zinc-900">
          <div className={`${BLOCK} h-7 w-72`} />
          <div className={`${BLOCK} mt-2 h-4 w-96`} />
          <div className="mt-5 grid grid-cols-6 gap-6">
            {Array.from({ length: 6 }, (_, i) => (
              <div key={i} className={`${BLOCK} h-10`} />
            ))}
          </div>
        </div>
        <div className="rounded-lg border border-zinc-200 bg-white p-4 dark:border-zinc-800 dark:bg-zinc-900">
          {['h-8', 'h-24', 'h-10', 'h-8'].map((height, i) => (
            <div key={i} className="mb-3 flex gap-3">
              <div className={`${BLOCK} h-4 w-32`} />
              <div className={`${BLOCK} ${height} flex-1`} />
            </div>
          ))}
        </div>
        <div className={`${BLOCK} h-48`} />
      </div>
    </div>
  )
}
