// The frame of every page: header with product name, navigation, Seam status and data age; banners.
import { useQuery } from '@tanstack/react-query'
import { Link, NavLink, Outlet, useSearchParams } from 'react-router'
import { HEALTH_REFRESH_MS, healthQuery } from '../api/get-health'
import { useLiveStream } from '../api/live/use-live-stream'
import { AlertTotalBadge } from '../components/alert-badge'
import { DataAge } from '../components/data-age'
import { LiveMode } from '../components/live-mode'
import { ProblemBanner } from '../components/problem-banner'
import { UpstreamStatus } from '../components/upstream-status'
import { connectionProblems } from './connection-problems'

const NAV_LINK =
  'rounded-md px-2.5 py-1.5 text-sm font-medium text-zinc-600 hover:bg-zinc-100 hover:text-zinc-900 dark:text-zinc-400 dark:hover:bg-zinc-800 dark:hover:text-zinc-100 aria-[current=page]:bg-zinc-100 aria-[current=page]:text-zinc-900 dark:aria-[current=page]:bg-zinc-800 dark:aria-[current=page]:text-zinc-100'

export function AppLayout() {
  // `?kiosk` on any view: no header, for screens nobody operates.
  const [searchParams] = useSearchParams()
  const kiosk = searchParams.has('kiosk')
  const health = useQuery(healthQuery())
  const live = useLiveStream()
  const problems = connectionProblems({
    health: health.data,
    healthError: health.error,
    healthReceivedAt: health.dataUpdatedAt,
    retryEveryMs: HEALTH_REFRESH_MS,
  })

  return (
    <div className="min-h-screen bg-zinc-50 text-zinc-900 dark:bg-zinc-950 dark:text-zinc-100">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-sm focus:shadow dark:focus:bg-zinc-900"
      >
        Skip to content
      </a>
      <header
        hidden={kiosk}
        className="sticky top-0 z-40 border-b border-zinc-200 bg-white/90 backdrop-blur dark:border-zinc-800 dark:bg-zinc-900/90"
      >
        <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-2.5 sm:px-6">
          <Link to="/" className="flex items-center gap-2 text-base font-semibold tracking-tight">
            <span
              aria-hidden="true"
              className="grid size-6 place-items-center rounded-md bg-indigo-600 text-xs font-bold text-white"
            >
              D
            </span>
            Doorboard
          </Link>
          <nav aria-label="Main" className="flex items-center gap-1">
            <NavLink to="/" end className={NAV_LINK}>
              Fleet
            </NavLink>
            <NavLink to="/alerts" className={`${NAV_LINK} inline-flex items-center gap-1.5`}>
              Alerts
              <AlertTotalBadge />
            </NavLink>
            <NavLink to="/events" className={NAV_LINK}>
              Events
            </NavLink>
            <NavLink to="/wall" className={NAV_LINK}>
              Wall screen
            </NavLink>
          </nav>
          <div className="ml-auto flex flex-wrap items-center gap-x-4 gap-y-1">
            <UpstreamStatus health={health.data} proxyFailing={health.error !== null} />
            <DataAge health={health.data} receivedAt={health.dataUpdatedAt} />
            <LiveMode live={live} />
          </div>
        </div>
      </header>
      {problems.length > 0 && (
        <div className="mx-auto flex max-w-7xl flex-col gap-2 px-4 pt-4 sm:px-6">
          {problems.map((problem) => (
            <ProblemBanner key={problem.key} tone={problem.tone} title={problem.title}>
              {problem.message}
            </ProblemBanner>
          ))}
        </div>
      )}
      <main id="main" className="mx-auto max-w-7xl px-4 py-6 sm:px-6">
        <Outlet />
      </main>
    </div>
  )
}
