// The top of the device page: name, kind and model, account, current status, battery, open alerts.
import { Link } from 'react-router'
import { Moment } from '../../components/moment'
import { BatteryBadge, ConnectivityBadge, LockBadge } from '../../components/status-badge'
import { StatusPill } from '../../components/status-pill'
import type { Instant } from '../../domain/events/parsed-event'
import type { DeviceSummary } from './device-summary'
import type { HeaderFigures } from './header-figures'

const LABEL = 'text-xs font-medium tracking-wide text-zinc-500 uppercase dark:text-zinc-400'

export function DeviceHeader({
  summary,
  figures,
  now,
}: {
  summary: DeviceSummary
  figures: HeaderFigures
  now: Instant
}) {
  const { status } = summary
  return (
    <section
      aria-label="Device summary"
      className="rounded-lg border border-zinc-200 bg-white p-5 dark:border-zinc-800 dark:bg-zinc-900"
    >
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div className="min-w-0">
          <h1 className="truncate text-2xl font-semibold tracking-tight">{summary.name}</h1>
          <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
            {[summary.kind, summary.model].filter((part) => part !== undefined).join(' · ') ||
              'Device'}
            {summary.account !== undefined && (
              <>
                {' · '}
                <Link
                  to={`/accounts/${encodeURIComponent(summary.account.id)}`}
                  className="font-medium text-indigo-700 underline-offset-2 hover:underline dark:text-indigo-300"
                >
                  {summary.account.name}
                </Link>
              </>
            )}
          </p>
          <p className="mt-1 font-mono text-xs break-all text-zinc-500 dark:text-zinc-500">
            {summary.id}
          </p>
        </div>
        <AlertSummary summary={summary} now={now} />
      </div>

      {summary.removed && (
        <p className="mt-4 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:bg-amber-500/10 dark:text-amber-200">
          This device is no longer in Seam&apos;s device list. Its page is drawn from the events
          still kept.
        </p>
      )}

      <dl className="mt-5 grid grid-cols-2 gap-x-6 gap-y-4 sm:grid-cols-3 lg:grid-cols-6">
        <div>
          <dt className={LABEL}>Connectivity</dt>
          <dd className="mt-1">
            <ConnectivityBadge connectivity={status.connectivity} now={now} />
          </dd>
        </div>
        <div>
          <dt className={LABEL}>Battery</dt>
          <dd className="mt-1">
            <BatteryBadge battery={status.battery} />
          </dd>
        </div>
        <div>
          <dt className={LABEL}>Lock</dt>
          <dd className="mt-1">
            {status.lock.state === 'unknown' ? (
              <span className="text-sm text-zinc-500 dark:text-zinc-400">
                no lock state reported
              </span>
            ) : (
              <LockBadge lock={status.lock} now={now} />
            )}
          </dd>
        </div>
        <Figure label="Uptime in range" value={figures.uptime} detail={figures.flaps} />
        <Figure label="Battery forecast" value={figures.forecast} detail={figures.forecastBasis} />
        <div>
          <dt className={LABEL}>Last event</dt>
          <dd className="mt-1 text-sm">
            {status.lastEvent === undefined ? (
              <span className="text-zinc-500 dark:text-zinc-400">none kept</span>
            ) : (
              <Moment at={status.lastEvent.at} now={now} />
            )}
          </dd>
        </div>
      </dl>
    </section>
  )
}

function Figure({ label, value, detail }: { label: string; value: string; detail?: string }) {
  return (
    <div>
      <dt className={LABEL}>{label}</dt>
      <dd className="mt-1 text-sm font-medium tabular-nums">
        {value}
        {detail !== undefined && (
          <span className="block text-xs font-normal text-zinc-500 dark:text-zinc-400">
            {detail}
          </span>
        )}
      </dd>
    </div>
  )
}

function AlertSummary({ summary, now }: { summary: DeviceSummary; now: Instant }) {
  if (summary.alerts.length === 0) {
    return <StatusPill tone="good">No open alerts</StatusPill>
  }
  return (
    <div className="w-full max-w-md">
      <h2 className="text-sm font-semibold">
        {summary.alerts.length} open {summary.alerts.length === 1 ? 'alert' : 'alerts'}
      </h2>
      <ul className="mt-1 flex flex-col gap-1">
        {summary.alerts.slice(0, 4).map((alert) => (
          <li key={alert.id} className="flex items-baseline gap-2 text-sm">
            <StatusPill tone={alert.severity === 'critical' ? 'critical' : 'warning'}>
              {alert.severity === 'critical' ? 'Critical' : 'Warning'}
            </StatusPill>
            <span className="min-w-0 flex-1">{alert.title}</span>
            <span className="text-xs whitespace-nowrap text-zinc-500 dark:text-zinc-400">
              <Moment at={alert.openedAt} now={now} />
            </span>
          </li>
        ))}
      </ul>
      {summary.alerts.length > 4 && (
        <Link to="/alerts" className="text-xs text-indigo-700 hover:underline dark:text-indigo-300">
          {summary.alerts.length - 4} more in the alert center
        </Link>
      )}
    </div>
  )
}
