// What an unknown address shows: where you are and the way back.
import { Link, useLocation } from 'react-router'

export function NotFoundPage() {
  const location = useLocation()
  return (
    <section aria-labelledby="not-found-title" className="mx-auto max-w-xl py-16 text-center">
      <title>Page not found · Doorboard</title>
      <h1 id="not-found-title" className="text-xl font-semibold">
        No page at this address
      </h1>
      <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">
        Doorboard has nothing at <code className="font-mono">{location.pathname}</code>. The link
        may be old or mistyped.
      </p>
      <Link
        to="/"
        className="mt-6 inline-block rounded-md bg-zinc-900 px-3 py-1.5 text-sm font-medium text-white hover:bg-zinc-700 dark:bg-zinc-100 dark:text-zinc-900 dark:hover:bg-zinc-300"
      >
        Back to the fleet overview
      </Link>
    </section>
  )
}
