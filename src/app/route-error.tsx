// Shown when a view crashes while rendering: the error in words and a way to recover.
import { isRouteErrorResponse, useRouteError } from 'react-router'

export function RouteError() {
  const error = useRouteError()
  const message = isRouteErrorResponse(error)
    ? `${error.status} ${error.statusText}`
    : error instanceof Error
      ? error.message
      : 'Unknown error'
  return (
    <main className="mx-auto max-w-xl px-4 py-16">
      <title>Error · Doorboard</title>
      <div
        role="alert"
        className="rounded-lg border border-red-300 bg-red-50 p-4 text-red-950 dark:border-red-500/40 dark:bg-red-500/10 dark:text-red-100"
      >
        <h1 className="font-semibold">This view failed to draw</h1>
        <p className="mt-1 text-sm">{message}</p>
        <p className="mt-1 text-sm">
          Reload the page to try again. If it keeps happening, the browser console has the details.
        </p>
      </div>
      <button
        type="button"
        onClick={() => window.location.reload()}
        className="mt-4 rounded-md bg-zinc-900 px-3 py-1.5 text-sm font-medium text-white hover:bg-zinc-700 dark:bg-zinc-100 dark:text-zinc-900"
      >
        Reload
      </button>
    </main>
  )
}
